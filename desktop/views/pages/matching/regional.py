"""Regional matching for ROM staff: choose SMEs (a province and topsector, or a selection), match
each in one run, review the best knowledge partners and partner SMEs for an MIT R&D
collaboration in one sortable table, turn rows into consortium drafts, export to Excel."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.matching.regional import (
    INSTRUMENT,
    RegionalMatch,
    SmeChoice,
    choose_smes,
    match_smes,
    regional_draft,
)
from desktop.services.progress import TaskState
from desktop.services.reference.code_names import CodeNames
from desktop.services.user_error import UserError
from desktop.views.error_reporting import show_unexpected
from desktop.views.page_shortcuts import add_run_shortcuts
from desktop.views.pages.matching.match_form import fill_combo
from desktop.views.pages.matching.shared_engine import MatchingServices
from desktop.views.pages.split_page import SplitPage
from desktop.views.reason_words import ReasonWords, fill
from desktop.views.row_table_model import SORT_ROLE, Row, RowTableModel
from desktop.views.settings_store import WidgetState
from desktop.views.widgets.fitted_columns import FittedColumns
from desktop.views.widgets.row_table import read_only_table
from desktop.views.widgets.run_bar import RunBar

WHY_LINES = 3  # lines of the chosen match's why in view below the table


def _table(model, *, sortable: bool = False) -> QTableView:
    table = read_only_table(model)
    if sortable:
        proxy = QSortFilterProxyModel(table)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table.setModel(proxy)
        table.setSortingEnabled(True)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def _source_rows(table: QTableView) -> list[int]:
    """Rows of the model under the table's proxy (if any) that are selected."""
    model = table.model()
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    if isinstance(model, QSortFilterProxyModel):
        return [model.mapToSource(model.index(row, 0)).row() for row in rows]
    return rows


