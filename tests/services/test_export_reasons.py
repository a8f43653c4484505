"""Why each member is there, in a proposal: the reasons are stored as codes and worded in the
language of the export, each once; a rationale the user typed stays as typed. No Qt."""

from __future__ import annotations

import docx
import pytest

from desktop.services.exporting.consortium_export import export_consortium
from desktop.services.words.catalogue import Words
from matching.model import Reason, Violation
from tests.export_fixtures import MADE_ON, build_consortium

PROVINCE = "Provincie Groningen"
UNIVERSITY = "Rijksuniversiteit Groningen"


@pytest.fixture
def built(database):
    return build_consortium(database)


def _reasons_section(database, built, tmp_path, language: str) -> dict[str, list[str]]:
    """Per member heading, the paragraphs and bullets under it in the Word document."""
    path = tmp_path / f"p-{language}.docx"
    export_consortium(database, built.consortium_id, "docx", path, language=language,
                      made_on=MADE_ON)  # fmt: skip
    paragraphs = docx.Document(path).paragraphs
    start = next(
        i
        for i, p in enumerate(paragraphs)
        if p.text in ("Why each partner is there", "Waarom elke partner meedoet")
    )
    sections: dict[str, list[str]] = {}
    for paragraph in paragraphs[start + 1 :]:
        if paragraph.style.name == "Heading 1":
            break
        if paragraph.style.name == "Heading 2":
            current = sections.setdefault(paragraph.text, [])
        elif paragraph.text:
            current.append(paragraph.text)
    return sections


def _of(sections: dict[str, list[str]], name: str) -> list[str]:
    return next(lines for heading, lines in sections.items() if heading.startswith(name))


def test_a_dutch_proposal_words_the_saved_reasons_in_dutch_and_keeps_the_typed_text(
    database, built, tmp_path
) -> None:
    sections = _reasons_section(database, built, tmp_path, "nl")
    lead = _of(sections, "Wadgloed")
    assert lead[0] == "Builds the electrolyser."  # typed by the user, in English: kept as typed
    assert "Past bij: waterstof, elektrolyse" in lead
    university = _of(sections, UNIVERSITY)
    assert "1 eerder project over het onderwerp" in university
    assert "Zit al in 2 andere open consortia" in university
    everything = " ".join(line for lines in sections.values() for line in lines)
    assert "Matches" not in everything and "project(" not in everything


def test_an_english_proposal_words_the_same_reasons_in_english(database, built, tmp_path) -> None:
    sections = _reasons_section(database, built, tmp_path, "en")
    assert "Matches: waterstof, elektrolyse" in _of(sections, "Wadgloed")
    university = _of(sections, UNIVERSITY)
    assert "1 earlier project on the topic" in university
    assert "Already in 2 other open consortia" in university


def test_each_reason_is_given_once_in_one_wording(database, built, tmp_path) -> None:
    """The lead was suggested for working with the province; the proposal finds that shared
    project again in the data: it is said once."""
    for language, worked_with in (("en", "Worked with"), ("nl", "Werkte eerder samen met")):
        lead = _of(_reasons_section(database, built, tmp_path, language), "Wadgloed")
        about_the_province = [line for line in lead if PROVINCE in line]
        assert len(about_the_province) == 1, lead
        assert about_the_province[0].startswith(worked_with)
        assert len(lead) == len(set(lead))


@pytest.mark.parametrize(
    ("language", "reason", "one", "two"),
    [
        ("en", "shared_projects", "Worked with P before (1 shared project)", "(2 shared projects)"),
        ("nl", "shared_projects", "Werkte eerder samen met P (1 gedeeld project)",
         "(2 gedeelde projecten)"),
        ("en", "track_record", "Track record of 1 project", "Track record of 2 projects"),
        ("nl", "track_record", "Staat van dienst: 1 project", "Staat van dienst: 2 projecten"),
        ("en", "projects_on_topic", "1 earlier project on the topic", "2 earlier projects"),
        ("nl", "projects_on_topic", "1 eerder project over het onderwerp", "2 eerdere projecten"),
        ("en", "busy", "Already in 1 other open consortium", "in 2 other open consortia"),
        ("nl", "busy", "Zit al in 1 ander open consortium", "in 2 andere open consortia"),
    ],
)  # fmt: skip
def test_counts_in_reasons_read_right_for_one_and_for_two(language, reason, one, two) -> None:
    words = Words(language, lambda _id: "P")
    count = {"shared_projects": "count", "track_record": "projects",
             "projects_on_topic": "count", "busy": "open_consortia"}[reason]  # fmt: skip
    values = {"partner": 7}
    assert words.reason(Reason(reason, {**values, count: 1})) == one
    assert two in words.reason(Reason(reason, {**values, count: 2}))


def test_counts_in_rule_checks_read_right_for_one_and_for_two() -> None:
    english, dutch = Words("en"), Words("nl")
    assert english("rules_broken", count=1, instrument="MIT").startswith("1 rule of MIT is not")
    assert english("rules_broken", count=2, instrument="MIT").startswith("2 rules of MIT are not")
    assert dutch("rules_broken", count=1, instrument="MIT").startswith("1 regel van MIT wordt")
    assert dutch("rules_broken", count=2, instrument="MIT").startswith("2 regels van MIT worden")
    one = Violation("min_of_kind", {"required": 1, "kind": "knowledge", "actual": 0})
    assert english.violation(one).startswith("At least 1 partner of kind Knowledge is required")
    assert dutch.violation(one).startswith("Er is minstens 1 partner uit de helix Kennis nodig")


def test_picture_tooltips_of_a_proposal_count_in_both_languages() -> None:
    assert Words("en").counted("count_tip")(1) == "{what}: {count} member"
    assert Words("en").counted("count_tip")(2) == "{what}: {count} members"
    assert Words("nl").counted("competence_tip")(1) == "{competence}: {count} lid"
    assert Words("nl").counted("competence_tip")(3) == "{competence}: {count} leden"
