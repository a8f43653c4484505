"""Finding organisations by a typed name: one index of names, short names and aliases
(``matching.name_index``), kept between searches and, in the user's cache folder, between
sessions.

The index is rebuilt when organisations were added or edited since it was built (here, in another
window or another program): the newest id and the newest ``updated_at`` tell, two look-ups in
indexes of the database. An organisation removed since stays in the index until the next rebuild,
which is harmless: what a search shows is read from the database, where it is gone.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from sqlmodel import Session, func, select

from desktop.models.queries.organisations.records import (
    OrganisationSummary,
    name_entries,
    summaries_by_id,
)
from desktop.models.tables.organisation import Organisation
from desktop.services.index_cache import UNREADABLE, cache_folder, load_cached, store_cached
from desktop.services.lifecycle.collector import building_long_lived
from matching.name_index import NameHit, NameIndex

INDEX_FORMAT = 2  # of the stored index: raise it when NameIndex changes shape
LIST_LIMIT = 1_000  # the organisation list shows at most this many of the best hits


def name_index_state(session: Session) -> tuple:
    """What changes whenever an organisation is added or edited. A deleted one may stay in the
    index until then: its hits meet the database before they are shown (``listing.load_first``,
    ``OrganisationFinder.find``)."""
    newest_id = session.exec(select(func.max(Organisation.id))).one()
    newest_change = session.exec(select(func.max(Organisation.updated_at))).one()
    return newest_id, newest_change


def stored_name_index(session: Session, state: tuple, cache_dir: Path | None = None) -> NameIndex:
    """The name index for the data in ``state``: from the cache when it was stored for it."""
    path = cache_folder(str(session.get_bind().url), cache_dir) / "names.pickle"
    stamp = (INDEX_FORMAT, state)
    cached = load_cached(path)
    if isinstance(cached, tuple) and len(cached) == 2 and cached[0] == stamp:
        with contextlib.suppress(*UNREADABLE):
            return NameIndex.from_parts(cached[1])
    index = NameIndex((e.id, e.names) for e in name_entries(session))
    store_cached(path, (stamp, index.dump_parts()))
    return index


class OrganisationFinder:
    """Safe to use from several worker threads."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._lock = threading.Lock()
        self._cache_dir = cache_dir
        self._index: NameIndex | None = None
        self._state: tuple | None = None

    def _current(self, session: Session) -> NameIndex:
        state = name_index_state(session)
        with self._lock:
            if self._index is None or state != self._state:
                with building_long_lived():
                    self._index = stored_name_index(session, state, self._cache_dir)
                self._state = state
            return self._index

    def prepare(self, session: Session) -> None:
        """Build the index now (in a worker), so that the first search is quick."""
        self._current(session)

    @property
    def ready(self) -> bool:
        return self._index is not None

    def find(self, session: Session, text: str, limit: int = 12) -> list[OrganisationSummary]:
        """The organisations whose name, short name or an alias is most like ``text``."""
        if not text.strip():
            return []
        hits = self._current(session).search(text, limit=limit)
        return summaries_by_id(session, [hit.key for hit in hits])

    def hits(self, session: Session, text: str, limit: int = LIST_LIMIT) -> tuple[NameHit, ...]:
        """The organisations whose name, short name or alias matches ``text``, best first."""
        return tuple(self._current(session).search(text, limit=limit))
