"""The one-stop desk driven as a user would: take in a question, read the answer, turn it into
a consortium draft, keep the question with its status."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from sqlmodel import select

from desktop.models.queries.consortia import consortium_members
from desktop.models.records import OrganisationRecord
from desktop.models.tables.consortium import Consortium, Question
from desktop.models.tables.organisation import Organisation
from desktop.services.matching.runs import Matcher
from desktop.views.context import AppContext
from desktop.views.navigator import Navigator
from desktop.views.pages.matching.desk import DeskPage
from desktop.views.pages.matching.shared_engine import MatchingServices
from desktop.views.pages.organisations.new_company_dialog import NewCompanyDialog
from desktop.views.settings_store import WidgetState

RUN_TIMEOUT = 60_000


@pytest.fixture
def navigator() -> Navigator:
    return Navigator()


@pytest.fixture
def page(qtbot, context: AppContext, navigator: Navigator, tmp_path: Path) -> Iterator[DeskPage]:
    services = MatchingServices(context, Matcher(context.database, tmp_path / "cache"))
    page = DeskPage(services, navigator)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.form_widget.isEnabled())
    yield page
    context.tasks.wait()


def questions(page: DeskPage) -> list[Question]:
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
    assert any(m.reasons for m in members)
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


def _answer(qtbot, page: DeskPage, title: str, text: str = "") -> None:
    qtbot.keyClicks(page.title, title)
    qtbot.keyClicks(page.text, text)
    qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.answer is not None and not page.run_bar.is_running(),
                    timeout=RUN_TIMEOUT)  # fmt: skip


def consortia(page: DeskPage) -> list[Consortium]:
    with page._context.database.transaction() as session:
        found = list(session.exec(select(Consortium).order_by(Consortium.id)))
        session.expunge_all()
        return found


def _press_in_dialog(qtbot, label: str) -> None:
    """Press the button of the message box that is about to open."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None:  # not open yet: the page asks once it knows of the earlier draft
            QTimer.singleShot(20, press)
            return
        button = next(b for b in box.findChildren(QPushButton) if b.text() == label)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)


def test_a_second_draft_offers_the_first_one_or_makes_another(qtbot, page, navigator):
    _answer(qtbot, page, "Waterstofopslag", "opslag van waterstof in zoutcavernes")
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(consortia(page)) == 1)
    [first] = consortia(page)
    with qtbot.waitSignal(navigator.openConsortium) as opened:
        _press_in_dialog(qtbot, "&Open the draft")
        qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    assert opened.args == [first.id] and len(consortia(page)) == 1

    _press_in_dialog(qtbot, "Make &another")
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(consortia(page)) == 2)
    assert consortia(page)[1].question_id == first.question_id


def test_the_draft_carries_the_question_and_the_best_or_chosen_instrument(qtbot, page):
    _answer(qtbot, page, "Eiwittransitie", "Plantaardige eiwitten uit erwten voor vleesvervangers")
    best = page.answer.best_instrument
    assert best is not None
    assert page.instruments.row_at(0).key == best and page.instruments.row_at(0).cells[1] == "Yes"
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(consortia(page)) == 1)
    [draft] = consortia(page)
    assert draft.instrument_code == best
    assert draft.description.startswith("Plantaardige eiwitten uit erwten voor vleesvervangers")
    assert "Knowledge question “Eiwittransitie”" in draft.description
    assert "the best fit" in draft.description

    row = next(r for r in range(page.instruments.rowCount()) if page.instruments.row_at(r).key
               == "horizon-ria")  # fmt: skip
    table = page.instruments_table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(page.instruments.index(row, 0)).center(),
    )
    _press_in_dialog(qtbot, "Make &another")
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(consortia(page)) == 2)
    assert consortia(page)[1].instrument_code == "horizon-ria"
    assert "chosen at the desk" in consortia(page)[1].description


