"""Bad input at the command line: random bytes, random rows, huge fields, odd encodings, deep
JSON and random arguments. Each either works or is refused with a clear message (exit code 1
or argparse's 2), never with a traceback, and a refused import stores nothing.

The commands run in this process, so any exception that is not turned into a message fails
the test. The nasty files are in tests/data/nasty (see its README).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli.main import main

NASTY = Path(__file__).parents[1] / "data" / "nasty"
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
COLUMNS = (
    "name", "short_name", "external_id", "kvk", "pic", "kind", "type", "city", "province",
    "municipality", "country", "website", "employees", "is_sme", "description", "keywords",
    "topsectors", "aliases", "naam", "plaats", "",
)  # fmt: skip
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse refuses an unknown option with exit code 2
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def snapshot(capsys, db: str) -> str:
    code, out, _ = run(capsys, "--db", db, "stats", "--format", "json")
    assert code == 0
    return out


def assert_refused_cleanly(code: int, err: str, out: str = "") -> None:
    """Exit code 0, or 1/2 with a reason (on stderr, or in a batch answer's "error")."""
    assert code in (0, 1, 2), err
    assert "Traceback" not in err
    if code:
        assert (err + out).strip(), "a refusal says why"


def import_and_check(capsys, db: str, file: Path, what: str = "organisations") -> int:
    before = snapshot(capsys, db)
    code, _, err = run(capsys, "--db", db, "import", what, str(file))
    assert_refused_cleanly(code, err)
    if code:
        assert snapshot(capsys, db) == before, "a refused import stored something"
    return code


@pytest.mark.parametrize("file", sorted(NASTY.glob("*.csv")) + sorted(NASTY.glob("*.xlsx")))
def test_nasty_files_are_imported_or_refused_cleanly(database_url, capsys, file) -> None:
    import_and_check(capsys, database_url, file)
    import_and_check(capsys, database_url, file, "projects")


@pytest.mark.parametrize("file", sorted(NASTY.glob("*.jsonl")))
def test_nasty_request_files_are_answered_or_refused_line_by_line(
    database_url, capsys, file
) -> None:
    code, out, err = run(capsys, "--db", database_url, "suggest", "--batch", str(file))
    assert_refused_cleanly(code, err, out)
    for line in out.splitlines():
        answer = json.loads(line)
        assert "error" in answer or "candidates" in answer


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes_are_imported_or_refused(database_url, capsys, tmp_path, data, suffix):
    file = tmp_path / f"random{suffix}"
    file.write_bytes(data)
    import_and_check(capsys, database_url, file)


cell = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=12),
    st.sampled_from(["", " ", "NL", "Utrecht", "12345678", "sme", "company", "ja", "-1", "1e9"]),
    st.builds(lambda n: "x" * n, st.integers(min_value=300, max_value=20_000)),
)


@FUZZ
@given(
    header=st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=6),
    rows=st.lists(st.lists(cell, min_size=0, max_size=7), max_size=6),
    encoding=st.sampled_from(ENCODINGS),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
)
def test_random_rows_are_imported_or_refused(
    database_url, capsys, tmp_path, header, rows, encoding, delimiter
):
    def quoted(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if value else value

    lines = [delimiter.join(header)] + [delimiter.join(quoted(v) for v in row) for row in rows]
    file = tmp_path / "rows.csv"
    file.write_bytes("\n".join(lines).encode(encoding, errors="replace"))
    import_and_check(capsys, database_url, file)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
request_fields = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "text": st.text(max_size=200) | json_values,
        "mission": st.sampled_from(["ET-A", "LWV-A", "XX"]) | json_values,
        "include": st.lists(st.text(max_size=10) | st.integers(), max_size=3) | json_values,
        "exclude": json_values,
        "helix": st.sampled_from(["triple", "quadruple", "penta"]) | json_values,
        "size": st.sampled_from(["4-6", "5", "9-2", "0", "a-b"]) | json_values,
        "region": st.sampled_from(["Utrecht", "NL-NB", "Atlantis"]) | json_values,
        "instrument": st.sampled_from(["mit-rd", "pps-innovatie", "nope"]) | json_values,
        "top": st.integers(min_value=-3, max_value=1000) | json_values,
        "whole_chain": json_values,
    },
)


@settings(FUZZ, max_examples=15)
@given(requests=st.lists(request_fields | json_values, min_size=1, max_size=4))
def test_random_suggestion_requests_are_answered_or_refused(
    database_url, capsys, tmp_path, requests
):
    file = tmp_path / "requests.jsonl"
    file.write_text("\n".join(json.dumps(r) for r in requests) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", database_url, "suggest", "--batch", str(file))
    assert_refused_cleanly(code, err, out)
    assert len(out.rstrip("\n").split("\n")) == len(requests)  # JSON may hold U+0085


WORDS = (
    "stats", "search", "import", "organisations", "projects", "suggest", "generate", "demo",
    "backup", "restore", "copy", "dedupe", "export", "init", "--format", "json", "--limit",
    "--text", "--top", "--size", "--organisations", "--list", "--keep", "--to", "--yes",
    "--mission", "--region", "--batch", "-1", "0", "99999999999", "", "nope.csv", "ET-A",
)  # fmt: skip


@settings(FUZZ, max_examples=60)
@given(argv=st.lists(st.sampled_from(WORDS) | st.text(max_size=12), min_size=1, max_size=6))
def test_random_command_lines_never_end_in_a_traceback(
    database_url, capsys, tmp_path, monkeypatch, argv
):
    if argv[0] in ("gui", "") or argv[0].startswith("-"):
        argv = ["stats", *argv]  # not the desktop application
    monkeypatch.chdir(tmp_path)  # anything a command writes lands here
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "--db", database_url, *argv)
    assert_refused_cleanly(code, err)
