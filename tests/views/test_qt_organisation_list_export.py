"""Exporting the organisations list as shown: the page's search decides the rows."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.models.queries.organisations.filter import OrganisationFilter
from desktop.views.context import AppContext
from desktop.views.pages.organisations.list_export import OrganisationListExport
from desktop.views.pages.organisations.page import OrganisationsPage


@pytest.fixture
def page(qtbot, context: AppContext) -> Iterator[OrganisationsPage]:
    page = OrganisationsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_reloading())
    yield page
    context.tasks.wait()


def test_the_page_exports_what_its_search_shows(qtbot, page, tmp_path, monkeypatch) -> None:
    target = tmp_path / "zwaluw.xlsx"
    monkeypatch.setattr(OrganisationListExport, "choose_path", lambda self: target)
    qtbot.keyClicks(page.search, "Zwaluw")
    qtbot.waitUntil(
        lambda: (
            page.model.query.text == "Zwaluw"
            and not page.model.is_reloading()
            and page.model.rowCount() == 2
        ),
        timeout=10_000,
    )
    messages: list[str] = []
    page.statusMessage.connect(messages.append)
    with qtbot.waitSignal(page.list_export.finished, timeout=20_000):
        page.export_action.trigger()
    sheet = load_workbook(target).active
    names = sorted(row[0].value for row in sheet.iter_rows(min_row=2))
    assert names == ["Zwaluwnest Lab", "Zwaluwstaart Robotics"]
    assert messages[-1] == f"2 organisations exported to {target}"


def test_cancel_leaves_no_file(qtbot, context, tmp_path, monkeypatch) -> None:
    target = tmp_path / "all.csv"
    monkeypatch.setattr(OrganisationListExport, "choose_path", lambda self: target)
    exporter = OrganisationListExport(context, None)
    messages: list[str] = []
    exporter.finished.connect(messages.append)
    exporter.start(OrganisationFilter())
    exporter.progress.canceled.emit()  # the user presses Cancel
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert messages == ["Export cancelled: no file was written."]
    assert not target.exists() and not list(Path(tmp_path).glob("*.part"))


def test_the_whole_list_to_csv(qtbot, context, tmp_path, monkeypatch) -> None:
    target = tmp_path / "all.csv"
    monkeypatch.setattr(OrganisationListExport, "choose_path", lambda self: target)
    exporter = OrganisationListExport(context, None)
    with qtbot.waitSignal(exporter.finished, timeout=20_000) as finished:
        exporter.start(OrganisationFilter(kind="government"))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(row["kind"] == "government" for row in rows)
    assert finished.args[0].startswith(f"{len(rows)} organisations exported")
