"""The one-stop desk's answer to an SME's knowledge question, in one run.

Knowledge partners across the whole chain (research university, TO2 institute, hogeschool) and
the best other knowledge institutions (research institutes such as KWR or RIVM, UMCs), other
companies that fit, and every funding instrument judged against the best consortium; an
instrument that takes one applicant only (MIT feasibility, WBSO, SBIR) is judged for the asking
company alone. Without a chosen region, the answer prefers the region the question names, else
the asking company's province.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import select

from desktop.models.queries.consortia import (
    ConsortiumDraft,
    ConsortiumError,
    create_consortium,
)
from desktop.models.queries.questions import (
    QuestionDraft,
    QuestionRow,
    create_question,
    get_question,
    set_question_status,
)
from desktop.models.tables.consortium import Consortium as StoredConsortium
from desktop.models.tables.reference import Instrument, Theme
from desktop.services.matching.questions import asker_province
from desktop.services.matching.runs import Matcher, MatchResult, member_draft, member_facts
from desktop.services.progress import TaskState
from matching.kinds import KNOWLEDGE_CHAIN, HelixKind
from matching.model import Violation
from matching.request import Candidate, Consortium
from matching.rules import (
    MemberFacts,
    check_rules,
    conditions,
    instrument_is_valid,
    structural_rules,
    unchecked_rules,
)

__all__ = [
    "REGION_ASKER",
    "REGION_CHOSEN",
    "REGION_READ",
    "ConsortiumError",
    "DeskAnswer",
    "InstrumentFit",
    "answer_question",
    "answer_stored",
    "draft_from_answer",
    "drafts_of_question",
    "instrument_fits",
    "question_fields",
    "take_in",
]

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
    conditions: tuple[str, ...] = ()  # needed outside the consortium: an open government challenge
    alone: bool = False  # judged for the asking company alone: the instrument takes one applicant

    @property
    def fits(self) -> bool:
        return not self.violations


# Where the answer's regional preference comes from
REGION_CHOSEN, REGION_READ, REGION_ASKER = "chosen", "question", "asker"


@dataclass(frozen=True)
class DeskAnswer:
    result: MatchResult
    knowledge: tuple[Candidate, ...]  # by chain step, then the others, best first within each
    companies: tuple[Candidate, ...]
    consortium: Consortium | None  # the best whole consortium, with the asking company in it
    instruments: tuple[InstrumentFit, ...]  # those that fit the consortium first
    region_source: str | None = None  # REGION_CHOSEN, REGION_READ, REGION_ASKER or None

    @property
    def best_instrument(self) -> str | None:
        """The instrument whose rules the suggested consortium meets best: it meets them all and
        needs nothing outside the consortium. None when no instrument fits the consortium."""
        best = self.instruments[0] if self.instruments else None
        return best.code if best and best.fits and not best.alone and not best.conditions else None


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


def _fit(instrument: Instrument, members: list[MemberFacts], alone: bool) -> InstrumentFit:
    rules = instrument.rules
    return InstrumentFit(
        instrument.code,
        instrument.name,
        instrument.name_en,
        tuple(check_rules(rules, members)),
        tuple(unchecked_rules(rules, members)),
        tuple(conditions(rules)),
        alone,
    )


def instrument_fits(
    instruments: list[Instrument], consortium: list[MemberFacts], asker: MemberFacts | None
) -> tuple[InstrumentFit, ...]:
    """Each instrument judged against the consortium; one that takes a single applicant is judged
    for the asking company alone (``asker``, as lead), when there is one. Those that fit the
    consortium come first, then those that fit the asking company alone, then the others."""
    fits = []
    for instrument in instruments:
        if asker is not None and structural_rules(instrument.rules).max_partners == 1:
            fits.append(_fit(instrument, [asker], True))
        else:
            fits.append(_fit(instrument, consortium, False))
    return tuple(
        sorted(
            fits,
            key=lambda f: (not f.fits, f.alone, bool(f.conditions), len(f.violations), f.code),
        )
    )


def _instrument_fits(
    matcher: Matcher, result: MatchResult, consortium: Consortium | None, asker: int | None
) -> tuple[InstrumentFit, ...]:
    if consortium is None:
        return ()
    facts = [member_facts(result.organisations[m.id], m.role) for m in consortium.members]
    today = date.today()
    with matcher.database.transaction() as session:
        instruments = [
            i
            for i in session.exec(select(Instrument).order_by(Instrument.code))
            if instrument_is_valid(i.valid_from, i.valid_until, today)
        ]
    asking = result.organisations.get(asker) if asker is not None else None
    return instrument_fits(instruments, facts, member_facts(asking, "lead") if asking else None)


def _region(matcher: Matcher, question: QuestionRow, text: str) -> tuple[str | None, str | None]:
    """The region to prefer and where it comes from: the one chosen, else the one the question
    names (matching reads it from the text), else the asking company's province."""
    if question.region_code:
        return question.region_code, REGION_CHOSEN
    if matcher.engine().engine.geography.places.read(text).region:
        return None, REGION_READ
    if question.organisation_id is None:
        return None, None
    _, province = asker_province(matcher.database, question.organisation_id)
    return (province, REGION_ASKER) if province else (None, None)


