"""Finding organisations by a typed name: one fuzzy index of names, short names and aliases,
kept between searches and, in the user's cache folder, between sessions.

The index is rebuilt only when organisations were added, removed or edited since it was built
(here, in another window or another program), so a search costs one small query and the lookup
itself. Building it at 100,000 organisations takes about a second; loading it, a tenth of that.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from sqlmodel import Session, func, select

from desktop.collector import building_long_lived
from desktop.index_cache import UNREADABLE, cache_folder, load_cached, store_cached
from desktop.models.organisation import Organisation
from desktop.models.repositories.organisations import (
    OrganisationSummary,
    name_entries,
    summaries_by_id,
)
from matching.names import NameIndex

STRONG_MATCH = 88.0  # the organisation list shows only names at least this alike
INDEX_FORMAT = 1  # of the stored index: raise it when NameIndex changes shape


def name_index_state(session: Session) -> tuple:
    """What changes whenever an organisation is added, removed or edited."""
    return tuple(session.exec(select(func.count(), func.max(Organisation.updated_at))).one())


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

    def hits(self, session: Session, text: str, limit: int = 200) -> tuple[int, ...]:
        """Ids of the organisations with a name, short name or alias strongly like ``text``."""
        found = self._current(session).search(text, limit=limit, cutoff=STRONG_MATCH)
        return tuple(hit.key for hit in found)
