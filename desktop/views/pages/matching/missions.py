"""Missions: the four societal themes and their missions with text and target year, the
organisations linked to each, and "find partners" that opens a match for the mission."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.matching.missions import (
    MissionRow,
    MissionsData,
    OrganisationSummary,
    load_missions,
    mission_organisations,
)
from desktop.views.context import AppContext
from desktop.views.labels import CodeLabels
from desktop.views.navigator import Navigator
from desktop.views.page_shortcuts import add_run_shortcuts
from desktop.views.pages.split_page import SplitPage
from desktop.views.reason_words import fill
from desktop.views.row_table_model import Row, RowTableModel
from desktop.views.settings_store import WidgetState
from desktop.views.widgets.row_table import read_only_table
from desktop.views.widgets.style import emphasise, mute

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class MissionsPage(SplitPage):
    def __init__(
        self,
        context: AppContext,
        navigator: Navigator,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._navigator = navigator
        self._labels = CodeLabels()
        self.data: MissionsData | None = None

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Mission"), self.tr("Organisations")])
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._mission_chosen)
        self.tree.itemActivated.connect(lambda item, _column: self.find_partners())

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        emphasise(self.title_label, 1.25)
        self.facts_label = QLabel()
        mute(self.facts_label)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.find_button = QPushButton(self.tr("&Find partners for this mission"))
        self.find_button.setToolTip(self.tr("Open Match with this mission (Ctrl+Return)"))
        self.find_button.clicked.connect(self.find_partners)
        self.find_button.setEnabled(False)
        self.organisations = RowTableModel(
            [self.tr("Organisation"), self.tr("Type"), self.tr("Province")], self
        )
        self.table = read_only_table(self.organisations)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.linked_label = QLabel()
        self.linked_label.setWordWrap(True)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.facts_label)
        detail_layout.addWidget(self.text_label)
        button_row = QHBoxLayout()
        button_row.addWidget(self.find_button)
        button_row.addStretch(1)
        detail_layout.addLayout(button_row)
        detail_layout.addSpacing(8)
        detail_layout.addWidget(self.linked_label)
        detail_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 700])
        self.set_body(
            self.tr("Missions"),
            self.tr(
                "The missions of the four societal themes, each with its target year, and "
                "the organisations that work on them."
            ),
            self.splitter,
            WidgetState.MISSIONS_SPLITTER,
        )
        add_run_shortcuts(self, self.find_partners)

    def activate(self) -> None:
        if self.data is None:
            self.refresh()

    def refresh(self) -> None:
        self._context.run(load_missions, self._show, key="missions")

    def _theme_name(self, row: MissionRow) -> str:
        english = self._context.language != "nl" and self.data is not None
        return (
            self.data.themes_en.get(row.theme_code, row.theme_name) if english else row.theme_name
        )

    def _show(self, data: MissionsData) -> None:
        current = self.current_mission()
        self.data = data
        self.tree.clear()
        themes: dict[str, QTreeWidgetItem] = {}
        for row in data.missions:
            theme = themes.get(row.theme_code)
            if theme is None:
                theme = QTreeWidgetItem([self._theme_name(row), ""])
                font = theme.font(0)
                font.setBold(True)
                theme.setFont(0, font)
                theme.setFlags(theme.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                themes[row.theme_code] = theme
                self.tree.addTopLevelItem(theme)
            item = QTreeWidgetItem(
                [f"{row.code}  {row.title}", self._context.number(data.counts.get(row.code, 0))]
            )
            item.setData(0, CODE_ROLE, row.code)
            item.setToolTip(0, row.title)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            theme.addChild(item)
        self.tree.expandAll()
        self.select_mission(current or (data.missions[0].code if data.missions else None))
        self.statusMessage.emit(
            ", ".join(
                (
                    self.tr("%n theme(s)", "", len(themes)),
                    self.tr("%n mission(s)", "", len(data.missions)),
                )
            )
        )

    def current_mission(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, CODE_ROLE) if item is not None else None

    def select_mission(self, code: str | None) -> None:
        for index in range(self.tree.topLevelItemCount()):
            theme = self.tree.topLevelItem(index)
            for child in range(theme.childCount()):
                item = theme.child(child)
                if item.data(0, CODE_ROLE) == code:
                    self.tree.setCurrentItem(item)
                    return

    def _mission_chosen(self) -> None:
        code = self.current_mission()
        row = next((m for m in self.data.missions if m.code == code), None) if self.data else None
        self.find_button.setEnabled(row is not None)
        if row is None:
            return
        self.title_label.setText(f"{row.code} · {row.title}")
        year = fill(self.tr("target year %1"), row.target_year) if row.target_year else ""
        self.facts_label.setText(" · ".join(p for p in (self._theme_name(row), year) if p))
        self.text_label.setText(row.text)
        self.organisations.set_rows([])
        self.linked_label.setText(self.tr("Loading…"))
        self._context.run(
            partial(mission_organisations, mission_code=code),
            lambda found: self._show_organisations(code, found),
            key="mission-organisations",
        )

    def _show_organisations(self, code: str, found: list[OrganisationSummary]) -> None:
        provinces = self.data.provinces if self.data else {}
        self.organisations.set_rows(
            [
                Row(
                    (
                        s.name,
                        self._labels.type(s.type),
                        self._labels.province(s.province_code, provinces),
                    ),
                    key=s.id,
                )
                for s in found
            ]
        )
        self.table.setVisible(bool(found))
        if found:
            self.linked_label.setText(
                self.tr("%Ln organisation(s) work on this mission:", "", len(found))
            )
        else:
            self.linked_label.setText(
                self.tr(
                    "No organisation is linked to this mission yet. Find partners matches on "
                    "the mission's text, so it suggests organisations all the same."
                )
            )

    @Slot()
    def find_partners(self) -> None:
        code = self.current_mission()
        if code is not None:
            self._navigator.findPartnersForMission.emit(code)
