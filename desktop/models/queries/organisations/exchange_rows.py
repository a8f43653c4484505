"""Organisations as rows of the exchange format, for exporting the filtered list."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlmodel import Session, func, select

from desktop.models.queries.organisations.filter import OrganisationFilter, apply_filter
from desktop.models.tables.organisation import (
    Organisation,
    OrganisationMission,
    OrganisationTechnology,
    OrganisationTopsector,
)

LIST_SEPARATOR = ";"
BATCH = 2000


def link_codes(session: Session, ids: list[int]) -> dict[str, dict[int, list[str]]]:
    """Per link table (topsectors, technologies, missions): organisation id -> codes."""
    found: dict[str, dict[int, list[str]]] = {}
    for name, table, column in (
        ("topsectors", OrganisationTopsector, OrganisationTopsector.topsector_code),
        ("technologies", OrganisationTechnology, OrganisationTechnology.technology_code),
        ("missions", OrganisationMission, OrganisationMission.mission_code),
    ):
        codes: dict[int, list[str]] = defaultdict(list)
        statement = select(table.organisation_id, column).where(table.organisation_id.in_(ids))
        for organisation_id, code in session.exec(statement):
            codes[organisation_id].append(code)
        found[name] = codes
    return found


def _row(org: Organisation, links: dict[str, dict[int, list[str]]]) -> dict[str, object]:
    def joined(values: list[str]) -> str:
        return LIST_SEPARATOR.join(sorted(values))

    return {
        "name": org.name,
        "external_id": org.external_id,
        "short_name": org.short_name,
        "aliases": joined(org.aliases),
        "kind": org.kind,
        "type": org.type,
        "country": org.country,
        "city": org.city,
        "municipality": org.municipality_code,
        "postcode": org.postcode,
        "province": org.province_code,
        "kvk": org.kvk,
        "pic": org.pic,
        "website": org.website,
        "description": org.description,
        "keywords": joined(org.keywords),
        "topsectors": joined(links["topsectors"].get(org.id, [])),
        "technologies": joined(links["technologies"].get(org.id, [])),
        "missions": joined(links["missions"].get(org.id, [])),
        "employees": org.employees,
        "sme": None if org.is_sme is None else ("true" if org.is_sme else "false"),
        "ror": org.ror_id,
    }


def filtered_ids(session: Session, filters: OrganisationFilter | None = None) -> list[int]:
    """The ids of the organisations the filter allows, sorted by name."""
    statement = apply_filter(select(Organisation.id), filters).order_by(
        func.lower(Organisation.name), Organisation.id
    )
    return list(session.exec(statement))


def exchange_rows(session: Session, ids: list[int]) -> Iterator[dict[str, object]]:
    """The organisations as exchange-format rows (``None`` for an empty cell), in the order of
    ``ids``; read in batches so that 100,000 rows do not sit in memory."""
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        organisations = {
            o.id: o for o in session.exec(select(Organisation).where(Organisation.id.in_(batch)))
        }
        links = link_codes(session, batch)
        for organisation_id in batch:
            if organisation_id in organisations:
                yield _row(organisations[organisation_id], links)
        session.expunge_all()
