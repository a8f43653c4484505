"""Storing what a user entered for an organisation: checked first, then written in one go."""

from __future__ import annotations

from sqlmodel import Session

from desktop.models.errors import ConcurrentEdit
from desktop.models.organisation import Organisation
from desktop.models.repositories.organisation_details import OrganisationData
from desktop.models.repositories.organisation_writes import (
    OrganisationGone,
    holder_of,
    write_organisation,
)
from desktop.organisation_validation import InvalidOrganisation, Problem, clean_organisation

# The organisation was changed elsewhere after the form was filled: found by the check below,
# or, when another user saved in between, by the version check of the update itself.
EditConflict = ConcurrentEdit


def save_organisation_data(
    session: Session,
    organisation_id: int | None,
    data: OrganisationData,
    expected_version: int | None = None,
) -> int:
    """Check ``data`` and store it (a new organisation when ``organisation_id`` is None).

    Raises ``InvalidOrganisation`` listing every problem, ``EditConflict`` when the stored row
    has another version than ``expected_version``, ``OrganisationGone`` when it was deleted;
    nothing is stored then.
    """
    cleaned, problems = clean_organisation(data)
    for column in ("kvk", "pic"):
        value = getattr(cleaned, column)
        if value and not any(p.field == column for p in problems):
            holder = holder_of(session, column, value, organisation_id)
            if holder is not None:
                problems.append(Problem(column, f"duplicate_{column}", holder))
    if problems:
        raise InvalidOrganisation(problems)
    if organisation_id is not None:
        stored = session.get(Organisation, organisation_id)
        if stored is None:
            raise OrganisationGone(organisation_id)
        if expected_version is not None and stored.version != expected_version:
            raise EditConflict(organisation_id)
    return write_organisation(session, organisation_id, cleaned)
