"""The organisations list as a Qt table model that stays smooth at 100,000 rows.

The database counts, sorts and filters (``desktop.services.organisations.listing``); the model
knows the row count and loads blocks of rows lazily, in a worker, when the view asks for rows it
does not have yet. A search lists the name search's hits, best match first; a name found by its
short name, an alias or only as a similar name says so. A click on a column header sorts the hits
by that column; typing again lists them best first again.

A change of search text or sort order starts a new generation: results that belong to an older
one are ignored, and the old rows stay on screen until the new count and first block arrive (no
flicker while typing).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from desktop.services.organisations.finder import LIST_LIMIT, OrganisationFinder
from desktop.services.organisations.listing import (
    BLOCK_SIZE,
    RELEVANCE,
    FirstLoad,
    OrganisationFilter,
    OrganisationSummary,
    Query,
    load_block,
    load_first,
)
from desktop.views.error_reporting import error_message
from desktop.views.labels import CodeLabels
from desktop.views.widgets.style import DEMO_TINT
from matching.name_index import How, NameHit

MAX_CACHED_BLOCKS = 100

Index = QModelIndex | QPersistentModelIndex
# ``run(operation, on_success, on_failure)`` runs ``operation(database)`` off the GUI thread
# (``AppContext.run``); tests pass a fake.
RunFunction = Callable[..., Any]


class Column(IntEnum):
    NAME = 0
    SHORT_NAME = 1
    KIND = 2
    TYPE = 3
    CITY = 4
    PROVINCE = 5
    SME = 6
    ORIGIN = 7


# Columns the database can sort by, with the key ``page_of_summaries`` knows them by.
SORT_KEYS: dict[Column, str] = {
    Column.NAME: "name",
    Column.KIND: "kind",
    Column.TYPE: "type",
    Column.CITY: "city",
    Column.PROVINCE: "province",
    Column.ORIGIN: "origin",
}


class Roles(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1  # the organisation's database id
    KIND = Qt.ItemDataRole.UserRole + 2  # helix kind code
    ORIGIN = Qt.ItemDataRole.UserRole + 3  # origin code
    LOADED = Qt.ItemDataRole.UserRole + 4  # False while the row is still being fetched
    NAME = Qt.ItemDataRole.UserRole + 5  # the name alone, without how a search found it


ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        *Roles,
    }
)


class OrganisationTableModel(QAbstractTableModel):
    countsChanged = Signal(int, int)  # matching rows, all organisations
    loadFailed = Signal(str, str)  # message, details

    def __init__(
        self,
        run: RunFunction,
        labels: CodeLabels,
        parent=None,
        finder: OrganisationFinder | None = None,
    ) -> None:
        super().__init__(parent)
        self._run_operation = run
        self._finder = finder
        self._labels = labels
        self._titles = (
            self.tr("Name"),
            self.tr("Short name"),
            self.tr("Helix"),
            self.tr("Type"),
            self.tr("City"),
            self.tr("Province"),
            self.tr("SME"),
            self.tr("Origin"),
        )
        self._found_by = {  # (field, similar): how a search found a row, after its name
            ("name", True): self.tr("similar name"),
            ("short_name", False): self.tr("short name %1"),
            ("short_name", True): self.tr("like short name %1"),
            ("alias", False): self.tr("alias %1"),
            ("alias", True): self.tr("like alias %1"),
        }
        self._matches: dict[int, NameHit] = {}
        self._loading_text = self.tr("Loading…")
        self._query = Query()
        self._generation = 0
        self._row_count = 0
        self._total = 0
        self._blocks: OrderedDict[int, list[OrganisationSummary]] = OrderedDict()
        self._requested: set[int] = set()
        self._reloading = False
        self._provinces: dict[str, str] = {}
        self._requests = 0  # the newest request runs first: it is for the rows now on screen

    # --- what the page asks for -------------------------------------------------------------

    @property
    def query(self) -> Query:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def is_reloading(self) -> bool:
        return self._reloading

    def search_capped(self) -> bool:
        """Whether the search found more than the list shows (only the best are listed)."""
        return bool(self._query.text) and len(self._matches) >= LIST_LIMIT

    def reload(self) -> None:
        """Count and fetch again for the current query (after an import, or on first show)."""
        self._generation += 1
        self._reloading = True
        self._requested.clear()
        generation = self._generation
        self._run(
            partial(load_first, replace(self._query, hits=()), finder=self._finder),
            partial(self._first_loaded, generation),
            partial(self._load_failed, generation),
        )

    def set_text(self, text: str) -> None:
        """Search; new search text lists the best match first, and no search the names in order."""
        text, sort, descending = text.strip(), self._query.sort, self._query.descending
        if text and text != self._query.text:
            sort, descending = RELEVANCE, False
        elif not text and sort == RELEVANCE:
            sort = "name"
        self._change(replace(self._query, text=text, sort=sort, descending=descending))

    def set_sort(self, sort: str, descending: bool) -> None:
        self._change(replace(self._query, sort=sort, descending=descending))

    def set_filters(self, filters: OrganisationFilter) -> None:
        self._change(replace(self._query, filters=filters))

    def id_at(self, row: int) -> int | None:
        """The database id of a loaded row; None while the row is still being fetched."""
        summary = self._summary(row) if 0 <= row < self._row_count else None
        return summary.id if summary is not None else None

    def _change(self, query: Query) -> None:
        if replace(query, hits=()) != replace(self._query, hits=()):
            self._query = query
            self.reload()

    # --- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section] if 0 <= section < len(self._titles) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the database's job; columns it cannot sort by are left as they are."""
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is not None:
            self.set_sort(key, order == Qt.SortOrder.DescendingOrder)

    def sort_column(self) -> int:
        """The column sorted by; -1 while a search lists the best match first."""
        return next((column for column, key in SORT_KEYS.items() if key == self._query.sort), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks a dozen roles of every cell it paints; the ones never answered go first.
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < self._row_count:
            return None
        summary = self._summary(row)
        if role == Roles.LOADED:
            return summary is not None
        if summary is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == Column.NAME:
                return self._loading_text
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(Qt.GlobalColor.gray)
            return None
        return self._value(summary, Column(index.column()), role)

    # --- internals --------------------------------------------------------------------------

    def _value(self, summary: OrganisationSummary, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(summary, column)
        if role == Roles.ID:
            return summary.id
        if role == Roles.KIND:
            return summary.kind
        if role == Roles.ORIGIN:
            return summary.origin
        if role == Roles.NAME:
            return summary.name
        demo = summary.origin == "demo"
        if role == Qt.ItemDataRole.BackgroundRole and demo:
            return QBrush(DEMO_TINT)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, for narrow columns
            return self._labels.with_demo_hint(self._text(summary, column), demo) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SME:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, summary: OrganisationSummary, column: Column) -> str:
        labels = self._labels
        match column:
            case Column.NAME:
                name = labels.organisation(summary.name, summary.origin == "demo")
                found_by = self._found_by_text(self._matches.get(summary.id))
                return f"{name}  ({found_by})" if found_by else name
            case Column.SHORT_NAME:
                return summary.short_name or ""
            case Column.KIND:
                return labels.kind(summary.kind)
            case Column.TYPE:
                return labels.type(summary.type)
            case Column.CITY:
                return summary.city or ""
            case Column.PROVINCE:
                return labels.province(summary.province_code, self._provinces)
            case Column.SME:
                return labels.yes_no(summary.is_sme)
            case Column.ORIGIN:
                return labels.origin(summary.origin)

    def _found_by_text(self, hit: NameHit | None) -> str:
        """ "alias WUR", "similar name": how a search found a row, when not by its name as typed."""
        if hit is None or (hit.field == "name" and hit.how != How.SIMILAR):
            return ""
        return self._found_by[(hit.field, hit.how == How.SIMILAR)].replace("%1", hit.matched)

    def _summary(self, row: int) -> OrganisationSummary | None:
        block, offset = divmod(row, BLOCK_SIZE)
        rows = self._blocks.get(block)
        if rows is None:
            self._request(block)
            return None
        self._blocks.move_to_end(block)
        return rows[offset] if offset < len(rows) else None

    def _request(self, block: int) -> None:
        if self._reloading or block in self._requested:
            return  # the rows on screen belong to the previous query until the reload arrives
        self._requested.add(block)
        generation = self._generation
        self._run(
            partial(load_block, self._query, block),
            partial(self._block_loaded, generation, block),
            partial(self._load_failed, generation),
        )

    def _run(self, work: Callable[..., Any], on_success: Callable, on_failure: Callable) -> None:
        self._requests += 1
        self._run_operation(work, on_success, on_failure, priority=self._requests)

    def _first_loaded(self, generation: int, loaded: FirstLoad) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._reloading = False
        self._query = replace(self._query, hits=loaded.hits)  # blocks use the same hits
        self._matches = loaded.matches or {}
        self._row_count = loaded.count
        self._total = loaded.total
        self._provinces = loaded.provinces
        self._blocks.clear()
        self._requested = {0}
        self._blocks[0] = loaded.rows
        self.endResetModel()
        self.countsChanged.emit(self._row_count, self._total)

    def _block_loaded(self, generation: int, block: int, rows: list[OrganisationSummary]) -> None:
        if generation != self._generation:
            return
        self._blocks[block] = rows
        while len(self._blocks) > MAX_CACHED_BLOCKS:
            evicted, _ = self._blocks.popitem(last=False)
            self._requested.discard(evicted)
        first = block * BLOCK_SIZE
        last = min(first + BLOCK_SIZE, self._row_count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))

    def _load_failed(self, generation: int, error: BaseException, details: str) -> None:
        if generation != self._generation:
            return
        self._reloading = False  # a failed block stays requested: no retry storm while painting
        self.loadFailed.emit(error_message(error), details)
