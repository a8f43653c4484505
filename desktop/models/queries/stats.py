"""Counts for the overview and ``helixmatch stats``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, func, select

from desktop.models.tables.organisation import Organisation
from desktop.models.tables.project import Participation, Project
from desktop.models.tables.reference import (
    Instrument,
    Mission,
    Region,
    Technology,
    Theme,
    Tki,
    Topsector,
)

# The reference data counted, by the key ``helixmatch stats --format json`` gives it.
REGION_KINDS = {
    "provinces": "province",
    "municipalities": "municipality",
    "corop_regions": "corop",
    "clusters": "cluster",
}
VOCABULARY_TABLES = {
    "topsectors": Topsector,
    "tkis": Tki,
    "themes": Theme,
    "missions": Mission,
    "key_technologies": Technology,
    "instruments": Instrument,
}


@dataclass(frozen=True)
class Statistics:
    organisations: int
    by_kind: dict[str, int]
    by_type: dict[str, int]
    by_province: dict[str, int]
    by_origin: dict[str, int]
    projects: int
    participations: int
    reference: dict[str, int]  # keys of REGION_KINDS, then of VOCABULARY_TABLES


def _grouped(session: Session, column) -> dict[str, int]:
    statement = select(column, func.count()).group_by(column).order_by(func.count().desc(), column)
    return {str(key) if key is not None else "": number for key, number in session.exec(statement)}


def _count(session: Session, table) -> int:
    return session.exec(select(func.count()).select_from(table)).one()


def reference_counts(session: Session) -> dict[str, int]:
    """How many provinces, municipalities, ..., instruments the database knows."""
    regions = _grouped(session, Region.kind)
    counts = {key: regions.get(kind, 0) for key, kind in REGION_KINDS.items()}
    counts.update({key: _count(session, table) for key, table in VOCABULARY_TABLES.items()})
    return counts


def statistics(session: Session) -> Statistics:
    return Statistics(
        organisations=_count(session, Organisation),
        by_kind=_grouped(session, Organisation.kind),
        by_type=_grouped(session, Organisation.type),
        by_province=_grouped(session, Organisation.province_code),
        by_origin=_grouped(session, Organisation.origin),
        projects=_count(session, Project),
        participations=_count(session, Participation),
        reference=reference_counts(session),
    )
