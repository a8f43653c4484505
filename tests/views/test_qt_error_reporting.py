"""An error nobody caught in a slot is logged and shown in a dialog, not lost in a terminal."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from desktop.services.lifecycle import logs
from desktop.views.error_reporting import errors_reported, show_unexpected


def test_an_uncaught_error_is_logged_and_shown(qtbot, monkeypatch, isolated_log_folder):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "desktop.views.error_reporting._report_dialog",
        lambda _parent, _title, message, details: shown.append((message, details)),
    )

    def broken_slot() -> None:
        raise ValueError("budget of member 3 is not a number")

    handler = logs.start_log_file()
    log_file = isolated_log_folder / logs.LOG_FILE_NAME
    hook = sys.excepthook
    try:
        with errors_reported():
            QTimer.singleShot(0, broken_slot)
            qtbot.waitUntil(lambda: bool(shown))
    finally:
        logs.stop_log_file(handler)
    assert sys.excepthook is hook
    message, details = shown[0]
    assert message == "budget of member 3 is not a number"
    assert "broken_slot" in details and str(log_file) in details
    written = log_file.read_text(encoding="utf-8")
    assert "ValueError: budget of member 3 is not a number" in written


def test_an_error_that_says_nothing_is_shown_by_its_kind(qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.views.error_reporting._report_dialog",
        lambda _parent, _title, message, _details: shown.append(message),
    )
    show_unexpected(None, KeyError(), "Traceback ...")
    show_unexpected(None, ValueError("no number"), "Traceback ...")
    assert shown == ["KeyError", "no number"]
