"""Dutch is shipped complete: every string translated, and the .qm compiled from the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop.views.labels import CodeLabels
from desktop.views.main_window import MainWindow
from desktop.views.translation import (
    TRANSLATIONS_DIR,
    chosen_language,
    install_translators,
    remove_translators,
)
from matching.kinds import HelixKind, OrganisationType

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = TRANSLATIONS_DIR / "helixmatch_nl.ts"
QM_FILE = TRANSLATIONS_DIR / "helixmatch_nl.qm"


def tool(name: str) -> str | None:
    beside_python = Path(sys.executable).parent / name
    return str(beside_python) if beside_python.exists() else shutil.which(name)


def unfinished(ts_file: Path) -> list[str]:
    """Sources whose translation is missing, unfinished or obsolete."""
    problems = []
    for message in ElementTree.parse(ts_file).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [translation.text or ""] if translation is not None else []
        if translation is not None and message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.iter("numerusform")]
        if translation is None or translation.get("type") or not all(t.strip() for t in texts):
            problems.append(source)
    return problems


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


def test_every_string_has_a_finished_dutch_translation():
    assert unfinished(TS_FILE) == []


def test_the_ts_file_covers_every_string_in_the_sources(tmp_path):
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "views").rglob("*.py"))
    subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    assert unfinished(copy) == [], "run resources/translations/update.sh and translate"


def test_the_qm_file_is_compiled_from_the_current_ts(tmp_path):
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / QM_FILE.name
    subprocess.run([lrelease, str(TS_FILE), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM_FILE.read_bytes(), "run resources/translations/update.sh"


def test_the_window_speaks_dutch(qtbot, context, dutch):
    window = MainWindow(context)
    qtbot.addWidget(window)
    labels = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert labels[:3] == ["Overzicht", "Organisaties", "Missies"]
    model = window.page("organisations").model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Naam"


def test_language_comes_from_the_settings_then_the_system(settings):
    dutch_system = QLocale("nl_NL")
    english_system = QLocale("en_US")
    assert chosen_language(settings, dutch_system) == "nl"
    assert chosen_language(settings, english_system) == "en"
    settings.language = "en"
    assert chosen_language(settings, dutch_system) == "en"
    settings.language = "nl"
    assert chosen_language(settings, english_system) == "nl"
    settings.language = "fr"  # not shipped: the system decides
    assert chosen_language(settings, english_system) == "en"


def test_every_organisation_type_and_kind_has_dutch_words(dutch):
    labels = CodeLabels()
    assert set(labels.types) == {t.value for t in OrganisationType}
    assert set(labels.kinds) == {k.value for k in HelixKind}
    assert labels.types["funder"] == "Financier"
    assert labels.types["state_body"] == "Overheidsorgaan"
