"""Editing, deleting (and restoring), merging and filtering organisations, without Qt."""

from __future__ import annotations

import pytest
from sqlmodel import select

from desktop.models.queries.organisations.detail_data import (
    ContactData,
    OrganisationData,
    load_details,
)
from desktop.models.queries.organisations.filter import OrganisationFilter
from desktop.models.queries.organisations.merge import (
    merge_organisations,
    unmerge_organisations,
)
from desktop.models.queries.organisations.records import count_organisations, page_of_summaries
from desktop.models.queries.organisations.writes import (
    OrganisationInConsortia,
    delete_organisation,
    restore_organisation,
)
from desktop.models.tables.consortium import Consortium, ConsortiumMember
from desktop.models.tables.organisation import Organisation
from desktop.models.tables.project import Participation, Project
from desktop.services.organisations.editing import EditConflict, save_organisation_data
from desktop.services.organisations.validation import InvalidOrganisation


def new_data(**values) -> OrganisationData:
    base = {"name": "Getijdenstroom Techniek", "kind": "company", "type": "sme", "is_sme": True}
    return OrganisationData(**(base | values))


def test_a_new_organisation_is_stored_in_standard_form(database):
    data = new_data(
        postcode="1234ab",
        website="getijdenstroom.nl",
        kvk="1234 5678",
        topsectors=["energie"],
        contacts=[ContactData("Anna de Vries", email="Anna@Getijdenstroom.nl")],
    )
    with database.transaction() as session:
        new_id = save_organisation_data(session, None, data)
    with database.transaction() as session:
        details = load_details(session, new_id)
    assert details.origin == "user"
    assert details.data.postcode == "1234 AB"
    assert details.data.website == "https://getijdenstroom.nl"
    assert details.data.kvk == "12345678"
    assert details.data.topsectors == ["energie"]
    assert details.data.contacts[0].email == "Anna@getijdenstroom.nl"


def test_every_problem_is_named_and_nothing_is_stored(database):
    data = new_data(
        name=" ",
        kvk="1234",
        postcode="12345",
        website="not a site",
        contacts=[ContactData("Bob", email="bob@")],
    )
    with database.transaction() as session:
        before = count_organisations(session)
        with pytest.raises(InvalidOrganisation) as raised:
            save_organisation_data(session, None, data)
        assert count_organisations(session) == before
    found = {(p.field, p.code) for p in raised.value.problems}
    assert found == {
        ("name", "required"),
        ("kvk", "bad_kvk"),
        ("postcode", "bad_postcode"),
        ("website", "bad_website"),
        ("contacts[0].email", "bad_email"),
    }


def test_a_kvk_number_in_use_and_a_wrong_kind_are_refused(database):
    with database.transaction() as session:
        save_organisation_data(session, None, new_data(kvk="87654321"))
        with pytest.raises(InvalidOrganisation) as raised:
            save_organisation_data(
                session, None, new_data(name="Other", kvk="87654321", kind="knowledge")
            )
    found = {(p.field, p.code, p.value) for p in raised.value.problems}
    assert ("kvk", "duplicate_kvk", "Getijdenstroom Techniek") in found
    assert ("kind", "kind_mismatch", "knowledge") in found


def test_an_edit_made_elsewhere_meanwhile_is_a_conflict(database):
    with database.transaction() as session:
        new_id = save_organisation_data(session, None, new_data())
        seen = load_details(session, new_id).version
    with database.transaction() as session:
        save_organisation_data(session, new_id, new_data(city="Delft"), seen)
    with database.transaction() as session, pytest.raises(EditConflict):
        save_organisation_data(session, new_id, new_data(city="Leiden"), seen)
    with database.transaction() as session:
        assert load_details(session, new_id).data.city == "Delft"


def _project_with(session, external_id: str, *organisation_ids: int) -> int:
    project = Project(external_id=external_id, title=f"Project {external_id}", start_year=2022)
    session.add(project)
    session.flush()
    for organisation_id in organisation_ids:
        session.add(Participation(project_id=project.id, organisation_id=organisation_id))
    return project.id


