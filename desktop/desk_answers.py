"""The one-stop desk's answer to an SME's knowledge question, in one run.

Knowledge partners across the whole chain (research university, TO2 institute, hogeschool) and
the best other knowledge institutions (research institutes such as KWR or RIVM, UMCs), other
companies that fit, and every funding instrument judged against the best consortium.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import select

from desktop.matching_runs import (
    Cancelled,
    IsCancelled,
    Matcher,
    MatchResult,
    Progress,
    member_facts,
    never_cancelled,
    no_progress,
)
from desktop.models.reference import Instrument, Theme
from desktop.models.repositories.consortia import (
    ConsortiumDraft,
    ConsortiumError,
    MemberDraft,
    create_consortium,
)
from desktop.models.repositories.questions import (
    QuestionDraft,
    QuestionRow,
    create_question,
    get_question,
    set_question_status,
)
from matching.model import Violation
from matching.request import Candidate, Consortium
from matching.rules import check_rules, unchecked_rules

CHAIN = ("university", "to2", "hogeschool")
PER_CHAIN_STEP = 2  # knowledge partners shown for each step of the chain
OTHER_KNOWLEDGE = 3  # and the best other knowledge institutions (research institutes, UMCs)
COMPANIES = 5
DESK_TOP = 200  # candidates looked at to find the best of every kind


@dataclass(frozen=True)
class InstrumentFit:
    code: str
    name: str
    name_en: str
    violations: tuple[Violation, ...]
    unchecked: tuple[str, ...]  # budget rules that wait for the members' budgets

    @property
    def fits(self) -> bool:
        return not self.violations


@dataclass(frozen=True)
class DeskAnswer:
    result: MatchResult
    knowledge: tuple[Candidate, ...]  # by chain step, then the others, best first within each
    companies: tuple[Candidate, ...]
    consortium: Consortium | None  # the best whole consortium, with the asking company in it
    instruments: tuple[InstrumentFit, ...]  # those that fit first


def question_fields(question: QuestionRow, theme_name: str | None = None) -> dict[str, Any]:
    """The matching request for a question: its text (and theme), mission, region, the asker."""
    text = " ".join(part for part in (question.title, question.text, theme_name) if part)
    fields: dict[str, Any] = {"text": text, "whole_chain": True}
    if question.mission_code:
        fields["mission"] = question.mission_code
    if question.region_code:
        fields["region"] = question.region_code
    if question.organisation_id is not None:
        fields["include"] = [question.organisation_id]
    return fields


def _instrument_fits(matcher: Matcher, result: MatchResult, consortium: Consortium | None):
    if consortium is None:
        return ()
    facts = [member_facts(result.organisations[m.id], m.role) for m in consortium.members]
    today = date.today()
    with matcher.database.transaction() as session:
        instruments = list(session.exec(select(Instrument).order_by(Instrument.code)))
    fits = [
        InstrumentFit(
            i.code,
            i.name,
            i.name_en,
            tuple(check_rules(i.rules, facts)),
            tuple(unchecked_rules(i.rules, facts)),
        )
        for i in instruments
        if (i.valid_from is None or i.valid_from <= today)
        and (i.valid_until is None or today <= i.valid_until)
    ]
    return tuple(sorted(fits, key=lambda f: (not f.fits, len(f.violations), f.code)))


def answer_question(
    matcher: Matcher,
    question: QuestionRow,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> DeskAnswer:
    theme_name = None
    if question.theme_code and not question.mission_code:
        with matcher.database.transaction() as session:
            theme = session.get(Theme, question.theme_code)
            theme_name = theme.name if theme else None
    result = matcher.match(question_fields(question, theme_name), progress, cancelled, top=DESK_TOP)
    if cancelled():
        raise Cancelled
    organisations = result.organisations
    knowledge = []
    for step in CHAIN:
        of_step = [c for c in result.suggestion.candidates if organisations[c.id].type == step]
        knowledge.extend(of_step[:PER_CHAIN_STEP])
    others = [
        c
        for c in result.suggestion.candidates
        if organisations[c.id].kind == "knowledge" and organisations[c.id].type not in CHAIN
    ]
    knowledge.extend(others[:OTHER_KNOWLEDGE])
    companies = [c for c in result.suggestion.candidates if organisations[c.id].kind == "company"][
        :COMPANIES
    ]
    consortium = result.suggestion.consortia[0] if result.suggestion.consortia else None
    return DeskAnswer(
        result,
        tuple(knowledge),
        tuple(companies),
        consortium,
        _instrument_fits(matcher, result, consortium),
    )


def take_in(
    matcher: Matcher,
    draft: QuestionDraft,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> tuple[QuestionRow, DeskAnswer]:
    """Keep the question (raises QuestionError when it is invalid), then answer it; the question
    is in progress once answered."""
    with matcher.database.transaction() as session:
        question_id = create_question(session, draft)
    return answer_stored(matcher, question_id, progress, cancelled)


def answer_stored(
    matcher: Matcher,
    question_id: int,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> tuple[QuestionRow, DeskAnswer]:
    """Answer a question that is kept already (again, after the data changed)."""
    with matcher.database.transaction() as session:
        question = get_question(session, question_id)
    answer = answer_question(matcher, question, progress, cancelled)
    if question.status == "new":
        with matcher.database.transaction() as session:
            set_question_status(session, question.id, "in_progress")
            question = get_question(session, question.id)
    return question, answer


def draft_from_answer(
    matcher: Matcher, question: QuestionRow, answer: DeskAnswer, rationales: dict[int, str]
) -> int:
    """The answer's best consortium as a draft linked to the question, which is then answered."""
    if answer.consortium is None:
        raise ConsortiumError("the answer has no consortium to start from")
    draft = ConsortiumDraft(
        question.title,
        tuple(
            MemberDraft(m.id, m.role, rationales.get(m.id, "")) for m in answer.consortium.members
        ),
        description=question.text,
        mission_code=question.mission_code,
        question_id=question.id,
    )
    with matcher.database.transaction() as session:
        consortium_id = create_consortium(session, draft)
        set_question_status(session, question.id, "answered")
    return consortium_id
