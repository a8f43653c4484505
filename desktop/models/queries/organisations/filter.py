"""Which organisations a list shows: search text, the name search's hits and the page's filters.

The database applies every part, so counting, sorting and paging stay in SQL at 100,000 rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import exists, or_, select

from desktop.models.tables.organisation import (
    Organisation,
    OrganisationMission,
    OrganisationTechnology,
    OrganisationTopsector,
)


@dataclass(frozen=True)
class OrganisationFilter:
    """``None`` (or empty) means "any". ``text``: the name or short name contains it. ``ids``:
    only these organisations (the hits of the name search,
    ``desktop.services.organisations.finder``)."""

    text: str = ""
    ids: tuple[int, ...] | None = None
    kind: str | None = None
    type: str | None = None
    province_code: str | None = None
    topsector_code: str | None = None
    technology_code: str | None = None
    mission_code: str | None = None
    is_sme: bool | None = None
    demo: bool | None = None  # True: only demonstration data, False: none of it

    def is_empty(self) -> bool:
        return self == OrganisationFilter()


_LINKS = (
    ("topsector_code", OrganisationTopsector, OrganisationTopsector.topsector_code),
    ("technology_code", OrganisationTechnology, OrganisationTechnology.technology_code),
    ("mission_code", OrganisationMission, OrganisationMission.mission_code),
)


def apply_filter(statement, wanted: OrganisationFilter | None):
    """``statement`` (a select over organisations) restricted to the rows ``wanted`` allows."""
    if wanted is None:
        return statement
    if wanted.text:
        pattern = f"%{wanted.text}%"
        matches = [Organisation.name.ilike(pattern), Organisation.short_name.ilike(pattern)]
        statement = statement.where(or_(*matches))
    if wanted.ids is not None:
        statement = statement.where(Organisation.id.in_(wanted.ids))
    for attribute, column in (
        ("kind", Organisation.kind),
        ("type", Organisation.type),
        ("province_code", Organisation.province_code),
    ):
        value = getattr(wanted, attribute)
        if value:
            statement = statement.where(column == value)
    for attribute, table, column in _LINKS:
        value = getattr(wanted, attribute)
        if value:
            linked = select(table.organisation_id).where(
                table.organisation_id == Organisation.id, column == value
            )
            statement = statement.where(exists(linked))
    if wanted.is_sme is not None:
        statement = statement.where(Organisation.is_sme.is_(wanted.is_sme))
    if wanted.demo is True:
        statement = statement.where(Organisation.origin == "demo")
    elif wanted.demo is False:
        statement = statement.where(Organisation.origin != "demo")
    return statement
