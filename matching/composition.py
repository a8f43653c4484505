"""Composing whole consortia from scored candidates under hard constraints.

A consortium starts from the must-include partners, then every requirement (helix quotas, the
whole knowledge chain, the instrument's minimum counts, the lead) is met with the best candidate
that meets it, the scarcest requirement first (a candidate relevant to the request before one
that only meets the requirement); then it is filled up to its size with the best remaining
relevant candidates, where kinds already present count less (a consortium needs a company, not a
fifth university): a member that brings nothing the request asks for is there only to meet a
requirement. Alternatives are made by discounting members used in earlier consortia, and one too
similar to an earlier one is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from matching.codes import ProblemCode
from matching.corpus import Corpus
from matching.model import Reason

DEFAULT_SIZE = 5
REPEAT_KIND_FACTOR = 0.6  # each member of the same helix kind already present
USED_BEFORE_FACTOR = 0.35  # each earlier consortium the candidate is in
FILL_FRACTION = 0.35  # extra members must score at least this share of the best candidate
MAX_OVERLAP = 0.75  # share of non-fixed members an alternative may have in common with another
ATTEMPTS_PER_CONSORTIUM = 4


@dataclass(frozen=True, eq=False)
class Requirement:
    """At least ``count`` members inside ``mask`` (a boolean array over all organisations);
    ``code`` and ``value`` name it (e.g. ``helix_kind``/``government``, ``min_of_type``/``to2``)."""

    code: str
    value: str | int | None
    count: int
    mask: np.ndarray

    def test(self, position: int) -> bool:
        return bool(self.mask[position])


@dataclass(frozen=True)
class Plan:
    requirements: tuple[Requirement, ...]
    size_min: int
    size_max: int
    min_countries: int = 0


@dataclass(frozen=True)
class Draft:
    members: tuple[int, ...]  # positions, must-include partners first


def _met(requirement: Requirement, members: Sequence[int]) -> int:
    return int(requirement.mask[list(members)].sum()) if members else 0


def _countries(corpus: Corpus, members: Sequence[int]) -> int:
    return len({corpus.country[m] for m in members})


def check_feasible(
    corpus: Corpus, plan: Plan, seeds: Sequence[int], eligible: np.ndarray
) -> list[Reason]:
    """The constraints no consortium can meet, with what is required and what is available."""
    problems = []
    if plan.size_min > plan.size_max:
        problems.append(
            Reason(ProblemCode.SIZE_CONFLICT, {"min": plan.size_min, "max": plan.size_max})
        )
    available = np.flatnonzero(eligible)
    for requirement in plan.requirements:
        have = _met(requirement, seeds) + int(requirement.mask[available].sum())
        if have < requirement.count:
            problems.append(
                Reason(
                    ProblemCode.UNSATISFIABLE,
                    {
                        "constraint": requirement.code,
                        "value": requirement.value,
                        "required": requirement.count,
                        "available": have,
                    },
                )
            )
    if plan.min_countries:
        have = len(set(corpus.country[available]) | {corpus.country[s] for s in seeds})
        if have < plan.min_countries:
            problems.append(
                Reason(
                    ProblemCode.UNSATISFIABLE,
                    {
                        "constraint": "min_countries",
                        "required": plan.min_countries,
                        "available": have,
                    },
                )
            )
    return problems


class Composer:
    def __init__(
        self,
        corpus: Corpus,
        plan: Plan,
        seeds: Sequence[int],
        scores: np.ndarray,
        pool: Sequence[int],
        relevant: np.ndarray,
    ) -> None:
        """``pool``: candidate positions (eligible, not seeds), best first; ``scores`` over all;
        ``relevant``: over all, who brings something the request asks for."""
        self.corpus = corpus
        self.relevant = relevant
        self.plan = plan
        self.seeds = tuple(seeds)
        self.scores = scores
        self.pool = [int(p) for p in pool]
        self.best = max((scores[p] for p in self.pool), default=0.0)

    def _value(self, position: int, members: Sequence[int], uses: dict[int, int]) -> float:
        kind = self.corpus.kind[position]
        same_kind = sum(1 for m in members if self.corpus.kind[m] == kind)
        return (
            float(self.scores[position])
            * REPEAT_KIND_FACTOR**same_kind
            * USED_BEFORE_FACTOR ** uses.get(position, 0)
        )

    def _pick(
        self, members: list[int], uses: dict[int, int], test: Callable[[int], bool] | None = None
    ) -> int | None:
        taken = set(members)
        best, best_value = None, -np.inf
        for position in self.pool:
            if position in taken or (test is not None and not test(position)):
                continue
            value = self._value(position, members, uses)
            if value > best_value:
                best, best_value = position, value
        return best

    def _compose(self, uses: dict[int, int]) -> Draft | None:
        members = list(self.seeds)
        scarce_first = sorted(self.plan.requirements, key=lambda r: int(r.mask[self.pool].sum()))
        for requirement in scarce_first:
            while _met(requirement, members) < requirement.count:
                chosen = self._pick(
                    members, uses, lambda p, r=requirement: r.test(p) and self.relevant[p]
                )
                if chosen is None:
                    chosen = self._pick(members, uses, requirement.test)
                if chosen is None:
                    return None
                members.append(chosen)
        while _countries(self.corpus, members) < self.plan.min_countries:
            present = {self.corpus.country[m] for m in members}
            chosen = self._pick(
                members, uses, lambda p, seen=present: self.corpus.country[p] not in seen
            )
            if chosen is None:
                return None
            members.append(chosen)
        target = min(max(DEFAULT_SIZE, self.plan.size_min), self.plan.size_max)
        while len(members) < target:
            chosen = self._pick(members, uses, lambda p: bool(self.relevant[p]))
            if chosen is None:
                break
            if (
                len(members) >= self.plan.size_min
                and self.scores[chosen] < FILL_FRACTION * self.best
            ):
                break
            members.append(chosen)
        if not self.plan.size_min <= len(members) <= self.plan.size_max:
            return None
        return Draft(tuple(members))

    def alternatives(self, count: int) -> list[Draft]:
        """Up to ``count`` consortia, each differing meaningfully from the ones before it."""
        drafts: list[Draft] = []
        uses: dict[int, int] = {}
        for _ in range(count * ATTEMPTS_PER_CONSORTIUM):
            if len(drafts) == count:
                break
            draft = self._compose(uses)
            if draft is None:
                break
            added = set(draft.members) - set(self.seeds)
            for member in added:
                uses[member] = uses.get(member, 0) + 1
            if all(self._different(added, set(d.members) - set(self.seeds)) for d in drafts):
                drafts.append(draft)
        return drafts

    @staticmethod
    def _different(first: set[int], second: set[int]) -> bool:
        if not first and not second:
            return False
        return len(first & second) / max(len(first), len(second), 1) <= MAX_OVERLAP
