"""The reference data shipped in ``resources/reference`` and loading it into a database.

CodeLookup (regions, topsectors, missions, instruments, ...) is brought up to date on every
load. Built-in organisations are only added when missing, so a user's edits to them stay.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from sqlmodel import Session

from desktop.models.queries.organisations.records import (
    consortium_memberships_by_origin,
    delete_by_origin,
)
from desktop.models.queries.reference import merge_all
from desktop.models.queries.track_record import delete_projects_by_origin
from desktop.models.tables.reference import (
    Instrument,
    Mission,
    Region,
    Technology,
    Theme,
    Tki,
    Topsector,
)
from desktop.services.importing.importer import (
    ImportReport,
    read_organisations_file,
    read_participations_file,
    read_projects_file,
    store_organisations,
    store_projects,
)
from desktop.services.importing.ror.dump import read_ror_file
from desktop.services.importing.ror.store import store_ror_records
from desktop.services.lifecycle.eu_participants import assign_pics
from desktop.services.lifecycle.eu_track_record import load_track_record
from desktop.services.lifecycle.expertise_profiles import apply_profiles, read_profiles
from desktop.services.reference.files import REFERENCE_DIR, reference_rows


def _codes(text: str) -> list[str]:
    return [part for part in text.split(";") if part]


def _place_aliases() -> dict[str, list[str]]:
    aliases: dict[str, list[str]] = {}
    for row in reference_rows("place_aliases.csv"):
        aliases.setdefault(row["code"], []).append(row["alias"])
    return aliases


def _regions() -> Iterator[Region]:
    """Provinces first: the others refer to them."""
    aliases = _place_aliases()
    for region in _region_rows():
        region.aliases = aliases.get(region.code, [])
        yield region


def _region_rows() -> Iterator[Region]:
    for row in reference_rows("provinces.csv"):
        yield Region(
            code=row["code"],
            kind="province",
            name=row["name"],
            cbs_code=row["cbs_code"],
            nuts2=row["nuts2"],
        )
    for row in reference_rows("municipalities.csv"):
        yield Region(
            code=row["code"],
            kind="municipality",
            name=row["name"],
            province_code=row["province_code"],
        )
    for row in reference_rows("corop_regions.csv"):
        yield Region(
            code=row["code"], kind="corop", name=row["name"], province_code=row["province_code"]
        )
    for row in reference_rows("clusters.csv"):
        provinces = _codes(row["province_codes"])
        yield Region(
            code=row["code"],
            kind="cluster",
            name=row["name"],
            cluster_type=row["kind"],
            province_code=provinces[0] if provinces else None,
            description=row["description"],
            municipality_codes=_codes(row["municipality_codes"]),
            topsector_codes=_codes(row["topsectors"]),
        )


def _instruments() -> Iterator[Instrument]:
    entries = json.loads((REFERENCE_DIR / "instruments.json").read_text(encoding="utf-8"))
    for entry in entries:
        yield Instrument(
            **{
                key: entry[key]
                for key in ("code", "name", "name_en", "kind", "description", "source", "rules")
            },
            source_url=entry.get("source_url"),
            valid_from=date.fromisoformat(entry["valid_from"]) if entry.get("valid_from") else None,
            valid_until=date.fromisoformat(entry["valid_until"])
            if entry.get("valid_until")
            else None,
        )


def load_reference_tables(session: Session) -> None:
    merge_all(session, _regions())
    merge_all(session, (Topsector(**row) for row in reference_rows("topsectors.csv")))
    merge_all(
        session,
        (Tki(**{**row, "website": row["website"] or None}) for row in reference_rows("tkis.csv")),
    )
    merge_all(session, (Theme(**row) for row in reference_rows("themes.csv")))
    merge_all(
        session,
        (
            Mission(
                **{**row, "target_year": int(row["target_year"]) if row["target_year"] else None}
            )
            for row in reference_rows("missions.csv")
        ),
    )
    merge_all(session, (Technology(**row) for row in reference_rows("technologies.csv")))
    merge_all(session, _instruments())


def load_reference_organisations(session: Session) -> ImportReport:
    """The real organisations: the curated list, the Dutch organisations of the Research
    Organization Registry merged into it by ROR id, their PICs, expertise profiles and Horizon
    2020 track record. Missing ones are added; stored ones only get what they lack (see
    ``desktop.services.importing.ror.store``)."""
    report = ImportReport()
    table = read_organisations_file(REFERENCE_DIR / "organisations_reference.csv")
    store_organisations(session, table, "reference", update_existing=False, report=report)
    ror = store_ror_records(session, read_ror_file(REFERENCE_DIR / "ror_nl.csv"), "reference")
    for outcome in ("created", "updated", "unchanged"):
        for _ in range(getattr(ror, outcome)):
            report.add("organisations", outcome)
    assign_pics(session)
    apply_profiles(session, read_profiles())
    for _ in range(load_track_record(session)):
        report.add("projects", "created")
    return report


def load_demo_data(session: Session) -> ImportReport:
    """Fictional demonstration organisations and projects, marked with origin ``demo``."""
    report = ImportReport()
    table = read_organisations_file(REFERENCE_DIR / "organisations_demo.csv")
    store_organisations(session, table, "demo", update_existing=False, report=report)
    store_projects(
        session,
        read_projects_file(REFERENCE_DIR / "projects_demo.csv"),
        read_participations_file(REFERENCE_DIR / "participations_demo.csv"),
        "demo",
        report,
    )
    return report


class DemoDataInUse(Exception):
    """Demonstration organisations are members of consortia and cannot be removed."""

    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


def remove_demo_data(session: Session) -> tuple[int, int]:
    """Delete every demonstration organisation and project; returns how many of each."""
    in_use = consortium_memberships_by_origin(session, "demo")
    if in_use:
        raise DemoDataInUse(in_use)
    return delete_by_origin(session, "demo"), delete_projects_by_origin(session, "demo")
