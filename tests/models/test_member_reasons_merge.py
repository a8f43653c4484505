"""Merging two organisations that are members of one consortium keeps the reasons of both, each
once; undoing the merge gives each its own back. No Qt."""

from __future__ import annotations

from desktop.models.queries.consortia import (
    ConsortiumDraft,
    MemberDraft,
    create_consortium,
    load_consortium,
)
from desktop.models.queries.organisations.detail_data import OrganisationData
from desktop.models.queries.organisations.merge import (
    merge_organisations,
    unmerge_organisations,
)
from desktop.models.queries.organisations.writes import write_organisation
from matching.model import Reason

SHARED = Reason("matched_terms", {"terms": ["getij"]})
KEPT_ONLY = Reason("track_record", {"projects": 3})
DROPPED_ONLY = Reason("same_province", {"province": "NL-ZE"})


def test_a_merge_keeps_the_reasons_of_both_members_once_and_undo_splits_them(database) -> None:
    with database.transaction() as session:
        keep, drop = (
            write_organisation(
                session, None, OrganisationData(name=name, kind="company", type="sme")
            )
            for name in ("Getijdenstroom", "Getijdenstroom Techniek")
        )
        draft = ConsortiumDraft(
            "Getijdenpilot",
            (
                MemberDraft(keep, "lead", "typed", reasons=(SHARED, KEPT_ONLY)),
                MemberDraft(drop, "partner", reasons=(SHARED, DROPPED_ONLY)),
            ),
        )
        consortium_id = create_consortium(session, draft)
    with database.transaction() as session:
        merged = merge_organisations(session, keep, drop)
    with database.transaction() as session:
        (member,) = load_consortium(session, consortium_id).draft.members
    assert member.reasons == (SHARED, KEPT_ONLY, DROPPED_ONLY) and member.rationale == "typed"

    with database.transaction() as session:
        unmerge_organisations(session, merged.record)
    with database.transaction() as session:
        members = {
            m.organisation_id: m for m in load_consortium(session, consortium_id).draft.members
        }
    assert members[keep].reasons == (SHARED, KEPT_ONLY)
    assert members[drop].reasons == (SHARED, DROPPED_ONLY)
