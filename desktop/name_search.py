"""Finding organisations by (part of) a name, short name or alias, tolerant of typos."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlmodel import Session

from desktop.models.repositories.organisations import (
    OrganisationSummary,
    name_entries,
    summaries_by_id,
)
from matching.names import NameIndex


@dataclass(frozen=True)
class Found:
    organisation: OrganisationSummary
    score: float
    matched: str


def search_organisations(session: Session, text: str, limit: int = 10) -> list[Found]:
    index = NameIndex((entry.id, entry.names) for entry in name_entries(session))
    hits = index.search(text, limit=limit)
    summaries = {s.id: s for s in summaries_by_id(session, [hit.key for hit in hits])}
    return [
        Found(summaries[hit.key], hit.score, hit.matched) for hit in hits if hit.key in summaries
    ]


class NameSearcher:
    """A fuzzy name index built once, on first use, and shared by the threads that search it.

    ``invalidate`` after names change; the next search builds the index again.
    """

    def __init__(self, limit: int = 200, cutoff: float = 88.0) -> None:
        self._limit = limit
        self._cutoff = cutoff
        self._index: NameIndex | None = None
        self._lock = threading.Lock()

    def invalidate(self) -> None:
        with self._lock:
            self._index = None

    def prepare(self, session: Session) -> None:
        """Build the index now (in a worker at start-up) so that the first search is quick."""
        self._get(session)

    def _get(self, session: Session) -> NameIndex:
        with self._lock:
            if self._index is None:
                entries = name_entries(session)
                self._index = NameIndex((entry.id, entry.names) for entry in entries)
            return self._index

    def hits(self, session: Session, text: str) -> tuple[int, ...]:
        """Ids of the organisations whose name, short name or an alias is like ``text``."""
        found = self._get(session).search(text, limit=self._limit, cutoff=self._cutoff)
        return tuple(hit.key for hit in found)