def test_delete_and_restore_bring_back_links_contacts_and_projects(database):
    with database.transaction() as session:
        partner = save_organisation_data(session, None, new_data(name="Partner BV"))
        target = save_organisation_data(
            session,
            None,
            new_data(missions=["ET-A"], contacts=[ContactData("Carla", phone="010 123")]),
        )
        _project_with(session, "p1", target, partner)
        before = load_details(session, target)
    with database.transaction() as session:
        deleted = delete_organisation(session, target)
    with database.transaction() as session:
        assert load_details(session, target) is None
        restore_organisation(session, deleted)
    with database.transaction() as session:
        after = load_details(session, target)
    assert after.data == before.data
    assert [p.title for p in after.projects] == ["Project p1"]
    assert [c.name for c in after.co_partners] == ["Partner BV"]


def test_a_consortium_member_cannot_be_deleted(database):
    with database.transaction() as session:
        target = save_organisation_data(session, None, new_data())
        consortium = Consortium(title="Tidal pilot")
        session.add(consortium)
        session.flush()
        session.add(ConsortiumMember(consortium_id=consortium.id, organisation_id=target))
    with database.transaction() as session, pytest.raises(OrganisationInConsortia):
        delete_organisation(session, target)


def test_merge_moves_references_and_keeps_the_names_as_aliases(database):
    with database.transaction() as session:
        keep = save_organisation_data(session, None, new_data(topsectors=["energie"]))
        drop = save_organisation_data(
            session,
            None,
            new_data(
                name="Getijdenstroom Techniek B.V.",
                short_name="GST",
                kvk="11223344",
                topsectors=["water-maritiem"],
                contacts=[ContactData("Dirk")],
            ),
        )
        other = save_organisation_data(session, None, new_data(name="Zeestroom BV"))
        _project_with(session, "p1", drop, other)
        _project_with(session, "p2", keep, drop)
        consortium = Consortium(title="Tidal pilot")
        session.add(consortium)
        session.flush()
        session.add(ConsortiumMember(consortium_id=consortium.id, organisation_id=drop))
    with database.transaction() as session:
        before = {i: load_details(session, i) for i in (keep, drop)}
        merged = merge_organisations(session, keep, drop)
    assert (merged.projects, merged.consortia, merged.contacts) == (1, 1, 1)
    with database.transaction() as session:
        assert session.get(Organisation, drop) is None
        details = load_details(session, keep)
        assert session.exec(
            select(ConsortiumMember.organisation_id).where(
                ConsortiumMember.consortium_id == consortium.id
            )
        ).all() == [keep]
    assert details.data.aliases == ["Getijdenstroom Techniek B.V.", "GST"]
    assert details.data.kvk == "11223344"
    assert details.data.topsectors == ["energie", "water-maritiem"]
    assert [c.name for c in details.data.contacts] == ["Dirk"]
    assert sorted(p.title for p in details.projects) == ["Project p1", "Project p2"]

    with database.transaction() as session:
        assert unmerge_organisations(session, merged.record) == drop
    with database.transaction() as session:
        for organisation_id, details in before.items():
            after = load_details(session, organisation_id)
            assert after.data == details.data
            assert after.projects == details.projects
            assert after.consortia == details.consortia
        assert session.exec(
            select(ConsortiumMember.organisation_id).where(
                ConsortiumMember.consortium_id == consortium.id
            )
        ).all() == [drop]


def test_filters_work_in_the_data_layer(database):
    with database.transaction() as session:
        save_organisation_data(
            session, None, new_data(technologies=["ai"], missions=["ET-A"], province_code="NL-ZH")
        )
        only = OrganisationFilter(
            kind="company", technology_code="ai", mission_code="ET-A", province_code="NL-ZH"
        )
        assert [s.name for s in page_of_summaries(session, 0, 10, filters=only)] == [
            "Getijdenstroom Techniek"
        ]
        demo = count_organisations(session, filters=OrganisationFilter(demo=True))
        demo_ids = session.exec(select(Organisation.id).where(Organisation.origin == "demo"))
        assert demo == len(demo_ids.all()) > 0
        smes = OrganisationFilter(is_sme=True, demo=False)
        assert all(
            s.is_sme and s.origin != "demo" for s in page_of_summaries(session, 0, 50, filters=smes)
        )
        hits = OrganisationFilter(ids=(2, 1))
        assert [s.id for s in page_of_summaries(session, 0, 10, filters=hits)] == [1, 2]
        assert count_organisations(session, filters=OrganisationFilter(ids=())) == 0
