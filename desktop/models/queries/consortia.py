"""Consortia: create one with its members, list them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, func, select

from desktop.models.queries.reference_checks import missing_reference
from desktop.models.tables.consortium import (
    Consortium,
    ConsortiumMember,
    Question,
)
from desktop.models.tables.organisation import Contact, Organisation
from desktop.models.tables.reference import Instrument, Mission
from matching.codes import ConsortiumStatus, MemberRole
from matching.model import Reason


class ConsortiumError(ValueError):
    """A consortium that cannot be stored as given; the message says what is wrong."""


@dataclass(frozen=True)
class MemberDraft:
    organisation_id: int
    role: str = "partner"
    rationale: str = ""  # why the member is there, as the user typed it
    budget_cash: float = 0.0
    budget_in_kind: float = 0.0
    contact_id: int | None = None  # the member's contact person, one of the organisation's
    reasons: tuple[Reason, ...] = ()  # why it was suggested, worded when shown or exported


def reasons_as_json(reasons: Sequence[Reason]) -> list[dict]:
    """Reasons as stored in the database and in share files: codes with their values."""
    return [{"code": r.code, "values": dict(r.values)} for r in reasons]


def reasons_from_json(stored: Sequence[dict]) -> tuple[Reason, ...]:
    return tuple(Reason(str(r["code"]), dict(r.get("values") or {})) for r in stored)


@dataclass(frozen=True)
class ConsortiumDraft:
    title: str
    members: tuple[MemberDraft, ...]
    status: str = "draft"
    description: str = ""
    mission_code: str | None = None
    instrument_code: str | None = None
    question_id: int | None = None
    acronym: str | None = None


@dataclass(frozen=True)
class ConsortiumRow:
    id: int
    title: str
    status: str
    members: int
    mission_code: str | None
    instrument_code: str | None
    updated_at: datetime


def _check(session: Session, draft: ConsortiumDraft) -> None:
    if not draft.title.strip():
        raise ConsortiumError("a consortium needs a title")
    if draft.status not in tuple(ConsortiumStatus):
        raise ConsortiumError(
            f"status '{draft.status}' is unknown (expected {', '.join(ConsortiumStatus)})"
        )
    if not draft.members:
        raise ConsortiumError("a consortium needs at least one member")
    ids = [m.organisation_id for m in draft.members]
    if len(set(ids)) != len(ids):
        raise ConsortiumError("an organisation is listed twice among the members")
    for member in draft.members:
        if member.role not in tuple(MemberRole):
            raise ConsortiumError(
                f"role '{member.role}' is unknown (expected {', '.join(MemberRole)})"
            )
    if sum(1 for m in draft.members if m.role == "lead") > 1:
        raise ConsortiumError("a consortium has at most one lead")
    for member in draft.members:
        if member.contact_id is not None:
            contact = session.get(Contact, member.contact_id)
            if contact is None or contact.organisation_id != member.organisation_id:
                raise ConsortiumError(
                    f"contact {member.contact_id} is not one of organisation "
                    f"{member.organisation_id}'s contacts"
                )
        for amount in (member.budget_cash, member.budget_in_kind):
            if not (math.isfinite(amount) and amount >= 0):
                raise ConsortiumError(f"budget {amount} is not an amount of euros >= 0")
    known = set(session.exec(select(Organisation.id).where(Organisation.id.in_(ids))))
    missing = [str(i) for i in ids if i not in known]
    if missing:
        raise ConsortiumError(f"organisation(s) {', '.join(missing)} do not exist")
    unknown = missing_reference(
        session,
        (
            (draft.mission_code, Mission, "mission"),
            (draft.instrument_code, Instrument, "instrument"),
            (draft.question_id, Question, "question"),
        ),
    )
    if unknown:
        raise ConsortiumError(unknown)


def create_consortium(session: Session, draft: ConsortiumDraft) -> int:
    """Store the consortium and its members; nothing is written when the draft is invalid."""
    _check(session, draft)
    consortium = Consortium(
        title=draft.title.strip(),
        acronym=draft.acronym,
        description=draft.description,
        status=draft.status,
        mission_code=draft.mission_code,
        instrument_code=draft.instrument_code,
        question_id=draft.question_id,
    )
    session.add(consortium)
    session.flush()
    session.add_all(
        ConsortiumMember(
            consortium_id=consortium.id,
            organisation_id=m.organisation_id,
            role=m.role,
            rationale=m.rationale,
            reasons=reasons_as_json(m.reasons),
            budget_cash=m.budget_cash,
            budget_in_kind=m.budget_in_kind,
            contact_id=m.contact_id,
        )
        for m in draft.members
    )
    session.flush()
    return consortium.id


def list_consortia(session: Session, *, statuses: Sequence[str] = ()) -> list[ConsortiumRow]:
    """Every consortium (or those of the given statuses), the most recently changed first."""
    counts = (
        select(ConsortiumMember.consortium_id, func.count().label("members"))
        .group_by(ConsortiumMember.consortium_id)
        .subquery()
    )
    statement = (
        select(
            Consortium.id,
            Consortium.title,
            Consortium.status,
            func.coalesce(counts.c.members, 0),
            Consortium.mission_code,
            Consortium.instrument_code,
            Consortium.updated_at,
        )
        .outerjoin(counts, counts.c.consortium_id == Consortium.id)
        .order_by(Consortium.updated_at.desc(), Consortium.id.desc())
    )
    if statuses:
        statement = statement.where(Consortium.status.in_(list(statuses)))
    return [ConsortiumRow(*row) for row in session.exec(statement)]


def consortium_members(session: Session, consortium_id: int) -> list[ConsortiumMember]:
    """The members of one consortium, lead first, in the order they were added."""
    statement = (
        select(ConsortiumMember)
        .where(ConsortiumMember.consortium_id == consortium_id)
        .order_by(ConsortiumMember.role != "lead", ConsortiumMember.id)
    )
    return list(session.exec(statement))


# --- the consortium editor ------------------------------------------------------------------


class ConsortiumChanged(Exception):
    """The consortium was changed or deleted elsewhere after the editor loaded it."""


@dataclass(frozen=True)
class MemberOrganisation:
    """What the editor and the rule check need to know of a member's organisation."""

    id: int
    name: str
    kind: str
    type: str
    is_sme: bool | None
    country: str
    contacts: tuple[tuple[int, str], ...]  # (contact id, name)
    origin: str  # "demo" for demonstration data


