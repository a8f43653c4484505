"""Overview: how many organisations of each helix kind, province and origin; projects."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from desktop.models.organisation import ORIGINS
from desktop.models.repositories.regions import province_names
from desktop.models.repositories.stats import Statistics, statistics
from desktop.views.context import AppContext
from desktop.views.labels import CodeLabels
from desktop.views.pages.base import Page
from desktop.views.widgets.count_table import CountTable
from desktop.views.widgets.page_header import PageHeader
from desktop.views.widgets.style import emphasise, mute

HELIX_ORDER = ("company", "knowledge", "government", "society")


@dataclass(frozen=True)
class OverviewData:
    statistics: Statistics
    provinces: dict[str, str]


def load_overview(session: Session) -> OverviewData:
    return OverviewData(statistics(session), province_names(session))


class _Figure(QFrame):
    """One big number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value_label = QLabel("…")
        emphasise(self.value_label, 2.0)
        layout.addWidget(self.value_label)
        caption_label = QLabel(caption)
        mute(caption_label)
        layout.addWidget(caption_label)


class OverviewPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._labels = CodeLabels()
        self.data: OverviewData | None = None

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(
            PageHeader(
                self.tr("Overview"),
                self.tr("What the database holds: organisations per helix, province and origin."),
            )
        )

        figures = QHBoxLayout()
        figures.setSpacing(12)
        self.organisations_figure = _Figure(self.tr("Organisations"))
        self.projects_figure = _Figure(self.tr("Projects"))
        self.participations_figure = _Figure(self.tr("Project participations"))
        for figure in (self.organisations_figure, self.projects_figure, self.participations_figure):
            figures.addWidget(figure, 1)
        layout.addLayout(figures)

        none_yet = self.tr("No organisations yet.")
        self.kind_table = CountTable(self.tr("Per helix kind"), none_yet)
        self.origin_table = CountTable(self.tr("Per origin"), none_yet)
        self.province_table = CountTable(self.tr("Per province"), none_yet)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.kind_table)
        left.addWidget(self.origin_table)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.province_table)
        right.addStretch(1)
        tables = QHBoxLayout()
        tables.setSpacing(12)
        tables.addLayout(left, 1)
        tables.addLayout(right, 1)
        layout.addLayout(tables)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def activate(self) -> None:
        self.refresh()  # counts change after imports elsewhere; they are cheap to fetch

    def refresh(self) -> None:
        self._context.query(load_overview, self._show, key="overview")

    def _show(self, data: OverviewData) -> None:
        self.data = data
        numbers = data.statistics
        number = self._context.number
        labels = self._labels
        self.organisations_figure.value_label.setText(number(numbers.organisations))
        self.projects_figure.value_label.setText(number(numbers.projects))
        self.participations_figure.value_label.setText(number(numbers.participations))
        if numbers.organisations == 0:
            for table in (self.kind_table, self.origin_table, self.province_table):
                table.set_counts([], number)
        else:
            self.kind_table.set_counts(
                [(labels.kind(kind), numbers.by_kind.get(kind, 0)) for kind in HELIX_ORDER], number
            )
            origins = list(ORIGINS) + [o for o in numbers.by_origin if o not in ORIGINS]
            self.origin_table.set_counts(
                [(labels.origin(origin), numbers.by_origin.get(origin, 0)) for origin in origins],
                number,
            )
            self.province_table.set_counts(self._province_rows(data), number)
        self.statusMessage.emit(
            self.tr("Organisations: %1 · projects: %2")
            .replace("%1", number(numbers.organisations))
            .replace("%2", number(numbers.projects))
        )

    def _province_rows(self, data: OverviewData) -> list[tuple[str, int]]:
        counts = data.statistics.by_province
        rows = [(name, counts.get(code, 0)) for code, name in data.provinces.items()]
        rows += [(code, n) for code, n in counts.items() if code and code not in data.provinces]
        rows.sort(key=lambda row: (-row[1], row[0]))
        if counts.get(""):
            rows.append((self._labels.no_province, counts[""]))
        return rows
