"""A consortium proposal: what every export format shows, gathered once from the database.

Why each member is there is told by the reasons the matching engine also gives (codes with
values), found from the data of the members themselves: projects they did together, the
consortium's mission, shared topsectors and technologies, track record, SME status. The
competences are the domain concepts of the consortium's title, description, mission and
question; a member covers one when its profile or its past projects speak of it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desktop.models.database import Database
from desktop.models.queries.consortia import load_consortium
from desktop.models.queries.proposal_data import (
    AskedQuestion,
    InstrumentRow,
    MemberRow,
    MissionRow,
    ProposalSource,
    proposal_source,
)
from desktop.services.consortia.check import DraftCheck, check_draft
from desktop.services.user_error import UserError
from matching.analysis import CONCEPT_PREFIX, Analyzer
from matching.codes import ReasonCode
from matching.model import Reason, Violation
from matching.rules import (
    instrument_is_valid,
    structural_rules,
    subsidy,
)
from matching.vocabulary import make_analyzer

MAX_COMPETENCES = 12


@dataclass(frozen=True)
class Competence:
    code: str
    en: str
    nl: str

    def word(self, language: str) -> str:
        return self.nl if language == "nl" else self.en


@dataclass(frozen=True)
class ProposalMember:
    organisation: MemberRow
    reasons: tuple[Reason, ...]
    covers: tuple[str, ...]  # competence codes

    @property
    def total(self) -> float:
        return self.organisation.budget_cash + self.organisation.budget_in_kind


@dataclass(frozen=True)
class Proposal:
    id: int
    title: str
    acronym: str | None
    description: str
    status: str
    version: int
    question: AskedQuestion | None  # the knowledge question it was made from at the desk
    mission: MissionRow | None
    instrument: InstrumentRow | None
    members: tuple[ProposalMember, ...]
    competences: tuple[Competence, ...]
    violations: tuple[Violation, ...]
    unchecked: tuple[str, ...]  # budget rules not judged while budgets are missing
    subsidy: float | None  # the most the instrument pays for this budget
    instrument_valid: bool  # the instrument's rules apply on ``made_on``
    made_on: date
    with_contacts: bool
    code_names: dict[str, tuple[str, str]]  # concept, topsector, technology code -> (en, nl)

    @property
    def total_cash(self) -> float:
        return sum(m.organisation.budget_cash for m in self.members)

    @property
    def total_in_kind(self) -> float:
        return sum(m.organisation.budget_in_kind for m in self.members)

    @property
    def total(self) -> float:
        return self.total_cash + self.total_in_kind

    def share(self, member: ProposalMember) -> float | None:
        """The member's share of the total budget; None while there is no budget."""
        total = self.total
        return member.total / total if total > 0 else None

    @property
    def demo_members(self) -> tuple[ProposalMember, ...]:
        """The members that are demonstration data: fictional organisations."""
        return tuple(m for m in self.members if m.organisation.origin == "demo")

    def name_of(self, organisation_id: int) -> str:
        for member in self.members:
            if member.organisation.organisation_id == organisation_id:
                return member.organisation.name
        return str(organisation_id)


def _competences(source: ProposalSource, analyzer: Analyzer) -> list[Competence]:
    parts = [source.title, source.description, source.question_text]
    if source.mission:
        parts += [source.mission.title, source.mission.text]
    found = []
    for code in analyzer.concepts(" . ".join(parts)):
        concept = analyzer.vocabulary.get(code)
        if concept is not None:
            found.append(Competence(code, concept.en[0], concept.nl[0]))
    return found[:MAX_COMPETENCES]


class _Coverage:
    """Which competences a member's profile and past projects speak of. A text is analysed once
    (members share projects), and a member's texts only until every competence is found."""

    def __init__(self, competences: list[Competence], analyzer: Analyzer) -> None:
        self._wanted = {CONCEPT_PREFIX + c.code: c.code for c in competences}
        self._analyzer = analyzer
        self._found: dict[str, frozenset[str]] = {}

    def _in(self, text: str) -> frozenset[str]:
        found = self._found.get(text)
        if found is None:
            terms = self._analyzer.terms(text)
            found = self._found[text] = frozenset(
                self._wanted[t] for t in terms if t in self._wanted
            )
        return found

    def of(self, member: MemberRow) -> tuple[str, ...]:
        covered: set[str] = set()
        for text in (member.profile, *member.project_texts):
            if len(covered) == len(self._wanted):
                break
            covered |= self._in(text)
        return tuple(code for code in self._wanted.values() if code in covered)


