"""One organisation in full: what the detail pane shows and edits, and what an undo restores."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, select

from desktop.models.tables.consortium import Consortium, ConsortiumMember
from desktop.models.tables.organisation import (
    Contact,
    Organisation,
    OrganisationMission,
    OrganisationTechnology,
    OrganisationTopsector,
)
from desktop.models.tables.project import Participation, Project

# The organisation's own columns a user edits, in the order of the form.
EDITABLE = (
    "name", "short_name", "aliases", "kind", "type", "kvk", "pic", "country", "address",
    "postcode", "city", "municipality_code", "province_code", "website", "description",
    "keywords", "employees", "is_sme",
)  # fmt: skip

LINKS = (
    ("topsectors", OrganisationTopsector, "topsector_code"),
    ("technologies", OrganisationTechnology, "technology_code"),
    ("missions", OrganisationMission, "mission_code"),
)

CO_PARTNERS_SHOWN = 25


@dataclass
class ContactData:
    name: str
    function: str | None = None
    email: str | None = None
    phone: str | None = None
    notes: str = ""
    id: int | None = None


@dataclass
class OrganisationData:
    """Everything a user edits of one organisation; lists hold codes."""

    name: str
    kind: str
    type: str
    short_name: str | None = None
    aliases: list[str] = field(default_factory=list)
    kvk: str | None = None
    pic: str | None = None
    country: str = "NL"
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    municipality_code: str | None = None  # placed from the city (``town_places``), not typed
    province_code: str | None = None
    website: str | None = None
    description: str = ""
    keywords: list[str] = field(default_factory=list)
    employees: int | None = None
    is_sme: bool | None = None
    topsectors: list[str] = field(default_factory=list)
    technologies: list[str] = field(default_factory=list)
    missions: list[str] = field(default_factory=list)
    contacts: list[ContactData] = field(default_factory=list)


@dataclass(frozen=True)
class ProjectLine:
    id: int
    title: str
    acronym: str | None
    start_year: int | None
    end_year: int | None
    role: str
    partners: int  # other organisations in the project


@dataclass(frozen=True)
class CoPartner:
    id: int
    name: str
    projects: int


@dataclass(frozen=True)
class ConsortiumLine:
    id: int
    title: str
    status: str
    role: str


@dataclass
class OrganisationDetails:
    id: int
    origin: str
    version: int  # raised by every update: an edit based on an older version is a conflict
    updated_at: datetime
    data: OrganisationData
    projects: list[ProjectLine]
    co_partners: list[CoPartner]
    consortia: list[ConsortiumLine]
    ror_id: str | None = None  # the short id; shown as a link, not edited
    profile_source: str = ""  # the pages the expertise profile was checked against
    description_en: str = ""  # the English expertise profile, shown in an English interface
    keywords_en: list[str] = field(default_factory=list)


def _codes(session: Session, organisation_id: int, table, column: str) -> list[str]:
    statement = select(getattr(table, column)).where(table.organisation_id == organisation_id)
    return sorted(session.exec(statement))


def organisation_data(session: Session, organisation: Organisation) -> OrganisationData:
    values = {name: getattr(organisation, name) for name in EDITABLE}
    values["aliases"] = list(values["aliases"] or [])
    values["keywords"] = list(values["keywords"] or [])
    links = {
        attribute: _codes(session, organisation.id, table, column)
        for attribute, table, column in LINKS
    }
    contacts = [
        ContactData(c.name, c.function, c.email, c.phone, c.notes, c.id)
        for c in session.exec(
            select(Contact).where(Contact.organisation_id == organisation.id).order_by(Contact.id)
        )
    ]
    return OrganisationData(**values, **links, contacts=contacts)


def _projects(session: Session, organisation_id: int) -> list[ProjectLine]:
    statement = (
        select(Project, Participation.role)
        .join(Participation, Participation.project_id == Project.id)
        .where(Participation.organisation_id == organisation_id)
        .order_by(Project.start_year.desc(), Project.title)
    )
    rows = list(session.exec(statement))
    ids = [project.id for project, _ in rows]
    sizes = Counter(
        session.exec(select(Participation.project_id).where(Participation.project_id.in_(ids)))
    )
    return [
        ProjectLine(p.id, p.title, p.acronym, p.start_year, p.end_year, role, sizes[p.id] - 1)
        for p, role in rows
    ]


def _co_partners(session: Session, organisation_id: int) -> list[CoPartner]:
    own = select(Participation.project_id).where(Participation.organisation_id == organisation_id)
    statement = (
        select(Organisation.id, Organisation.name, Participation.project_id)
        .join(Participation, Participation.organisation_id == Organisation.id)
        .where(Participation.project_id.in_(own), Organisation.id != organisation_id)
    )
    counts: Counter[tuple[int, str]] = Counter(
        (id_, name) for id_, name, _ in session.exec(statement)
    )
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0][1].lower()))
    return [CoPartner(id_, name, n) for (id_, name), n in ranked[:CO_PARTNERS_SHOWN]]


def _consortia(session: Session, organisation_id: int) -> list[ConsortiumLine]:
    statement = (
        select(Consortium.id, Consortium.title, Consortium.status, ConsortiumMember.role)
        .join(ConsortiumMember, ConsortiumMember.consortium_id == Consortium.id)
        .where(ConsortiumMember.organisation_id == organisation_id)
        .order_by(Consortium.updated_at.desc())
    )
    return [ConsortiumLine(*row) for row in session.exec(statement)]


def load_details(session: Session, organisation_id: int) -> OrganisationDetails | None:
    """The organisation with its links, contacts, track record and consortia; None if gone."""
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        return None
    return OrganisationDetails(
        id=organisation_id,
        origin=organisation.origin,
        version=organisation.version,
        updated_at=organisation.updated_at,
        data=organisation_data(session, organisation),
        projects=_projects(session, organisation_id),
        co_partners=_co_partners(session, organisation_id),
        consortia=_consortia(session, organisation_id),
        ror_id=organisation.ror_id,
        profile_source=organisation.profile_source,
        description_en=organisation.description_en,
        keywords_en=list(organisation.keywords_en),
    )
