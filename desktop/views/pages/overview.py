"""Overview: what the database holds (organisations per helix kind, province and origin;
consortia per status), the recent consortia and questions, and buttons for the next steps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.overview import RECENT, OverviewData, load_overview
from desktop.views.context import AppContext
from desktop.views.labels import CodeLabels
from desktop.views.navigator import Navigator
from desktop.views.pages.base import Page
from desktop.views.pictures.dashboard import DashboardPanel
from desktop.views.widgets.count_table import CountTable
from desktop.views.widgets.page_header import PageHeader
from desktop.views.widgets.style import emphasise, mute
from matching.codes import ConsortiumStatus, Origin
from matching.kinds import HELIX_ORDER


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
    def __init__(
        self, context: AppContext, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._navigator = navigator
        self._labels = CodeLabels()
        self.data: OverviewData | None = None

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(
            PageHeader(
                self.tr("Overview"),
                self.tr(
                    "What the database holds, what you worked on lately, and where to go next."
                ),
            )
        )
        steps = QHBoxLayout()
        steps.setSpacing(8)
        self.step_buttons: dict[str, QPushButton] = {}
        for key, text, tip, go in (
            ("new_organisation", self.tr("Add an organisation"), "Ctrl+N",
             navigator.newOrganisation.emit),
            ("desk", self.tr("Take in a question"), "Ctrl+4",
             lambda: navigator.showPage.emit("desk")),
            ("match", self.tr("Find partners"), "Ctrl+5",
             lambda: navigator.showPage.emit("match")),
            ("new_consortium", self.tr("Start a consortium"), "Ctrl+Shift+N",
             navigator.newConsortium.emit),
        ):  # fmt: skip
            button = QPushButton(text)
            button.setToolTip(f"{text} ({tip})")
            button.clicked.connect(lambda _checked=False, go=go: go())
            steps.addWidget(button)
            self.step_buttons[key] = button
        steps.addStretch(1)
        layout.addLayout(steps)

        figures = QHBoxLayout()
        figures.setSpacing(12)
        self.organisations_figure = _Figure(self.tr("Organisations"))
        self.projects_figure = _Figure(self.tr("Projects"))
        self.participations_figure = _Figure(self.tr("Project participations"))
        for figure in (self.organisations_figure, self.projects_figure, self.participations_figure):
            figures.addWidget(figure, 1)
        layout.addLayout(figures)

        self.status_table = CountTable(
            self.tr("Consortia per status"), self.tr("No consortia yet.")
        )
        self.recent_consortia = self._recent_list(self.tr("Recent consortia"))
        self.recent_questions = self._recent_list(self.tr("Recent questions"))
        self.recent_consortia.list.itemActivated.connect(self._consortium_activated)
        self.recent_questions.list.itemActivated.connect(self._question_activated)
        work = QHBoxLayout()
        work.setSpacing(12)
        work.addWidget(self.status_table, 1)
        work.addWidget(self.recent_consortia, 1)
        work.addWidget(self.recent_questions, 1)
        layout.addLayout(work)

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
        self.dashboard = DashboardPanel(context)
        self.dashboard.provinceChosen.connect(navigator.filterProvince)
        self.dashboard.organisationChosen.connect(navigator.openOrganisation)
        layout.addWidget(self.dashboard)
        layout.addStretch(1)

        self.set_scrolled_content(content)

    def _recent_list(self, title: str) -> QGroupBox:
        box = QGroupBox(title)
        box.list = QListWidget()
        box.list.setFrameShape(QFrame.Shape.NoFrame)
        box.list.setToolTip(self.tr("Double-click or press Enter to open"))
        box.list.setFixedHeight(box.list.fontMetrics().height() * RECENT + 24)
        box.empty = QLabel()
        mute(box.empty)
        box.empty.setWordWrap(True)
        inner = QVBoxLayout(box)
        inner.addWidget(box.list)
        inner.addWidget(box.empty)
        return box

    def _fill_recent(self, box: QGroupBox, items: list[tuple[int, str, str]], empty: str) -> None:
        box.list.clear()
        for key, text, tip in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(tip)
            box.list.addItem(item)
        box.list.setVisible(bool(items))
        box.empty.setText(empty)
        box.empty.setVisible(not items)

    @Slot(QListWidgetItem)
    def _consortium_activated(self, item: QListWidgetItem) -> None:
        self._navigator.openConsortium.emit(item.data(Qt.ItemDataRole.UserRole))

    @Slot(QListWidgetItem)
    def _question_activated(self, item: QListWidgetItem) -> None:
        self._navigator.openQuestion.emit(item.data(Qt.ItemDataRole.UserRole))

    def activate(self) -> None:
        self.refresh()  # counts change after imports elsewhere; they are cheap to fetch

    def refresh(self) -> None:
        self._context.run(load_overview, self._show, key="overview")
        self.dashboard.refresh()

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
            origins = list(Origin) + [o for o in numbers.by_origin if o not in tuple(Origin)]
            self.origin_table.set_counts(
                [(labels.origin(origin), numbers.by_origin.get(origin, 0)) for origin in origins],
                number,
            )
            self.province_table.set_counts(self._province_rows(data), number)
        self._show_work(data)
        self.statusMessage.emit(
            self.tr("Organisations: %1 · projects: %2")
            .replace("%1", number(numbers.organisations))
            .replace("%2", number(numbers.projects))
        )

    def _show_work(self, data: OverviewData) -> None:
        statuses = self._labels.consortium_statuses
        counts = {code: 0 for code in ConsortiumStatus}
        for row in data.consortia:
            counts[row.status] = counts.get(row.status, 0) + 1
        rows = [(statuses.get(code, code), n) for code, n in counts.items()]
        self.status_table.set_counts(rows if data.consortia else [], self._context.number)
        self._fill_recent(
            self.recent_consortia,
            [
                (row.id, f"{row.title} · {statuses.get(row.status, row.status)}", row.title)
                for row in data.consortia[:RECENT]
            ],
            self.tr("None yet: start one with Start a consortium, or from a match."),
        )
        question_statuses = self._labels.question_statuses
        self._fill_recent(
            self.recent_questions,
            [
                (
                    q.id,
                    f"{q.title} · {question_statuses.get(q.status, q.status)}",
                    f"{q.organisation_name}: {q.text}" if q.organisation_name else q.text,
                )
                for q in data.questions
            ],
            self.tr("None yet: an SME's question is taken in at the One-stop desk."),
        )

    def _province_rows(self, data: OverviewData) -> list[tuple[str, int]]:
        counts = data.statistics.by_province
        rows = [(name, counts.get(code, 0)) for code, name in data.provinces.items()]
        rows += [(code, n) for code, n in counts.items() if code and code not in data.provinces]
        rows.sort(key=lambda row: (-row[1], row[0]))
        if counts.get(""):
            rows.append((self._labels.no_province, counts[""]))
        return rows
