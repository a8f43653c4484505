"""Every member of every code enum (matching's codes, the import problems and fields) has words in
English and in Dutch in the one catalogue, which the interface, the command line and the exports
share; the command line's and the import reports' English lines for file problems are complete
too. No Qt needed."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

import pytest

from desktop.services.importing import problems
from desktop.services.importing.organisations_file import OrganisationField
from desktop.services.importing.problems import FileProblem, Problem
from desktop.services.words.catalogue import Words
from matching import codes
from matching.kinds import KNOWLEDGE_CHAIN, HelixKind, OrganisationType
from matching.model import Reason, Violation
from matching.rules import CONDITION_CODES, RULE_CODES

LANGUAGES = ("en", "nl")

# Each code enum and how the catalogue words one of its members.
WORDED: dict[type[StrEnum], Callable[[Words, str], str]] = {
    HelixKind: Words.kind,
    OrganisationType: Words.type,
    codes.MemberRole: Words.role,
    codes.ConsortiumStatus: Words.consortium_status,
    codes.QuestionStatus: Words.question_status,
    codes.RuleCode: Words.rule_name,
    codes.ReasonCode: lambda words, code: words.reason(Reason(code, {})),
    codes.ViolationCode: lambda words, code: words.violation(Violation(code, {})),
    codes.ProblemCode: lambda words, code: words.problem(Reason(code, {})),
    codes.EvidenceCode: Words.evidence,
    codes.Origin: Words.origin,
    codes.ParticipationRole: Words.participation_role,
    FileProblem: lambda words, code: words.file_problem(Problem("file.csv", code)),
    OrganisationField: Words.field,
}


def test_every_code_enum_is_worded() -> None:
    defined = {
        value
        for value in vars(codes).values()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
    }
    assert defined | {HelixKind, OrganisationType, FileProblem, OrganisationField} == set(WORDED)


def test_the_rule_codes_are_the_rules_matching_reads() -> None:
    assert {code.value for code in codes.RuleCode} == set(RULE_CODES)


@pytest.mark.parametrize("enum", list(WORDED), ids=lambda enum: enum.__name__)
def test_every_member_has_words_in_both_languages(enum: type[StrEnum]) -> None:
    word = WORDED[enum]
    for language in LANGUAGES:
        words = Words(language)
        unworded = [member for member in enum if word(words, member) in ("", member.value)]
        assert unworded == [], f"no {language} words for {enum.__name__}: {unworded}"
    english, dutch = (Words(language) for language in LANGUAGES)
    assert any(word(english, member) != word(dutch, member) for member in enum)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_condition_and_link_of_the_chain_has_words(language: str) -> None:
    words = Words(language)
    assert all(words.condition(code) != code for code in CONDITION_CODES)
    assert all(words.chain_link(link) != link for link in KNOWLEDGE_CHAIN)


def test_funders_and_state_bodies_in_both_languages() -> None:
    assert [Words(language).type("funder") for language in ("en", "nl")] == ["Funder", "Financier"]
    assert Words("nl").type("state_body") == "Overheidsorgaan"


def test_every_file_problem_has_its_line_for_the_command_line_and_reports() -> None:
    assert set(problems.WORDING) == set(FileProblem)
