"""ROR records as organisations: mapping, merging with the curated list, towns, import ror."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import func, select

from desktop.cli.main import main
from desktop.models import Organisation
from desktop.models.queries.reference import load_code_lookup
from desktop.services.importing.ror.dump import RorName, RorRecord, read_ror_file
from desktop.services.importing.ror.mapping import kind_and_type, read_choices, to_organisation
from desktop.services.lifecycle.expertise_profiles import apply_profiles, read_profiles
from desktop.services.reference.files import REFERENCE_DIR
from desktop.services.reference.town_places import Places


def record(name: str, types: list[str], **extra) -> RorRecord:
    values = {"ror_id": "0aaaaaa11", "status": "active", "country_code": "NL", "city": "Delft"}
    return RorRecord(name=name, types=types, **{**values, **extra})


def test_types_follow_the_record_not_only_its_ror_type() -> None:
    assert kind_and_type(record("Christelijk Gymnasium Utrecht", ["education"])) is None
    assert (
        kind_and_type(record("Netherlands Graduate School of Linguistics", ["education"])) is None
    )
    assert kind_and_type(record("Noord-Hollands Archief", ["archive"])) is None
    assert kind_and_type(record("Nieuw Lab (Netherlands)", ["company"])) == ("company", "other")
    assert kind_and_type(record("University Medical Center Utrecht", ["healthcare"])) == (
        "knowledge", "umc",
    )  # fmt: skip
    unit = record("Erasmus MC Cancer Institute", ["healthcare"], relationships=[("parent", "x")])
    assert kind_and_type(unit) != ("knowledge", "umc")
    assert kind_and_type(record("Fontys University of Applied Sciences", ["education"])) == (
        "knowledge", "hogeschool",
    )  # fmt: skip


@pytest.fixture
def places(database) -> Places:
    with database.transaction() as session:
        return Places(REFERENCE_DIR / "towns.csv", load_code_lookup(session))


def test_towns_lie_in_their_municipality(places: Places) -> None:
    assert places.place("Zaandam").municipality_code == "GM0479"  # Zaanstad
    assert places.place("Voorburg").municipality_code == "GM1916"  # Leidschendam-Voorburg
    assert places.place("The Hague").province_code == "NL-ZH"
    assert places.place("Hoorn").municipality_code == "GM0405"  # the municipality of that name
    assert places.place("Velp").municipality_code is None and places.place("Velp").ambiguous


def test_name_aliases_and_size(places: Places) -> None:
    asml = record(
        "ASML (Netherlands)", ["company"], acronyms=["ASML NL", "ASMLNL"],
        labels=[RorName("ASML Nederland", "nl")], aliases=["ASML Holding"],
    )  # fmt: skip
    organisation = to_organisation(asml, places, {})
    assert organisation.name == "ASML Nederland"
    assert organisation.short_name == "ASML NL"
    assert {"ASML", "ASML Holding", "ASMLNL"} <= set(organisation.aliases)
    assert organisation.is_sme is None and organisation.type == "other"  # size never guessed
    large = to_organisation(record("ASML (Netherlands)", ["company"], ror_id="01vxknj13"), places,
                            read_choices(REFERENCE_DIR / "ror_choices.csv"))  # fmt: skip
    assert large.type == "large_company" and large.is_sme is False


def test_built_in_data_has_one_organisation_per_ror_id_merged_with_the_curated(database) -> None:
    with database.transaction() as session:
        tu = session.exec(select(Organisation).where(Organisation.ror_id == "02e2c7k09")).one()
        assert tu.name == "Technische Universiteit Delft" and tu.external_id == "ref:tu-delft"
        assert "Delft University of Technology" in tu.aliases
        assert "TU Delft" in (tu.short_name, *tu.aliases)
        assert tu.pic is not None
        doubles = session.exec(
            select(Organisation.name, func.count())
            .where(Organisation.origin == "reference")
            .group_by(Organisation.name)
            .having(func.count() > 1)
        ).all()
        assert len(doubles) <= 3, doubles
        assert not session.exec(
            select(Organisation).where(Organisation.name.like("%(Netherlands)"))
        ).all()


def test_every_shipped_profile_names_an_organisation(database) -> None:
    with database.transaction() as session:
        unresolved = apply_profiles(session, read_profiles())
    assert [(p.file, p.key) for p in unresolved] == []


def dump(tmp_path: Path, name: str = "Nieuw Lab (Netherlands)", website: str = "") -> Path:
    entry = {
        "id": "https://ror.org/0aaaaaa11", "status": "active", "types": ["company"],
        "names": [{"value": name, "types": ["ror_display"], "lang": None}],
        "locations": [{"geonames_details": {"country_code": "NL", "name": "Zaandam"}}],
        "links": [{"type": "website", "value": website}] if website else [],
        "relationships": [],
    }  # fmt: skip
    berlin = [{"geonames_details": {"country_code": "DE", "name": "Berlin"}}]
    foreign = {**entry, "id": "https://ror.org/0bbbbbb22", "locations": berlin}
    path = tmp_path / "v2-ror-data.json"
    path.write_text(json.dumps([entry, foreign]), encoding="utf-8")
    return path


def test_import_ror_twice_updates_by_ror_id(database, database_url, tmp_path, capsys) -> None:
    assert main(["--db", database_url, "import", "ror", str(dump(tmp_path))]) == 0
    assert main(["--db", database_url, "import", "ror", str(dump(tmp_path, "Nieuw Lab BV",
                 "https://nieuwlab.example"))]) == 0  # fmt: skip
    with database.transaction() as session:
        found = session.exec(select(Organisation).where(Organisation.ror_id == "0aaaaaa11")).all()
        assert (
            session.exec(select(Organisation).where(Organisation.ror_id == "0bbbbbb22")).first()
            is None
        )
    assert len(found) == 1
    assert found[0].name == "Nieuw Lab" and "Nieuw Lab BV" in found[0].aliases
    assert found[0].municipality_code == "GM0479" and found[0].website == "https://nieuwlab.example"


@pytest.mark.parametrize(
    "text", ["{", "[1, 2]", "id,name\n1,x\n", '[{"id": "https://ror.org/bad", "names": []}]']
)
def test_a_malformed_file_changes_nothing(database_url, tmp_path, capsys, text) -> None:
    path = tmp_path / "dump.json"
    path.write_text(text, encoding="utf-8")
    assert main(["--db", database_url, "import", "ror", str(path)]) == 1
    error = capsys.readouterr().err
    assert str(path) in error and "nothing was imported" in error


def test_the_shipped_file_reads_as_a_ror_csv_dump() -> None:
    records = read_ror_file(REFERENCE_DIR / "ror_nl.csv")
    assert len(records) > 1800 and all(r.status == "active" for r in records)


def test_export_has_a_ror_column(database_url, tmp_path) -> None:
    out = tmp_path / "organisations.csv"
    assert main(["--db", database_url, "export", "organisations", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].split(",").count("ror") == 1 and "02e2c7k09" in text
