"""Storing ROR records as organisations, by ROR id: the built-in load and ``import ror`` both
come here.

A record whose ROR id is stored updates that organisation the way an import merges: empty
values are filled in and new names become aliases, but a value stored already is never
overwritten (the user may have corrected it). Where the registry says something else than the
stored value, the report lists it, so that nothing is kept or lost silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import Session, select

from desktop.models.queries.import_log import ORGANISATION, Change, organisation_before
from desktop.models.queries.organisations.identities import insert_organisations, merge_organisation
from desktop.models.records import OrganisationRecord
from desktop.models.tables.organisation import Organisation
from desktop.services.importing.ror.dump import RorRecord
from desktop.services.importing.ror.mapping import read_choices, to_organisation
from desktop.services.reference.files import REFERENCE_DIR
from desktop.services.reference.town_places import Places, load_places

COMPARED = ("website", "city")  # values of which a difference is reported
CHUNK = 500


@dataclass
class RorReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    other_country: int = 0
    not_active: int = 0
    left_out: int = 0
    # (organisation, field, stored value kept, the registry's value)
    kept: list[tuple[str, str, str, str]] = field(default_factory=list)
    # towns whose name two municipalities share: left without municipality
    open_towns: set[str] = field(default_factory=set)
    changes: list[Change] = field(default_factory=list)


def _stored_by_ror_id(session: Session, ror_ids: list[str]) -> dict[str, Organisation]:
    found: dict[str, Organisation] = {}
    for start in range(0, len(ror_ids), CHUNK):
        statement = select(Organisation).where(
            Organisation.ror_id.in_(ror_ids[start : start + CHUNK])
        )
        found.update((o.ror_id, o) for o in session.exec(statement))
    return found


def organisations_of(
    records: Iterable[RorRecord], places: Places, report: RorReport
) -> list[OrganisationRecord]:
    """The organisations of the active Dutch records, one per ROR id (the last record counts)."""
    choices = read_choices(REFERENCE_DIR / "ror_choices.csv")
    mapped: dict[str, OrganisationRecord] = {}
    for record in records:
        if (record.country_code or "").upper() != "NL":
            report.other_country += 1
        elif record.status != "active":
            report.not_active += 1
        elif (organisation := to_organisation(record, places, choices)) is None:
            report.left_out += 1
        else:
            if places.place(record.city).ambiguous:
                report.open_towns.add(record.city)
            mapped[record.ror_id] = organisation
    return list(mapped.values())


def store_ror_records(session: Session, records: Iterable[RorRecord], origin: str) -> RorReport:
    report = RorReport()
    places = load_places(session)
    organisations = organisations_of(records, places, report)
    stored = _stored_by_ror_id(session, [o.ror_id for o in organisations])
    new = [o for o in organisations if o.ror_id not in stored]
    for organisation_id in insert_organisations(session, new, origin):
        report.changes.append(Change(ORGANISATION, organisation_id))
    report.created = len(new)
    for record in organisations:
        existing = stored.get(record.ror_id)
        if existing is None:
            continue
        report.kept.extend(_differences(existing, record))
        before = organisation_before(session, existing.id)
        if merge_organisation(session, existing.id, record):
            report.updated += 1
            report.changes.append(Change(ORGANISATION, existing.id, before=before))
        else:
            report.unchanged += 1
    return report


def _differences(existing: Organisation, record: OrganisationRecord):
    for name in COMPARED:
        stored, offered = getattr(existing, name), getattr(record, name)
        if stored and offered and stored != offered:
            yield existing.name, name, stored, offered
