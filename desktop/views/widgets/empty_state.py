"""A calm, centred message for a page or list that has nothing to show yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.views.widgets.style import emphasise, mute

ICON_SIZE = 64
TEXT_WIDTH = 520


class EmptyState(QWidget):
    def __init__(
        self, icon: QIcon, title: str, text: str, note: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        column = QWidget()
        column.setMaximumWidth(TEXT_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        lines = QVBoxLayout(column)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(12)

        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE, QIcon.Mode.Disabled))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lines.addWidget(self.icon_label)
        self.title_label = self._paragraph(title)
        emphasise(self.title_label, 1.5)
        lines.addWidget(self.title_label)
        self.text_label = self._paragraph(text)
        lines.addWidget(self.text_label)
        self.note_label = self._paragraph(note)
        mute(self.note_label)
        self.note_label.setVisible(bool(note))
        lines.addWidget(self.note_label)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    @staticmethod
    def _paragraph(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
