"""What went wrong, written down: warnings and errors go to the terminal and to a log file in
the user's log folder (a few files of at most a megabyte, the oldest dropped)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

LOG_FILE_NAME = "helixmatch.log"
MAX_BYTES = 1_000_000
KEPT_FILES = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_folder() -> Path:
    return Path(user_log_dir("HelixMatch", appauthor=False))


def log_file() -> Path:
    return log_folder() / LOG_FILE_NAME


def start_log_file() -> RotatingFileHandler | None:
    """Log warnings and errors to the terminal and to the log file; None when the file cannot
    be written (the terminal still gets them)."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEPT_FILES, encoding="utf-8"
        )
    except OSError as error:
        logging.getLogger(__name__).warning("no log file at %s: %s", path, error)
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return handler


def stop_log_file(handler: RotatingFileHandler | None) -> None:
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()
