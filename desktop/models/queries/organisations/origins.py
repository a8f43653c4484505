"""Which organisations are demonstration data (origin ``demo``), looked up by id.

Matching answers with organisation ids; the pages that show an answer ask here which of them
are fictional, so that they can mark them.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, select

from desktop.models.tables.consortium import ConsortiumMember
from desktop.models.tables.organisation import Organisation

DEMO = "demo"
BATCH = 900  # ids per query, below every database's limit on parameters


def demo_ids(session: Session, ids: Iterable[int] | None = None) -> frozenset[int]:
    """The ids among ``ids`` of demonstration organisations; all of them without ``ids``."""
    if ids is None:
        statement = select(Organisation.id).where(Organisation.origin == DEMO)
        return frozenset(session.exec(statement))
    wanted = sorted(set(ids))
    found: set[int] = set()
    for start in range(0, len(wanted), BATCH):
        statement = select(Organisation.id).where(
            Organisation.id.in_(wanted[start : start + BATCH]), Organisation.origin == DEMO
        )
        found.update(session.exec(statement))
    return frozenset(found)


def demo_member_names(session: Session, consortium_id: int) -> list[str]:
    """The names of a consortium's members that are demonstration data, for the warning before
    an export."""
    statement = (
        select(Organisation.name)
        .join(ConsortiumMember, ConsortiumMember.organisation_id == Organisation.id)
        .where(ConsortiumMember.consortium_id == consortium_id, Organisation.origin == DEMO)
        .order_by(ConsortiumMember.id)
    )
    return list(session.exec(statement))
