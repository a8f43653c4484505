"""The Match page driven as a user would: type a question, run, pin, swap, run again, save."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from sqlmodel import select

from desktop.models.queries.consortia import consortium_members
from desktop.models.tables.consortium import Consortium
from desktop.services.matching.runs import Matcher
from desktop.views.context import AppContext
from desktop.views.pages.matching.match import MatchPage
from desktop.views.pages.matching.shared_engine import MatchingServices
from desktop.views.row_table_model import RowTableModel
from desktop.views.settings_store import MatchingDefaults

RUN_TIMEOUT = 60_000


@pytest.fixture
def services(context: AppContext, tmp_path: Path) -> MatchingServices:
    return MatchingServices(context, Matcher(context.database, tmp_path / "cache"))


@pytest.fixture
def page(qtbot, services: MatchingServices) -> Iterator[MatchPage]:
    page = MatchPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.form.isEnabled())
    yield page
    services.context.tasks.wait()


def run_and_wait(qtbot, page: MatchPage) -> None:
    before = page.result
    qtbot.keyClick(page.form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.result is not before and not page.run_bar.is_running(),
                    timeout=RUN_TIMEOUT)  # fmt: skip


def member_ids(page: MatchPage, card: int = 0) -> list[int]:
    return [m.id for m in page.cards[card].consortium.members]


def test_a_match_shows_candidates_and_alternative_consortia_in_words(qtbot, page):
    assert page.empty_state.isVisible()
    qtbot.keyClicks(page.form.text, "groene waterstof uit elektrolyse in de haven")
    run_and_wait(qtbot, page)
    assert not page.empty_state.isVisible()
    assert page.candidates.rowCount() == 20  # Settings > Matching: 20 candidates
    why = page.candidates.row_at(0).cells[5]
    assert why.startswith("Matches: ") and "waterstof" in why
    assert len(page.cards) >= 5
    card = page.cards[0]
    assert card.balance.toolTip().startswith("Business ")
    assert card.rules_label.text() == "No instrument chosen: no rules to check."
    assert card.why_label.text().startswith("Why ")


def test_the_rule_check_of_an_instrument_is_shown_on_every_card(qtbot, page):
    page.form.instrument.setCurrentIndex(page.form.instrument.findData("pps-innovatie"))
    qtbot.keyClicks(page.form.text, "eiwittransitie plantaardige eiwitten")
    run_and_wait(qtbot, page)
    for card in page.cards:
        assert "Meets the rules of Public-private partnership" in card.rules_label.text()


def test_pin_and_swap_then_run_again_keeping_the_pins_and_save(qtbot, page, monkeypatch):
    qtbot.keyClicks(page.form.text, "dijkversterking en klimaatadaptatie in de delta")
    run_and_wait(qtbot, page)
    card = page.cards[0]
    pinned = member_ids(page)[1]
    card.select_member(pinned)
    qtbot.mouseClick(card.pin_button, Qt.MouseButton.LeftButton)
    assert page.form.include.ids() == [pinned]

    outgoing = member_ids(page)[2]
    card.select_member(outgoing)
    card.swap_menu.aboutToShow.emit()
    actions = [a for a in card.swap_menu.actions() if a.isEnabled()]
    assert actions
    incoming = card.swap_choices()[0][0]
    actions[0].trigger()  # swaps and runs again
    qtbot.waitUntil(lambda: not page.run_bar.is_running(), timeout=RUN_TIMEOUT)
    qtbot.waitUntil(lambda: page.cards and incoming in member_ids(page), timeout=RUN_TIMEOUT)
    assert page.form.include.ids() == [pinned, incoming]
    assert page.form.exclude.ids() == [outgoing]
    for number in range(len(page.cards)):
        ids = member_ids(page, number)
        assert pinned in ids and incoming in ids and outgoing not in ids

    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("Deltaversterking", True))
    )
    qtbot.mouseClick(page.cards[0].save_button, Qt.MouseButton.LeftButton)
    database = page._context.database

    def saved() -> Consortium | None:
        with database.transaction() as session:
            return session.exec(
                select(Consortium).where(Consortium.title == "Deltaversterking")
            ).first()

    qtbot.waitUntil(lambda: saved() is not None)
    with database.transaction() as session:
        members = consortium_members(session, saved().id)
    assert [m.organisation_id for m in members] == member_ids(page)
    assert all(m.reasons for m in members if m.organisation_id != pinned)  # codes, not words
    assert members[0].role == "lead"


def test_drop_leaves_a_member_out_and_runs_again(qtbot, page):
    qtbot.keyClicks(page.form.text, "zorg op afstand met sensoren")
    run_and_wait(qtbot, page)
    dropped = member_ids(page)[-1]
    page.cards[0].select_member(dropped)
    before = page.result
    qtbot.mouseClick(page.cards[0].drop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not before, timeout=RUN_TIMEOUT)
    assert all(dropped not in member_ids(page, n) for n in range(len(page.cards)))


def test_an_empty_request_and_a_bad_size_are_explained(qtbot, page):
    qtbot.keyClick(page.form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Choose a mission" in page.message.text()
    qtbot.keyClicks(page.form.text, "waterstof")
    page.form.size_min.setValue(6)
    page.form.size_max.setValue(3)
    qtbot.keyClick(page.form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.message.text() == "The smallest size is larger than the largest."
    assert page.result is None


def test_an_impossible_request_says_which_constraint(qtbot, page):
    page.form.instrument.setCurrentIndex(page.form.instrument.findData("raak-mkb"))
    page.form.size_min.setValue(0)
    page.form.size_max.setValue(3)
    qtbot.keyClicks(page.form.text, "waterstof")
    run_and_wait(qtbot, page)
    assert not page.cards
    assert "cannot be met" in page.problems_label.text().lower()


def test_picking_an_organisation_by_typing_part_of_its_name(qtbot, page):
    picker = page.form.include
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "Zwaluwstaart Robotcs")  # a typo
    qtbot.waitUntil(lambda: bool(picker.offers()))
    assert picker.offers()[0].name == "Zwaluwstaart Robotics"
    picker.completer.popup().hide()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert list(picker.names().values()) == ["Zwaluwstaart Robotics"]
    picker.chosen.setCurrentRow(0)
    qtbot.keyClick(picker.chosen, Qt.Key.Key_Delete)
    assert picker.ids() == []


def test_cancel_stops_a_run(qtbot, page):
    qtbot.keyClicks(page.form.text, "waterstof")
    qtbot.keyClick(page.form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.run_bar.is_running()
    qtbot.keyClick(page.form.text, Qt.Key.Key_Escape)
    assert not page.run_bar.is_running()
    assert page.run_bar.label.text() == "Cancelled."
    page._context.tasks.wait()
    qtbot.wait(50)
    assert page.result is None


def test_the_tables_pass_the_model_tester(qtbot, page, qtmodeltester):
    qtbot.keyClicks(page.form.text, "waterstof")
    run_and_wait(qtbot, page)
    qtmodeltester.check(page.candidates)
    qtmodeltester.check(page.cards[0].model)
    qtmodeltester.check(RowTableModel(["a"]))


def test_the_splitter_is_remembered(qtbot, services, page, settings):
    page.splitter.setSizes([500, 700])
    sizes = page.splitter.sizes()
    page.save_settings(settings)
    again = MatchPage(services)
    qtbot.addWidget(again)
    again.restore_settings(settings)
    again.resize(page.size())
    again.show()
    assert again.splitter.sizes() == sizes


def test_a_new_request_starts_from_the_matching_defaults(qtbot, page, services):
    services.context.settings.matching_defaults = MatchingDefaults(
        "quadruple", 5, 7, 12, whole_chain=True
    )
    page.activate()  # back on the page after Settings, nothing asked yet
    qtbot.keyClicks(page.form.text, "zorg op afstand")
    fields = page.form.fields()
    assert fields["helix"] == "quadruple" and fields["top"] == 12
    assert fields["size"] == {"min": 5, "max": 7} and fields["whole_chain"] is True
    services.context.settings.matching_defaults = MatchingDefaults()
    page.activate()  # a request under way keeps what the user chose
    assert page.form.fields()["helix"] == "quadruple"


def test_a_place_in_the_question_is_said_as_a_regional_preference(qtbot, page):
    qtbot.keyClicks(page.form.text, "groene waterstof voor de industrie in de Rotterdamse haven")
    run_and_wait(qtbot, page)
    note = page.problems_label.text()
    assert page.problems_label.isVisible()
    assert "Regional preference read from the question: Mainport Rotterdam" in note
    assert "Rotterdamse haven" in note


def test_a_region_chosen_in_the_form_goes_before_a_place_in_the_question(qtbot, page):
    page.form.region.setCurrentIndex(page.form.region.findData("NL-GR"))
    qtbot.keyClicks(page.form.text, "groene waterstof voor de industrie in de Rotterdamse haven")
    run_and_wait(qtbot, page)
    note = page.problems_label.text()
    assert "The question names “Rotterdamse haven”; the chosen region Groningen goes first" in note
    assert "read from the question" not in note


def test_real_organisations_only_without_any_project_history(qtbot, page, services):
    from desktop.models.queries.track_record import delete_projects_by_origin
    from desktop.services.lifecycle.builtin_data import remove_demo_data

    with services.context.database.transaction() as session:
        remove_demo_data(session)
        delete_projects_by_origin(session, "reference")  # no track record at all
    qtbot.keyClicks(page.form.text, "Radiotelescopen en signaalverwerking voor de sterrenkunde")
    run_and_wait(qtbot, page)
    assert page.candidates.rowCount() > 0 and page.cards
    assert not any(card.consortium is None for card in page.cards)
