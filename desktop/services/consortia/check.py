"""The instrument's rules applied to a consortium as the editor holds it (no database, no Qt)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.models.queries.consortia import ConsortiumDraft, MemberOrganisation
from matching.model import Violation
from matching.rules import MemberFacts, check_rules, unchecked_rules


@dataclass(frozen=True)
class DraftCheck:
    violations: list[Violation]
    unchecked: list[str]  # budget rules that wait for every member's budget
    total_budget: float
    without_budget: list[int]  # the members the unchecked rules wait for

    @property
    def verdict(self) -> str:
        """``broken`` (a rule is not met), ``waiting`` (the rules judged are met, budget rules
        wait for budgets) or ``met`` (every rule is met)."""
        if self.violations:
            return "broken"
        return "waiting" if self.unchecked else "met"


def member_facts(
    draft: ConsortiumDraft, organisations: Mapping[int, MemberOrganisation]
) -> list[MemberFacts]:
    """A member whose cash and in-kind budget are both zero has no budget yet."""
    facts = []
    for member in draft.members:
        organisation = organisations[member.organisation_id]
        total = member.budget_cash + member.budget_in_kind
        facts.append(
            MemberFacts(
                id=member.organisation_id,
                kind=organisation.kind,
                type=organisation.type,
                is_sme=organisation.is_sme,
                country=organisation.country,
                role=member.role,
                budget=total if total > 0 else None,
            )
        )
    return facts


def check_draft(
    draft: ConsortiumDraft,
    organisations: Mapping[int, MemberOrganisation],
    rules: Sequence[Mapping[str, Any]],
) -> DraftCheck:
    facts = member_facts(draft, organisations)
    total = sum(m.budget_cash + m.budget_in_kind for m in draft.members)
    unchecked = unchecked_rules(rules, facts)
    waiting_for = [m.id for m in facts if m.budget is None] if unchecked else []
    return DraftCheck(check_rules(rules, facts), unchecked, total, waiting_for)
