"""What the consortia page does to the stored consortia, each in its own transaction: list,
open, save a draft, delete and restore; and what the editor needs to read (code names, rules,
member organisations)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.models.database import Database
from desktop.models.queries import consortia
from desktop.models.queries.code_names import CodeNames, load_code_names
from desktop.models.queries.consortia import (
    ConsortiumChanged,
    ConsortiumDraft,
    ConsortiumError,
    ConsortiumRow,
    LoadedConsortium,
    MemberDraft,
    MemberOrganisation,
)
from desktop.models.queries.organisations import origins

__all__ = [
    "ConsortiumChanged",
    "ConsortiumDraft",
    "ConsortiumError",
    "ConsortiumRow",
    "EditorCodes",
    "LoadedConsortium",
    "MemberDraft",
    "MemberOrganisation",
    "delete_consortium",
    "demo_member_names",
    "list_consortia",
    "load_editor_codes",
    "member_organisations",
    "open_consortium",
    "restore_consortium",
    "save_draft",
]


@dataclass(frozen=True)
class EditorCodes:
    names: CodeNames
    rules: dict[str, list[dict]]  # each instrument's rules, by its code


def load_editor_codes(database: Database) -> EditorCodes:
    with database.transaction() as session:
        return EditorCodes(load_code_names(session), consortia.instrument_rules(session))


def list_consortia(database: Database, statuses: Sequence[str] = ()) -> list[ConsortiumRow]:
    """Every consortium, or those with one of ``statuses``."""
    with database.transaction() as session:
        return consortia.list_consortia(session, statuses=statuses)


def open_consortium(database: Database, consortium_id: int) -> LoadedConsortium | None:
    """The consortium with its members' organisations; None when it was deleted."""
    with database.transaction() as session:
        return consortia.load_consortium(session, consortium_id)


def member_organisations(database: Database, ids: Sequence[int]) -> dict[int, MemberOrganisation]:
    with database.transaction() as session:
        return consortia.member_organisations(session, ids)


def save_draft(
    database: Database, consortium_id: int | None, draft: ConsortiumDraft, version: int | None
) -> LoadedConsortium:
    """Store the draft (a new consortium when there is no id) and read it back.

    Raises ConsortiumError when the draft is invalid and ConsortiumChanged when the stored
    consortium is no longer at ``version``; nothing is stored then."""
    with database.transaction() as session:
        if consortium_id is None:
            consortium_id = consortia.create_consortium(session, draft)
        else:
            consortia.update_consortium(session, consortium_id, draft, version)
        return consortia.load_consortium(session, consortium_id)


def delete_consortium(database: Database, consortium_id: int) -> LoadedConsortium:
    """Delete the consortium; what it was, to restore it with."""
    with database.transaction() as session:
        return consortia.delete_consortium(session, consortium_id)


def restore_consortium(database: Database, loaded: LoadedConsortium) -> int:
    """Store a deleted consortium again; its new id."""
    with database.transaction() as session:
        return consortia.restore_consortium(session, loaded)


def demo_member_names(database: Database, consortium_id: int) -> list[str]:
    """The names of the consortium's members that are demonstration data."""
    with database.transaction() as session:
        return origins.demo_member_names(session, consortium_id)
