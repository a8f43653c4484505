"""The alternative consortia of a match: a list with one entry per alternative (score, lead,
helix balance, rule check) beside the chosen one as a full card. Every alternative is a click or
an arrow key away, also on a laptop screen where cards side by side would not fit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.views.widgets.consortium_card import CARD_WIDTH, ConsortiumCard, helix_balance
from matching.model import Organisation

LIST_CHARACTERS = (16, 30)  # the list's narrowest and widest, in average characters


class AlternativesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Alternative consortia"))
        narrowest, widest = (self.fontMetrics().averageCharWidth() * n for n in LIST_CHARACTERS)
        self.list.setMinimumWidth(narrowest)  # the list gives way before the card does
        self.list.setMaximumWidth(widest)
        self.list.setAlternatingRowColors(True)
        self.stack = QStackedWidget()
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        holder = QWidget()  # the card keeps its height at the top; a tall one scrolls
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.stack, 0, Qt.AlignmentFlag.AlignLeft)
        holder_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(holder)
        for plain in (self.scroll.viewport(), holder):  # the page's own background
            plain.setAutoFillBackground(False)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.scroll.setMinimumWidth(CARD_WIDTH + bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.scroll, 1)

    def set_cards(
        self,
        cards: list[ConsortiumCard],
        organisations: dict[int, Organisation],
        instrument: str | None,
    ) -> None:
        """Show these cards (the old ones go), the first one chosen."""
        while self.stack.count():
            old = self.stack.widget(0)
            self.stack.removeWidget(old)
            old.deleteLater()
        self.list.clear()
        for card in cards:
            self.stack.addWidget(card)
            item = QListWidgetItem(self._summary(card, organisations, instrument))
            item.setToolTip(card.balance.toolTip())
            self.list.addItem(item)
        if cards:
            self.list.setCurrentRow(0)

    def _summary(
        self, card: ConsortiumCard, organisations: dict[int, Organisation], instrument: str | None
    ) -> str:
        lines = [card.title_label.text()]
        roles = card.model.rows()
        lead = next((i for i, m in enumerate(card.consortium.members) if m.role == "lead"), None)
        if lead is not None:
            lines.append(f"{roles[lead].cells[0]}: {roles[lead].cells[1]}")
        lines.append(helix_balance(card.consortium, organisations))
        if instrument is not None:
            met = not card.consortium.violations
            lines.append(self.tr("Meets the rules") if met else self.tr("Rules not met"))
        return "\n".join(lines)

    def show_card(self, index: int) -> None:
        self.list.setCurrentRow(index)
        self.scroll.ensureVisible(0, 0)