def _same_reason(reason: Reason) -> tuple[str, object]:
    """What makes two reasons the same one: its code, and for shared projects the partner."""
    return reason.code, reason.values.get("partner")


def _reasons(member: MemberRow, source: ProposalSource, wants_smes: bool) -> tuple[Reason, ...]:
    """The reasons the member was suggested for, then those its data gives now, each once."""
    reasons = list(member.suggested_for)
    me = member.organisation_id
    others = [m for m in source.members if m.organisation_id != me]
    for other in others:
        partner = other.organisation_id
        count = source.shared_projects.get((min(me, partner), max(me, partner)))
        if count:
            reasons.append(Reason(ReasonCode.SHARED_PROJECTS, {"partner": partner, "count": count}))
    if source.mission and source.mission.code in member.missions:
        reasons.append(Reason(ReasonCode.MISSION, {"mission": source.mission.code}))
    for code, mine, theirs in (
        ("shared_topsectors", member.topsectors, [o.topsectors for o in others]),
        ("shared_technologies", member.technologies, [o.technologies for o in others]),
    ):
        shared = sorted(mine & frozenset().union(*theirs))
        if shared:
            reasons.append(Reason(code, {"codes": shared}))
    if member.projects:
        reasons.append(Reason(ReasonCode.TRACK_RECORD, {"projects": member.projects}))
    if wants_smes and member.is_sme and member.kind == "company":
        reasons.append(Reason(ReasonCode.SME, {}))
    unique: dict[tuple[str, object], Reason] = {}
    for reason in reasons:
        unique.setdefault(_same_reason(reason), reason)
    return tuple(unique.values())


def build_proposal(
    source: ProposalSource,
    analyzer: Analyzer,
    check: DraftCheck | None,
    *,
    made_on: date,
    with_contacts: bool = False,
) -> Proposal:
    rules = source.instrument.rules if source.instrument else []
    wants_smes = structural_rules(rules).min_independent_smes > 0
    competences = _competences(source, analyzer)
    coverage = _Coverage(competences, analyzer)
    members = tuple(
        ProposalMember(
            m if with_contacts else replace(m, contact=None),
            _reasons(m, source, wants_smes),
            coverage.of(m),
        )
        for m in source.members
    )
    total = sum(m.total for m in members)
    instrument = source.instrument
    return Proposal(
        id=source.id,
        title=source.title,
        acronym=source.acronym,
        description=source.description,
        status=source.status,
        version=source.version,
        question=source.question,
        mission=source.mission,
        instrument=instrument,
        members=members,
        competences=tuple(competences),
        violations=tuple(check.violations) if check else (),
        unchecked=tuple(check.unchecked) if check else (),
        subsidy=subsidy(rules, total) if instrument and total > 0 else None,
        instrument_valid=instrument is None
        or instrument_is_valid(instrument.valid_from, instrument.valid_until, made_on),
        made_on=made_on,
        with_contacts=with_contacts,
        code_names=source.code_names,
    )


def load_proposal(
    database: Database,
    consortium_id: int,
    *,
    made_on: date | None = None,
    with_contacts: bool = False,
) -> Proposal:
    """The proposal of one consortium; a UserError when there is no such consortium.

    The rule check is the consortium editor's (``desktop.services.consortia.check``), so a proposal
    says what the editor showed: a member whose budget is still zero has no budget yet.
    """
    with database.transaction() as session:
        source = proposal_source(session, consortium_id)
        loaded = load_consortium(session, consortium_id)
    if source is None or loaded is None:
        raise UserError(f"there is no consortium with id {consortium_id}")
    check = None
    if source.instrument is not None:
        check = check_draft(loaded.draft, loaded.organisations, source.instrument.rules)
    return build_proposal(
        source,
        make_analyzer(),
        check,
        made_on=made_on or date.today(),
        with_contacts=with_contacts,
    )
