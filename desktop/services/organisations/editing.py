"""Storing what a user entered for an organisation: checked first, then written in one go."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import Session

from desktop.models.errors import ConcurrentEdit
from desktop.models.queries.organisations.detail_data import OrganisationData
from desktop.models.queries.organisations.writes import (
    OrganisationGone,
    holder_of,
    write_organisation,
)
from desktop.models.tables.organisation import Organisation
from desktop.services.organisations.validation import (
    InvalidOrganisation,
    Problem,
    clean_organisation,
)
from desktop.services.reference.town_places import load_places

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
    cleaned = _placed(session, organisation_id, cleaned, problems)
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


def _placed(
    session: Session, organisation_id: int | None, data: OrganisationData, problems: list[Problem]
) -> OrganisationData:
    """The organisation placed in the municipality of its town (``town_places``), its province
    filled in from there. A town that municipalities in different provinces share needs the
    province when it is typed (a problem says so; an edit of something else is not held up by
    the town stored before); a town not known keeps the municipality stored before only while
    the city is unchanged."""
    if data.country != "NL" or not data.city:
        return replace(data, municipality_code=None)
    places = load_places(session)
    place = places.place(data.city, data.province_code)
    if place.municipality_code is not None:
        return replace(
            data,
            municipality_code=place.municipality_code,
            province_code=data.province_code or place.province_code,
        )
    stored = session.get(Organisation, organisation_id) if organisation_id is not None else None
    unchanged = stored is not None and stored.city == data.city
    if place.ambiguous and place.province_code is None and not unchanged:
        problems.append(Problem("city", "ambiguous_city", places.names(place.candidates)))
    return replace(
        data,
        municipality_code=data.municipality_code if unchanged else None,
        province_code=data.province_code or place.province_code,
    )
