"""A consortium with its organisations as records, for share files; and storing contacts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from desktop.models.queries.consortia import reasons_from_json
from desktop.models.queries.organisations.exchange_rows import link_codes
from desktop.models.queries.proposal_data import ContactRow, member_rows
from desktop.models.records import OrganisationRecord
from desktop.models.tables.consortium import Consortium
from desktop.models.tables.organisation import Contact, Organisation
from matching.model import Reason


@dataclass(frozen=True)
class MemberToShare:
    organisation_id: int
    role: str
    budget_cash: float
    budget_in_kind: float
    rationale: str
    contact: ContactRow | None
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class ConsortiumToShare:
    title: str
    acronym: str | None
    description: str
    status: str
    version: int
    mission_code: str | None
    instrument_code: str | None
    members: list[MemberToShare]
    organisations: dict[int, OrganisationRecord]
    origins: dict[int, str]  # organisation id -> origin ("demo" for demonstration data)


def _record(org: Organisation, links: dict[str, dict[int, list[str]]]) -> OrganisationRecord:
    return OrganisationRecord(
        name=org.name,
        kind=org.kind,
        type=org.type,
        external_id=org.external_id,
        short_name=org.short_name,
        aliases=list(org.aliases),
        country=org.country,
        city=org.city,
        municipality_code=org.municipality_code,
        postcode=org.postcode,
        province_code=org.province_code,
        kvk=org.kvk,
        pic=org.pic,
        website=org.website,
        description=org.description,
        keywords=list(org.keywords),
        topsectors=sorted(links["topsectors"].get(org.id, [])),
        technologies=sorted(links["technologies"].get(org.id, [])),
        missions=sorted(links["missions"].get(org.id, [])),
        employees=org.employees,
        is_sme=org.is_sme,
    )


def consortium_to_share(session: Session, consortium_id: int) -> ConsortiumToShare | None:
    """The consortium, its members (lead first) and their organisations; None when missing."""
    consortium = session.get(Consortium, consortium_id)
    if consortium is None:
        return None
    rows = member_rows(session, consortium_id)
    links = link_codes(session, [org.id for _, org, _ in rows])
    return ConsortiumToShare(
        title=consortium.title,
        acronym=consortium.acronym,
        description=consortium.description,
        status=consortium.status,
        version=consortium.version,
        mission_code=consortium.mission_code,
        instrument_code=consortium.instrument_code,
        members=[
            MemberToShare(
                org.id,
                member.role,
                member.budget_cash,
                member.budget_in_kind,
                member.rationale,
                ContactRow(contact.name, contact.function, contact.email, contact.phone)
                if contact
                else None,
                reasons_from_json(member.reasons),
            )
            for member, org, contact in rows
        ],
        organisations={org.id: _record(org, links) for _, org, _ in rows},
        origins={org.id: org.origin for _, org, _ in rows},
    )


def find_or_add_contact(session: Session, organisation_id: int, contact: ContactRow) -> int:
    """The organisation's contact of that name and e-mail address, added when it has none."""
    statement = select(Contact).where(
        Contact.organisation_id == organisation_id,
        Contact.name == contact.name,
        Contact.email == contact.email,
    )
    found = session.exec(statement).first()
    if found is not None:
        return found.id
    stored = Contact(
        organisation_id=organisation_id,
        name=contact.name,
        function=contact.function,
        email=contact.email,
        phone=contact.phone,
    )
    session.add(stored)
    session.flush()
    return stored.id
