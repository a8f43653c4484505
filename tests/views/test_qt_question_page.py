"""The one-stop desk driven as a user would: take in a question, read the answer, turn it into
a consortium draft, keep the question with its status."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from desktop.matching_runs import Matcher
from desktop.models.consortium import Consortium, Question
from desktop.models.organisation import Organisation
from desktop.models.records import OrganisationRecord
from desktop.models.repositories.consortia import consortium_members
from desktop.views.context import AppContext
from desktop.views.matching_services import MatchingServices
from desktop.views.new_company_dialog import NewCompanyDialog
from desktop.views.pages.question import QuestionPage

RUN_TIMEOUT = 60_000


@pytest.fixture
def page(qtbot, context: AppContext, tmp_path: Path) -> Iterator[QuestionPage]:
    services = MatchingServices(context, Matcher(context.database, tmp_path / "cache"))
    page = QuestionPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.form_widget.isEnabled())
    yield page
    context.tasks.wait()


def questions(page: QuestionPage) -> list[Question]:
    with page._context.database.transaction() as session:
        found = list(session.exec(select(Question).order_by(Question.id)))
        session.expunge_all()
        return found


def test_take_in_a_question_and_turn_it_into_a_consortium(qtbot, page):
    picker = page.asker
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "Zwaluwstaart")
    qtbot.waitUntil(lambda: bool(picker.offers()))
    picker.completer.popup().hide()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert list(picker.names().values()) == ["Zwaluwstaart Robotics"]
    qtbot.keyClicks(page.title, "Robotarm voor kassen")
    qtbot.keyClicks(page.text, "Een robot die tomaten plukt in de glastuinbouw met beeldherkenning")
    page.region.setCurrentIndex(page.region.findData("NL-ZH"))
    page.budget.setValue(200_000)
    page.months.setValue(18)
    qtbot.keyClick(page.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.answer is not None and not page.run_bar.is_running(),
                    timeout=RUN_TIMEOUT)  # fmt: skip

    chain = [page.knowledge.row_at(r).cells[0] for r in range(page.knowledge.rowCount())]
    assert {"Research university", "TO2 institute", "University of applied sciences"} <= set(chain)
    assert page.companies.rowCount() > 0
    assert all(page.companies.row_at(r).cells[3] for r in range(page.companies.rowCount()))
    fits = [page.instruments.row_at(r).cells[1] for r in range(page.instruments.rowCount())]
    assert fits[0] == "Yes" and "No" in fits
    assert "At least 3 countries required, 1 found" in [
        page.instruments.row_at(r).cells[2] for r in range(page.instruments.rowCount())
    ]
    [question] = questions(page)
    assert (question.title, question.budget, question.duration_months) == (
        "Robotarm voor kassen", 200_000, 18
    )  # fmt: skip
    assert question.status == "in_progress" and question.region_code == "NL-ZH"
    qtbot.waitUntil(lambda: page.questions.rowCount() == 1)
    assert page.questions.row_at(0).cells[3] == "In progress"

    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: questions(page)[0].status == "answered")
    with page._context.database.transaction() as session:
        consortium = session.exec(select(Consortium)).one()
        members = consortium_members(session, consortium.id)
        asker = session.exec(
            select(Organisation.id).where(Organisation.name == "Zwaluwstaart Robotics")
        ).one()
    assert consortium.title == "Robotarm voor kassen" and consortium.status == "draft"
    assert consortium.question_id == question.id
    assert asker in [m.organisation_id for m in members]
    assert any(m.rationale for m in members)
    qtbot.waitUntil(lambda: page.questions.row_at(0).cells[3] == "Answered")


def test_the_status_of_a_kept_question_can_be_changed(qtbot, page):
    qtbot.keyClicks(page.title, "Waterstofopslag")
    qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.answer is not None and page.questions.rowCount() == 1,
                    timeout=RUN_TIMEOUT)  # fmt: skip
    page.questions_table.selectRow(0)
    assert page.status.isEnabled()
    page.status.setCurrentIndex(page.status.findData("closed"))
    page.status.activated.emit(page.status.currentIndex())
    qtbot.waitUntil(lambda: questions(page)[0].status == "closed")
    qtbot.waitUntil(lambda: page.questions.row_at(0).cells[3] == "Closed")


def test_a_question_without_title_is_not_taken_in(qtbot, page):
    qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Give the question a title first."
    assert not page.run_bar.is_running() and questions(page) == []


def test_a_new_company_is_created_on_the_spot(qtbot, page):
    dialog = NewCompanyDialog({"NL-OV": "Overijssel"}, "Tulpenbol Sensoren")
    qtbot.addWidget(dialog)
    dialog.kvk.setText("123")
    dialog.accept()
    assert dialog.problem.text() == "A KvK number has 8 digits."
    dialog.kvk.setText("87654321")
    dialog.province.setCurrentIndex(dialog.province.findData("NL-OV"))
    record = dialog.record()
    assert record == OrganisationRecord(
        name="Tulpenbol Sensoren", kind="company", type="sme", province_code="NL-OV",
        kvk="87654321", is_sme=True,
    )  # fmt: skip
    page.add_company(record)
    qtbot.waitUntil(lambda: bool(page.asker.ids()))
    assert list(page.asker.names().values()) == ["Tulpenbol Sensoren"]


def test_the_answer_tables_pass_the_model_tester(qtbot, page, qtmodeltester):
    qtbot.keyClicks(page.title, "Eiwittransitie")
    qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.answer is not None, timeout=RUN_TIMEOUT)
    for model in (page.knowledge, page.companies, page.instruments, page.questions):
        qtmodeltester.check(model)


def test_the_splitter_is_remembered(qtbot, page, settings):
    page.splitter.setSizes([500, 200])
    sizes = page.splitter.sizes()
    page.save_settings(settings)
    page.splitter.setSizes([300, 400])
    page.restore_settings(settings)
    assert page.splitter.sizes() == sizes
