"""Small look-and-feel helpers shared by the widgets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

MUTED_SHARE = 0.62  # how much of the text colour a secondary line keeps
DEMO_TINT = QColor(255, 196, 0, 48)  # demonstration rows: a light amber wash for any theme


class _Muted(QObject):
    """Keeps a muted widget's colour in step when the application's palette changes (a switch
    to a dark theme while the window is open)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        palette = QApplication.palette(self._widget)
        text = palette.color(QPalette.ColorRole.WindowText)
        back = palette.color(QPalette.ColorRole.Window)
        blended = QColor(
            round(text.red() * MUTED_SHARE + back.red() * (1 - MUTED_SHARE)),
            round(text.green() * MUTED_SHARE + back.green() * (1 - MUTED_SHARE)),
            round(text.blue() * MUTED_SHARE + back.blue() * (1 - MUTED_SHARE)),
        )
        own = self._widget.palette()
        own.setColor(QPalette.ColorRole.WindowText, blended)
        self._widget.setPalette(own)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.apply()
        return False


def mute(widget: QWidget) -> None:
    """Secondary text: the text colour blended towards the background, still easy to read."""
    _Muted(widget)


def emphasise(widget: QWidget, scale: float) -> None:
    """A bold font ``scale`` times the widget's size, for titles and big numbers."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)
