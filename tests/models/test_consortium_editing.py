"""The consortium editor's data functions: load, store over, conflicts, delete and restore."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlmodel import select

from desktop.models.queries.consortia import (
    ConsortiumChanged,
    ConsortiumDraft,
    ConsortiumError,
    MemberDraft,
    create_consortium,
    delete_consortium,
    list_consortia,
    load_consortium,
    restore_consortium,
    update_consortium,
)
from desktop.models.tables.organisation import Organisation


def three_ids(session) -> list[int]:
    return list(session.exec(select(Organisation.id).order_by(Organisation.id).limit(3)))


def test_load_edit_and_store_over(database):
    with database.transaction() as session:
        a, b, c = three_ids(session)
        draft = ConsortiumDraft("Getijdenenergie", (MemberDraft(a, "lead"), MemberDraft(b)))
        consortium_id = create_consortium(session, draft)
    with database.transaction() as session:
        loaded = load_consortium(session, consortium_id)
    assert loaded.draft.members[0] == MemberDraft(a, "lead")
    assert set(loaded.organisations) == {a, b}
    members = (
        MemberDraft(b, "lead", "knows the tides", budget_cash=1000.0),
        MemberDraft(c, budget_in_kind=250.0),
    )
    edited = replace(loaded.draft, members=members, status="submitted", instrument_code="mit-rd")
    with database.transaction() as session:
        version = update_consortium(session, consortium_id, edited, loaded.version)
    assert version == loaded.version + 1
    with database.transaction() as session:
        again = load_consortium(session, consortium_id)
    assert again.draft == edited
    with database.transaction() as session, pytest.raises(ConsortiumChanged):
        update_consortium(session, consortium_id, loaded.draft, loaded.version)
    with database.transaction() as session, pytest.raises(ConsortiumError):
        update_consortium(session, consortium_id, replace(edited, title=" "), None)


def test_delete_and_restore(database):
    with database.transaction() as session:
        a, b, _ = three_ids(session)
        draft = ConsortiumDraft("Zoutwinning", (MemberDraft(a, "lead"), MemberDraft(b)))
        consortium_id = create_consortium(session, draft)
    with database.transaction() as session:
        deleted = delete_consortium(session, consortium_id)
        assert list_consortia(session) == []
        restored = restore_consortium(session, deleted)
    with database.transaction() as session:
        assert load_consortium(session, restored).draft == draft
