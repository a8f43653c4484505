"""Checking what a user typed for an organisation: each problem names the field and what is wrong.

Values are also put in their standard form (``1234ab`` -> ``1234 AB``, ``https://`` added to a bare
web address). Problems are codes; the views put them into words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from email_validator import EmailNotValidError, validate_email

from desktop.models.queries.organisations.detail_data import ContactData, OrganisationData
from desktop.services.importing.fields import (
    BadValue,
    country,
    dutch_postcode,
    kvk_number,
    pic_number,
    website,
)
from matching.kinds import DEFAULT_KIND, HelixKind, OrganisationType

MAX_EMPLOYEES = 10_000_000


@dataclass(frozen=True)
class Problem:
    """``field`` is an attribute of ``OrganisationData`` (``contacts[2].email`` for a contact).

    Codes: required, bad_kvk, bad_pic, bad_postcode, bad_website, bad_email, bad_country,
    bad_employees, kind_mismatch, unknown_kind, unknown_type, duplicate_kvk, duplicate_pic,
    ambiguous_city (the town lies in municipalities of different provinces: ``value`` names them).
    """

    field: str
    code: str
    value: str = ""


class InvalidOrganisation(Exception):
    """Raised by the editing functions; nothing was stored."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _contact(index: int, contact: ContactData, problems: list[Problem]) -> ContactData:
    name = contact.name.strip()
    if not name:
        problems.append(Problem(f"contacts[{index}].name", "required"))
    email = _blank_to_none(contact.email)
    if email is not None:
        try:
            email = validate_email(email, check_deliverability=False).normalized
        except EmailNotValidError:
            problems.append(Problem(f"contacts[{index}].email", "bad_email", email))
    return replace(
        contact,
        name=name,
        function=_blank_to_none(contact.function),
        email=email,
        phone=_blank_to_none(contact.phone),
    )


def clean_organisation(data: OrganisationData) -> tuple[OrganisationData, list[Problem]]:
    """``data`` in standard form, and every problem found (empty when it can be stored)."""
    problems: list[Problem] = []
    name = data.name.strip()
    if not name:
        problems.append(Problem("name", "required"))
    if data.kind not in {k.value for k in HelixKind}:
        problems.append(Problem("kind", "unknown_kind", data.kind))
    if data.type not in {t.value for t in OrganisationType}:
        problems.append(Problem("type", "unknown_type", data.type))
    else:
        implied = DEFAULT_KIND.get(OrganisationType(data.type))
        if implied is not None and implied != data.kind:
            problems.append(Problem("kind", "kind_mismatch", data.kind))

    cleaned: dict[str, object] = {}
    checks = (
        ("kvk", kvk_number),
        ("pic", pic_number),
        ("website", website),
        ("country", country),
    )
    for attribute, check in checks:
        value = _blank_to_none(getattr(data, attribute))
        if value is None:
            cleaned[attribute] = None
            continue
        try:
            cleaned[attribute] = check(value)
        except BadValue as error:
            code = "bad_country" if attribute == "country" else error.code
            problems.append(Problem(attribute, code, value))
            cleaned[attribute] = value
    if cleaned["country"] is None:
        cleaned["country"] = "NL"
    postcode = _blank_to_none(data.postcode)
    if postcode is not None and cleaned["country"] == "NL":
        try:
            postcode = dutch_postcode(postcode)
        except BadValue:
            problems.append(Problem("postcode", "bad_postcode", postcode))
    if data.employees is not None and not 0 <= data.employees <= MAX_EMPLOYEES:
        problems.append(Problem("employees", "bad_employees", str(data.employees)))

    contacts = [_contact(i, c, problems) for i, c in enumerate(data.contacts)]
    result = replace(
        data,
        name=name,
        short_name=_blank_to_none(data.short_name),
        aliases=list(dict.fromkeys(a.strip() for a in data.aliases if a.strip())),
        keywords=list(dict.fromkeys(k.strip() for k in data.keywords if k.strip())),
        address=_blank_to_none(data.address),
        postcode=postcode,
        city=_blank_to_none(data.city),
        description=data.description.strip(),
        contacts=contacts,
        **cleaned,
    )
    return result, problems
