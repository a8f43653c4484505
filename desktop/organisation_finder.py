"""Finding organisations by a typed name: one fuzzy index of names, short names and aliases,
kept between searches.

The index is rebuilt only when organisations were added, removed or edited since it was built
(here or in another window), so a search costs one small query and the lookup itself.
"""

from __future__ import annotations

import threading

from sqlmodel import Session, func, select

from desktop.collector import building_long_lived
from desktop.models.organisation import Organisation
from desktop.models.repositories.organisations import (
    OrganisationSummary,
    name_entries,
    summaries_by_id,
)
from matching.names import NameIndex

STRONG_MATCH = 88.0  # the organisation list shows only names at least this alike


class OrganisationFinder:
    """Safe to use from several worker threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._index: NameIndex | None = None
        self._state: tuple | None = None

    def _current(self, session: Session) -> NameIndex:
        state = tuple(session.exec(select(func.count(), func.max(Organisation.updated_at))).one())
        with self._lock:
            if self._index is None or state != self._state:
                with building_long_lived():
                    entries = name_entries(session)
                    self._index = NameIndex((e.id, e.names) for e in entries)
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
