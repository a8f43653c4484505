"""Writing a consortium and its organisations to a share file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.models.database import Database
from desktop.models.queries.share import consortium_to_share
from desktop.services.exporting.atomic import write_atomically
from desktop.services.exporting.share_format import (
    FORMAT,
    SCHEMA_VERSION,
    SharedConsortium,
    SharedContact,
    SharedMember,
    ShareDocument,
    SharedOrganisation,
    SharedReason,
    partners_renamed,
    write_share_document,
)
from desktop.services.progress import TaskState
from desktop.services.user_error import UserError


def share_document(
    database: Database,
    consortium_id: int,
    *,
    with_contacts: bool = False,
    made_on: date | None = None,
) -> ShareDocument:
    with database.transaction() as session:
        found = consortium_to_share(session, consortium_id)
    if found is None:
        raise UserError(f"there is no consortium with id {consortium_id}")
    refs = {organisation_id: f"o{n}" for n, organisation_id in enumerate(found.organisations, 1)}
    organisations = [
        SharedOrganisation(
            ref=refs[organisation_id],
            origin=found.origins[organisation_id],
            **{
                name: value
                for name, value in vars(record).items()
                if value is not None or name == "is_sme"
            },
        )
        for organisation_id, record in found.organisations.items()
    ]
    members = [
        SharedMember(
            organisation=refs[m.organisation_id],
            role=m.role,
            budget_cash=m.budget_cash,
            budget_in_kind=m.budget_in_kind,
            rationale=m.rationale,
            contact=SharedContact(**vars(m.contact)) if with_contacts and m.contact else None,
            reasons=[
                SharedReason(code=code, values=values)
                for code, values in partners_renamed(((r.code, r.values) for r in m.reasons), refs)
            ],
        )
        for m in found.members
    ]
    return ShareDocument(
        format=FORMAT,
        schema_version=SCHEMA_VERSION,
        made_on=made_on or date.today(),
        with_contacts=with_contacts,
        consortium=SharedConsortium(
            title=found.title,
            acronym=found.acronym,
            description=found.description,
            status=found.status,
            version=found.version,
            mission_code=found.mission_code,
            instrument_code=found.instrument_code,
        ),
        organisations=organisations,
        members=members,
    )


def write_share(
    database: Database,
    consortium_id: int,
    path: Path,
    *,
    with_contacts: bool = False,
    made_on: date | None = None,
    state: TaskState | None = None,
) -> None:
    document = share_document(database, consortium_id, with_contacts=with_contacts, made_on=made_on)
    write_atomically(path, lambda temporary: write_share_document(document, temporary), state)
