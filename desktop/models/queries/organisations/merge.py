"""Merging two records of the same organisation, and taking a merge back.

The merge keeps a record of every row it moved, merged or deleted, so that ``unmerge`` can put
the database back as it was: the removed organisation with its own id, links and history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, SQLModel, select, update

from desktop.models.queries.organisations.detail_data import LINKS
from desktop.models.queries.organisations.writes import OrganisationGone
from desktop.models.tables.consortium import ConsortiumMember, Question
from desktop.models.tables.organisation import Contact, Organisation, OrganisationRegion
from desktop.models.tables.project import Participation

_FILLABLE = (
    "short_name", "kvk", "pic", "address", "postcode", "city", "municipality_code",
    "province_code", "website", "employees", "is_sme", "external_id",
)  # fmt: skip
_NOT_RESTORED = ("id", "version", "created_at", "updated_at")
_LINK_TABLES = (
    *((table, column) for _, table, column in LINKS),
    (OrganisationRegion, "region_code"),
)


@dataclass
class MergeRecord:
    """What a merge changed, in the order ``unmerge`` needs to undo it."""

    keep: int
    kept_before: dict[str, Any]
    dropped: dict[str, Any]
    links_moved: list[tuple[type[SQLModel], str]] = field(default_factory=list)  # now keep's
    links_dropped: list[tuple[type[SQLModel], str]] = field(default_factory=list)  # keep had it
    participations_moved: list[dict[str, Any]] = field(default_factory=list)
    participations_dropped: list[dict[str, Any]] = field(default_factory=list)
    members_moved: list[int] = field(default_factory=list)
    members_merged: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    contacts_moved: list[int] = field(default_factory=list)
    questions_moved: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Merged:
    kept: int
    removed: str  # the name of the organisation merged away
    projects: int  # participations moved
    consortia: int  # memberships moved
    contacts: int  # contacts moved
    record: MergeRecord


def _move_participations(session: Session, record: MergeRecord, drop: int) -> None:
    keep = record.keep
    have = set(
        session.exec(select(Participation.project_id).where(Participation.organisation_id == keep))
    )
    for row in session.exec(
        select(Participation).where(Participation.organisation_id == drop)
    ).all():
        values = row.model_dump()
        session.delete(row)
        session.flush()
        if row.project_id in have:
            record.participations_dropped.append(values)
        else:
            record.participations_moved.append(values)
            session.add(Participation(**(values | {"organisation_id": keep})))


def _move_memberships(session: Session, record: MergeRecord, drop: int) -> None:
    existing = {
        m.consortium_id: m
        for m in session.exec(
            select(ConsortiumMember).where(ConsortiumMember.organisation_id == record.keep)
        )
    }
    for member in session.exec(
        select(ConsortiumMember).where(ConsortiumMember.organisation_id == drop)
    ).all():
        twin = existing.get(member.consortium_id)
        if twin is None:
            member.organisation_id = record.keep
            session.add(member)
            record.members_moved.append(member.id)
            continue
        record.members_merged.append((twin.model_dump(), member.model_dump()))
        twin.budget_cash += member.budget_cash  # one member: the two shares become one
        twin.budget_in_kind += member.budget_in_kind
        if member.role == "lead":
            twin.role = "lead"
        twin.rationale = "\n".join(t for t in (twin.rationale, member.rationale) if t)
        twin.reasons = twin.reasons + [r for r in member.reasons if r not in twin.reasons]
        session.add(twin)
        session.delete(member)


def _move_links(session: Session, record: MergeRecord, drop: int) -> None:
    for table, column in _LINK_TABLES:
        have = set(
            session.exec(select(getattr(table, column)).where(table.organisation_id == record.keep))
        )
        for row in session.exec(select(table).where(table.organisation_id == drop)).all():
            code = getattr(row, column)
            session.delete(row)
            if code in have:
                record.links_dropped.append((table, code))
            else:
                record.links_moved.append((table, code))
                session.add(table(organisation_id=record.keep, **{column: code}))


def merge_organisations(session: Session, keep: int, drop: int) -> Merged:
    """Move everything of ``drop`` to ``keep`` and delete ``drop``; its names become aliases of
    ``keep``, and fields ``keep`` leaves empty are filled from ``drop``."""
    if keep == drop:
        raise ValueError("an organisation cannot be merged with itself")
    kept, dropped = session.get(Organisation, keep), session.get(Organisation, drop)
    if kept is None or dropped is None:
        raise OrganisationGone(keep if kept is None else drop)
    record = MergeRecord(keep, kept.model_dump(), dropped.model_dump())
    fill = {
        name: getattr(dropped, name)
        for name in _FILLABLE
        if getattr(kept, name) is None and getattr(dropped, name) is not None
    }
    names = [dropped.name, dropped.short_name, *dropped.aliases, *kept.aliases]
    known = {kept.name.casefold(), (kept.short_name or "").casefold()}
    aliases = list(dict.fromkeys(n for n in names if n and n.casefold() not in known))
    keywords = list(dict.fromkeys([*kept.keywords, *dropped.keywords]))
    description = kept.description or dropped.description

    _move_participations(session, record, drop)
    _move_memberships(session, record, drop)
    record.contacts_moved = list(
        session.exec(select(Contact.id).where(Contact.organisation_id == drop))
    )
    record.questions_moved = list(
        session.exec(select(Question.id).where(Question.organisation_id == drop))
    )
    session.exec(
        update(Contact).where(Contact.organisation_id == drop).values(organisation_id=keep)
    )
    session.exec(
        update(Question).where(Question.organisation_id == drop).values(organisation_id=keep)
    )
    _move_links(session, record, drop)
    session.delete(dropped)
    session.flush()  # the unique values (KvK, PIC, external id) are free now

    for name, value in fill.items():
        setattr(kept, name, value)
    kept.aliases = aliases
    kept.keywords = keywords
    kept.description = description
    session.add(kept)
    session.flush()
    return Merged(
        keep,
        dropped.name,
        len(record.participations_moved),
        len(record.members_moved),
        len(record.contacts_moved),
        record,
    )


def unmerge_organisations(session: Session, record: MergeRecord) -> int:
    """Put back the organisation a merge removed, with everything that was its own; returns its
    id. The kept organisation gets its values from before the merge."""
    keep, drop = record.keep, record.dropped["id"]
    kept = session.get(Organisation, keep)
    if kept is None:
        raise OrganisationGone(keep)
    for name, value in record.kept_before.items():
        if name not in _NOT_RESTORED and getattr(kept, name) != value:
            setattr(kept, name, value)
    session.add(kept)
    session.flush()  # frees the unique values the merge gave it
    session.add(Organisation(**record.dropped))
    session.flush()
    for table, code in record.links_moved:
        row = session.get(table, (keep, code))
        if row is not None:
            session.delete(row)
    for table, code in (*record.links_moved, *record.links_dropped):
        session.add(table(organisation_id=drop, **{dict(_LINK_TABLES)[table]: code}))
    for values in record.participations_moved:
        row = session.get(Participation, (values["project_id"], keep))
        if row is not None:
            session.delete(row)
    session.flush()
    for values in (*record.participations_moved, *record.participations_dropped):
        session.add(Participation(**values))
    for member_id in record.members_moved:
        member = session.get(ConsortiumMember, member_id)
        if member is not None:
            member.organisation_id = drop
            session.add(member)
    for twin_before, removed in record.members_merged:
        twin = session.get(ConsortiumMember, twin_before["id"])
        if twin is not None:
            for name in ("budget_cash", "budget_in_kind", "role", "rationale", "reasons"):
                setattr(twin, name, twin_before[name])
            session.add(twin)
        session.add(ConsortiumMember(**removed))
    for ids, model in ((record.contacts_moved, Contact), (record.questions_moved, Question)):
        if ids:
            session.exec(update(model).where(model.id.in_(ids)).values(organisation_id=drop))
    session.flush()
    return drop
