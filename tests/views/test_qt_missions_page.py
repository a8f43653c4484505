"""The Missions page in the main window: themes and missions, linked organisations, and "find
partners" that opens a match for the mission."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views.main_window import MainWindow
from desktop.views.pages.matching.match import MatchPage
from desktop.views.pages.matching.missions import MissionsPage


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the engine's index cache


def missions_page(qtbot, window: MainWindow) -> MissionsPage:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, MissionsPage)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 4)
    return page


def test_themes_and_missions_with_text_year_and_organisations(qtbot, window):
    page = missions_page(qtbot, window)
    themes = [page.tree.topLevelItem(i).text(0) for i in range(4)]
    assert themes == [
        "Energy Transition & Sustainability", "Health & Care", "Agriculture, Water & Food",
        "Security",
    ]  # fmt: skip
    missions = sum(page.tree.topLevelItem(i).childCount() for i in range(4))
    assert missions == 26
    page.select_mission("ET-A")
    assert page.title_label.text() == "ET-A · CO2-vrij elektriciteitssysteem"
    assert "target year 2050" in page.facts_label.text()
    assert page.text_label.text().startswith("Een volledig CO2-vrij elektriciteitssysteem")
    qtbot.waitUntil(lambda: page.linked_label.text() != "Loading…")
    count = int(page.tree.currentItem().text(1))
    assert page.organisations.rowCount() == count


def test_find_partners_opens_a_match_for_the_mission(qtbot, window):
    page = missions_page(qtbot, window)
    page.select_mission("LWV-A")
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "match"
    match = window.current_page()
    assert isinstance(match, MatchPage)
    qtbot.waitUntil(lambda: match.result is not None, timeout=60_000)
    assert match.form.mission.currentData() == "LWV-A"
    assert match.fields["mission"] == "LWV-A"
    assert len(match.cards) >= 5


def test_the_organisations_table_passes_the_model_tester(qtbot, window, qtmodeltester):
    page = missions_page(qtbot, window)
    qtbot.waitUntil(lambda: page.organisations.rowCount() > 0 or page.table.isHidden())
    qtmodeltester.check(page.organisations)
