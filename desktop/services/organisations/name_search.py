"""Finding organisations by (part of) a name, short name or alias, tolerant of typos."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from desktop.models.queries.organisations.records import OrganisationSummary, summaries_by_id
from desktop.services.organisations.finder import name_index_state, stored_name_index
from matching.name_index import NameHit


@dataclass(frozen=True)
class Found:
    organisation: OrganisationSummary
    hit: NameHit  # its score and which name matched how


def search_organisations(session: Session, text: str, limit: int = 10) -> list[Found]:
    index = stored_name_index(session, name_index_state(session))
    hits = index.search(text, limit=limit)
    summaries = {s.id: s for s in summaries_by_id(session, [hit.key for hit in hits])}
    return [Found(summaries[hit.key], hit) for hit in hits if hit.key in summaries]
