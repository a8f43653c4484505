"""The consortia page's operations, each in its own transaction: a draft saved new and over,
a conflict, delete and restore, the members that are demonstration data."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlmodel import select

from desktop.models.tables.organisation import Organisation
from desktop.services.consortia.operations import (
    ConsortiumChanged,
    ConsortiumDraft,
    ConsortiumError,
    MemberDraft,
    delete_consortium,
    demo_member_names,
    list_consortia,
    open_consortium,
    restore_consortium,
    save_draft,
)


def _ids(database, origin_is_demo: bool, count: int) -> list[int]:
    with database.transaction() as session:
        demo = Organisation.origin == "demo"
        statement = select(Organisation.id).where(demo if origin_is_demo else ~demo)
        return list(session.exec(statement.order_by(Organisation.id).limit(count)))


def test_a_draft_is_saved_new_then_over_and_read_back(database):
    a, b = _ids(database, False, 2)
    draft = ConsortiumDraft("Getijdenenergie", (MemberDraft(a, "lead"), MemberDraft(b)))
    saved = save_draft(database, None, draft, None)
    assert saved.draft == draft and set(saved.organisations) == {a, b}
    edited = replace(draft, status="submitted")
    again = save_draft(database, saved.id, edited, saved.version)
    assert (again.id, again.version, again.draft) == (saved.id, saved.version + 1, edited)
    with pytest.raises(ConsortiumChanged):
        save_draft(database, saved.id, draft, saved.version)
    with pytest.raises(ConsortiumError):
        save_draft(database, saved.id, replace(edited, title=" "), again.version)
    assert open_consortium(database, saved.id).draft == edited


def test_a_deleted_consortium_is_restored(database):
    a, b = _ids(database, False, 2)
    draft = ConsortiumDraft("Zoutwinning", (MemberDraft(a, "lead"), MemberDraft(b)))
    saved = save_draft(database, None, draft, None)
    deleted = delete_consortium(database, saved.id)
    assert open_consortium(database, saved.id) is None
    assert saved.id not in {row.id for row in list_consortia(database)}
    restored = restore_consortium(database, deleted)
    assert open_consortium(database, restored).draft == saved.draft
    assert restored in {row.id for row in list_consortia(database, ("draft",))}


def test_the_members_that_are_demonstration_data_are_named(database):
    (real,), (demo,) = _ids(database, False, 1), _ids(database, True, 1)
    members = (MemberDraft(real, "lead"), MemberDraft(demo))
    saved = save_draft(database, None, ConsortiumDraft("Proef", members), None)
    assert demo_member_names(database, saved.id) == [saved.organisations[demo].name]