def test_single_applicant_instruments_are_judged_for_the_asking_company_alone(qtbot, page):
    picker = page.asker
    qtbot.keyClicks(picker.edit, "Zwaluwstaart")
    qtbot.waitUntil(lambda: bool(picker.offers()))
    picker.completer.popup().hide()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    _answer(qtbot, page, "Robotarm voor kassen", "Een robot die tomaten plukt")
    rows = {page.instruments.row_at(r).key: page.instruments.row_at(r).cells
            for r in range(page.instruments.rowCount())}  # fmt: skip
    assert rows["sbir"][1] == "Yes, alone"
    assert rows["sbir"][2].endswith("One applicant: judged for Zwaluwstaart Robotics alone")
    assert "government body's open challenge" in rows["sbir"][2]
    assert rows["mit-feasibility"][1] == "Yes, alone"
    assert page.answer.best_instrument not in {"sbir", "mit-feasibility", "wbso"}


def test_the_region_defaults_to_the_asking_companys_province(qtbot, page):
    page.add_company(
        OrganisationRecord(name="Tulpenbol Sensoren", kind="company", type="sme",
                           province_code="NL-OV", is_sme=True)
    )  # fmt: skip
    qtbot.waitUntil(lambda: page.region.currentData() == "NL-OV")
    assert page.region_hint.isVisible()
    _answer(qtbot, page, "Bodemsensoren", "sensoren die de bodemvocht meten")
    assert questions(page)[0].region_code is None  # a default, not a choice
    assert page.answer.result.request.region == "NL-OV"
    assert page.region_label.text() == "Region: Overijssel, the asking company's province"

    page.title.clear()
    page.text.clear()
    _answer(qtbot, page, "Bodemsensoren in Zeeland", "sensoren voor akkers rond Middelburg")
    assert page.answer.result.suggestion.region == "NL-ZE"
    assert page.region_label.text().startswith("Regional preference read from the question")


def test_a_region_chosen_by_hand_stays(qtbot, page):
    page.region.setFocus()
    qtbot.keyClick(page.region, Qt.Key.Key_Down)  # the first region after Anywhere
    chosen = page.region.currentData()
    assert chosen is not None
    page.add_company(
        OrganisationRecord(name="Tulpenbol Sensoren", kind="company", type="sme",
                           province_code="NL-OV", is_sme=True)
    )  # fmt: skip
    qtbot.waitUntil(lambda: bool(page.asker.ids()))
    page._context.tasks.wait()
    qtbot.wait(50)
    assert page.region.currentData() == chosen and not page.region_hint.isVisible()


def test_at_1280x800_the_answer_and_the_questions_have_room(qtbot, page, settings):
    page.resize(1060, 690)  # the page's part of a 1280x800 window
    _answer(qtbot, page, "Warmtepompen", "warmtepomp")
    for index in range(page.answer_tabs.count()):
        qtbot.mouseClick(page.answer_tabs.tabBar(), Qt.MouseButton.LeftButton,
                         pos=page.answer_tabs.tabBar().tabRect(index).center())  # fmt: skip
        table = page.answer_tabs.currentWidget()
        assert table.viewport().height() >= 8 * table.verticalHeader().defaultSectionSize()
        # the reasons, last, keep a fair part of the width, inside the view
        qtbot.waitUntil(lambda t=table: t.horizontalScrollBar().maximum() == 0)
        header = table.horizontalHeader()
        last = header.count() - 1
        assert header.sectionSize(last) >= table.viewport().width() // 4
    rows = page.questions_table.verticalHeader().defaultSectionSize()
    assert page.questions_table.viewport().height() >= 3 * rows

    page.splitter.setSizes([10_000, 0])  # dragged shut
    assert page.splitter.sizes()[1] > 0
    settings.set_widget_state(WidgetState.DESK_SPLITTER, page.splitter.saveState())
    page.splitter.setSizes([400, 0])
    page.restore_settings(settings)
    assert page.questions_table.viewport().height() >= 3 * rows
