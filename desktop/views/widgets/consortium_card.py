"""One alternative consortium as a card: members with roles and what each covers, the helix
balance, the competences left open, the rule check, and the actions on it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.pictures.helix_picture import COMPACT_TILE_WIDTH, helix_scene
from desktop.views.context import AppContext
from desktop.views.labels import CodeLabels
from desktop.views.pictures.picture_view import PictureView
from desktop.views.pictures.words import helix_words
from desktop.views.reason_words import ReasonWords, fill
from desktop.views.row_table_model import KEY_ROLE, Row, RowTableModel
from desktop.views.widgets.style import emphasise, mute
from matching.kinds import HELIX_ORDER
from matching.model import Organisation
from matching.request import Consortium

CARD_WIDTH = 380
ORGANISATION_SHARE = 0.58  # of the member table's width beside the role; the rest for Covers
# (id, name) pairs of candidates that could take a member's place
SwapOptions = Callable[[int], list[tuple[int, str]]]


def helix_balance(consortium: Consortium, organisations: dict[int, Organisation]) -> str:
    labels = CodeLabels()
    counts = {kind: 0 for kind in HELIX_ORDER}
    for member in consortium.members:
        kind = organisations[member.id].kind
        counts[kind] = counts.get(kind, 0) + 1
    return " · ".join(f"{labels.kind(kind)} {count}" for kind, count in counts.items())


def member_rows(
    consortium: Consortium,
    organisations: dict[int, Organisation],
    demo: frozenset[int],
    words: ReasonWords,
) -> list[Row]:
    labels = words.labels
    rows = []
    for member in consortium.members:
        organisation = organisations[member.id]
        name = labels.organisation(organisation.name, member.id in demo)
        reasons = "\n".join(words.reason(r) for r in member.reasons)
        rows.append(
            Row(
                (
                    labels.member_roles.get(member.role, member.role),
                    name,
                    words.competences(member.covers) or "–",
                ),
                key=member.id,
                tooltip="\n".join(
                    part for part in (name, labels.type(organisation.type), reasons) if part
                ),
                demo=member.id in demo,
            )
        )
    return rows


class ConsortiumCard(QFrame):
    pinRequested = Signal(int)
    unpinRequested = Signal(int)
    dropRequested = Signal(int)
    swapRequested = Signal(int, int, str)  # member out, organisation in, its name ("": a candidate)
    saveRequested = Signal()

    def __init__(
        self,
        number: int,
        consortium: Consortium,
        organisations: dict[int, Organisation],
        demo: frozenset[int],
        words: ReasonWords,
        instrument: str | None,
        swap_options: SwapOptions,
        context: AppContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.consortium = consortium
        self._swap_options = swap_options
        self._context = context  # the swap dialog searches every organisation
        self._organisations = organisations
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)

        self.title_label = QLabel(
            fill(self.tr("Alternative %1 · score %2"), number, f"{consortium.score:.2f}")
        )
        emphasise(self.title_label, 1.1)
        layout.addWidget(self.title_label)
        balance = helix_balance(consortium, organisations)
        self.balance = PictureView("helix-balance")
        self.balance.set_builder(
            partial(
                helix_scene,
                [(organisations[m.id].kind, organisations[m.id].type) for m in consortium.members],
                helix_words(words.labels),
                tile_width=COMPACT_TILE_WIDTH,
            )
        )
        self.balance.setToolTip(balance)
        self.balance.setAccessibleName(self.tr("Helix balance"))
        self.balance.setAccessibleDescription(balance)
        layout.addWidget(self.balance)

        self.model = RowTableModel(
            [self.tr("Role"), self.tr("Organisation"), self.tr("Covers")], self
        )
        self.model.set_rows(member_rows(consortium, organisations, demo, words))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Long names and competences wrap rather than being cut off: the columns get their
        # widths here, from the card's fixed width, so that the rows can be fitted at once.
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        margins = layout.contentsMargins()
        inner = CARD_WIDTH - margins.left() - margins.right() - 2 * self.table.frameWidth()
        role = max(self.table.sizeHintForColumn(0), header.sectionSizeHint(0))
        organisation = round((inner - role) * ORGANISATION_SHARE)
        for column, width in enumerate((role, organisation, inner - role - organisation)):
            header.resizeSection(column, width)
        for bar in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if bar == Qt.Orientation.Horizontal:
                self.table.setHorizontalScrollBarPolicy(policy)
            else:
                self.table.setVerticalScrollBarPolicy(policy)
        self.table.resizeRowsToContents()
        height = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        self.table.setFixedHeight(height + header.sizeHint().height() + 2 * self.table.frameWidth())
        layout.addWidget(self.table)
        self.why_label = QLabel()
        self.why_label.setWordWrap(True)
        mute(self.why_label)
        layout.addWidget(self.why_label)
        self._words = words
        self._organisations = organisations
        self._demo = demo
        self.table.selectionModel().selectionChanged.connect(self._show_why)
        self.table.selectRow(0)

        if consortium.uncovered:
            open_text = fill(self.tr("Open: %1"), words.competences(consortium.uncovered))
        else:
            open_text = self.tr("Every competence of the request is covered.")
        self.open_label = QLabel(open_text)
        self.open_label.setWordWrap(True)
        layout.addWidget(self.open_label)
        self.rules_label = QLabel(self._rule_check(consortium, words, instrument))
        self.rules_label.setWordWrap(True)
        layout.addWidget(self.rules_label)
        layout.addStretch(1)

        self.pin_button = QPushButton()
        self._pinned: frozenset[int] = frozenset()  # members the next run keeps
        self.drop_button = QPushButton(self.tr("Drop"))
        self.drop_button.setToolTip(
            self.tr("Leave the selected member out and run again (Delete in the member list)")
        )
        self.swap_button = QPushButton(self.tr("Swap in"))  # looks like its neighbours
        self.swap_button.setToolTip(
            self.tr("Replace the selected member by a candidate or any organisation you name")
        )
        self.swap_menu = QMenu(self.swap_button)
        self.swap_menu.aboutToShow.connect(self._fill_swap_menu)
        self.swap_button.setMenu(self.swap_menu)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save this consortium as a draft"))
        self.pin_button.clicked.connect(self._pin_or_unpin)
        self.table.selectionModel().selectionChanged.connect(self._show_pin)
        self._show_pin()
        self.drop_button.clicked.connect(lambda: self._emit_for_selected(self.dropRequested))
        drop_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        drop_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        drop_key.activated.connect(self.drop_button.click)
        self.save_button.clicked.connect(self.saveRequested)
        buttons = QHBoxLayout()
        for button in (self.pin_button, self.drop_button, self.swap_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.insertLayout(1, buttons)  # under the title: in view however long the card is

    def _rule_check(
        self, consortium: Consortium, words: ReasonWords, instrument: str | None
    ) -> str:
        if instrument is None:
            return self.tr("No instrument chosen: no rules to check.")
        lines = [words.violation(v) for v in consortium.violations]
        if not lines:
            lines = [fill(self.tr("Meets the rules of %1."), words.instrument(instrument))]
        if consortium.unchecked:
            lines.append(words.unchecked(consortium.unchecked))
        return "\n".join(lines)

    def set_pinned(self, pinned: frozenset[int]) -> None:
        self._pinned = pinned
        self._show_pin()

    def _show_pin(self) -> None:
        """Pin for a member the next run may leave out, Unpin for one it keeps."""
        if self.selected_member() in self._pinned:
            self.pin_button.setText(self.tr("Unpin"))
            self.pin_button.setToolTip(
                self.tr("No longer keep the selected member in the next run")
            )
        else:
            self.pin_button.setText(self.tr("Pin"))
            self.pin_button.setToolTip(self.tr("Keep the selected member in the next run"))

    def _pin_or_unpin(self) -> None:
        pinned = self.selected_member() in self._pinned
        self._emit_for_selected(self.unpinRequested if pinned else self.pinRequested)

    def _show_why(self) -> None:
        member = self.selected_member()
        found = next((m for m in self.consortium.members if m.id == member), None)
        if found is None:
            self.why_label.clear()
            return
        name = self._words.labels.organisation(
            self._organisations[found.id].name, found.id in self._demo
        )
        reasons = self._words.reasons(found.reasons) or self.tr("pinned by you")
        text = fill(self.tr("Why %1: %2"), name, reasons)
        if found.covers:
            text += "\n" + fill(self.tr("Covers: %1"), self._words.competences(found.covers))
        self.why_label.setText(text)

    def selected_member(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], KEY_ROLE) if rows else None

    def select_member(self, organisation_id: int) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.key == organisation_id:
                self.table.selectRow(row)

    def _emit_for_selected(self, signal: Signal) -> None:
        member = self.selected_member()
        if member is not None:
            signal.emit(member)

    def swap_choices(self) -> list[tuple[int, str]]:
        member = self.selected_member()
        return [] if member is None else self._swap_options(member)

    def _fill_swap_menu(self) -> None:
        self.swap_menu.clear()
        member = self.selected_member()
        choices = self.swap_choices()
        if not choices:
            self.swap_menu.addAction(self.tr("No candidate of the same kind")).setEnabled(False)
        for candidate, name in choices:
            action = self.swap_menu.addAction(name)
            action.triggered.connect(
                lambda _checked=False, c=candidate: self.swapRequested.emit(member, c, "")
            )
        self.swap_menu.addSeparator()
        other = self.swap_menu.addAction(self.tr("Another organisation…"))
        other.setEnabled(member is not None)
        other.triggered.connect(lambda: self._swap_in_another(member))

    def _swap_in_another(self, member: int) -> None:
        """A dialog to name any organisation of the database for ``member``'s place."""
        from desktop.views.widgets.swap_dialog import SwapDialog  # loads when first used

        dialog = SwapDialog(self._context, self._organisations[member].name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._swap_chosen(member, dialog.chosen()))
        dialog.open()

    def _swap_chosen(self, member: int, chosen: tuple[int, str] | None) -> None:
        if chosen is not None:
            self.swapRequested.emit(member, *chosen)
