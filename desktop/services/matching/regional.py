"""Regional matching for ROM staff: for each SME of a set, its best knowledge partners and one
or two complementary independent SMEs for an MIT R&D collaboration, in one run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.models.database import Database
from desktop.models.queries.consortia import ConsortiumDraft, MemberDraft
from desktop.models.queries.organisations.origins import demo_ids
from desktop.models.queries.sme_selection import SmeRow, has_smes, select_smes
from desktop.models.tables.reference import Instrument
from desktop.services.matching.runs import Matcher, member_facts
from desktop.services.progress import TaskState
from matching.codes import ReasonCode
from matching.model import Organisation, Reason, Violation
from matching.request import Candidate
from matching.rules import check_rules

__all__ = [
    "INSTRUMENT",
    "RegionalMatch",
    "SmeChoice",
    "SmeRow",
    "choose_smes",
    "match_smes",
    "regional_draft",
]

INSTRUMENT = "mit-rd"
KNOWLEDGE_PARTNERS = 2
PARTNER_SMES = 2
REGIONAL_TOP = 150  # candidates looked at per SME


@dataclass(frozen=True)
class SmeChoice:
    smes: list[SmeRow]  # those the filters allow
    demo: frozenset[int]  # which of them are demonstration data
    any_smes: bool  # whether the database has any SME at all


def choose_smes(database: Database, province: str | None, topsector: str | None) -> SmeChoice:
    """The SMEs to match in a province and topsector (any, when None)."""
    with database.transaction() as session:
        smes = select_smes(session, province=province, topsector=topsector)
        return SmeChoice(
            smes, demo_ids(session, (s.id for s in smes)), bool(smes) or has_smes(session)
        )


@dataclass(frozen=True)
class RegionalMatch:
    sme: Organisation
    knowledge: tuple[Candidate, ...]
    partners: tuple[Candidate, ...]  # independent SMEs, best first
    violations: tuple[Violation, ...]  # of the instrument's rules by the SME and its partners
    organisations: dict[int, Organisation]  # everything the row names

    @property
    def score(self) -> float:
        """The mean score of the suggested partners: how well the row's collaboration fits."""
        chosen = self.knowledge + self.partners
        return round(sum(c.score for c in chosen) / len(chosen), 4) if chosen else 0.0


def _instrument_rules(matcher: Matcher) -> list[dict]:
    with matcher.database.transaction() as session:
        instrument = session.get(Instrument, INSTRUMENT)
        return list(instrument.rules) if instrument is not None else []


def match_smes(
    matcher: Matcher,
    sme_ids: Sequence[int],
    state: TaskState | None = None,
) -> list[RegionalMatch]:
    """One row per SME that is still in the database, in the order given."""
    state = state or TaskState()
    total = len(sme_ids)
    state.report(0, total)
    rules = _instrument_rules(matcher)
    loaded = matcher.engine()
    rows = []
    for done, sme_id in enumerate(sme_ids, start=1):
        state.check()
        sme = loaded.organisations.get(sme_id)
        if sme is not None:
            rows.append(_match_one(matcher, sme, rules))
        state.report(done, total)
    return rows


def _match_one(matcher: Matcher, sme: Organisation, rules: list[dict]) -> RegionalMatch:
    fields = {"text": sme.text, "include": [sme.id]}
    if sme.province:
        fields["region"] = sme.province
    result = matcher.match(fields, top=REGIONAL_TOP, consortia=0)
    organisations = {**result.organisations, sme.id: sme}
    candidates = result.suggestion.candidates
    knowledge = [c for c in candidates if organisations[c.id].kind == "knowledge"]
    partners = [
        c
        for c in candidates
        if organisations[c.id].kind == "company" and organisations[c.id].is_sme
    ]
    knowledge, partners = knowledge[:KNOWLEDGE_PARTNERS], partners[:PARTNER_SMES]
    facts = [member_facts(sme, "lead")] + [
        member_facts(organisations[c.id], "partner") for c in partners
    ]
    shown = {sme.id} | {c.id for c in knowledge + partners}
    for candidate in knowledge + partners:
        shown.update(r.values["partner"] for r in candidate.reasons if r.code == "shared_projects")
    return RegionalMatch(
        sme,
        tuple(knowledge),
        tuple(partners),
        tuple(check_rules(rules, facts)),
        {i: organisations[i] for i in shown if i in organisations},
    )


def regional_draft(row: RegionalMatch, title: str) -> ConsortiumDraft:
    """A draft MIT R&D consortium: the SME leads, partner SMEs join, knowledge partners are
    subcontractors (as MIT allows); each keeps the reasons it was matched for."""
    members = [MemberDraft(row.sme.id, "lead", reasons=(Reason(ReasonCode.BUILT_AROUND, {}),))]
    members += [MemberDraft(c.id, "partner", reasons=c.reasons) for c in row.partners]
    members += [MemberDraft(c.id, "subcontractor", reasons=c.reasons) for c in row.knowledge]
    return ConsortiumDraft(title, tuple(members), instrument_code=INSTRUMENT)
