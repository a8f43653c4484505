"""Choosing SMEs for regional matching: by province and topsector, or by id."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, func, select

from desktop.models.tables.organisation import Organisation, OrganisationTopsector

SELECTION_LIMIT = 500  # SMEs matched in one regional run at most


@dataclass(frozen=True)
class SmeRow:
    id: int
    name: str
    city: str | None
    province_code: str | None
    topsectors: tuple[str, ...]


def has_smes(session: Session) -> bool:
    """Whether any company is marked as an SME at all (imported lists and the built-in real
    organisations often say nothing about size)."""
    statement = select(Organisation.id).where(
        Organisation.kind == "company", Organisation.is_sme.is_(True)
    )
    return session.exec(statement.limit(1)).first() is not None


def select_smes(
    session: Session,
    *,
    province: str | None = None,
    topsector: str | None = None,
    limit: int = SELECTION_LIMIT,
) -> list[SmeRow]:
    """Independent SMEs (companies marked SME) in a province and topsector, by name."""
    statement = select(Organisation.id, Organisation.name, Organisation.city,
                       Organisation.province_code).where(
        Organisation.kind == "company", Organisation.is_sme.is_(True)
    )  # fmt: skip
    if province:
        statement = statement.where(Organisation.province_code == province)
    if topsector:
        statement = statement.where(
            Organisation.id.in_(
                select(OrganisationTopsector.organisation_id).where(
                    OrganisationTopsector.topsector_code == topsector
                )
            )
        )
    rows = session.exec(statement.order_by(func.lower(Organisation.name)).limit(limit)).all()
    sectors: dict[int, list[str]] = {}
    links = select(OrganisationTopsector.organisation_id, OrganisationTopsector.topsector_code)
    ids = [row[0] for row in rows]
    for organisation_id, code in session.exec(
        links.where(OrganisationTopsector.organisation_id.in_(ids))
    ):
        sectors.setdefault(organisation_id, []).append(code)
    return [
        SmeRow(id_, name, city, province_code, tuple(sorted(sectors.get(id_, ()))))
        for id_, name, city, province_code in rows
    ]
