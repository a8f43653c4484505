"""The database files opened lately, newest first, kept in the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "database/recent"
MAX_RECENT = 8


def recent_databases(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings gives one string for a one-element list
        value = [value]
    return [str(location) for location in value or []]


def last_database(settings: QSettings) -> str | None:
    """The URL of the database file opened last, if that file is still there."""
    recent = recent_databases(settings)
    if recent and Path(recent[0]).is_file():
        return f"sqlite:///{recent[0]}"
    return None


def remember_database(settings: QSettings, location: str) -> None:
    listed = [location, *(old for old in recent_databases(settings) if old != location)]
    settings.setValue(RECENT_KEY, listed[:MAX_RECENT])
