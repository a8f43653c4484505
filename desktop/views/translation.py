"""Choosing the interface language (English or Dutch) and installing its translators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources
from desktop.views.settings_store import SettingsStore

LANGUAGES = ("en", "nl")
TRANSLATIONS_DIR = Path(resources.__file__).parent / "translations"

# The installed translators with their language, the latest last: the interface speaks the
# language of the latest, and code words (``desktop.services.words``) follow it.
_installed: list[tuple[QTranslator, str]] = []


def system_language(locale: QLocale | None = None) -> str:
    locale = locale or QLocale.system()
    return "nl" if locale.language() == QLocale.Language.Dutch else "en"


def chosen_language(settings: SettingsStore, locale: QLocale | None = None) -> str:
    """The language from the settings if one was chosen, else the system's (Dutch or English)."""
    value = settings.language
    return value if value in LANGUAGES else system_language(locale)


def interface_locale(language: str) -> QLocale:
    """Numbers and dates follow the interface language."""
    return QLocale("nl_NL" if language == "nl" else "en_GB")


def interface_language() -> str:
    """The language the installed translators speak: "en" or "nl" (English when none are)."""
    return _installed[-1][1] if _installed else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load HelixMatch's and Qt's own translations for ``language``. English has only the
    singular and plural forms of the strings with a count ("1 project", "2 projects").

    The translators are children of ``app``, so Qt owns them for as long as the application lives.
    """
    installed = []
    sources = [(f"helixmatch_{language}", str(TRANSLATIONS_DIR))]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        sources.append((f"qtbase_{language}", qt_folder))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
            _installed.append((translator, language))
        else:
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed[:] = [(t, language) for t, language in _installed if t not in translators]
