"""The organisations table model, without a window: roles, lazy blocks, stale results."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.models.queries.organisations.records import OrganisationSummary
from desktop.services.organisations.listing import BLOCK_SIZE, FirstLoad, Query
from desktop.views.labels import CodeLabels
from desktop.views.pages.organisations.table_model import Column, OrganisationTableModel, Roles

DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass
class Call:
    work: Callable[..., Any]
    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException, str], None]
    priority: int


class FakeQuery:
    """Stands in for ``AppContext.run``: records requests; the test answers them."""

    def __init__(self) -> None:
        self.calls: list[Call] = []

    def __call__(self, work, on_success, on_failure=None, *, key=None, priority=0) -> int:
        self.calls.append(Call(work, on_success, on_failure, priority))
        return len(self.calls)

    def query_of(self, call: Call) -> Query:
        return call.work.args[0]  # the functools.partial holds the query it was made for


def summary(number: int, origin: str = "user", **changes: Any) -> OrganisationSummary:
    values = dict(
        id=number, name=f"Organisation {number:05d}", short_name=None, kind="company",
        type="sme", city="Delft", province_code="PV27", is_sme=True, origin=origin,
    )  # fmt: skip
    values.update(changes)
    return OrganisationSummary(**values)


def first_load(count: int, start: int = 0, total: int | None = None) -> FirstLoad:
    rows = [summary(start + i) for i in range(min(count, BLOCK_SIZE))]
    return FirstLoad(total if total is not None else count, count, rows, {"PV27": "Zuid-Holland"})


@pytest.fixture
def fake(qapp) -> FakeQuery:
    return FakeQuery()


@pytest.fixture
def model(fake: FakeQuery) -> OrganisationTableModel:
    return OrganisationTableModel(fake, CodeLabels())


def cell(model: OrganisationTableModel, row: int, column: Column, role: int = DISPLAY) -> Any:
    return model.data(model.index(row, column), role)


def test_starts_empty_and_asks_for_counts_and_the_first_block(model, fake):
    assert model.rowCount() == 0
    model.reload()
    assert len(fake.calls) == 1
    assert fake.query_of(fake.calls[0]) == Query()


def test_shows_words_not_codes(model, fake):
    model.reload()
    fake.calls[0].on_success(first_load(3))
    assert model.rowCount() == 3
    assert model.columnCount() == len(Column)
    assert cell(model, 0, Column.NAME) == "Organisation 00000"
    assert cell(model, 0, Column.KIND) == "Business"
    assert cell(model, 0, Column.TYPE) == "SME"
    assert cell(model, 0, Column.PROVINCE) == "Zuid-Holland"
    assert cell(model, 0, Column.SME) == "Yes"
    assert cell(model, 0, Column.ORIGIN) == "Entered"
    assert cell(model, 0, Column.SHORT_NAME) == ""


def test_explicit_roles(model, fake):
    model.reload()
    fake.calls[0].on_success(first_load(2))
    assert cell(model, 1, Column.CITY, Roles.ID) == 1
    assert cell(model, 1, Column.CITY, Roles.KIND) == "company"
    assert cell(model, 1, Column.CITY, Roles.ORIGIN) == "user"
    assert cell(model, 1, Column.CITY, Roles.LOADED) is True
    assert cell(model, 0, Column.NAME, Qt.ItemDataRole.ToolTipRole) == "Organisation 00000"


def test_demonstration_rows_are_marked(model, fake):
    model.reload()
    load = first_load(2)
    load.rows[1] = summary(1, origin="demo")
    fake.calls[0].on_success(load)
    assert cell(model, 1, Column.ORIGIN) == "Demo"
    assert isinstance(cell(model, 1, Column.NAME, Qt.ItemDataRole.BackgroundRole), QBrush)
    assert "Demonstration" in cell(model, 1, Column.NAME, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 0, Column.NAME, Qt.ItemDataRole.BackgroundRole) is None


def test_header_titles(model):
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert titles[:4] == ["Name", "Short name", "Helix", "Type"]
    assert titles[4:] == ["City", "Province", "SME", "Origin"]


def test_rows_beyond_the_first_block_load_lazily_once(model, fake):
    model.reload()
    fake.calls[0].on_success(first_load(450))
    assert model.rowCount() == 450
    row = BLOCK_SIZE + 5
    assert cell(model, row, Column.NAME) == "Loading…"
    assert cell(model, row, Column.NAME, Roles.LOADED) is False
    cell(model, row + 1, Column.CITY)  # the same block: no second request
    assert len(fake.calls) == 2
    block_call = fake.calls[1]
    assert block_call.work.args[1] == 1  # block number
    assert block_call.priority > fake.calls[0].priority  # the newest request goes first

    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    block_call.on_success([summary(BLOCK_SIZE + i) for i in range(BLOCK_SIZE)])
    assert changed == [(BLOCK_SIZE, 2 * BLOCK_SIZE - 1)]
    assert cell(model, row, Column.NAME) == f"Organisation {row:05d}"


def test_a_late_first_load_of_an_older_search_is_ignored(model, fake):
    model.set_text("zwa")
    model.set_text("zwaluw")
    older, newer = fake.calls
    assert fake.query_of(newer).text == "zwaluw"
    newer.on_success(first_load(2, start=100))
    older.on_success(first_load(50, start=0))
    assert model.rowCount() == 2
    assert cell(model, 0, Column.NAME) == "Organisation 00100"


def test_a_late_block_of_an_older_sort_is_ignored(model, fake):
    model.reload()
    fake.calls[0].on_success(first_load(450))
    cell(model, BLOCK_SIZE, Column.NAME)  # asks for block 1 under the old order
    old_block = fake.calls[1]
    model.sort(Column.CITY, Qt.SortOrder.DescendingOrder)
    assert fake.query_of(fake.calls[2]) == Query(sort="city", descending=True)
    old_block.on_success([summary(9000 + i) for i in range(BLOCK_SIZE)])
    assert cell(model, BLOCK_SIZE, Column.NAME, Roles.LOADED) is False


def test_old_rows_stay_while_a_new_search_loads(model, fake):
    model.reload()
    fake.calls[0].on_success(first_load(450))
    model.set_text("x")
    assert model.is_reloading()
    assert model.rowCount() == 450
    assert cell(model, 0, Column.NAME) == "Organisation 00000"
    cell(model, 300, Column.NAME)  # no block requests for the old layout meanwhile
    assert len(fake.calls) == 2


def test_sorting_goes_to_the_data_layer_only_for_sortable_columns(model, fake):
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert fake.calls == []  # already sorted by name, ascending
    model.sort(Column.SHORT_NAME, Qt.SortOrder.AscendingOrder)
    model.sort(Column.SME, Qt.SortOrder.DescendingOrder)
    assert fake.calls == []
    model.sort(Column.PROVINCE, Qt.SortOrder.AscendingOrder)
    assert fake.query_of(fake.calls[0]) == Query(sort="province")
    assert model.sort_column() == Column.PROVINCE


def test_counts_are_announced(model, fake, qtbot):
    model.set_text("a")
    with qtbot.waitSignal(model.countsChanged) as blocker:
        fake.calls[0].on_success(first_load(7, total=90))
    assert blocker.args == [7, 90]
    assert model.total == 90


def test_a_failed_load_is_announced(model, fake, qtbot):
    model.reload()
    with qtbot.waitSignal(model.loadFailed) as blocker:
        fake.calls[0].on_failure(RuntimeError("disk gone"), "Traceback ...")
    assert blocker.args == ["disk gone", "Traceback ..."]
    assert not model.is_reloading()


def test_invalid_indexes_give_nothing(model, fake):
    model.reload()
    fake.calls[0].on_success(first_load(1))
    assert model.data(QModelIndex()) is None
    assert model.rowCount(model.index(0, 0)) == 0
