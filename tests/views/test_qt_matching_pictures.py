"""Every matching page rendered with data to PNG, in English and Dutch, as a user sees it.

The pictures land in the test's temporary folder (or in ``HELIXMATCH_SCREENSHOTS`` when set, to
look at them); the test checks that the words on them are in the interface language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from desktop.services.matching.runs import Matcher
from desktop.views.context import AppContext
from desktop.views.navigator import Navigator
from desktop.views.pages.matching.desk import DeskPage
from desktop.views.pages.matching.match import MatchPage
from desktop.views.pages.matching.missions import MissionsPage
from desktop.views.pages.matching.regional import RegionalPage
from desktop.views.pages.matching.shared_engine import MatchingServices
from desktop.views.translation import install_translators, interface_locale, remove_translators

RUN_TIMEOUT = 60_000


@pytest.fixture(params=["en", "nl"])
def language_context(request, qapp, context: AppContext, tmp_path: Path):
    language = request.param
    translators = install_translators(qapp, language)
    localised = AppContext(
        context.database, context.settings, context.tasks, interface_locale(language), language
    )
    yield localised, MatchingServices(localised, Matcher(context.database, tmp_path / "cache"))
    context.tasks.wait()
    remove_translators(qapp, translators)


def picture(qtbot, widget: QWidget, name: str, tmp_path: Path) -> QImage:
    qtbot.wait(100)  # let the layouts settle, as they have before a user looks
    folder = Path(os.environ.get("HELIXMATCH_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1280, 800)
    assert len({image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}) > 5
    return image


def shown(qtbot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activate()


def test_match_page(qtbot, language_context, tmp_path):
    context, services = language_context
    page = MatchPage(services)
    shown(qtbot, page)
    qtbot.waitUntil(lambda: page.form.isEnabled())
    page.form.instrument.setCurrentIndex(page.form.instrument.findData("pps-innovatie"))
    page.form.text.setPlainText("groene waterstof uit elektrolyse in de haven")
    page.run()
    qtbot.waitUntil(lambda: page.result is not None, timeout=RUN_TIMEOUT)
    picture(qtbot, page, f"match-{context.language}", tmp_path)
    dutch = context.language == "nl"
    assert (
        page.cards[0].title_label.text().startswith("Alternatief 1" if dutch else "Alternative 1")
    )
    assert page.candidates.row_at(0).cells[5].startswith("Past bij: " if dutch else "Matches: ")
    # Competences read in the interface language: the concept "hydrogen" is "waterstof".
    covers = " ".join(row.cells[2] for row in page.cards[0].model.rows())
    assert ("waterstof" if dutch else "hydrogen") in covers
    assert ("hydrogen" if dutch else "waterstof") not in covers
    page.tabs.setCurrentIndex(1)
    picture(qtbot, page, f"match-candidates-{context.language}", tmp_path)


def test_question_page(qtbot, language_context, tmp_path):
    context, services = language_context
    page = DeskPage(services, Navigator())
    shown(qtbot, page)
    qtbot.waitUntil(lambda: page.form_widget.isEnabled())
    page.title.setText("Recycling van kunststof verpakkingen")
    page.text.setPlainText("Gerecyclede kunststof in verpakkingen: circulaire kunststoffen.")
    page.take_in()
    qtbot.waitUntil(lambda: page.answer is not None, timeout=RUN_TIMEOUT)
    qtbot.waitUntil(lambda: page.questions.rowCount() == 1)
    picture(qtbot, page, f"question-{context.language}", tmp_path)
    expected = "Universiteit" if context.language == "nl" else "Research university"
    assert expected in page.knowledge.row_at(0).cells[0]


def test_missions_page(qtbot, language_context, tmp_path):
    context, _services = language_context
    page = MissionsPage(context, Navigator())
    shown(qtbot, page)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 4)
    page.select_mission("ET-C")
    qtbot.waitUntil(lambda: page.organisations.rowCount() > 0)
    picture(qtbot, page, f"missions-{context.language}", tmp_path)
    assert ("doeljaar 2050" if context.language == "nl" else "target year 2050") in (
        page.facts_label.text()
    )


def test_regional_page(qtbot, language_context, tmp_path):
    context, services = language_context
    page = RegionalPage(services)
    shown(qtbot, page)
    qtbot.waitUntil(lambda: page.filters.isEnabled() and page.smes.rowCount() > 0)
    page.province.setCurrentIndex(page.province.findData("NL-OV"))
    page.show_smes()
    qtbot.waitUntil(lambda: 0 < page.smes.rowCount() < 30)
    page.match()
    qtbot.waitUntil(lambda: bool(page.matches), timeout=RUN_TIMEOUT)
    picture(qtbot, page, f"regional-{context.language}", tmp_path)
    assert page.results.row_at(0).cells[4] == ("Ja" if context.language == "nl" else "Yes")