@dataclass(frozen=True)
class LoadedConsortium:
    id: int
    version: int
    draft: ConsortiumDraft
    organisations: dict[int, MemberOrganisation]


def member_organisations(session: Session, ids: Sequence[int]) -> dict[int, MemberOrganisation]:
    contacts: dict[int, list[tuple[int, str]]] = {}
    for contact in session.exec(
        select(Contact).where(Contact.organisation_id.in_(list(ids))).order_by(Contact.name)
    ):
        contacts.setdefault(contact.organisation_id, []).append((contact.id, contact.name))
    return {
        o.id: MemberOrganisation(
            o.id,
            o.name,
            o.kind,
            o.type,
            o.is_sme,
            o.country,
            tuple(contacts.get(o.id, ())),
            o.origin,
        )
        for o in session.exec(select(Organisation).where(Organisation.id.in_(list(ids))))
    }


def load_consortium(session: Session, consortium_id: int) -> LoadedConsortium | None:
    consortium = session.get(Consortium, consortium_id)
    if consortium is None:
        return None
    members = tuple(
        MemberDraft(
            organisation_id=m.organisation_id,
            role=m.role,
            rationale=m.rationale,
            budget_cash=m.budget_cash,
            budget_in_kind=m.budget_in_kind,
            contact_id=m.contact_id,
            reasons=reasons_from_json(m.reasons),
        )
        for m in consortium_members(session, consortium_id)
    )
    draft = ConsortiumDraft(
        title=consortium.title,
        members=members,
        status=consortium.status,
        description=consortium.description,
        mission_code=consortium.mission_code,
        instrument_code=consortium.instrument_code,
        question_id=consortium.question_id,
        acronym=consortium.acronym,
    )
    organisations = member_organisations(session, [m.organisation_id for m in members])
    return LoadedConsortium(consortium_id, consortium.version, draft, organisations)


def update_consortium(
    session: Session, consortium_id: int, draft: ConsortiumDraft, expected_version: int | None
) -> int:
    """Store the draft over the consortium and its members; returns the new version.

    ``expected_version`` None skips the conflict check (undo and redo of one's own edits).
    """
    consortium = session.get(Consortium, consortium_id)
    if consortium is None or (
        expected_version is not None and consortium.version != expected_version
    ):
        raise ConsortiumChanged(consortium_id)
    _check(session, draft)
    for name in ("status", "description", "mission_code", "instrument_code", "question_id"):
        setattr(consortium, name, getattr(draft, name))
    consortium.title = draft.title.strip()
    consortium.acronym = draft.acronym or None
    consortium.version += 1
    session.add(consortium)
    stored = {m.organisation_id: m for m in consortium_members(session, consortium_id)}
    wanted = {m.organisation_id for m in draft.members}
    for organisation_id, member in stored.items():
        if organisation_id not in wanted:
            session.delete(member)
    session.flush()  # the lead that left makes room before another becomes lead
    for given in draft.members:
        member = stored.get(given.organisation_id) or ConsortiumMember(
            consortium_id=consortium_id, organisation_id=given.organisation_id
        )
        for name in ("role", "rationale", "budget_cash", "budget_in_kind", "contact_id"):
            setattr(member, name, getattr(given, name))
        member.reasons = reasons_as_json(given.reasons)
        session.add(member)
    session.flush()
    return consortium.version


def delete_consortium(session: Session, consortium_id: int) -> LoadedConsortium:
    """Delete it with its members; returns what ``restore_consortium`` needs to bring it back."""
    loaded = load_consortium(session, consortium_id)
    if loaded is None:
        raise ConsortiumChanged(consortium_id)
    session.delete(session.get(Consortium, consortium_id))
    session.flush()
    return loaded


def restore_consortium(session: Session, loaded: LoadedConsortium) -> int:
    """A deleted consortium stored again (under a new id)."""
    return create_consortium(session, loaded.draft)


def instrument_rules(session: Session) -> dict[str, list[dict]]:
    """Every instrument's rules, by instrument code, for the editor's live rule check."""
    return {i.code: list(i.rules) for i in session.exec(select(Instrument))}
