"""Small look-and-feel helpers shared by the widgets."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

MUTED_SHARE = 0.62  # how much of the text colour a secondary line keeps


def mute(widget: QWidget) -> None:
    """Secondary text: the text colour blended towards the background, still easy to read."""
    palette = widget.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    blended = QColor(
        round(text.red() * MUTED_SHARE + back.red() * (1 - MUTED_SHARE)),
        round(text.green() * MUTED_SHARE + back.green() * (1 - MUTED_SHARE)),
        round(text.blue() * MUTED_SHARE + back.blue() * (1 - MUTED_SHARE)),
    )
    palette.setColor(QPalette.ColorRole.WindowText, blended)
    widget.setPalette(palette)


def emphasise(widget: QWidget, scale: float) -> None:
    """A bold font ``scale`` times the widget's size, for titles and big numbers."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)
