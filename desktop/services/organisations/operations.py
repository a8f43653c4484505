"""What a user does to organisations in the window: look one up, add, edit, delete, merge, and
undo each of these. Every operation runs in its own transaction on the database it is given."""

from __future__ import annotations

from desktop.models.database import Database
from desktop.models.queries.organisations.detail_data import (
    ContactData,
    OrganisationData,
    OrganisationDetails,
    load_details,
)
from desktop.models.queries.organisations.merge import (
    Merged,
    MergeRecord,
    merge_organisations,
    unmerge_organisations,
)
from desktop.models.queries.organisations.records import OrganisationSummary
from desktop.models.queries.organisations.writes import (
    DeletedOrganisation,
    OrganisationGone,
    OrganisationInConsortia,
    delete_organisation,
    restore_organisation,
    write_organisation,
)
from desktop.services.organisations.editing import save_organisation_data
from desktop.services.organisations.finder import OrganisationFinder

__all__ = [
    "ContactData",
    "DeletedOrganisation",
    "MergeRecord",
    "Merged",
    "OrganisationData",
    "OrganisationDetails",
    "OrganisationGone",
    "OrganisationInConsortia",
    "OrganisationSummary",
    "delete_an_organisation",
    "find_organisations",
    "load_organisation",
    "merge_two_organisations",
    "prepare_name_search",
    "restore_an_organisation",
    "save_entered_organisation",
    "undo_merge",
    "write_organisation_data",
]


def load_organisation(database: Database, organisation_id: int) -> OrganisationDetails | None:
    """Everything the detail pane shows of one organisation; None when it was deleted."""
    with database.transaction() as session:
        return load_details(session, organisation_id)


def save_entered_organisation(
    database: Database,
    organisation_id: int | None,
    data: OrganisationData,
    expected_version: int | None = None,
) -> int:
    """What the user entered, checked and stored (``save_organisation_data``); returns the id."""
    with database.transaction() as session:
        return save_organisation_data(session, organisation_id, data, expected_version)


def write_organisation_data(
    database: Database, organisation_id: int, data: OrganisationData
) -> int:
    """Put back values stored before (undo and redo of an edit), without checking them again."""
    with database.transaction() as session:
        return write_organisation(session, organisation_id, data)


def delete_an_organisation(database: Database, organisation_id: int) -> DeletedOrganisation:
    """Delete the organisation; the result is what ``restore_an_organisation`` puts back."""
    with database.transaction() as session:
        return delete_organisation(session, organisation_id)


def restore_an_organisation(database: Database, deleted: DeletedOrganisation) -> int:
    with database.transaction() as session:
        return restore_organisation(session, deleted)


def merge_two_organisations(database: Database, keep: int, drop: int) -> Merged:
    with database.transaction() as session:
        return merge_organisations(session, keep, drop)


def undo_merge(database: Database, record: MergeRecord) -> int:
    with database.transaction() as session:
        return unmerge_organisations(session, record)


def prepare_name_search(database: Database, finder: OrganisationFinder) -> None:
    """Build the finder's name index now (in a worker), so that the first search is quick."""
    with database.transaction() as session:
        finder.prepare(session)


def find_organisations(
    database: Database, finder: OrganisationFinder, text: str
) -> list[OrganisationSummary]:
    """The organisations whose name, short name or an alias is most like ``text``."""
    with database.transaction() as session:
        return finder.find(session, text)
