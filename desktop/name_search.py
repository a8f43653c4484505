"""Finding organisations by (part of) a name, short name or alias, tolerant of typos."""

from __future__ import annotations

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
