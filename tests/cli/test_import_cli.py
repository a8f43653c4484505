"""``helixmatch import organisations`` options and ``helixmatch dedupe``."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from desktop.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_refused_file_writes_its_problems_file(database_url, tmp_path, capsys) -> None:
    data = tmp_path / "leden.csv"
    data.write_text("Naam;KvK;Opmerking\nA;123;x\nB;;y\n")
    problems = tmp_path / "problems.csv"
    code, _, err = run(capsys, "--db", database_url, "import", "organisations", str(data),
                       "--problems", str(problems))  # fmt: skip
    assert code == 1 and "nothing was imported" in err
    listed = [(p["row"], p["column"], p["severity"], p["code"]) for p in rows(problems)]
    assert listed == [
        ("1", "Opmerking", "warning", "ignored_column"),
        ("2", "KvK", "error", "bad_kvk"),
    ]


def test_policy_defaults_dry_run_and_report(database_url, tmp_path, capsys) -> None:
    data = tmp_path / "crm.csv"
    data.write_text("Bedrijfsnaam,Plaats\nDeltares B.V.,Delft\nKustlab,\n")
    report = tmp_path / "report.csv"
    argv = ["--db", database_url, "import", "organisations", str(data), "--default",
            "plaats=Vlissingen", "--on-duplicate", "merge", "--report", str(report)]  # fmt: skip
    code, out, _ = run(capsys, *argv, "--dry-run")
    assert code == 0 and "dry run: nothing was stored" in out
    assert "organisations: 1 created, 0 updated, 0 unchanged, 1 merged" in out
    assert "row 2 'Deltares B.V.' merged: likely the same as #" in out
    assert [(r["action"], r["duplicate_of_name"]) for r in rows(report)] == [
        ("merged", "Deltares"),
        ("created", ""),
    ]
    code, out, _ = run(capsys, "--db", database_url, "search", "Kustlab", "--format", "json")
    assert "Vlissingen" not in out
    run(capsys, *argv)
    code, out, _ = run(capsys, "--db", database_url, "search", "Kustlab", "--limit", "1")
    assert "Kustlab" in out and "Vlissingen" in out


def test_bad_default_is_one_line(database_url, tmp_path, capsys) -> None:
    data = tmp_path / "x.csv"
    data.write_text("naam\nA\n")
    code, _, err = run(capsys, "--db", database_url, "import", "organisations", str(data),
                       "--default", "country")  # fmt: skip
    assert code == 1 and "expected FIELD=VALUE" in err


def test_dedupe_lists_pairs_with_evidence(database_url, tmp_path, capsys) -> None:
    data = tmp_path / "x.csv"
    data.write_text("naam,kvk\nGroenkracht BV,12121212\nGroenkracht,\nTNO Nederland,\n")
    run(capsys, "--db", database_url, "import", "organisations", str(data), "--on-duplicate",
        "keep")  # fmt: skip
    report = tmp_path / "pairs.csv"
    code, out, _ = run(capsys, "--db", database_url, "dedupe", "--report", str(report))
    assert code == 0 and re.fullmatch(r"\d+ likely duplicate pairs?", out.splitlines()[0])
    pairs = {(r["first_name"], r["second_name"], r["evidence"]) for r in rows(report)}
    assert {  # beside the pairs the built-in data has (a ROR unit named as its university)
        ("TNO", "TNO Nederland", "same_name=tno"),
        ("Groenkracht BV", "Groenkracht", "same_name=groenkracht"),
    } <= pairs


def test_report_cells_that_look_like_formulas_stay_text(database_url, tmp_path, capsys) -> None:
    data = tmp_path / "leden.csv"
    data.write_text('Naam;Plaats\n"=HYPERLINK(""http://x"")";Delft\n@SUM;Delft\n')
    report = tmp_path / "report.csv"
    code, _, _ = run(capsys, "--db", database_url, "import", "organisations", str(data),
                     "--report", str(report))  # fmt: skip
    assert code == 0
    names = [r["name"] for r in rows(report)]
    assert names == ['\'=HYPERLINK("http://x")', "'@SUM"]
