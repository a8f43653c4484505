"""Picking organisations by a typed name: a fuzzy name index kept between searches.

The index is rebuilt only when organisations were added, removed or edited since it was built,
so typing in a picker costs one small query and the lookup itself.
"""

from __future__ import annotations

import threading

from sqlmodel import Session, func, select

from desktop.models.organisation import Organisation
from desktop.models.repositories.organisations import (
    OrganisationSummary,
    name_entries,
    summaries_by_id,
)
from matching.names import NameIndex


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
                entries = name_entries(session)
                self._index = NameIndex((e.id, e.names) for e in entries)
                self._state = state
            return self._index

    def find(self, session: Session, text: str, limit: int = 12) -> list[OrganisationSummary]:
        """The organisations whose name, short name or an alias is most like ``text``."""
        if not text.strip():
            return []
        hits = self._current(session).search(text, limit=limit)
        return summaries_by_id(session, [hit.key for hit in hits])
