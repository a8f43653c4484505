"""A consortium saved before reasons were kept as codes opens with its rationale as typed text."""

from __future__ import annotations

from desktop.models.queries.consortia import (
    ConsortiumDraft,
    MemberDraft,
    create_consortium,
    load_consortium,
)
from desktop.models.queries.organisations.detail_data import OrganisationData
from desktop.models.queries.organisations.writes import write_organisation
from desktop.services.lifecycle.opening import open_database
from tests.schemas import downgrade

OLD_TEXT = "Matches: waterstof; Track record: 1 projects"


def test_an_old_rationale_stays_as_typed_text_with_no_reason_codes(database_url: str) -> None:
    opened = open_database(database_url).database
    with opened.transaction() as session:
        member = write_organisation(
            session, None, OrganisationData(name="Wadwind", kind="society", type="cooperative")
        )
        draft = ConsortiumDraft("Oud concept", (MemberDraft(member, "lead", OLD_TEXT),))
        consortium_id = create_consortium(session, draft)
    opened.close()
    downgrade(database_url, "0006")  # before consortium_member.reasons

    reopened = open_database(database_url)
    try:
        assert reopened.migrated_from == "0006"
        with reopened.database.transaction() as session:
            (kept,) = load_consortium(session, consortium_id).draft.members
    finally:
        reopened.database.close()
    assert kept.rationale == OLD_TEXT and kept.reasons == ()
