"""Towns as addresses name them place an organisation in its municipality: in every import and in
the organisation editor, through one lookup (``desktop.services.reference.town_places``)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from desktop.models import Organisation
from desktop.models.queries.organisations.detail_data import OrganisationData, load_details
from desktop.services.importing.organisation_import import import_organisations
from desktop.services.importing.problems import describe_problem
from desktop.services.organisations.editing import save_organisation_data
from desktop.services.organisations.validation import InvalidOrganisation
from desktop.services.reference.town_places import Places, load_places

ZAANSTAD, LEIDSCHENDAM_VOORBURG, SITTARD_GELEEN = "GM0479", "GM1916", "GM1883"
RHEDEN, MEPPEL, HORST = "GM0275", "GM0119", "GM1507"


@pytest.fixture
def places(database) -> Places:
    with database.transaction() as session:
        return load_places(session)


def test_a_town_lies_in_its_municipality_and_province(places: Places) -> None:
    assert places.place("Zaandam").municipality_code == ZAANSTAD
    assert places.place("Voorburg").municipality_code == LEIDSCHENDAM_VOORBURG
    assert places.place("Sittard") == places.place("SITTARD")
    assert places.place("Sittard").municipality_code == SITTARD_GELEEN
    assert places.place("Sittard").province_code == "NL-LI"
    assert places.place("Atlantis").municipality_code is None
    assert not places.place("Atlantis").ambiguous


def test_a_town_two_municipalities_share_is_decided_by_the_province(places: Places) -> None:
    velp = places.place("Velp")
    assert velp.municipality_code is None and velp.province_code is None
    assert velp.ambiguous and RHEDEN in velp.candidates
    assert places.place("Velp", "NL-GE").municipality_code == RHEDEN
    assert places.place("Broekhuizen", "NL-DR").municipality_code == MEPPEL
    assert places.place("Broekhuizen", "NL-LI").municipality_code == HORST
    assert places.place("Hoorn").municipality_code == "GM0405"  # the municipality of that name
    assert places.place("Hoorn", "NL-FR").municipality_code == "GM0093"  # Terschelling
    # Both Haarles lie in Overijssel: the province is known, the municipality stays open.
    haarle = places.place("Haarle")
    assert haarle.ambiguous and haarle.province_code == "NL-OV"
    assert places.names(haarle.candidates) == "Hellendoorn, Tubbergen"


def test_an_import_places_towns_and_reports_the_ones_it_cannot(database, tmp_path) -> None:
    path = tmp_path / "rom.csv"
    path.write_text(
        "naam;plaats;provincie\n"
        "Zaanse Koek BV;Zaandam;\n"
        "Velpse Veren;Velp;Gelderland\n"
        "Broekhuizer Bouw;Broekhuizen;\n"
        "Nergens BV;Atlantis;\n",
        encoding="utf-8",
    )
    result = import_organisations(database, path)
    assert [describe_problem(p) for p in result.prepared.problems] == [
        "rom.csv row 4, column 'plaats': warning: 'Broekhuizen' is a town in more than one "
        "municipality (Meppel, Horst aan de Maas); give the province or municipality to place "
        "the organisation",
        "rom.csv row 5, column 'plaats': warning: 'Atlantis' is no Dutch town or municipality; "
        "the organisation gets no region",
    ]
    with database.transaction() as session:
        placed = {
            o.name: (o.municipality_code, o.province_code)
            for o in session.exec(select(Organisation).where(Organisation.origin == "import"))
        }
    assert placed == {
        "Zaanse Koek BV": (ZAANSTAD, "NL-NH"),
        "Velpse Veren": (RHEDEN, "NL-GE"),
        "Broekhuizer Bouw": (None, None),
        "Nergens BV": (None, None),
    }


def _saved(database, organisation_id: int | None, **values) -> OrganisationData:
    data = OrganisationData(name="Zaanse Koek BV", kind="company", type="sme", **values)
    with database.transaction() as session:
        organisation_id = save_organisation_data(session, organisation_id, data)
    with database.transaction() as session:
        return load_details(session, organisation_id)


def test_the_editor_places_the_town_typed(database) -> None:
    saved = _saved(database, None, city="Zaandam")
    assert (saved.data.municipality_code, saved.data.province_code) == (ZAANSTAD, "NL-NH")
    again = _saved(database, saved.id, city="Velp", province_code="NL-GE")
    assert again.data.municipality_code == RHEDEN
    abroad = _saved(database, saved.id, city="Antwerpen", country="BE")
    assert abroad.data.municipality_code is None


def test_the_editor_asks_for_the_province_of_a_town_it_cannot_place(database) -> None:
    data = OrganisationData(name="Velpse Veren", kind="company", type="sme", city="Velp")
    with database.transaction() as session, pytest.raises(InvalidOrganisation) as invalid:
        save_organisation_data(session, None, data)
    assert [(p.field, p.code) for p in invalid.value.problems] == [("city", "ambiguous_city")]
    assert "Rheden" in invalid.value.problems[0].value


def test_an_edit_of_something_else_is_not_held_up_by_a_town_stored_before(database) -> None:
    saved = _saved(database, None, city="Zaandam")
    with database.transaction() as session:  # as an earlier version stored it: no province
        stored = session.get(Organisation, saved.id)
        stored.city, stored.province_code, stored.municipality_code = "Velp", None, None
    edited = _saved(database, saved.id, city="Velp", description="Veren en vering")
    assert (edited.data.description, edited.data.municipality_code) == ("Veren en vering", None)
