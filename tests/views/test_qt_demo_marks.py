"""Demonstration organisations carry the Demo tag, the tint and a 'fictional' tooltip on every
page that names organisations, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from desktop.models.queries.picture_data import dashboard_counts
from desktop.models.tables.organisation import Organisation
from desktop.services.matching.runs import Matcher
from desktop.views.context import AppContext
from desktop.views.navigator import Navigator
from desktop.views.pages.matching.desk import DeskPage
from desktop.views.pages.matching.match import MatchPage
from desktop.views.pages.matching.regional import RegionalPage
from desktop.views.pages.matching.shared_engine import MatchingServices
from desktop.views.pictures.dashboard import DashboardPanel
from desktop.views.pictures.organisation_network import OrganisationNetworkView
from desktop.views.row_table_model import RowTableModel
from tests.export_fixtures import build_consortium

RUN_TIMEOUT = 60_000
TAG = " [Demo]"
HINT = "Demonstration data: a fictional organisation."


@pytest.fixture
def demo_names(context: AppContext) -> set[str]:
    with context.database.transaction() as session:
        return set(session.exec(select(Organisation.name).where(Organisation.origin == "demo")))


@pytest.fixture
def services(context: AppContext, tmp_path: Path) -> MatchingServices:
    return MatchingServices(context, Matcher(context.database, tmp_path / "cache"))


def _shown(qtbot, page) -> None:
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activate()


def assert_marked(model: RowTableModel, column: int, demo_names: set[str]) -> None:
    """Each row names a demonstration organisation with the tag, tint and tooltip, and only
    those; at least one row does."""
    tagged = 0
    for row in range(model.rowCount()):
        index = model.index(row, column)
        shown = index.data()
        name = shown.removesuffix(TAG)
        demo = name in demo_names
        assert shown.endswith(TAG) == demo, shown
        assert (HINT in (index.data(Qt.ItemDataRole.ToolTipRole) or "")) == demo, shown
        assert (index.data(Qt.ItemDataRole.BackgroundRole) is not None) == demo, shown
        tagged += demo
    assert tagged > 0


def test_match_candidates_and_cards_mark_demonstration_organisations(
    qtbot, services, demo_names
) -> None:
    page = MatchPage(services)
    _shown(qtbot, page)
    qtbot.waitUntil(lambda: page.form.isEnabled())
    qtbot.keyClicks(page.form.text, "groene waterstof uit elektrolyse in de haven")
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None and not page.run_bar.is_running(),
                    timeout=RUN_TIMEOUT)  # fmt: skip
    assert_marked(page.candidates, 1, demo_names)
    card = page.cards[0]
    assert_marked(card.model, 1, demo_names)
    demo_row = next(r for r in range(card.model.rowCount()) if TAG in card.model.row_at(r).cells[1])
    rect = card.table.visualRect(card.model.index(demo_row, 1))
    qtbot.mouseClick(card.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert TAG in card.why_label.text()
    services.context.tasks.wait()


def test_the_desk_answer_marks_demonstration_companies(qtbot, services, demo_names) -> None:
    page = DeskPage(services, Navigator())
    _shown(qtbot, page)
    qtbot.waitUntil(lambda: page.form_widget.isEnabled())
    qtbot.keyClicks(page.title, "Waterstof in de haven")
    qtbot.keyClicks(page.text, "Groene waterstof uit elektrolyse voor de chemische industrie")
    qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.answer is not None and not page.run_bar.is_running(),
                    timeout=RUN_TIMEOUT)  # fmt: skip
    assert_marked(page.companies, 0, demo_names)
    assert TAG in page.consortium_label.text()
    services.context.tasks.wait()


def test_regional_matching_marks_demonstration_smes_and_partners(
    qtbot, services, demo_names
) -> None:
    page = RegionalPage(services)
    _shown(qtbot, page)
    qtbot.waitUntil(lambda: page.filters.isEnabled() and page.smes.rowCount() > 0)
    assert_marked(page.smes, 0, demo_names)
    page.sme_table.selectRow(0)
    qtbot.mouseClick(page.match_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.matches) and not page.run_bar.is_running(),
                    timeout=RUN_TIMEOUT)  # fmt: skip
    assert_marked(page.results, 0, demo_names)
    assert TAG in page.results.row_at(0).cells[3]  # partner SMEs are demonstration companies
    services.context.tasks.wait()


def test_the_consortium_editor_marks_demonstration_members(qtbot, context, demo_names) -> None:
    from desktop.views.pages.consortia.page import ConsortiaPage

    built = build_consortium(context.database)
    page = ConsortiaPage(context)
    _shown(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.editor.names is not None)
    page.open_consortium(built.consortium_id)
    qtbot.waitUntil(lambda: page.consortium_id == built.consortium_id)
    members = page.editor.members_model
    qtbot.waitUntil(lambda: members.rowCount() == 4)
    assert_marked(members, 0, demo_names)
    context.tasks.wait()


def test_pictures_name_demonstration_organisations_with_the_tag(qtbot, context, demo_names) -> None:
    built = build_consortium(context.database)
    network = OrganisationNetworkView(context)
    qtbot.addWidget(network)
    network.show()
    network.set_organisation(built.province)  # its partners include the demonstration lead
    qtbot.waitUntil(lambda: network.network is not None)
    tips = [getattr(shape, "tip", "") or "" for shape in network.scene.shapes]
    assert any(tip.split(TAG)[0] in demo_names for tip in tips if TAG in tip)

    dashboard = DashboardPanel(context)
    qtbot.addWidget(dashboard)
    with context.database.transaction() as session:
        counts = dashboard_counts(session)
    dashboard.show_counts(counts)
    bars = dashboard.connected.scene.shapes
    tips = [getattr(shape, "tip", "") or "" for shape in bars]
    demo_active = [c.name for c in counts.most_connected if c.origin == "demo"]
    for name in demo_active:
        assert any(tip.startswith(name + TAG) for tip in tips)
    context.tasks.wait()


def test_a_name_picker_offers_demonstration_organisations_tagged(qtbot, context) -> None:
    from desktop.views.widgets.organisation_picker import OrganisationPicker

    picker = OrganisationPicker(context, "")
    qtbot.addWidget(picker)
    picker.show()
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "Wadgloed")  # a demonstration company
    qtbot.waitUntil(lambda: bool(picker.offers()))
    shown = picker.completer.model().stringList()
    assert shown[0].startswith("Wadgloed Waterstof B.V. [Demo]")
    picker.completer.popup().hide()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert list(picker.names().values()) == ["Wadgloed Waterstof B.V."]  # the name, as stored
    assert picker.chosen.item(0).text() == "Wadgloed Waterstof B.V. [Demo]"  # the choice, tagged
    qtbot.waitUntil(lambda: picker.edit.text() == "")  # the field empties for the next name
    (organisation_id,) = picker.ids()
    picker.remove(organisation_id)
    picker.add(organisation_id, "Wadgloed Waterstof B.V.")  # put back, as undo does
    assert picker.chosen.item(0).text() == "Wadgloed Waterstof B.V. [Demo]"
