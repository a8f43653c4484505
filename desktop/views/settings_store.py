"""Every setting the views keep between sessions, each under its key with its type and default.

The keys are those of earlier versions, so that a user's saved settings keep working.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, int)

HELIX_MODELS = ("triple", "quadruple")
MAX_RECENT = 8
FIRST_PAGE = "overview"
# The page keys of earlier versions that name a page under another key now.
RENAMED_PAGES = {"question": "desk"}


class WidgetState(StrEnum):
    """The kept layout of a window or widget (``saveGeometry``, ``saveState``), by its key."""

    MAIN_WINDOW_GEOMETRY = "main_window/geometry"
    MAIN_WINDOW_STATE = "main_window/state"
    BACKUPS_DIALOG_GEOMETRY = "backups_dialog/geometry"
    PICTURES_GEOMETRY = "consortium_pictures/geometry"
    ORGANISATIONS_HEADER = "organisations/header"
    ORGANISATIONS_SPLITTER = "organisations/splitter"
    CONSORTIA_SPLITTER = "consortia/splitter"
    MISSIONS_SPLITTER = "missions/splitter"
    DESK_SPLITTER = "question/splitter"
    MATCH_SPLITTER = "match/splitter"
    REGIONAL_SPLITTER = "regional/splitter"


@dataclass(frozen=True)
class MatchingDefaults:
    """What a new match request starts from (Settings > Matching)."""

    helix: str = "triple"
    size_min: int = 4
    size_max: int = 6
    top: int = 20
    whole_chain: bool = False


class Setting(Generic[T]):
    """One key holding a text or a number, read as the type of its default."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def __get__(self, store: SettingsStore, owner: type) -> T:
        return store.qsettings.value(self.key, self.default, type=type(self.default))

    def __set__(self, store: SettingsStore, value: T) -> None:
        store.qsettings.setValue(self.key, value)


class SettingsStore:
    """The settings of the views, read and written through typed attributes."""

    language = Setting("language", "")  # "" (or a code not shipped): the system's language
    import_folder = Setting("import/folder", "")
    mapping_folder = Setting("import/mapping_folder", "")
    export_format = Setting("export/format", "pdf")
    export_folder = Setting("export/folder", str(Path.home()))
    regional_export_folder = Setting("regional/export_folder", str(Path.home()))
    pictures_tab = Setting("consortium_pictures/tab", 0)

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    def sync(self) -> None:
        """Write the changes to disk now (before the process may end)."""
        self.qsettings.sync()

    @property
    def shown_page(self) -> str:
        """The key of the page shown at the last closing, in today's names."""
        key = self.qsettings.value("main_window/page", FIRST_PAGE, type=str)
        return RENAMED_PAGES.get(key, key)

    @shown_page.setter
    def shown_page(self, key: str) -> None:
        self.qsettings.setValue("main_window/page", key)

    def widget_state(self, which: WidgetState) -> QByteArray | None:
        """The kept state, or None when there is none."""
        state = self.qsettings.value(which)
        return state if isinstance(state, QByteArray) and not state.isEmpty() else None

    def set_widget_state(self, which: WidgetState, state: QByteArray) -> None:
        self.qsettings.setValue(which, state)

    @property
    def recent_databases(self) -> list[str]:
        """The database files opened lately, newest first."""
        value = self.qsettings.value("database/recent", [])
        if isinstance(value, str):  # QSettings gives one string for a one-element list
            value = [value]
        return [str(location) for location in value or []]

    def remember_database(self, location: str) -> None:
        listed = [location, *(old for old in self.recent_databases if old != location)]
        self.qsettings.setValue("database/recent", listed[:MAX_RECENT])

    def last_database(self) -> str | None:
        """The URL of the database file opened last, if that file is still there."""
        recent = self.recent_databases
        if recent and Path(recent[0]).is_file():
            return f"sqlite:///{recent[0]}"
        return None

    @property
    def matching_defaults(self) -> MatchingDefaults:
        """The kept defaults; each one out of range is the built-in one."""
        base = MatchingDefaults()
        value = self.qsettings.value
        helix = value("matching/helix", base.helix, type=str)
        size_min = value("matching/size_min", base.size_min, type=int)
        size_max = value("matching/size_max", base.size_max, type=int)
        top = value("matching/top", base.top, type=int)
        whole_chain = value("matching/whole_chain", base.whole_chain, type=bool)
        if helix not in HELIX_MODELS:
            helix = base.helix
        if not 1 <= size_min <= size_max <= 30:
            size_min, size_max = base.size_min, base.size_max
        if not 1 <= top <= 200:
            top = base.top
        return MatchingDefaults(helix, size_min, size_max, top, whole_chain)

    @matching_defaults.setter
    def matching_defaults(self, defaults: MatchingDefaults) -> None:
        self.qsettings.setValue("matching/helix", defaults.helix)
        self.qsettings.setValue("matching/size_min", defaults.size_min)
        self.qsettings.setValue("matching/size_max", defaults.size_max)
        self.qsettings.setValue("matching/top", defaults.top)
        self.qsettings.setValue("matching/whole_chain", defaults.whole_chain)
