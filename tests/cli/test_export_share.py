"""Share files: export a consortium, import it into another database, refuse bad files."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import func, select

from desktop.cli.main import main
from desktop.models.tables.consortium import Consortium, ConsortiumMember
from desktop.models.tables.organisation import Contact, Organisation
from desktop.services.exporting.consortium_export import export_consortium
from desktop.services.exporting.share_format import ENTRY, read_share_document
from desktop.services.importing.share_file import apply_share_import, plan_share_import
from desktop.services.lifecycle.opening import open_database
from desktop.services.user_error import UserError
from tests.export_fixtures import CONTACT, MADE_ON, TRICKY_NAME, build_consortium


@pytest.fixture
def other(template_database: Path, tmp_path: Path):
    """A second HelixMatch database: the colleague's, with the same built-in data."""
    path = tmp_path / "colleague.db"
    shutil.copyfile(template_database, path)
    opened = open_database(f"sqlite:///{path}")
    yield opened.database
    opened.database.close()


def _counts(database) -> tuple[int, int, int]:
    with database.transaction() as session:
        return tuple(
            session.exec(select(func.count()).select_from(table)).one()
            for table in (Organisation, Consortium, Contact)
        )


def _name(session, organisation_id: int) -> str:
    return session.get(Organisation, organisation_id).name


def _consortium(database, consortium_id: int) -> dict:
    """The consortium as names and values, comparable across databases."""
    with database.transaction() as session:
        consortium = session.get(Consortium, consortium_id)
        rows = session.exec(
            select(ConsortiumMember, Organisation)
            .join(Organisation, Organisation.id == ConsortiumMember.organisation_id)
            .where(ConsortiumMember.consortium_id == consortium_id)
            .order_by(Organisation.name)
        ).all()
        members = []
        for member, org in rows:
            contact = session.get(Contact, member.contact_id) if member.contact_id else None
            reasons = [
                (r["code"], {k: _name(session, v) if k == "partner" else v
                             for k, v in r["values"].items()})
                for r in member.reasons
            ]  # fmt: skip
            members.append(
                (
                    org.name,
                    org.kind,
                    org.type,
                    org.kvk,
                    member.role,
                    member.budget_cash,
                    member.budget_in_kind,
                    member.rationale,
                    reasons,
                    contact.email if contact else None,
                )
            )
        return {
            "title": consortium.title,
            "acronym": consortium.acronym,
            "description": consortium.description,
            "status": consortium.status,
            "mission": consortium.mission_code,
            "instrument": consortium.instrument_code,
            "members": members,
        }


def _share(database, tmp_path: Path, **options) -> tuple[int, Path]:
    built = build_consortium(database)
    path = tmp_path / "gwe.helixshare"
    export_consortium(database, built.consortium_id, "share", path, made_on=MADE_ON, **options)
    return built.consortium_id, path


def test_round_trip_gives_the_same_consortium_and_no_duplicates(database, other, tmp_path):
    consortium_id, path = _share(database, tmp_path, with_contacts=True)
    organisations, consortia, contacts = _counts(other)
    plan = plan_share_import(other, path)
    placed = {p.name: p for p in plan.placements}
    assert placed["Rijksuniversiteit Groningen"].evidence == ("same_external_id",)
    assert placed[TRICKY_NAME].existing_id is None
    imported = apply_share_import(other, plan)
    assert _consortium(other, imported) == _consortium(database, consortium_id)
    # only the organisation the colleague did not have was added, with its contact person
    assert _counts(other) == (organisations + 1, consortia + 1, contacts + 1)
    # importing the same file again adds a second consortium but no organisation or contact
    again = apply_share_import(other, plan_share_import(other, path))
    assert _consortium(other, again) == _consortium(database, consortium_id)
    assert _counts(other) == (organisations + 1, consortia + 2, contacts + 1)


def test_members_carry_their_reasons_as_codes_naming_partners_by_ref(database, other, tmp_path):
    _, path = _share(database, tmp_path)
    document = read_share_document(path)
    refs = {o.ref: o.name for o in document.organisations}
    lead = document.members[0]
    assert [r.code for r in lead.reasons] == ["matched_terms", "shared_projects"]
    assert refs[lead.reasons[1].values["partner"]] == "Provincie Groningen"
    imported = apply_share_import(other, plan_share_import(other, path))
    reasons = {name: r for name, *_, r, _email in _consortium(other, imported)["members"]}
    assert ("shared_projects", {"partner": "Provincie Groningen", "count": 1}) in reasons[
        "Wadgloed Waterstof B.V."
    ]


def test_a_share_file_from_before_reason_codes_keeps_its_rationale(database, other, tmp_path):
    _, path = _share(database, tmp_path)
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read(ENTRY))
    document["schema_version"] = 2
    for member in document["members"]:
        del member["reasons"]
    document["members"][1]["rationale"] = "Matches: waterstof; Track record: 1 projects"
    old = tmp_path / "old.helixshare"
    _zip(old, {ENTRY: json.dumps(document)})
    imported = apply_share_import(other, plan_share_import(other, old))
    members = _consortium(other, imported)["members"]
    typed = {m[0]: m[7] for m in members}
    assert typed[TRICKY_NAME] == "Matches: waterstof; Track record: 1 projects"
    assert all(m[8] == [] for m in members)


def test_contacts_stay_out_of_a_share_file_unless_asked_for(database, tmp_path) -> None:
    _, path = _share(database, tmp_path)
    with zipfile.ZipFile(path) as archive:
        text = archive.read(ENTRY).decode("utf-8")
    assert CONTACT.name not in text and CONTACT.email not in text
    assert json.loads(text)["with_contacts"] is False