class RegionalPage(SplitPage):
    def __init__(self, services: MatchingServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._context = services.context
        self.words: ReasonWords | None = None
        self.matches: list[RegionalMatch] = []
        self._names: dict[int, str] = {}

        self.province = QComboBox()
        self.topsector = QComboBox()
        for combo in (self.province, self.topsector):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_button = QPushButton(self.tr("&Show SMEs"))
        self.show_button.clicked.connect(self.show_smes)
        filters = QHBoxLayout()
        province_label = QLabel(self.tr("&Province"))
        province_label.setBuddy(self.province)
        topsector_label = QLabel(self.tr("&Topsector"))
        topsector_label.setBuddy(self.topsector)
        for widget in (province_label, self.province, topsector_label, self.topsector):
            filters.addWidget(widget)
        filters.addWidget(self.show_button)
        filters.addStretch(1)
        self.filters = QWidget()
        self.filters.setLayout(filters)
        self.filters.setEnabled(False)

        self.smes = RowTableModel(
            [self.tr("SME"), self.tr("City"), self.tr("Province"), self.tr("Topsectors")], self
        )
        self.sme_table = _table(self.smes)
        self.sme_table.horizontalHeader().resizeSection(0, 320)
        self.sme_count = QLabel()
        self.match_button = QPushButton(self.tr("&Match SMEs"))
        self.match_button.setToolTip(
            self.tr("Match the selected SMEs, or all listed when none is selected (Ctrl+Return)")
        )
        self.match_button.setEnabled(False)
        self.match_button.clicked.connect(self.match)
        self.run_bar = RunBar(self._context, "regional", self)
        self.run_bar.runningChanged.connect(self._running)
        sme_box = QGroupBox(self.tr("SMEs to match"))
        sme_layout = QVBoxLayout(sme_box)
        sme_layout.addWidget(self.filters)
        sme_layout.addWidget(self.sme_table, 1)
        sme_row = QHBoxLayout()
        sme_row.addWidget(self.sme_count, 1)
        sme_row.addWidget(self.match_button)
        sme_layout.addLayout(sme_row)
        sme_layout.addWidget(self.run_bar)

        self.results = RowTableModel(
            [
                self.tr("SME"),
                self.tr("Province"),
                self.tr("Knowledge partners"),
                self.tr("Partner SMEs"),
                self.tr("MIT R&D"),
                self.tr("Score"),
                self.tr("Why"),
            ],
            self,
        )
        self.result_table = _table(self.results, sortable=True)
        # Names, partners and the why give way so that the why stays in view.
        self.result_columns = FittedColumns(self.result_table, flexible=(0, 2, 3, 6))
        # The chosen row's why in full, which its column cuts short; a few lines, then it scrolls.
        self.result_why = QPlainTextEdit()
        self.result_why.setReadOnly(True)
        lines = self.result_why.fontMetrics().lineSpacing() * WHY_LINES
        margins = 2 * (self.result_why.frameWidth() + self.result_why.document().documentMargin())
        self.result_why.setMaximumHeight(round(lines + margins))
        self.result_why.hide()  # until a match is chosen
        self.result_table.selectionModel().currentRowChanged.connect(self._show_why)
        self.drafts_button = QPushButton(self.tr("Make consortium &drafts"))
        self.drafts_button.setToolTip(self.tr("One MIT R&D draft for each selected row"))
        self.drafts_button.clicked.connect(self.make_drafts)
        self.export_button = QPushButton(self.tr("&Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        for button in (self.drafts_button, self.export_button):
            button.setEnabled(False)
        self.result_message = QLabel()
        self.result_message.setWordWrap(True)
        results_box = QGroupBox(self.tr("Matches"))
        results_layout = QVBoxLayout(results_box)
        results_layout.addWidget(self.result_table, 1)
        results_layout.addWidget(self.result_why)
        actions = QHBoxLayout()
        actions.addWidget(self.result_message, 1)
        actions.addWidget(self.drafts_button)
        actions.addWidget(self.export_button)
        results_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(sme_box)
        splitter.addWidget(results_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.set_body(
            self.tr("Regional matching"),
            self.tr(
                "For each SME of a region: the best knowledge partners and one or two "
                "independent SMEs for an MIT R&D collaboration. A region is a preference, "
                "never a wall."
            ),
            splitter,
            WidgetState.REGIONAL_SPLITTER,
        )
        add_run_shortcuts(self, self.match, self.run_bar.cancel)

    # --- choosing SMEs -------------------------------------------------------------------------

    def activate(self) -> None:
        if self.words is None:
            self._services.with_names(self._names_loaded)

    def _names_loaded(self, names: CodeNames) -> None:
        if self.words is not None:
            return
        self.words = ReasonWords(names, self._context.language, self._name, self._context.locale)
        fill_combo(self.province, self.tr("Any province"), list(names.provinces.items()))
        fill_combo(
            self.topsector,
            self.tr("Any topsector"),
            [(code, self.words.topsector(code)) for code in names.topsectors],
        )
        self.filters.setEnabled(True)
        self.show_smes()

    def _name(self, organisation_id: int) -> str:
        return self._names.get(organisation_id, f"#{organisation_id}")

    @Slot()
    def show_smes(self) -> None:
        province, topsector = self.province.currentData(), self.topsector.currentData()
        self._context.run(
            partial(choose_smes, province=province, topsector=topsector),
            self._show_smes,
            key="regional-smes",
        )

    def _show_smes(self, found: SmeChoice) -> None:
        smes, demo, any_smes = found.smes, found.demo, found.any_smes
        words = self.words
        assert words is not None
        self.smes.set_rows(
            [
                Row(
                    (
                        words.labels.organisation(s.name, s.id in demo),
                        s.city or "",
                        words.names.region(s.province_code) if s.province_code else "",
                        ", ".join(words.topsector(t) for t in s.topsectors),
                    ),
                    key=s.id,
                    demo=s.id in demo,
                )
                for s in smes
            ]
        )
        if smes:
            count = self.tr("%Ln SME(s). Select some, or match them all.", "", len(smes))
        elif any_smes:
            count = self.tr("No SME matches these filters.")
        else:
            count = self.tr(
                "No company in the database is marked as an SME. Mark the SMEs in their "
                "details on the Organisations page, or import your list of SMEs (File > Import "
                "organisations)."
            )
        self.sme_count.setText(count)
        self.match_button.setEnabled(bool(smes) and not self.run_bar.is_running())

    # --- matching ------------------------------------------------------------------------------

    def _running(self, running: bool) -> None:
        self.match_button.setDisabled(running or self.smes.rowCount() == 0)
        self.filters.setDisabled(running)

    @Slot()
    def match(self) -> None:
        rows = _source_rows(self.sme_table) or list(range(self.smes.rowCount()))
        ids = [self.smes.row_at(r).key for r in rows]
        if not ids or self.words is None:
            return
        services = self._services

        def work(state: TaskState) -> tuple[list[RegionalMatch], frozenset[int]]:
            matches = match_smes(services.matcher, ids, state)
            return matches, services.matcher.demo_among(i for m in matches for i in m.organisations)

        self.run_bar.run(
            self.tr("Matching %Ln SME(s)…", "", len(ids)), work, self._show_matches, self._failed
        )

    def _failed(self, error: BaseException, details: str) -> None:
        show_unexpected(self, error, details, title=self.tr("Regional matching failed"))

    def _names_of(self, candidates) -> str:
        return "\n".join(self._name(c.id) for c in candidates)

    def _show_matches(self, found: tuple[list[RegionalMatch], frozenset[int]]) -> None:
        matches, demo = found
        words = self.words
        assert words is not None
        self.matches = matches
        for match in matches:
            self._names.update(
                {
                    i: words.labels.organisation(o.name, i in demo)
                    for i, o in match.organisations.items()
                }
            )
        rows = []
        for match in matches:
            violations = [words.violation(v) for v in match.violations]
            why = [
                f"{self._name(c.id)}: {words.reasons(c.reasons, 3)}"
                for c in match.knowledge + match.partners
            ]
            province = match.sme.province
            rows.append(
                Row(
                    (
                        self._name(match.sme.id),
                        words.names.region(province) if province else "",
                        ", ".join(self._name(c.id) for c in match.knowledge),
                        ", ".join(self._name(c.id) for c in match.partners),
                        words.labels.yes_no(not violations),
                        f"{match.score:.2f}",
                        " | ".join(why),
                    ),
                    key=match.sme.id,
                    tooltip="\n".join(violations + why),
                    sort=(None, None, None, None, not violations, match.score),
                    demo=match.sme.id in demo,
                )
            )
        self.results.set_rows(rows)
        self._show_why(QModelIndex(), QModelIndex())  # a new run: no match chosen yet
        self.result_table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        for button in (self.drafts_button, self.export_button):
            button.setEnabled(bool(rows))
        self.result_message.setText(self.tr("%Ln SME(s) matched.", "", len(rows)))
        self.statusMessage.emit(self.result_message.text())

    @Slot(QModelIndex, QModelIndex)
    def _show_why(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.result_why.setVisible(current.isValid())
        if not current.isValid():
            self.result_why.clear()
            return
        sme = current.siblingAtColumn(0).data()
        why = str(current.data(Qt.ItemDataRole.ToolTipRole) or "").replace("\n", "; ")
        self.result_why.setPlainText(fill(self.tr("Why %1: %2"), sme, why))

    # --- drafts and export -----------------------------------------------------------------

    def selected_matches(self) -> list[RegionalMatch]:
        return [self.matches[r] for r in _source_rows(self.result_table)]

    @Slot()
    def make_drafts(self) -> None:
        chosen = self.selected_matches()
        words = self.words
        if not chosen or words is None:
            self.result_message.setText(self.tr("Select the rows to turn into drafts first."))
            return
        drafts = []
        for match in chosen:
            title = fill(self.tr("MIT R&D collaboration of %1"), match.sme.name)
            drafts.append(regional_draft(match, title))
        matcher = self._services.matcher
        self._context.tasks.call(
            lambda: [matcher.save(d) for d in drafts],
            lambda ids: self.result_message.setText(
                fill(
                    self.tr("%n consortium draft(s) made (instrument %1).", "", len(ids)),
                    words.instrument(INSTRUMENT),
                )  # fmt: skip
            ),
            lambda error, details: show_unexpected(
                self, error, details, title=self.tr("The drafts were not made")
            ),
        )

    def export_rows(self) -> tuple[list[str], list[list[str]]]:
        """The table as shown (sorted), with names one per line in their cells."""
        proxy = self.result_table.model()
        headers = [self.results.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
        rows = []
        for row in range(proxy.rowCount()):
            source = proxy.mapToSource(proxy.index(row, 0)).row()
            match, shown = self.matches[source], self.results.row_at(source)
            cells = list(shown.cells)
            cells[2] = self._names_of(match.knowledge)
            cells[3] = self._names_of(match.partners)
            cells[6] = shown.tooltip
            rows.append(cells)
        return headers, rows

    @Slot()
    def export(self) -> None:
        """Ask where to save the table, then save it there."""
        folder = self._context.settings.regional_export_folder
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to Excel"),
            str(Path(folder) / self.tr("regional-matching.xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        self._context.settings.regional_export_folder = str(target.parent)
        headers, rows = self.export_rows()
        sheet = self.tr("Regional matching")
        from desktop.services.exporting.table import write_xlsx  # openpyxl loads when first needed

        self._context.tasks.call(
            lambda: write_xlsx(target, sheet, headers, rows),
            lambda _none: self.result_message.setText(
                fill(self.tr("Exported %Ln row(s) to %1.", "", len(rows)), str(target))
            ),
            self._export_failed,
        )

    def _export_failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, UserError):
            self.result_message.setText(str(error))
        else:
            show_unexpected(self, error, details, title=self.tr("The export failed"))
