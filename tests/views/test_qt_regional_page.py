"""Regional matching driven as a user would: filter SMEs, match them in one run, sort, turn rows
into consortium drafts, export to Excel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlmodel import select

from desktop.models.queries.consortia import consortium_members
from desktop.models.tables.consortium import Consortium
from desktop.services.matching.runs import Matcher
from desktop.views.context import AppContext
from desktop.views.pages.matching.regional import RegionalPage
from desktop.views.pages.matching.shared_engine import MatchingServices

RUN_TIMEOUT = 60_000


@pytest.fixture
def page(qtbot, context: AppContext, tmp_path: Path) -> Iterator[RegionalPage]:
    services = MatchingServices(context, Matcher(context.database, tmp_path / "cache"))
    page = RegionalPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.filters.isEnabled() and page.smes.rowCount() > 0)
    yield page
    context.tasks.wait()


def filter_smes(qtbot, page: RegionalPage, province: str, topsector: str | None) -> None:
    page.province.setCurrentIndex(page.province.findData(province))
    page.topsector.setCurrentIndex(page.topsector.findData(topsector))
    before = page.smes.rows()
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.smes.rows() != before)


def select_rows(table, rows: list[int]) -> None:
    model, selection = table.model(), table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def run_matching(qtbot, page: RegionalPage) -> None:
    qtbot.keyClick(page.sme_table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: bool(page.matches) and not page.run_bar.is_running(), timeout=RUN_TIMEOUT
    )


def export_by_button(qtbot, page: RegionalPage, monkeypatch, path: Path) -> None:
    """Export to Excel... pressed, with the file dialog answering ``path``."""
    monkeypatch.setattr(
        "desktop.views.pages.matching.regional.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(path), ""),
    )
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)


def test_match_the_smes_of_a_province_and_topsector_and_make_drafts(
    qtbot, page, tmp_path, monkeypatch
):
    filter_smes(qtbot, page, "NL-OV", None)
    listed = page.smes.rowCount()
    assert listed >= 3
    assert {page.smes.row_at(r).cells[2] for r in range(listed)} == {"Overijssel"}
    select_rows(page.sme_table, [0, 1, 2])
    run_matching(qtbot, page)
    assert page.results.rowCount() == 3
    for row in page.results.rows():
        assert row.cells[2] and row.cells[3]  # knowledge partners, partner SMEs
        assert row.cells[4] == "Yes"  # MIT R&D rules hold
        assert row.cells[6]  # why, in words
    proxy = page.result_table.model()
    scores = [float(proxy.index(r, 5).data()) for r in range(proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)

    select_rows(page.result_table, [0, 1])
    qtbot.mouseClick(page.drafts_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "consortium drafts made" in page.result_message.text())
    with page._context.database.transaction() as session:
        consortia = list(session.exec(select(Consortium)))
        assert len(consortia) == 2
        assert all(c.instrument_code == "mit-rd" and c.status == "draft" for c in consortia)
        members = consortium_members(session, consortia[0].id)
        assert members[0].role == "lead"
        assert {m.role for m in members[1:]} == {"partner", "subcontractor"}
        assert all(m.reasons for m in members) and not any(m.rationale for m in members)

    path = tmp_path / "matches"
    export_by_button(qtbot, page, monkeypatch, path)
    qtbot.waitUntil(lambda: "Exported 3 rows" in page.result_message.text())
    sheet = load_workbook(path.with_suffix(".xlsx")).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:5] == ["SME", "Province", "Knowledge partners", "Partner SMEs", "MIT R&D"]
    assert len(values) == 4 and values[1][0] == proxy.index(0, 0).data()


def test_a_filter_without_smes_says_so(qtbot, page):
    filter_smes(qtbot, page, "NL-DR", "tuinbouw")  # no demonstration SME in both
    assert page.smes.rowCount() == 0
    assert page.sme_count.text() == "No SME matches these filters."
    assert not page.match_button.isEnabled()


def test_cancel_stops_regional_matching(qtbot, page):
    qtbot.keyClick(page.sme_table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.run_bar.is_running()
    qtbot.keyClick(page.sme_table, Qt.Key.Key_Escape)
    assert not page.run_bar.is_running() and page.match_button.isEnabled()
    page._context.tasks.wait()
    qtbot.wait(50)
    assert page.matches == []


def test_an_export_to_a_missing_folder_says_so(qtbot, page, tmp_path, monkeypatch):
    select_rows(page.sme_table, [0])
    run_matching(qtbot, page)
    export_by_button(qtbot, page, monkeypatch, tmp_path / "missing" / "x.xlsx")
    qtbot.waitUntil(lambda: "folder not found" in page.result_message.text())


def test_the_tables_pass_the_model_tester(qtbot, page, qtmodeltester):
    select_rows(page.sme_table, [0])
    run_matching(qtbot, page)
    qtmodeltester.check(page.smes)
    qtmodeltester.check(page.results)
    qtmodeltester.check(page.result_table.model())


def test_a_database_without_any_sme_says_why_and_what_to_do(qtbot, context, tmp_path):
    from sqlmodel import update

    from desktop.models.tables.organisation import Organisation
    from desktop.services.lifecycle.builtin_data import remove_demo_data

    with context.database.transaction() as session:
        remove_demo_data(session)  # the real organisations say nothing about their size
        session.exec(update(Organisation).values(is_sme=None))
    services = MatchingServices(context, Matcher(context.database, tmp_path / "cache"))
    page = RegionalPage(services)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: "marked as an SME" in page.sme_count.text())
    assert "import your list of SMEs" in page.sme_count.text()
    assert page.smes.rowCount() == 0 and not page.match_button.isEnabled()
    context.tasks.wait()
