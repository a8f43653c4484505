"""The command line: sub-commands, --db and HELIXMATCH_DB, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop.cli.main import main
from desktop.services.reference.files import REFERENCE_DIR, reference_rows


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_init_creates_and_second_init_changes_nothing(tmp_path, capsys) -> None:
    db = str(tmp_path / "h.db")
    code, out, _ = run(capsys, "--db", db, "init")
    assert code == 0 and "created" in out
    _, first, _ = run(capsys, "--db", db, "stats", "--format", "json")
    code, out, _ = run(capsys, "--db", db, "init")
    assert code == 0 and "up to date" in out and "0 created, 0 updated" in out
    _, second, _ = run(capsys, "--db", db, "stats", "--format", "json")
    assert first == second


def test_init_empty_has_vocabulary_but_no_organisations(tmp_path, capsys) -> None:
    db = str(tmp_path / "e.db")
    assert run(capsys, "--db", db, "init", "--empty")[0] == 0
    _, out, _ = run(capsys, "--db", db, "stats", "--format", "json")
    assert json.loads(out)["organisations"] == 0


def test_stats_counts_per_kind_type_and_province(database_url, capsys) -> None:
    code, out, _ = run(capsys, "--db", database_url, "stats", "--format", "json")
    numbers = json.loads(out)
    assert code == 0
    assert set(numbers["by_kind"]) == {"company", "knowledge", "government", "society"}
    assert numbers["by_type"]["university"] >= 14  # the 14 research universities and smaller ones
    assert sum(numbers["by_kind"].values()) == numbers["organisations"]
    assert "NL-NB" in numbers["by_province"] and numbers["projects"] > 0
    _, text, _ = run(capsys, "--db", database_url, "stats")
    assert "per helix kind:" in text and "university" in text


def test_stats_counts_the_reference_data(database_url, capsys) -> None:
    code, out, _ = run(capsys, "--db", database_url, "stats", "--format", "json")
    reference = json.loads(out)["reference"]
    assert code == 0
    in_files = {
        key: sum(1 for _row in reference_rows(name))
        for key, name in (
            ("municipalities", "municipalities.csv"),
            ("corop_regions", "corop_regions.csv"),
            ("clusters", "clusters.csv"),
            ("topsectors", "topsectors.csv"),
            ("tkis", "tkis.csv"),
            ("missions", "missions.csv"),
            ("key_technologies", "technologies.csv"),
        )
    }
    instruments = json.loads((REFERENCE_DIR / "instruments.json").read_text(encoding="utf-8"))
    assert reference == {"provinces": 12, "themes": 4, "instruments": len(instruments), **in_files}
    assert list(reference) == [
        "provinces", "municipalities", "corop_regions", "clusters", "topsectors", "tkis",
        "themes", "missions", "key_technologies", "instruments",
    ]  # fmt: skip
    _, text, _ = run(capsys, "--db", database_url, "stats")
    lines = text.splitlines()
    shown = lines[lines.index("reference data:") + 1 :]
    assert [line.split()[-1] for line in shown] == [str(n) for n in reference.values()]
    assert "COROP regions" in shown[2] and "key technologies" in shown[8]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tu delft", "Technische Universiteit Delft"),
        ("TU/e", "Technische Universiteit Eindhoven"),
        ("Deltares BV", "Deltares"),
    ],
)
def test_search_finds_by_name_short_name_or_alias(database_url, capsys, query, expected) -> None:
    code, out, _ = run(capsys, "--db", database_url, "search", query, "--format", "json")
    hits = json.loads(out)
    assert code == 0 and hits[0]["name"] == expected


def test_search_says_how_a_name_matched_and_finds_nothing_for_a_stranger(
    database_url, capsys
) -> None:
    code, out, _ = run(capsys, "--db", database_url, "search", "wur", "--format", "json")
    first = json.loads(out)[0]
    assert code == 0 and (first["match"], first["matched_field"]) == ("exact", "alias")
    assert first["matched"] == "WUR" and first["score"] == 100.0
    code, out, _ = run(capsys, "--db", database_url, "search", "Hydrohub")
    assert code == 0 and out.strip() == "no organisation matches 'Hydrohub'"


def test_environment_variable_names_the_database(database_url, capsys, monkeypatch) -> None:
    monkeypatch.setenv("HELIXMATCH_DB", database_url)
    code, out, _ = run(capsys, "search", "tno", "--limit", "1")
    assert code == 0 and "TNO" in out


def test_import_errors_are_lines_on_stderr_and_exit_nonzero(database_url, tmp_path, capsys) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,kvk\nA,12\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", database_url, "import", "organisations", str(bad))
    assert code == 1
    assert "bad.csv row 2, column 'kvk'" in err and "nothing was imported" in err
    assert "Traceback" not in err


def test_import_organisations_then_projects(database_url, tmp_path, capsys) -> None:
    orgs = tmp_path / "o.csv"
    orgs.write_text("name,external_id\nAlfa,a\nBeta,b\n", encoding="utf-8")
    projects = tmp_path / "p.csv"
    projects.write_text("external_id,title\np,Samen\n", encoding="utf-8")
    links = tmp_path / "l.csv"
    links.write_text("project_id,organisation_id\np,a\np,b\n", encoding="utf-8")
    db = database_url
    out = run(capsys, "--db", db, "import", "organisations", str(orgs))[1]
    assert "organisations: 2 created, 0 updated, 0 unchanged, 0 merged" in out
    code, out, _ = run(
        capsys, "--db", db, "import", "projects", str(projects), "--participations", str(links)
    )
    assert code == 0 and "participations: 2 created" in out


def test_missing_file_and_missing_database_are_one_line(tmp_path, database_url, capsys) -> None:
    code, _, err = run(capsys, "--db", database_url, "import", "organisations", "nope.csv")
    assert code == 1 and err.strip() == "helixmatch: nope.csv: file not found"
    code, _, err = run(capsys, "--db", str(tmp_path / "missing.db"), "stats")
    assert code == 1 and "helixmatch init" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "missing.db").exists()


def test_demo_data_is_removed_with_one_command(database_url, capsys) -> None:
    db = database_url
    _, before, _ = run(capsys, "--db", db, "stats", "--format", "json")
    assert json.loads(before)["by_origin"]["demo"] > 100
    code, out, _ = run(capsys, "--db", db, "demo", "remove")
    assert code == 0 and "removed" in out
    _, after, _ = run(capsys, "--db", db, "stats", "--format", "json")
    numbers = json.loads(after)
    assert "demo" not in numbers["by_origin"]
    assert numbers["by_origin"]["reference"] == json.loads(before)["by_origin"]["reference"]
    assert run(capsys, "--db", db, "demo", "add")[0] == 0


def test_python_dash_m_desktop_is_the_same_command(database_url) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", database_url, "search", "TU/e"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and "Eindhoven" in result.stdout


def test_first_start_creates_the_database_in_the_user_data_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("HELIXMATCH_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, out, _ = run(capsys, "stats", "--format", "json")
    assert code == 0 and json.loads(out)["organisations"] > 200
    assert (tmp_path / "data" / "HelixMatch" / "helixmatch.db").exists()


@pytest.mark.parametrize(
    ("db", "expected"),
    [
        ("not a url://", "is not a database URL"),
        ("nosuchdialect://host/db", "cannot use nosuchdialect://host/db"),
    ],
)
def test_unusable_database_urls_are_one_line(capsys, db, expected) -> None:
    code, _, err = run(capsys, "--db", db, "stats")
    assert code == 1 and expected in err and "Traceback" not in err
