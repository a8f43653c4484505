"""``helixmatch suggest``: options, batch JSON lines, warnings and errors."""

from __future__ import annotations

import json
import re

import pytest

from desktop.cli.main import main
from desktop.services.words.catalogue import Words


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_text_request_as_json(database_url, capsys) -> None:
    code, out, _ = run(
        capsys, "--db", database_url, "suggest", "--text", "groene waterstof elektrolyse",
        "--helix", "quadruple", "--top", "5", "--format", "json",
    )  # fmt: skip
    answer = json.loads(out)
    assert code == 0 and len(answer["candidates"]) == 5
    first = answer["candidates"][0]
    assert {"id", "external_id", "name", "kind", "type", "score", "reasons"} <= set(first)
    assert any(r["code"] == "matched_terms" for r in first["reasons"])
    assert 3 <= len(answer["consortia"]) <= 5
    for consortium in answer["consortia"]:
        assert {m["kind"] for m in consortium["members"]} >= {
            "company",
            "knowledge",
            "government",
            "society",
        }
        assert sum(m["role"] == "lead" for m in consortium["members"]) == 1
        lead = next(m for m in consortium["members"] if m["role"] == "lead")
        assert lead["kind"] in ("company", "knowledge")
        for member in consortium["members"]:  # brings a competence or meets a requirement
            needed = [r for r in member["reasons"] if r["code"] == "needed"]
            assert member["covers"] or needed, member


def test_mission_with_instrument_region_and_external_ids(database_url, capsys) -> None:
    code, out, _ = run(
        capsys, "--db", database_url, "suggest", "--mission", "ET-A", "--instrument",
        "mit-rd", "--region", "Noord-Brabant", "--include", "demo:0001", "--format", "json",
    )  # fmt: skip
    answer = json.loads(out)
    assert code == 0, answer
    for consortium in answer["consortia"]:
        assert consortium["violations"] == []
        assert "demo:0001" in {m["external_id"] for m in consortium["members"]}
        assert {m["kind"] for m in consortium["members"]} == {"company"}
    assert "demo:0001" not in {c["external_id"] for c in answer["candidates"]}


def test_demonstration_organisations_are_marked_in_json_and_table(database_url, capsys) -> None:
    argv = ("--db", database_url, "suggest", "--include", "demo:0001", "--text", "waterstof")
    answer = json.loads(run(capsys, *argv, "--format", "json")[1])
    members = [m for c in answer["consortia"] for m in c["members"]]
    assert all(m["demo"] == (m["external_id"] or "").startswith("demo:") for m in members)
    assert any(not m["demo"] for m in members)
    demo_name = next(m["name"] for m in members if m["external_id"] == "demo:0001")
    assert f"{demo_name[:33]} [Demo]" in run(capsys, *argv)[1]


def test_table_output_names_members_and_roles(database_url, capsys) -> None:
    code, out, _ = run(capsys, "--db", database_url, "suggest", "--text", "zorg op afstand")
    assert code == 0 and "candidates" in out and "consortium 1" in out and "lead" in out


def test_table_output_words_reasons_as_the_proposals_do(database_url, capsys, monkeypatch) -> None:
    monkeypatch.setattr("desktop.cli.suggest._WORDS", Words("en", lambda i: f"#{i}"))
    code, out, _ = run(capsys, "--db", database_url, "suggest", "--text", "groene waterstof")
    assert code == 0 and "Matches: " in out and "earlier projects on the topic" in out
    assert not re.search(r"\b1 projects\b", out)  # one project is "1 project"


def test_batch_answers_every_line_and_warns_about_unknown_ids(database_url, tmp_path, capsys):
    requests = tmp_path / "requests.jsonl"
    lines = [
        {"id": "a", "text": "dijkversterking klimaatadaptatie", "top": 3},
        {
            "id": "b",
            "mission": "GZ-1",
            "include": ["demo:0001", "nobody"],
            "exclude": [999999, 2**31],  # too large for an id on every back-end
        },
        "not json",
        {"id": "d", "text": "x", "size": "9-2"},
        {"id": "e", "text": "eiwit", "colour": "red"},
    ]
    requests.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "--db", database_url, "suggest", "--batch", str(requests))
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # some lines failed; all were answered
    assert [a.get("id") for a in answers] == ["a", "b", None, "d", "e"]
    assert len(answers[0]["candidates"]) == 3 and answers[0]["warnings"] == []
    assert {w["value"] for w in answers[1]["warnings"]} == {"nobody", "999999", str(2**31)}
    assert answers[1]["consortia"]
    assert answers[2]["line"] == 3 and "error" in answers[2]
    assert "minimum above its maximum" in answers[3]["error"]
    assert "unknown field" in answers[4]["error"]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--mission", "XX-9"], "mission 'XX-9' is unknown"),
        (["--text", "a", "--instrument", "lottery"], "instrument 'lottery' is unknown"),
        (["--text", "a", "--region", "Atlantis"], "region 'Atlantis' is unknown"),
        (["--text", "a", "--include", "nobody"], "unknown organisation(s): nobody"),
        (["--text", "a", "--size", "many"], "is not a range"),
    ],
)
def test_single_request_errors_are_one_line(database_url, capsys, argv, expected) -> None:
    code, _, err = run(capsys, "--db", database_url, "suggest", *argv)
    assert code == 1 and expected in err and "Traceback" not in err


def test_second_run_reuses_the_index(database_url, tmp_path) -> None:
    from desktop.services.lifecycle.opening import open_database
    from desktop.services.matching.engine_data import load_engine

    database = open_database(database_url).database
    assert load_engine(database, tmp_path / "c").built
    assert not load_engine(database, tmp_path / "c").built
    with database.transaction() as session:
        from desktop.models.queries.organisations.records import save_organisation
        from desktop.models.records import OrganisationRecord

        save_organisation(session, OrganisationRecord("Nieuw BV", "company", "sme"), "user")
    assert load_engine(database, tmp_path / "c").built
    database.close()
