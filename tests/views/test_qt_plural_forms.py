"""Counts read right in both languages: "1 project", "2 projects", "1 vraag", "2 vragen".

Every string with a count goes through Qt's plural forms (``%n``); Dutch has them in
helixmatch_nl.ts, English in helixmatch_en.ts (which holds only those strings)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from desktop.models.queries.code_names import CodeNames
from desktop.models.queries.consortia import ConsortiumDraft, MemberDraft, create_consortium
from desktop.views.context import AppContext
from desktop.views.labels import CodeLabels
from desktop.views.pictures.words import helix_words
from desktop.views.reason_words import ReasonWords
from desktop.views.translation import (
    TRANSLATIONS_DIR,
    install_translators,
    interface_locale,
    remove_translators,
)
from matching.model import Violation
from tests.views.test_qt_consortia_page import sme_ids
from tests.views.test_qt_member_reasons import shown_page
from tests.views.test_qt_translation import ROOT, tool, unfinished

# A count beside a word that does not follow it: "1 projects", "1 project(s)", "1 vragen".
MIXED = re.compile(r"\(s\)|\(en\)|/consortia|/leden|\b1 (projects|vragen|leden|rows|SMEs)\b")


def messages(language: str) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(TRANSLATIONS_DIR / f"helixmatch_{language}.ts").getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def forms(message: ElementTree.Element) -> list[str]:
    return [form.text or "" for form in message.iter("numerusform")]


@pytest.fixture(params=["en", "nl"])
def language(request, qapp) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def test_every_string_with_a_count_has_a_singular_and_a_plural_in_both_languages() -> None:
    dutch, english = messages("nl"), messages("en")
    counted = {key for key, message in dutch.items() if message.get("numerus") == "yes"}
    assert counted and counted == set(english)
    for key in counted:
        for message in (dutch[key], english[key]):
            one, other = forms(message)
            assert one and other and not MIXED.search(one + other), key
    # a source that words a count as "(s)" is a plural form, never a plain string
    plain = [key for key, message in dutch.items() if message.get("numerus") != "yes"]
    assert [key for key in plain if MIXED.search(key[1])] == []


def test_each_count_in_the_sources_is_read_as_a_plural_form() -> None:
    """Qt's lupdate reads ``%n`` as a plural only from some calls (``self.tr(text, "", n)``,
    not ``translate(context, text, "", n)`` with a variable): each is in the .ts as a plural."""
    counted = {source for (_, source), m in messages("nl").items() if m.get("numerus") == "yes"}
    found = set()
    for path in (ROOT / "desktop" / "views").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= {s for s in re.findall(r'"([^"\n]*%L?n\b[^"\n]*)"', text)}
    assert {s for s in found if not any(s in c for c in counted)} == set()


def test_the_english_file_covers_every_count_and_its_qm_is_compiled(tmp_path: Path) -> None:
    lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
    if lupdate is None or lrelease is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts_file = TRANSLATIONS_DIR / "helixmatch_en.ts"
    copy = tmp_path / ts_file.name
    shutil.copyfile(ts_file, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "views").rglob("*.py"))
    subprocess.run(
        [lupdate, "-no-obsolete", "-pluralonly", "-locations", "none", *sources, "-ts", str(copy)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    assert unfinished(copy) == [], "run resources/translations/update.sh and translate"
    fresh = tmp_path / "helixmatch_en.qm"
    subprocess.run([lrelease, str(ts_file), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == (TRANSLATIONS_DIR / "helixmatch_en.qm").read_bytes()


@pytest.mark.parametrize(
    ("context", "source", "one", "two"),
    [
        ("RegionalPage", "%n consortium draft(s) made (instrument %1).",
         {"en": "1 consortium draft made", "nl": "1 consortiumconcept gemaakt"},
         {"en": "2 consortium drafts made", "nl": "2 consortiumconcepten gemaakt"}),
        ("DeskPage", "%n question(s)", {"en": "1 question", "nl": "1 vraag"},
         {"en": "2 questions", "nl": "2 vragen"}),
        ("OrganisationsPage", "%n project(s)", {"en": "1 project", "nl": "1 project"},
         {"en": "2 projects", "nl": "2 projecten"}),
    ],
)  # fmt: skip
def test_counted_strings_read_right_for_one_and_for_two(language, context, source, one, two):
    assert QCoreApplication.translate(context, source, "", 1).startswith(one[language])
    assert QCoreApplication.translate(context, source, "", 2).startswith(two[language])


def test_rule_violations_read_right_for_one_and_for_two(language) -> None:
    words = ReasonWords(CodeNames(), language, str, QLocale())
    one = words.violation(Violation("min_independent_smes", {"required": 1, "actual": 0}))
    two = words.violation(Violation("min_independent_smes", {"required": 2, "actual": 1}))
    expected = {
        "en": ("At least 1 independent SME required, 0 found",
               "At least 2 independent SMEs required, 1 found"),
        "nl": ("Minstens 1 zelfstandig mkb-bedrijf nodig, 0 gevonden",
               "Minstens 2 zelfstandige mkb-bedrijven nodig, 1 gevonden"),
    }[language]  # fmt: skip
    assert (one, two) == expected


def test_the_consortium_editor_counts_one_member(qtbot, database, settings, tasks, language):
    context = AppContext(database, settings, tasks, interface_locale(language), language)
    (only,) = sme_ids(context, 1)
    with database.transaction() as session:
        create_consortium(session, ConsortiumDraft("Alleen", (MemberDraft(only, "lead"),)))
    page = shown_page(qtbot, context)
    rect = page.table.visualRect(page.proxy.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: len(page.editor.draft.members) == 1)
    expected = {"en": "1 member · budget", "nl": "1 lid · begroting"}[language]
    assert page.editor.budget.text().startswith(expected)
    context.tasks.wait()


def test_picture_tooltips_count_in_both_languages(language) -> None:
    tip = helix_words(CodeLabels()).tip
    one, two = {"en": ("member", "members"), "nl": ("lid", "leden")}[language]
    assert tip(1).format(what="Kennis", count=1) == f"Kennis: 1 {one}"
    assert tip(2).format(what="Kennis", count=2) == f"Kennis: 2 {two}"