def answer_question(
    matcher: Matcher,
    question: QuestionRow,
    state: TaskState | None = None,
) -> DeskAnswer:
    theme_name = None
    if question.theme_code and not question.mission_code:
        with matcher.database.transaction() as session:
            theme = session.get(Theme, question.theme_code)
            theme_name = theme.name if theme else None
    fields = question_fields(question, theme_name)
    region, region_source = _region(matcher, question, fields["text"])
    if region:
        fields["region"] = region
    state = state or TaskState()
    result = matcher.match(fields, state, top=DESK_TOP)
    state.check()
    organisations = result.organisations
    knowledge = []
    for step in KNOWLEDGE_CHAIN:
        of_step = [c for c in result.suggestion.candidates if organisations[c.id].type == step]
        knowledge.extend(of_step[:PER_CHAIN_STEP])
    others = [
        c
        for c in result.suggestion.candidates
        if organisations[c.id].kind == HelixKind.KNOWLEDGE
        and organisations[c.id].type not in KNOWLEDGE_CHAIN
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
        _instrument_fits(matcher, result, consortium, question.organisation_id),
        region_source,
    )


def take_in(
    matcher: Matcher,
    draft: QuestionDraft,
    state: TaskState | None = None,
) -> tuple[QuestionRow, DeskAnswer]:
    """Keep the question (raises QuestionError when it is invalid), then answer it; the question
    is in progress once answered."""
    with matcher.database.transaction() as session:
        question_id = create_question(session, draft)
    return answer_stored(matcher, question_id, state)


def answer_stored(
    matcher: Matcher,
    question_id: int,
    state: TaskState | None = None,
) -> tuple[QuestionRow, DeskAnswer]:
    """Answer a question that is kept already (again, after the data changed)."""
    with matcher.database.transaction() as session:
        question = get_question(session, question_id)
    answer = answer_question(matcher, question, state)
    if question.status == "new":
        with matcher.database.transaction() as session:
            set_question_status(session, question.id, "in_progress")
            question = get_question(session, question.id)
    return question, answer


def drafts_of_question(matcher: Matcher, question_id: int) -> list[tuple[int, str]]:
    """The consortia made from a question, as (id, title), the newest first."""
    with matcher.database.transaction() as session:
        statement = (
            select(StoredConsortium.id, StoredConsortium.title)
            .where(StoredConsortium.question_id == question_id)
            .order_by(StoredConsortium.id.desc())
        )
        return [(i, title) for i, title in session.exec(statement)]


def draft_from_answer(
    matcher: Matcher,
    question: QuestionRow,
    answer: DeskAnswer,
    *,
    instrument_code: str | None = None,
    notes: str | None = None,
) -> int:
    """The answer's best consortium as a draft linked to the question, which is then answered.

    The draft gets ``instrument_code`` (the one chosen at the desk), else the answer's best
    instrument, and ``notes`` as its description, else the question's text."""
    if answer.consortium is None:
        raise ConsortiumError("the answer has no consortium to start from")
    draft = ConsortiumDraft(
        question.title,
        tuple(member_draft(m) for m in answer.consortium.members),
        description=question.text if notes is None else notes,
        mission_code=question.mission_code,
        instrument_code=instrument_code or answer.best_instrument,
        question_id=question.id,
    )
    with matcher.database.transaction() as session:
        consortium_id = create_consortium(session, draft)
        set_question_status(session, question.id, "answered")
    return consortium_id