def test_an_organisation_without_ids_is_found_by_its_name(database, other, tmp_path) -> None:
    """A colleague's 'Technische Universiteit Delft B.V.' is the TU Delft already here."""
    _, path = _share(database, tmp_path)
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read(ENTRY))
    university = next(o for o in document["organisations"] if o["external_id"] == "ref:rug")
    university.update(external_id=None, pic=None, name="Stichting Rijksuniversiteit Groningen B.V.")
    edited = tmp_path / "edited.helixshare"
    with zipfile.ZipFile(edited, "w") as archive:
        archive.writestr(ENTRY, json.dumps(document))
    plan = plan_share_import(other, edited)
    placement = next(p for p in plan.placements if p.name.startswith("Stichting Rijks"))
    assert placement.existing_name == "Rijksuniversiteit Groningen"
    assert "same_name" in placement.evidence


def test_unknown_codes_are_left_out_with_a_warning(database, other, tmp_path) -> None:
    _, path = _share(database, tmp_path)
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read(ENTRY))
    document["consortium"]["instrument_code"] = "future-scheme"
    document["organisations"][1]["topsectors"] = ["energie", "ruimtevaart"]
    edited = tmp_path / "edited.helixshare"
    with zipfile.ZipFile(edited, "w") as archive:
        archive.writestr(ENTRY, json.dumps(document))
    plan = plan_share_import(other, edited)
    assert "instrument 'future-scheme' is unknown here and left out" in plan.warnings
    assert any("topsector 'ruimtevaart'" in w for w in plan.warnings)
    imported = apply_share_import(other, plan)
    assert _consortium(other, imported)["instrument"] is None


def test_command_line_shows_the_plan_and_dry_run_stores_nothing(
    database, other, tmp_path, capsys
) -> None:
    _, path = _share(database, tmp_path)
    before = _counts(other)
    url = other.url
    assert main(["--db", url, "import", "share", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "consortium 'Groene waterstof Eemshaven' with 4 members" in out
    assert f"  new       {TRICKY_NAME}" in out
    assert "existing  Rijksuniversiteit Groningen ->" in out
    assert "dry run: nothing was stored" in out
    assert _counts(other) == before
    assert main(["--db", url, "import", "share", str(path)]) == 0
    assert "1 organisation added" in capsys.readouterr().out
    assert _counts(other)[:2] == (before[0] + 1, before[1] + 1)


def _zip(path: Path, entries: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _valid(database, tmp_path) -> dict:
    _, path = _share(database, tmp_path)
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(ENTRY))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p, d: p.write_bytes(b"not a zip at all"), "not a ZIP archive"),
        (lambda p, d: _zip(p, {"other.json": "{}"}), f"no {ENTRY}"),
        (lambda p, d: _zip(p, {ENTRY: "{not json"}), "is not valid JSON (line 1, column 2"),
        (lambda p, d: _zip(p, {ENTRY: b"\xff\xfe"}), "is not UTF-8 text"),
        (lambda p, d: _zip(p, {ENTRY: "[" * 100_000 + "]" * 100_000}), "nested too deeply"),
        (lambda p, d: _zip(p, {ENTRY: " " * 17_000_000}), "too large"),
        (
            lambda p, d: _zip(p, {ENTRY: json.dumps({**d, "schema_version": 7})}),
            "made by a newer HelixMatch (share schema 7)",
        ),
        (
            lambda p, d: _zip(
                p,
                {ENTRY: json.dumps({**d, "members": [{**d["members"][0], "budget_cash": -5}]})},
            ),
            "members[0].budget_cash: Input should be greater than or equal to 0",
        ),
        (
            lambda p, d: _zip(
                p, {ENTRY: json.dumps({**d, "members": [{**d["members"][0], "organisation": "x"}]})}
            ),
            "members refer to unknown organisations: x",
        ),
        (
            lambda p, d: _zip(
                p,
                {
                    ENTRY: json.dumps(
                        {**d, "organisations": [{**d["organisations"][0], "type": "pirate"}]}
                    )
                },  # fmt: skip
            ),
            "organisations[0].type: Input should be",
        ),
        (lambda p, d: _zip(p, {ENTRY: json.dumps({**d, "run": "rm -rf /"})}), "run: Extra inputs"),
    ],
)
def test_bad_share_files_are_refused_and_change_nothing(
    database, other, tmp_path, make, message
) -> None:
    document = _valid(database, tmp_path)
    path = tmp_path / "bad.helixshare"
    make(path, document)
    before = _counts(other)
    with pytest.raises(UserError) as refused:
        plan_share_import(other, path)
    assert message in str(refused.value)
    assert str(path) in str(refused.value)
    assert _counts(other) == before


def test_paths_inside_the_archive_are_never_used(database, other, tmp_path) -> None:
    document = _valid(database, tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    path = _zip(
        outside / "share.helixshare",
        {"../../escaped.txt": "x", "/etc/evil": "x", ENTRY: json.dumps(document)},
    )
    plan = plan_share_import(other, path)
    assert len(plan.placements) == 4
    assert sorted(p.name for p in outside.iterdir()) == ["share.helixshare"]
    assert not (tmp_path / "escaped.txt").exists()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000))
def test_random_bytes_are_refused_with_a_message(tmp_path, data) -> None:
    path = tmp_path / "random.helixshare"
    path.write_bytes(data)
    with pytest.raises(UserError):
        read_share_document(path)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                          lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(st.text(max_size=10), inner, max_size=4)))  # fmt: skip
def test_random_json_is_refused_with_a_message(tmp_path, value) -> None:
    path = _zip(tmp_path / "random.helixshare", {ENTRY: json.dumps(value)})
    with pytest.raises(UserError, match="not a valid share file"):
        read_share_document(path)
