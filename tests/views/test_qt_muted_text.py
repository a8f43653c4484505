"""Secondary text stays readable when the application's palette changes while it is shown."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from desktop.views.widgets.style import mute


def lightness(label: QLabel) -> int:
    return label.palette().color(QPalette.ColorRole.WindowText).lightness()


def test_muted_text_follows_a_switch_to_a_dark_palette(qtbot, qapp):
    label = QLabel("Why Deltares: projects on the topic")
    qtbot.addWidget(label)
    mute(label)
    light_text = lightness(label)
    original = QApplication.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, QColor("#232629"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    try:
        QApplication.setPalette(dark)
        qtbot.waitUntil(lambda: lightness(label) > 128)
        assert lightness(label) < QColor("#eeeeee").lightness()  # still muted, now light
    finally:
        QApplication.setPalette(original)
    qtbot.waitUntil(lambda: lightness(label) == light_text)
