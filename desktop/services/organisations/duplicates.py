"""Likely duplicate organisations already in the database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from desktop.models.queries.organisations.identities import identities
from matching.dedupe import DEFAULT_THRESHOLD, Entity, Evidence, duplicate_pairs


@dataclass(frozen=True)
class StoredDuplicate:
    first_id: int
    first_name: str
    second_id: int
    second_name: str
    score: float
    evidence: tuple[Evidence, ...]


def find_stored_duplicates(
    session: Session, threshold: float = DEFAULT_THRESHOLD
) -> list[StoredDuplicate]:
    """Every pair of stored organisations that are likely the same, best first."""
    stored = identities(session)
    names = {identity.id: identity.names[0] for identity in stored}
    entities = (
        Entity(i.id, i.names, i.kvk, i.pic, i.website, i.municipality_code, i.country, i.city)
        for i in stored
    )
    pairs = duplicate_pairs(entities, threshold)
    found = [
        StoredDuplicate(p.first, names[p.first], p.second, names[p.second], p.score, p.evidence)
        for p in pairs
    ]
    return sorted(found, key=lambda d: (-d.score, d.first_id, d.second_id))
