"""The matching engine: ranked candidates and alternative whole consortia for a request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from matching.analysis import Analyzer
from matching.codes import ProblemCode, ReasonCode
from matching.composition import Composer, Plan, Requirement, check_feasible
from matching.corpus import Corpus
from matching.explain import reasons_for
from matching.features import Geography, TextRelevance, combine, kind_factors, score_parts
from matching.kinds import DEFAULT_KIND, NEVER_SUGGESTED, TERRITORIAL, HelixKind, OrganisationType
from matching.model import Organisation, Project, Reason
from matching.places import PlaceReading
from matching.request import QUADRUPLE, Candidate, Consortium, Member, Request, Suggestion
from matching.rules import (
    Constraints,
    MemberFacts,
    check_rules,
    structural_rules,
    unchecked_rules,
)
from matching.text_index import TextIndex
from matching.weights import WEIGHTS, Weights

POOL_SIZE = 300  # best candidates the composer chooses from
POOL_PER_REQUIREMENT = 40  # and the best of every kind a requirement asks for
MAX_COMPETENCES = 8
CHAIN_TYPES = (OrganisationType.UNIVERSITY, OrganisationType.TO2, OrganisationType.HOGESCHOOL)
TRIPLE_KINDS = (HelixKind.COMPANY, HelixKind.KNOWLEDGE, HelixKind.GOVERNMENT)
LEAD_KINDS = [HelixKind.COMPANY.value, HelixKind.KNOWLEDGE.value]  # who leads without a rule


# BM25 length normalisation of the profiles: a profile lists expertise, so a longer one says
# more, not the same thing louder (tuned on the desk development questions: 0.75 halved P@10).
PROFILE_LENGTH_NORMALISATION = 0.1


@dataclass(frozen=True)
class Indexes:
    """The text indexes over organisation profiles, organisation names and project texts, in
    corpus order."""

    profiles: TextIndex
    names: TextIndex
    projects: TextIndex


def build_indexes(
    organisations: Sequence[Organisation],
    projects: Sequence[Project],
    analyzer: Analyzer,
    fingerprint: str = "",
) -> Indexes:
    """Documents are numbered by position, so scores line up with the corpus."""
    return Indexes(
        TextIndex.build(
            ((i, o.text) for i, o in enumerate(organisations)),
            analyzer,
            fingerprint,
            b=PROFILE_LENGTH_NORMALISATION,
        ),
        TextIndex.build(((i, o.names) for i, o in enumerate(organisations)), analyzer, fingerprint),
        TextIndex.build(
            ((i, f"{p.title} {p.summary}") for i, p in enumerate(projects)), analyzer, fingerprint
        ),
    )


@dataclass(frozen=True)
class Scored:
    """One request scored over every organisation: what candidates, explanations and
    composition all read."""

    request: Request
    constraints: Constraints
    seeds: list[int]  # positions of the must-include organisations
    parts: dict[str, np.ndarray]
    project_relevance: np.ndarray
    scores: np.ndarray
    eligible: np.ndarray  # may be suggested: not a seed, not excluded, allowed by the filters


def _fewest_members(wanted: dict[tuple[str, str], int], independent_smes: int = 0) -> int:
    """The fewest members that can meet the kind and type quotas and the independent SMEs: kinds
    do not overlap, a type belongs to one kind, and an SME is a company."""
    per_kind: dict[str, int] = {}
    if independent_smes:
        per_kind[HelixKind.COMPANY.value] = independent_smes
    for (code, value), count in wanted.items():
        if code == "helix_kind":
            per_kind[value] = max(per_kind.get(value, 0), count)
    by_type: dict[str, int] = {}
    for (code, value), count in wanted.items():
        kind = DEFAULT_KIND.get(OrganisationType(value)) if code == "org_type" else None
        if kind is not None:
            by_type[kind.value] = by_type.get(kind.value, 0) + count
    return sum(max(per_kind.get(k, 0), by_type.get(k, 0)) for k in per_kind.keys() | by_type.keys())


class Engine:
    def __init__(
        self,
        corpus: Corpus,
        *,
        indexes: Indexes,
        geography: Geography,
        weights: Weights = WEIGHTS,
    ) -> None:
        self.corpus = corpus
        self.indexes = indexes
        self.geography = geography
        self.weights = weights
        self._by_kind = kind_factors(corpus, weights)

    # --- the request's constraints ------------------------------------------------------------

    def _plan(self, scored: Scored) -> Plan:
        corpus, request, constraints = self.corpus, scored.request, scored.constraints
        wanted: dict[tuple[str, str], int] = {}
        kinds = TRIPLE_KINDS + ((HelixKind.SOCIETY,) if request.helix == QUADRUPLE else ())
        for kind in kinds:
            if kind.value not in constraints.forbidden_kinds:
                wanted[("helix_kind", kind.value)] = 1
        for kind, count in constraints.min_of_kind.items():
            wanted[("helix_kind", kind)] = max(count, wanted.get(("helix_kind", kind), 0))
        if request.whole_chain:
            for org_type in CHAIN_TYPES:
                wanted[("org_type", org_type.value)] = 1
        for org_type, count in constraints.min_of_type.items():
            wanted[("org_type", org_type)] = max(count, wanted.get(("org_type", org_type), 0))
        requirements = [
            Requirement(
                code, value, count, (corpus.kind if code == "helix_kind" else corpus.type) == value
            )
            for (code, value), count in wanted.items()
        ]
        if constraints.min_independent_smes:
            smes = corpus.is_sme & (corpus.kind == HelixKind.COMPANY.value)
            requirements.append(
                Requirement("min_independent_smes", None, constraints.min_independent_smes, smes)
            )
        lead = self._lead_mask(constraints)
        if lead is not None:
            requirements.append(Requirement("lead", None, 1, lead))
        size_min = max(
            request.size_min or 0,
            constraints.min_partners or 0,
            len(scored.seeds),
            _fewest_members(wanted, constraints.min_independent_smes or 0),
            max((r.count for r in requirements), default=0),
        )
        size_max = min(request.size_max or max(size_min, 10), constraints.max_partners or 10_000)
        return Plan(tuple(requirements), size_min, size_max, constraints.min_countries or 0)

    def _lead_mask(self, constraints: Constraints) -> np.ndarray | None:
        if not constraints.lead_kinds and not constraints.lead_types:
            return None
        mask = np.zeros(len(self.corpus), dtype=bool)
        if constraints.lead_kinds:
            mask |= np.isin(self.corpus.kind, list(constraints.lead_kinds))
        if constraints.lead_types:
            mask |= np.isin(self.corpus.type, list(constraints.lead_types))
        return mask

    def _eligible(
        self, request: Request, seeds: Sequence[int], constraints: Constraints
    ) -> np.ndarray:
        """Who may be suggested, as a candidate and as a member of a consortium: not a seed (the
        must-include organisations are in already), not excluded, allowed by the filters, and not
        a funder or state body: those fund or oversee consortia and do not join them, so they are
        in a consortium only when the user pins them. With a regional preference, a public body
        with a territory of its own (province, municipality, water board, ROM) is suggested only
        inside the region: for everyone else the region is a preference, never a wall."""
        corpus = self.corpus
        eligible = ~np.isin(corpus.type, [t.value for t in NEVER_SUGGESTED])
        if request.region:
            territorial = np.isin(corpus.type, [t.value for t in TERRITORIAL])
            inside = np.isin(corpus.province, list(self.geography.provinces_of(request.region)))
            eligible &= ~territorial | inside
        eligible[list(seeds)] = False
        eligible[corpus.positions(request.exclude)] = False
        if request.country:
            eligible &= corpus.country == request.country
        if constraints.forbidden_kinds:
            eligible &= ~np.isin(corpus.kind, list(constraints.forbidden_kinds))
        return eligible

    # --- answering ----------------------------------------------------------------------------

    def read_places(self, request: Request) -> tuple[Request, PlaceReading]:
        """The request with the place names taken out of its text and, unless it names a region
        itself, the first of them as its regional preference; and what was read."""
        reading = self.geography.places.read(request.text)
        if not reading.places:
            return request, reading
        region = request.region or reading.region
        return replace(request, text=reading.text, region=region), reading

    def score(self, request: Request) -> Scored:
        """Every part of every organisation's score for ``request``, and who may be suggested.
        ``request`` is read already (:meth:`read_places`)."""
        corpus = self.corpus
        constraints = structural_rules(request.rules)
        seeds = corpus.positions(request.include)
        project_relevance = self.indexes.projects.scores(request.text)
        relevance = TextRelevance(
            self.indexes.profiles.scores(request.text),
            self.indexes.names.scores(request.text),
            project_relevance,
            self._by_kind,
        )
        parts = score_parts(
            corpus,
            request,
            seeds,
            relevance,
            self.geography,
            wants_smes=bool(constraints.min_independent_smes),
        )
        return Scored(
            request,
            constraints,
            seeds,
            parts,
            project_relevance,
            combine(parts, self.weights),
            self._eligible(request, seeds, constraints),
        )

    def suggest(self, request: Request) -> Suggestion:
        corpus = self.corpus
        request, reading = self.read_places(request)
        scored = self.score(request)
        scores, eligible = scored.scores, scored.eligible
        ranked = self._best(scores, eligible, max(request.top, POOL_SIZE))
        competences = tuple(self.indexes.profiles.competences(request.text)[:MAX_COMPETENCES])
        coverage = self._coverage(competences)
        plan = self._plan(scored)
        problems = tuple(check_feasible(corpus, plan, scored.seeds, eligible))
        drafts = []
        if not problems and request.consortia > 0:
            pool = self._pool(scores, eligible, ranked, plan)
            composer = Composer(
                corpus,
                plan,
                scored.seeds,
                self._composing(scored),
                pool,
                self._relevant(scored, coverage),
            )
            drafts = composer.alternatives(request.consortia)
            if not drafts:
                problems = (Reason(ProblemCode.NO_CONSORTIUM, {}),)
        # One explanation pass for the candidates and every member of every alternative.
        shown = dict.fromkeys(ranked[: request.top])
        shown.update(dict.fromkeys(m for d in drafts for m in d.members))
        explained = self._explain(list(shown), scored)
        candidates = tuple(
            Candidate(
                corpus.organisations[p].id,
                round(float(scores[p]), 4),
                {name: round(float(values[p]), 4) for name, values in scored.parts.items()},
                explained[p],
            )
            for p in ranked[: request.top]
        )
        consortia = tuple(
            sorted(
                (
                    self._consortium(d.members, scored, competences, coverage, plan, explained)
                    for d in drafts
                ),
                key=lambda c: -c.score,
            )
        )
        return Suggestion(
            candidates,
            consortia,
            competences,
            problems,
            request.region,
            reading.places,
            reading.region,
        )

    def _relevant(self, scored: Scored, coverage: dict[str, np.ndarray]) -> np.ndarray:
        """Who brings something the request asks for: a competence in its profile, names or
        projects, or its mission. A request without text or mission asks for nothing special."""
        if not scored.request.text and not scored.request.mission:
            return np.ones(len(self.corpus), dtype=bool)
        covering = np.zeros(len(self.corpus), dtype=bool)
        for mask in coverage.values():
            covering |= mask
        return covering | (scored.parts["mission"] > 0)

    def _coverage(self, competences: Sequence[str]) -> dict[str, np.ndarray]:
        """Per competence, who covers it: in its profile, its names or its projects' texts."""
        indexes, corpus = self.indexes, self.corpus
        coverage = {}
        for competence in competences:
            terms = indexes.profiles.analyzer.competence_terms(competence)
            covering = np.zeros(len(corpus), dtype=bool)
            covering[indexes.profiles.documents_with(terms)] = True
            covering[indexes.names.documents_with(terms)] = True
            projects = np.zeros(len(corpus.projects), dtype=np.float32)
            projects[indexes.projects.documents_with(terms)] = 1.0
            coverage[competence] = covering | (corpus.to_projects(projects) > 0)
        return coverage

    def _composing(self, scored: Scored) -> np.ndarray:
        """The scores a consortium is composed by: with a regional preference, members in the
        region (and, weaker, its neighbours) are drawn in before equally good ones elsewhere."""
        if not scored.request.region:
            return scored.scores
        pull = 1.0 + self.weights.region_pull * scored.parts["region"]
        return np.where(scored.scores > 0, scored.scores * pull, scored.scores)

    @staticmethod
    def _best(scores: np.ndarray, eligible: np.ndarray, count: int) -> list[int]:
        positions = np.flatnonzero(eligible)
        if positions.size == 0:
            return []
        count = min(count, positions.size)
        top = positions[np.argpartition(-scores[positions], count - 1)[:count]]
        return [int(p) for p in top[np.argsort(-scores[top], kind="stable")]]

    def _pool(
        self, scores: np.ndarray, eligible: np.ndarray, ranked: list[int], plan: Plan
    ) -> list[int]:
        pool = dict.fromkeys(ranked[:POOL_SIZE])
        for requirement in plan.requirements:
            pool.update(
                dict.fromkeys(self._best(scores, eligible & requirement.mask, POOL_PER_REQUIREMENT))
            )
        if plan.min_countries:
            for country in np.unique(self.corpus.country[eligible]):
                pool.update(
                    dict.fromkeys(
                        self._best(scores, eligible & (self.corpus.country == country), 3)
                    )
                )
        return sorted(pool, key=lambda p: -scores[p])

    def _explain(self, positions: Sequence[int], scored: Scored) -> dict[int, tuple[Reason, ...]]:
        text = scored.request.text
        words: dict[int, list[str]] = {}
        related: dict[int, list[str]] = {}
        for index in (self.indexes.profiles, self.indexes.names) if text else ():
            for hit in index.search(text, restrict=positions):
                found = words.setdefault(hit.doc_id, [])
                found.extend(w for w in hit.matched_words if w not in found)
                near = related.setdefault(hit.doc_id, [])
                near.extend(c for c in hit.related if c not in near)
        return {
            p: reasons_for(
                self.corpus,
                p,
                scored.request,
                scored.seeds,
                scored.parts,
                scored.project_relevance,
                words.get(p, []),
                [] if words.get(p) else related.get(p, []),
            )
            for p in positions
        }

    def _lead(self, members: Sequence[int], scored: Scored) -> int:
        """A must-include partner that may lead, else the best-scored member that may. Without
        an instrument's rule a company or knowledge institution leads, never a civil-society
        member or a government unless it is must-include or nobody else can."""
        mask = self._lead_mask(scored.constraints)
        if mask is None:
            mask = np.isin(self.corpus.kind, LEAD_KINDS)
        allowed = [m for m in members if mask[m]]
        for seed in scored.seeds:
            if seed in allowed or (not allowed and seed in members):
                return seed
        return max(allowed or list(members), key=lambda m: scored.scores[m])

    @staticmethod
    def _needed(members: Sequence[int], plan: Plan) -> dict[int, list[Reason]]:
        """Per member, the hard requirements the consortium would miss without it."""
        needed: dict[int, list[Reason]] = {}
        for requirement in plan.requirements:
            meeting = [m for m in members if requirement.mask[m]]
            if len(meeting) <= requirement.count:
                for m in meeting:
                    values = {"constraint": requirement.code, "value": requirement.value}
                    needed.setdefault(m, []).append(Reason(ReasonCode.NEEDED, values))
        return needed

    def _consortium(
        self,
        members: Sequence[int],
        scored: Scored,
        competences: Sequence[str],
        coverage: dict[str, np.ndarray],
        plan: Plan,
        explained: dict[int, tuple[Reason, ...]],
    ) -> Consortium:
        corpus, seeds, scores, request = self.corpus, scored.seeds, scored.scores, scored.request
        lead = self._lead(members, scored)
        members = sorted(members, key=lambda m: (m != lead, m not in seeds, -scores[m]))
        needed = self._needed(members, plan)
        built = []
        covered: set[str] = set()
        for position in members:
            covers = tuple(c for c in competences if coverage[c][position])
            covered.update(covers)
            built.append(
                Member(
                    corpus.organisations[position].id,
                    "lead" if position == lead else "partner",
                    covers,
                    explained[position] + tuple(needed.get(position, ())),
                )
            )
        facts = [
            MemberFacts(
                id=corpus.organisations[p].id,
                kind=corpus.kind[p],
                type=corpus.type[p],
                is_sme=bool(corpus.is_sme[p]),
                country=corpus.country[p],
                role="lead" if p == lead else "partner",
                budget=None,
            )
            for p in members
        ]
        others = [p for p in members if p not in seeds]
        best = max(float(scores.max()), 1e-9)
        consortium_parts = {
            "relevance": round(float(np.mean([scores[p] for p in others])) / best, 4)
            if others
            else 0.0,
            "cohesion": round(self._cohesion(members), 4),
            "coverage": round(len(covered) / len(competences), 4) if competences else 1.0,
            "balance": round(len({corpus.kind[p] for p in members}) / 4, 4),
        }
        return Consortium(
            members=tuple(built),
            score=round(sum(consortium_parts.values()) / len(consortium_parts), 4),
            parts=consortium_parts,
            covered=tuple(c for c in competences if c in covered),
            uncovered=tuple(c for c in competences if c not in covered),
            violations=tuple(check_rules(request.rules, facts)),
            unchecked=tuple(unchecked_rules(request.rules, facts)),
        )

    def _cohesion(self, members: Sequence[int]) -> float:
        """Share of member pairs that have worked together before."""
        pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
        if not pairs:
            return 0.0
        return sum(1 for a, b in pairs if self.corpus.shared_projects(a, b)) / len(pairs)
