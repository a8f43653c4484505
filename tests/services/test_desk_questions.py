"""The desk's questions as kept, without Qt: the list with its demonstration askers, a status
change, and the asking company added and placed."""

from __future__ import annotations

import pytest
from sqlmodel import select

from desktop.models.queries.questions import create_question
from desktop.models.tables.organisation import Organisation
from desktop.services.matching.questions import (
    OrganisationRecord,
    QuestionDraft,
    QuestionError,
    add_asker,
    asker_province,
    load_questions,
    set_question_status,
)


def _asker(database, demo: bool) -> int:
    with database.transaction() as session:
        is_demo = Organisation.origin == "demo"
        statement = select(Organisation.id).where(is_demo if demo else ~is_demo)
        return session.exec(statement.order_by(Organisation.id)).first()


def _ask(database, title: str, organisation_id: int) -> int:
    with database.transaction() as session:
        return create_question(session, QuestionDraft(title, "", organisation_id))


def test_the_list_tells_which_askers_are_demonstration_data(database):
    demo, real = _asker(database, True), _asker(database, False)
    _ask(database, "Vraag van demo", demo)
    _ask(database, "Echte vraag", real)
    found = load_questions(database)
    assert {q.title for q in found.questions} >= {"Vraag van demo", "Echte vraag"}
    assert demo in found.demo and real not in found.demo


def test_a_status_is_changed_and_an_unknown_one_refused(database):
    question_id = _ask(database, "Sensoren", _asker(database, False))
    set_question_status(database, question_id, "closed")
    with pytest.raises(QuestionError):
        set_question_status(database, question_id, "forgotten")
    (question,) = [q for q in load_questions(database).questions if q.id == question_id]
    assert question.status == "closed"


def test_a_new_asking_company_is_stored_and_placed(database):
    record = OrganisationRecord(
        name="Kwikstaart Robotica", kind="company", type="sme", province_code="NL-GE"
    )
    organisation_id, name = add_asker(database, record)
    assert name == "Kwikstaart Robotica"
    assert asker_province(database, organisation_id) == (organisation_id, "NL-GE")
    assert asker_province(database, -1) == (-1, None)
