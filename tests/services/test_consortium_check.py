"""The rule check of the consortium editor, without Qt: which rules are met, broken, or wait for
the members' budgets, and whose budget they wait for."""

from __future__ import annotations

from desktop.models.queries.consortia import (
    ConsortiumDraft,
    MemberDraft,
    MemberOrganisation,
)
from desktop.services.consortia.check import check_draft

RULES = [
    {"code": "min_partners", "value": 2},
    {"code": "max_cost_share_per_partner", "value": 0.7},
    {"code": "budget_min", "value": 50_000},
]
ORGANISATIONS = {
    i: MemberOrganisation(i, f"SME {i}", "company", "sme", True, "NL", (), "user") for i in (1, 2)
}


def draft(*budgets: float) -> ConsortiumDraft:
    members = tuple(
        MemberDraft(i, "lead" if i == 1 else "partner", budget_cash=b)
        for i, b in enumerate(budgets, start=1)
    )
    return ConsortiumDraft("Zeewier", members)


def test_without_budgets_the_budget_rules_wait_and_say_for_whom() -> None:
    check = check_draft(draft(0, 0), ORGANISATIONS, RULES)
    assert check.violations == []
    assert check.verdict == "waiting"
    assert check.unchecked == ["max_cost_share_per_partner", "budget_min"]
    assert check.without_budget == [1, 2]


def test_one_missing_budget_keeps_the_budget_rules_waiting_for_that_member() -> None:
    check = check_draft(draft(60_000, 0), ORGANISATIONS, RULES)
    assert check.verdict == "waiting"
    assert check.without_budget == [2]


def test_with_every_budget_the_rules_are_met_or_broken() -> None:
    met = check_draft(draft(30_000, 30_000), ORGANISATIONS, RULES)
    assert (met.verdict, met.unchecked, met.without_budget) == ("met", [], [])
    broken = check_draft(draft(90_000, 10_000), ORGANISATIONS, RULES)
    assert broken.verdict == "broken"
    assert [v.code for v in broken.violations] == ["max_cost_share_per_partner"]


def test_a_broken_rule_goes_before_waiting_budgets() -> None:
    check = check_draft(draft(0), ORGANISATIONS, RULES)
    assert check.verdict == "broken"
    assert check.unchecked and check.without_budget == [1]
