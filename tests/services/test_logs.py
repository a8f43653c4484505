"""The log file: warnings and errors are written down, and the file is let go afterwards."""

from __future__ import annotations

import logging

from desktop.services.lifecycle import logs


def test_warnings_and_errors_go_to_the_log_file(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(logs, "log_folder", lambda: tmp_path / "deep" / "logs")
    handler = logs.start_log_file()
    assert handler is not None
    try:
        logging.getLogger("desktop.test").info("routine")
        logging.getLogger("desktop.test").error("the disk is gone")
    finally:
        logs.stop_log_file(handler)
    written = (tmp_path / "deep" / "logs" / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "ERROR desktop.test: the disk is gone" in written
    assert "routine" not in written
    assert handler not in logging.getLogger().handlers


def test_a_log_folder_that_cannot_be_made_leaves_the_terminal(tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(logs, "log_folder", lambda: blocked / "logs")
    before = list(logging.getLogger().handlers)
    assert logs.start_log_file() is None
    assert logging.getLogger().handlers == before
