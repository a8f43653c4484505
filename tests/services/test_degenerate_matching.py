"""Suggestions, the desk and regional matching on databases a user really has: the built-in
data without demonstration data (no project history), one organisation, only foreign ones.
Each gives an answer or a clear problem, never a traceback. No Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models.queries.questions import QuestionDraft, create_question, list_questions
from desktop.models.tables.organisation import Organisation
from desktop.services.lifecycle.builtin_data import remove_demo_data
from desktop.services.lifecycle.opening import open_database
from desktop.services.matching.desk import answer_question
from desktop.services.matching.regional import match_smes
from desktop.services.matching.runs import Matcher


def _question(database, text: str, organisation_id: int | None = None):
    with database.transaction() as session:
        question_id = create_question(session, QuestionDraft("Vraag", text, organisation_id))
        return next(q for q in list_questions(session) if q.id == question_id)


def test_real_organisations_only_are_matched_without_any_project_history(database, tmp_path):
    with database.transaction() as session:
        remove_demo_data(session)
    matcher = Matcher(database, tmp_path / "cache")
    result = matcher.match({"text": "Radiotelescopen voor de sterrenkunde"})
    assert result.suggestion.candidates
    names = [result.organisations[c.id].name for c in result.suggestion.candidates[:10]]
    assert "ASTRON" in names
    answer = answer_question(matcher, _question(database, "Sensoren voor zorg op afstand"))
    assert answer.knowledge


@pytest.fixture
def bare_database(empty_database_url):
    opened = open_database(empty_database_url, create=True, with_organisations=False)
    yield opened.database
    opened.database.close()


def _add(database, *organisations: Organisation) -> list[int]:
    with database.transaction() as session:
        session.add_all(organisations)
        session.flush()
        return [o.id for o in organisations]


@pytest.mark.parametrize(
    "organisations",
    [
        [Organisation(name="Alleen BV", kind="company", type="sme", is_sme=True)],
        [
            Organisation(name="Ausland GmbH", kind="company", type="sme", country="DE"),
            Organisation(name="Université X", kind="knowledge", type="university", country="FR"),
        ],
    ],
    ids=["one organisation", "only foreign organisations"],
)
def test_a_tiny_database_gives_a_problem_not_a_traceback(bare_database, tmp_path, organisations):
    ids = _add(bare_database, *organisations)
    matcher = Matcher(bare_database, tmp_path / "cache")
    result = matcher.match({"text": "waterstof", "country": "NL"})
    assert result.suggestion.problems and not result.suggestion.consortia
    answer = answer_question(matcher, _question(bare_database, "waterstof", ids[0]))
    assert answer.consortium is None
    rows = match_smes(matcher, ids)
    assert [r.sme.id for r in rows] == ids


def test_an_empty_database_answers_with_problems(bare_database, tmp_path: Path):
    matcher = Matcher(bare_database, tmp_path / "cache")
    result = matcher.match({"text": "waterstof"})
    assert not result.suggestion.candidates and result.suggestion.problems
