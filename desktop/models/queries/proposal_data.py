"""Everything a consortium proposal shows, read in a few queries and returned as plain data."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, select

from desktop.models.queries.code_names import load_code_names
from desktop.models.queries.consortia import reasons_from_json
from desktop.models.tables.consortium import Consortium, ConsortiumMember, Question
from desktop.models.tables.organisation import (
    Contact,
    Organisation,
    OrganisationMission,
    OrganisationTechnology,
    OrganisationTopsector,
)
from desktop.models.tables.project import Participation, Project
from desktop.models.tables.reference import Instrument, Mission, Region
from matching.model import Reason


@dataclass(frozen=True)
class ContactRow:
    name: str
    function: str | None
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class MemberRow:
    organisation_id: int
    external_id: str | None
    name: str
    short_name: str | None
    kind: str
    type: str
    country: str
    city: str | None
    province_code: str | None
    province: str | None
    is_sme: bool | None
    kvk: str | None
    website: str | None
    profile: str  # name, short name, description and keywords, for coverage
    role: str
    budget_cash: float
    budget_in_kind: float
    rationale: str  # as the user typed it
    contact: ContactRow | None
    origin: str  # "demo" for demonstration data
    topsectors: frozenset[str] = frozenset()
    technologies: frozenset[str] = frozenset()
    missions: frozenset[str] = frozenset()
    projects: int = 0  # past projects (track record)
    project_texts: tuple[str, ...] = ()
    suggested_for: tuple[Reason, ...] = ()  # the reasons it was suggested for, as saved


@dataclass(frozen=True)
class MissionRow:
    code: str
    title: str
    text: str
    target_year: int | None


@dataclass(frozen=True)
class InstrumentRow:
    code: str
    name: str
    name_en: str
    source: str
    valid_from: date | None
    valid_until: date | None
    rules: list[dict[str, Any]]


@dataclass(frozen=True)
class AskedQuestion:
    """The knowledge question a consortium was made from, at the one-stop desk."""

    title: str
    text: str
    asker: str | None  # the asking organisation's name
    asker_origin: str = ""  # "demo" for demonstration data


@dataclass(frozen=True)
class ProposalSource:
    id: int
    title: str
    acronym: str | None
    description: str
    status: str
    version: int
    question: AskedQuestion | None
    mission: MissionRow | None
    instrument: InstrumentRow | None
    members: list[MemberRow]
    shared_projects: dict[tuple[int, int], int]  # (a, b) with a < b -> projects together
    code_names: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> (en, nl)

    @property
    def question_text(self) -> str:
        """The question's title and text, for matching; "" without a question."""
        return f"{self.question.title} {self.question.text}" if self.question else ""


def _codes(session: Session, table, column, ids: list[int]) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    statement = select(table.organisation_id, column).where(table.organisation_id.in_(ids))
    for organisation_id, code in session.exec(statement):
        found[organisation_id].add(code)
    return {key: frozenset(value) for key, value in found.items()}


def _project_links(
    session: Session, ids: list[int]
) -> tuple[dict[int, list[str]], dict[tuple[int, int], int], dict[int, int]]:
    """Per member the texts of its projects, projects shared per pair, and project counts."""
    statement = (
        select(Participation.organisation_id, Project.id, Project.title, Project.summary)
        .join(Project, Project.id == Participation.project_id)
        .where(Participation.organisation_id.in_(ids))
    )
    texts: dict[int, list[str]] = defaultdict(list)
    by_project: dict[int, set[int]] = defaultdict(set)
    for organisation_id, project_id, title, summary in session.exec(statement):
        texts[organisation_id].append(f"{title} {summary or ''}")
        by_project[project_id].add(organisation_id)
    shared: Counter[tuple[int, int]] = Counter()
    for members in by_project.values():
        ordered = sorted(members)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                shared[(a, b)] += 1
    counts = {organisation_id: len(found) for organisation_id, found in texts.items()}
    return texts, dict(shared), counts


def member_rows(
    session: Session, consortium_id: int
) -> list[tuple[ConsortiumMember, Organisation, Contact | None]]:
    """Each member with its organisation and contact person, the lead first."""
    statement = (
        select(ConsortiumMember, Organisation, Contact)
        .join(Organisation, Organisation.id == ConsortiumMember.organisation_id)
        .outerjoin(Contact, Contact.id == ConsortiumMember.contact_id)
        .where(ConsortiumMember.consortium_id == consortium_id)
        .order_by(ConsortiumMember.role != "lead", ConsortiumMember.id)
    )
    return list(session.exec(statement))


def proposal_source(session: Session, consortium_id: int) -> ProposalSource | None:
    """The consortium with its members, or None when there is no consortium with that id."""
    consortium = session.get(Consortium, consortium_id)
    if consortium is None:
        return None
    province_names = dict(
        session.exec(select(Region.code, Region.name).where(Region.kind == "province")).all()
    )
    rows = member_rows(session, consortium_id)
    ids = [organisation.id for _, organisation, _ in rows]
    topsectors = _codes(session, OrganisationTopsector, OrganisationTopsector.topsector_code, ids)
    technologies = _codes(
        session, OrganisationTechnology, OrganisationTechnology.technology_code, ids
    )
    missions = _codes(session, OrganisationMission, OrganisationMission.mission_code, ids)
    texts, shared, counts = _project_links(session, ids)
    members = [
        MemberRow(
            organisation_id=org.id,
            external_id=org.external_id,
            name=org.name,
            short_name=org.short_name,
            kind=org.kind,
            type=org.type,
            country=org.country,
            city=org.city,
            province_code=org.province_code,
            province=province_names.get(org.province_code or ""),
            is_sme=org.is_sme,
            kvk=org.kvk,
            website=org.website,
            profile=" ".join(
                part for part in (org.name, org.short_name, org.description, *org.keywords) if part
            ),
            role=member.role,
            budget_cash=member.budget_cash,
            budget_in_kind=member.budget_in_kind,
            rationale=member.rationale,
            suggested_for=reasons_from_json(member.reasons),
            contact=ContactRow(contact.name, contact.function, contact.email, contact.phone)
            if contact is not None
            else None,
            origin=org.origin,
            topsectors=topsectors.get(org.id, frozenset()),
            technologies=technologies.get(org.id, frozenset()),
            missions=missions.get(org.id, frozenset()),
            projects=counts.get(org.id, 0),
            project_texts=tuple(texts.get(org.id, ())),
        )
        for member, org, contact in rows
    ]
    mission = session.get(Mission, consortium.mission_code) if consortium.mission_code else None
    instrument = (
        session.get(Instrument, consortium.instrument_code) if consortium.instrument_code else None
    )
    question = session.get(Question, consortium.question_id) if consortium.question_id else None
    asker = (
        session.get(Organisation, question.organisation_id)
        if question and question.organisation_id
        else None
    )
    return ProposalSource(
        id=consortium.id,
        title=consortium.title,
        acronym=consortium.acronym,
        description=consortium.description,
        status=consortium.status,
        version=consortium.version,
        question=AskedQuestion(
            question.title,
            question.text,
            asker.name if asker else None,
            asker.origin if asker else "",
        )
        if question
        else None,
        mission=MissionRow(mission.code, mission.title, mission.text, mission.target_year)
        if mission
        else None,
        instrument=InstrumentRow(
            instrument.code,
            instrument.name,
            instrument.name_en,
            instrument.source,
            instrument.valid_from,
            instrument.valid_until,
            list(instrument.rules),
        )
        if instrument
        else None,
        members=members,
        shared_projects=shared,
        code_names=load_code_names(session).english_and_dutch(),
    )
