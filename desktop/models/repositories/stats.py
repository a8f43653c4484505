"""Counts for the overview and ``helixmatch stats``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, func, select

from desktop.models.organisation import Organisation
from desktop.models.project import Participation, Project


@dataclass(frozen=True)
class Statistics:
    organisations: int
    by_kind: dict[str, int]
    by_type: dict[str, int]
    by_province: dict[str, int]
    by_origin: dict[str, int]
    projects: int
    participations: int


def _grouped(session: Session, column) -> dict[str, int]:
    statement = select(column, func.count()).group_by(column).order_by(func.count().desc(), column)
    return {str(key) if key is not None else "": number for key, number in session.exec(statement)}


def _count(session: Session, table) -> int:
    return session.exec(select(func.count()).select_from(table)).one()


def statistics(session: Session) -> Statistics:
    return Statistics(
        organisations=_count(session, Organisation),
        by_kind=_grouped(session, Organisation.kind),
        by_type=_grouped(session, Organisation.type),
        by_province=_grouped(session, Organisation.province_code),
        by_origin=_grouped(session, Organisation.origin),
        projects=_count(session, Project),
        participations=_count(session, Participation),
    )
