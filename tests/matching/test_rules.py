"""The instrument rules engine: built-in instruments, budgets, leads, subsidy, bad rules."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.kinds import DEFAULT_KIND, HelixKind, OrganisationType
from matching.model import Violation
from matching.rules import (
    BUDGET_CODES,
    RULE_CODES,
    Constraints,
    MemberFacts,
    check_rules,
    instrument_is_valid,
    structural_rules,
    subsidy,
    unchecked_rules,
)

INSTRUMENTS_JSON = Path(__file__).resolve().parents[2] / "resources/reference/instruments.json"
INSTRUMENTS: dict[str, dict[str, Any]] = {
    i["code"]: i for i in json.loads(INSTRUMENTS_JSON.read_text(encoding="utf-8"))
}
INFORMATIONAL = {"subsidy_rate", "max_subsidy", "government_challenge"}
NOT_KNOWLEDGE = ["government", "knowledge", "society"]


def member(
    id: int,
    type: str,
    role: str = "partner",
    *,
    is_sme: bool | None = None,
    country: str = "NL",
    budget: float | None = None,
    kind: str | None = None,
) -> MemberFacts:
    kind = kind or DEFAULT_KIND[OrganisationType(type)].value
    return MemberFacts(id, kind, type, is_sme, country, role, budget)


def sme(id: int, role: str = "partner", **facts: Any) -> MemberFacts:
    return member(id, "sme", role, is_sme=True, **facts)


def v(code: str, /, **values: Any) -> Violation:
    return Violation(code, values)


def rules_of(code: str) -> list[dict[str, Any]]:
    return INSTRUMENTS[code]["rules"]


# Per instrument: a consortium that passes, and consortia that fail, with the exact violations.
# Budgets are given where the instrument has budget rules, so that those are judged too.
PASSING: dict[str, list[MemberFacts]] = {
    "mit-feasibility": [sme(1, "lead"), member(2, "university", "subcontractor")],
    "mit-rd": [sme(1, "lead", budget=70_000), sme(2, budget=30_000)],
    "pps-innovatie": [member(1, "university", "lead"), member(2, "large_company")],
    "wbso": [member(1, "large_company", "lead")],
    "sbir": [member(1, "startup", "lead"), member(2, "university", "subcontractor")],
    "nwo-kic": [
        member(1, "university", "lead", budget=500_000),
        member(2, "large_company", budget=250_000),
    ],
    "raak-mkb": [
        member(1, "hogeschool", "lead"),
        *[sme(i) for i in range(2, 8)],
        member(8, "branch_association"),
    ],
    "horizon-ria": [
        member(1, "university", "lead"),
        member(2, "large_company", country="DE"),
        member(3, "research_institute", country="FR"),
    ],
    "horizon-ia": [
        member(1, "large_company", "lead"),
        member(2, "to2", country="DE"),
        member(3, "sme", is_sme=True, country="fr "),
    ],
    "interreg-europe": [
        member(1, "province", "lead"),
        member(2, "municipality", country="BE"),
        member(3, "university", country="DE"),
        member(4, "large_company", "subcontractor", country="DE"),
    ],
}

FAILING: dict[str, list[tuple[list[MemberFacts], list[Violation]]]] = {
    "mit-feasibility": [
        (
            [member(1, "university", "subcontractor")],
            [
                v("min_partners", required=1, actual=0),
                v("min_independent_smes", required=1, actual=0),
                v("lead_count", required=1, actual=0, members=[]),
            ],
        ),
        ([sme(1, "lead"), sme(2)], [v("max_partners", maximum=1, actual=2)]),
        (
            [member(1, "large_company", "lead", is_sme=False)],
            [v("min_independent_smes", required=1, actual=0)],
        ),
        (
            [member(1, "university", "lead")],
            [
                v("min_independent_smes", required=1, actual=0),
                v("lead_kinds", allowed=["company"], members=[1]),
                v("forbidden_kinds", kinds=NOT_KNOWLEDGE, members=[1]),
            ],
        ),
        (
            [sme(1, "lead"), member(2, "municipality")],
            [
                v("max_partners", maximum=1, actual=2),
                v("forbidden_kinds", kinds=NOT_KNOWLEDGE, members=[2]),
            ],
        ),
        ([sme(1)], [v("lead_count", required=1, actual=0, members=[])]),
    ],
    "mit-rd": [
        (
            [sme(1, "lead", budget=1.0), sme(1, budget=1.0)],  # the same SME twice counts once
            [
                v("min_partners", required=2, actual=1),
                v("min_independent_smes", required=2, actual=1),
                v("max_cost_share_per_partner", maximum=0.7, actual=1.0, members=[1]),
            ],
        ),
        (
            [sme(1, "lead", budget=1.0), member(2, "large_company", is_sme=False, budget=1.0)],
            [v("min_independent_smes", required=2, actual=1)],
        ),
        (
            [member(1, "to2", "lead", budget=1.0), sme(2, budget=1.0), sme(3, budget=1.0)],
            [
                v("lead_kinds", allowed=["company"], members=[1]),
                v("forbidden_kinds", kinds=NOT_KNOWLEDGE, members=[1]),
            ],
        ),
        (
            [sme(1, "lead", budget=80_000), sme(2, budget=20_000)],
            [v("max_cost_share_per_partner", maximum=0.7, actual=0.8, members=[1])],
        ),
        (  # the subcontractor's costs count in the total, not as a partner's share
            [
                sme(1, "lead", budget=40_000),
                sme(2, budget=20_000),
                member(3, "university", "subcontractor", budget=40_000),
            ],
            [],
        ),
    ],
    "pps-innovatie": [
        (
            [member(1, "university", "lead"), member(2, "university")],
            [v("min_of_kind", kind="company", required=1, actual=0)],
        ),
        (
            [member(1, "large_company", "lead"), member(2, "to2", "subcontractor")],
            [
                v("min_partners", required=2, actual=1),
                v("min_of_kind", kind="knowledge", required=1, actual=0),
            ],
        ),
    ],
    "wbso": [
        (
            [member(1, "large_company", "lead"), sme(2)],
            [v("max_partners", maximum=1, actual=2)],
        ),
        ([member(1, "ngo", "lead")], [v("lead_kinds", allowed=["company"], members=[1])]),
        ([member(1, "large_company")], [v("lead_count", required=1, actual=0, members=[])]),
    ],
    "sbir": [
        (  # a contract goes to one company: not to a consortium
            [member(1, "startup", "lead"), member(2, "university")],
            [
                v("max_partners", maximum=1, actual=2),
                v("forbidden_kinds", kinds=["government", "knowledge", "society"], members=[2]),
            ],
        ),
        (
            [member(1, "university", "lead")],
            [
                v("lead_kinds", allowed=["company"], members=[1]),
                v("forbidden_kinds", kinds=["government", "knowledge", "society"], members=[1]),
            ],
        ),
        (
            [member(1, "to2", "subcontractor")],
            [
                v("min_partners", required=1, actual=0),
                v("lead_count", required=1, actual=0, members=[]),
            ],
        ),
    ],
    "nwo-kic": [
        (
            [member(1, "umc", "lead", budget=400_000), sme(2, budget=300_000)],
            [v("budget_min", required=750_000, actual=700_000)],
        ),
        (
            [member(1, "umc", "lead", budget=3_000_000), sme(2, budget=1_500_000)],
            [v("budget_max", maximum=4_000_000, actual=4_500_000)],
        ),
        (
            [member(1, "large_company", "lead", budget=1e6), member(2, "umc", budget=1e6)],
            [v("lead_kinds", allowed=["knowledge"], members=[1])],
        ),
        (  # a main applicant with one or more co-applicants
            [member(1, "university", "lead", budget=1e6)],
            [v("min_partners", required=2, actual=1)],
        ),
    ],
    "raak-mkb": [
        (
            [member(1, "hogeschool", "lead"), *[sme(i) for i in range(2, 7)]],
            [v("min_independent_smes", required=6, actual=5)],
        ),
        (  # is_sme unknown, and an SME outside the company helix, do not count
            [
                member(1, "hogeschool", "lead"),
                *[sme(i) for i in range(2, 6)],
                member(6, "sme", is_sme=None),
                member(7, "cooperative", is_sme=True),
            ],
            [v("min_independent_smes", required=6, actual=4)],
        ),
        (
            [
                member(1, "university", "lead"),
                member(2, "hogeschool"),
                *[sme(i) for i in range(3, 9)],
            ],
            [v("lead_types", allowed=["hogeschool"], members=[1])],
        ),
        (
            [
                member(1, "university", "lead"),
                member(2, "hogeschool", "subcontractor"),
                *[sme(i) for i in range(3, 9)],
            ],
            [
                v("lead_types", allowed=["hogeschool"], members=[1]),
                v("min_of_type", type="hogeschool", required=1, actual=0),
            ],
        ),
    ],
    "horizon-ria": [
        (
            [member(1, "university", "lead"), sme(2), member(3, "to2", country="DE")],
            [v("min_countries", required=3, actual=2)],
        ),
        (
            [
                member(1, "university", "lead"),
                sme(2, country="DE"),
                member(3, "to2", "subcontractor", country="FR"),
            ],
            [v("min_partners", required=3, actual=2), v("min_countries", required=3, actual=2)],
        ),
    ],
    "horizon-ia": [
        (
            [member(1, "large_company", "lead"), sme(2, country=""), sme(3, country="nl")],
            [v("min_countries", required=3, actual=1)],
        ),
        ([], [v("min_partners", required=3, actual=0), v("min_countries", required=3, actual=0)]),
    ],
    "interreg-europe": [
        (
            [
                member(1, "province", "lead"),
                member(2, "municipality", country="BE"),
                member(3, "university", country="DE"),
                sme(4, country="IT"),
            ],
            [v("forbidden_kinds", kinds=["company"], members=[4])],
        ),
        (
            [member(1, "water_board", "lead"), member(2, "ngo", country="BE")],
            [v("min_partners", required=3, actual=2), v("min_countries", required=3, actual=2)],
        ),
        (  # a private non-profit body is a partner, never the lead partner
            [member(1, "ngo", "lead"), member(2, "province", country="BE"), member(3, "ministry")],
            [
                v("min_countries", required=3, actual=2),
                v("lead_kinds", allowed=["government", "knowledge"], members=[1]),
            ],
        ),
    ],
}


def test_every_instrument_is_covered() -> None:
    assert set(PASSING) == set(INSTRUMENTS) == set(FAILING)


def test_every_rule_code_used_is_known() -> None:
    used = {rule["code"] for i in INSTRUMENTS.values() for rule in i["rules"]}
    assert used <= RULE_CODES


@pytest.mark.parametrize("code", sorted(INSTRUMENTS))
def test_built_in_instrument_passes(code: str) -> None:
    assert check_rules(rules_of(code), PASSING[code]) == []
    assert unchecked_rules(rules_of(code), PASSING[code]) == []


@pytest.mark.parametrize(
    ("code", "members", "expected"),
    [(code, m, e) for code, cases in FAILING.items() for m, e in cases],
)
def test_built_in_instrument_fails(
    code: str, members: list[MemberFacts], expected: list[Violation]
) -> None:
    assert check_rules(rules_of(code), members) == expected


@pytest.mark.parametrize("code", sorted(INSTRUMENTS))
def test_every_rule_of_every_instrument_fails_somewhere(code: str) -> None:
    required = {r["code"] for r in rules_of(code)} - INFORMATIONAL
    seen = {violation.code for _, expected in FAILING[code] for violation in expected}
    assert required <= seen


# --- budget rules ---------------------------------------------------------------------------------


def test_budget_rules_wait_until_every_budget_is_known() -> None:
    too_big = [member(1, "university", "lead", budget=5e6), sme(2, budget=None)]
    assert check_rules(rules_of("nwo-kic"), too_big) == []
    assert unchecked_rules(rules_of("nwo-kic"), too_big) == ["budget_min", "budget_max"]

    known = [too_big[0], sme(2, budget=1e6)]
    assert check_rules(rules_of("nwo-kic"), known) == [
        v("budget_max", maximum=4_000_000, actual=6e6)
    ]
    assert unchecked_rules(rules_of("nwo-kic"), known) == []


def test_unchecked_rules_name_only_well_formed_budget_rules_once() -> None:
    rules = [
        {"code": "budget_min", "value": 1},
        {"code": "budget_min", "value": 2},
        {"code": "budget_max", "value": -1},
        {"code": "max_research_share", "value": 0.5},
        {"code": "min_partners", "value": 1},
    ]
    assert unchecked_rules(rules, [sme(1, "lead")]) == ["budget_min", "max_research_share"]
    budget_codes = {"budget_min", "budget_max", "max_cost_share_per_partner", "max_research_share"}
    assert budget_codes == BUDGET_CODES


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -1.0])
def test_a_budget_that_is_not_a_number_counts_as_unknown(bad: float) -> None:
    members = [sme(1, "lead", budget=bad), sme(2, budget=10.0)]
    assert check_rules(rules_of("mit-rd"), members) == []
    assert unchecked_rules(rules_of("mit-rd"), members) == ["max_cost_share_per_partner"]


def test_cost_share_at_the_maximum_passes_and_is_judged_per_participant() -> None:
    rules = [{"code": "max_cost_share_per_partner", "value": 0.5}]
    assert check_rules(rules, [sme(1, "lead", budget=50), sme(2, budget=50)]) == []
    # one organisation listed twice carries the sum of its costs
    twice = [sme(1, "lead", budget=30), sme(1, budget=30), sme(2, budget=40)]
    assert check_rules(rules, twice) == [
        v("max_cost_share_per_partner", maximum=0.5, actual=0.6, members=[1])
    ]
    assert check_rules(rules, [sme(1, "lead", budget=0), sme(2, budget=0)]) == []


def test_max_research_share() -> None:
    rules = [{"code": "max_research_share", "value": 0.5}]
    members = [
        member(1, "university", "lead", budget=40),
        sme(2, budget=40),
        member(3, "to2", "subcontractor", budget=20),
    ]
    assert check_rules(rules, members) == [
        v("max_research_share", maximum=0.5, actual=0.6, members=[1, 3])
    ]
    assert check_rules([{"code": "max_research_share", "value": 0.6}], members) == []
    assert check_rules(rules, [sme(1, "lead", budget=10)]) == []


# --- leads ----------------------------------------------------------------------------------------


def test_lead_count_is_judged_once_and_only_with_lead_rules() -> None:
    both = [
        {"code": "lead_kinds", "value": ["knowledge"]},
        {"code": "lead_types", "value": ["to2"]},
    ]
    no_lead = [member(1, "to2")]
    assert check_rules(both, no_lead) == [v("lead_count", required=1, actual=0, members=[])]
    assert check_rules([{"code": "min_partners", "value": 1}], no_lead) == []
    assert check_rules(both, [member(1, "to2", "lead")]) == []
    assert check_rules(both, [member(1, "university", "lead")]) == [
        v("lead_types", allowed=["to2"], members=[1])
    ]


def test_a_subcontractor_is_never_the_lead() -> None:
    rules = [{"code": "lead_kinds", "value": ["company"]}]
    members = [sme(1, "subcontractor"), sme(2)]
    assert check_rules(rules, members) == [v("lead_count", required=1, actual=0, members=[])]


# --- subsidy --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "total", "expected"),
    [
        ("mit-feasibility", 30_000, 12_000),
        ("mit-feasibility", 100_000, 20_000),
        ("mit-rd", 500_000, 175_000),
        ("mit-rd", 2_000_000, 350_000),
        ("raak-mkb", 500_000, 300_000),
        ("raak-mkb", 200_000, 200_000),
        ("horizon-ria", 1_000_000, 1_000_000),
        ("horizon-ia", 1_000_000, 700_000),
        ("interreg-europe", 100_000, 80_000),
        ("pps-innovatie", 100_000, None),
        ("wbso", 100_000, None),
        ("mit-rd", -1, None),
        ("mit-rd", float("nan"), None),
    ],
)
def test_subsidy(code: str, total: float, expected: float | None) -> None:
    assert subsidy(rules_of(code), total) == (None if expected is None else pytest.approx(expected))


def test_subsidy_takes_the_lowest_rate_and_maximum_and_skips_malformed() -> None:
    rules = [
        {"code": "subsidy_rate", "value": 0.5},
        {"code": "subsidy_rate", "value": 0.25},
        {"code": "subsidy_rate", "value": 7},
        {"code": "max_subsidy", "value": 100},
        {"code": "max_subsidy", "value": 50},
    ]
    assert subsidy(rules, 100) == 25.0
    assert subsidy(rules, 1000) == 50.0
    assert subsidy("nonsense", 1000) is None  # type: ignore[arg-type]


def test_informational_rules_are_never_violated() -> None:
    rules = [{"code": "subsidy_rate", "value": 0.1}, {"code": "max_subsidy", "value": 0}]
    assert check_rules(rules, []) == []


# --- unknown and malformed rules ------------------------------------------------------------------


def test_unknown_rule() -> None:
    rule = {"code": "min_moons", "value": 2}
    assert check_rules([{"code": "min_partners", "value": 0}, rule], []) == [
        v("unknown_rule", index=1, code="min_moons", rule=rule)
    ]


@pytest.mark.parametrize(
    ("rule", "code", "expected"),
    [
        ({"code": "min_partners", "value": -1}, "min_partners", "count"),
        ({"code": "min_partners", "value": 1.5}, "min_partners", "count"),
        ({"code": "min_partners", "value": True}, "min_partners", "count"),
        ({"code": "min_partners", "value": "2"}, "min_partners", "count"),
        ({"code": "min_partners"}, "min_partners", "count"),
        ({"code": "max_partners", "value": 10**400}, "max_partners", "count"),
        ({"code": "subsidy_rate", "value": 1.5}, "subsidy_rate", "fraction"),
        ({"code": "max_research_share", "value": float("nan")}, "max_research_share", "fraction"),
        ({"code": "budget_min", "value": -5}, "budget_min", "amount"),
        ({"code": "budget_max", "value": float("inf")}, "budget_max", "amount"),
        ({"code": "lead_kinds", "value": "company"}, "lead_kinds", "kinds"),
        ({"code": "lead_kinds", "value": []}, "lead_kinds", "kinds"),
        ({"code": "lead_kinds", "value": ["compnay"]}, "lead_kinds", "kinds"),
        ({"code": "forbidden_kinds", "value": [["company"]]}, "forbidden_kinds", "kinds"),
        ({"code": "lead_types", "value": ["knowledge"]}, "lead_types", "types"),
        ({"code": "min_of_kind", "value": {"kind": "company"}}, "min_of_kind", "kind_count"),
        ({"code": "min_of_kind", "value": {"count": 1}}, "min_of_kind", "kind_count"),
        ({"code": "min_of_kind", "value": [{"kind": "company"}]}, "min_of_kind", "kind_count"),
        (
            {"code": "min_of_type", "value": {"type": "sme", "count": -2}},
            "min_of_type",
            "type_count",
        ),
        ({"value": 2}, None, "rule"),
        ({"code": 7, "value": 2}, None, "rule"),
        ("min_partners", None, "rule"),
        (None, None, "rule"),
        ([[[[]]]], None, "rule"),
    ],
)
def test_malformed_rule(rule: Any, code: str | None, expected: str) -> None:
    found = check_rules([rule], [sme(1, "lead")])
    assert found == [v("malformed_rule", index=0, code=code, rule=rule, expected=expected)]


def test_rules_that_are_not_a_list() -> None:
    for rules in (None, "min_partners", {"code": "min_partners", "value": 1}, 3):
        assert check_rules(rules, []) == [  # type: ignore[arg-type]
            v("malformed_rule", index=None, code=None, rule=rules, expected="rule_list")
        ]
        assert unchecked_rules(rules, []) == []  # type: ignore[arg-type]
        assert structural_rules(rules) == Constraints()  # type: ignore[arg-type]


def test_deeply_nested_rule_does_not_raise() -> None:
    deep: Any = 1
    for _ in range(10_000):
        deep = {"count": deep}
    rules = [{"code": "min_of_kind", "value": deep}, {"code": deep, "value": deep}]
    found = check_rules(rules, [sme(1, "lead")])
    assert [(f.code, f.values["expected"]) for f in found] == [
        ("malformed_rule", "kind_count"),
        ("malformed_rule", "rule"),
    ]


def test_whole_numbers_written_as_floats_are_counts() -> None:
    assert check_rules([{"code": "min_partners", "value": 2.0}], [sme(1, "lead")]) == [
        v("min_partners", required=2, actual=1)
    ]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=20,
)
kind_names = st.sampled_from([*HelixKind, "alien"])
type_names = st.sampled_from([*OrganisationType, "alien"])
rule_values = (
    json_values
    | st.integers(-2, 8)
    | st.floats(-1, 2)
    | st.lists(kind_names | type_names, max_size=3)
    | st.fixed_dictionaries({"kind": kind_names, "count": st.integers(-1, 4)})
    | st.fixed_dictionaries({"type": type_names, "count": st.integers(-1, 4)})
)
random_rules = st.lists(
    st.fixed_dictionaries(
        {"code": st.sampled_from(sorted(RULE_CODES)) | json_values, "value": rule_values}
    )
    | json_values,
    max_size=8,
)
random_members = st.lists(
    st.builds(
        MemberFacts,
        id=st.integers(0, 6),
        kind=kind_names,
        type=type_names,
        is_sme=st.none() | st.booleans(),
        country=st.sampled_from(["NL", "DE", "be", "", " "]) | st.text(max_size=3),
        role=st.sampled_from(["lead", "partner", "subcontractor", "other"]),
        budget=st.none() | st.floats() | st.integers(-10, 10**6),
    ),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(rules=random_rules | json_values, members=random_members, total=json_values)
def test_random_rules_never_raise(rules: Any, members: list[MemberFacts], total: Any) -> None:
    found = check_rules(rules, members)
    assert isinstance(found, list)
    assert all(isinstance(violation, Violation) for violation in found)
    assert all(isinstance(code, str) for code in unchecked_rules(rules, members))
    assert isinstance(structural_rules(rules), Constraints)
    assert subsidy(rules, total) is None or isinstance(subsidy(rules, total), float)


# --- structural rules and validity ----------------------------------------------------------------


def test_structural_rules_of_built_in_instruments() -> None:
    assert structural_rules(rules_of("mit-rd")) == Constraints(
        min_partners=2,
        min_independent_smes=2,
        forbidden_kinds=frozenset(NOT_KNOWLEDGE),
        lead_kinds=frozenset({"company"}),
    )
    assert structural_rules(rules_of("pps-innovatie")) == Constraints(
        min_partners=2, min_of_kind={"knowledge": 1, "company": 1}
    )
    assert structural_rules(rules_of("raak-mkb")) == Constraints(
        min_independent_smes=6, min_of_type={"hogeschool": 1}, lead_types=frozenset({"hogeschool"})
    )
    assert structural_rules(rules_of("horizon-ria")) == Constraints(min_partners=3, min_countries=3)
    assert structural_rules(rules_of("wbso")) == Constraints(
        max_partners=1, lead_kinds=frozenset({"company"})
    )


def test_structural_rules_combine_to_the_strictest_and_skip_bad_rules() -> None:
    rules = [
        {"code": "min_of_kind", "value": {"kind": "knowledge", "count": 1}},
        {"code": "min_of_kind", "value": {"kind": "knowledge", "count": 3}},
        {"code": "min_of_kind", "value": {"kind": "knowledge", "count": 2}},
        {"code": "min_partners", "value": 4},
        {"code": "min_partners", "value": 2},
        {"code": "max_partners", "value": 9},
        {"code": "max_partners", "value": 6},
        {"code": "forbidden_kinds", "value": ["society"]},
        {"code": "forbidden_kinds", "value": ["government"]},
        {"code": "lead_kinds", "value": ["company", "knowledge"]},
        {"code": "lead_kinds", "value": ["knowledge", "society"]},
        {"code": "min_countries", "value": -3},
        {"code": "min_moons", "value": 3},
        {"code": "budget_min", "value": 10},
    ]
    assert structural_rules(rules) == Constraints(
        min_partners=4,
        max_partners=6,
        min_of_kind={"knowledge": 3},
        forbidden_kinds=frozenset({"society", "government"}),
        lead_kinds=frozenset({"knowledge"}),
    )


@pytest.mark.parametrize(
    ("valid_from", "valid_until", "on", "expected"),
    [
        (None, None, date(1990, 1, 1), True),
        (date(2024, 1, 1), None, date(2023, 12, 31), False),
        (date(2024, 1, 1), None, date(2024, 1, 1), True),
        (date(2021, 1, 1), date(2027, 12, 31), date(2027, 12, 31), True),
        (date(2021, 1, 1), date(2027, 12, 31), date(2028, 1, 1), False),
        (None, date(2027, 12, 31), date(2020, 1, 1), True),
    ],
)
def test_instrument_is_valid(
    valid_from: date | None, valid_until: date | None, on: date, expected: bool
) -> None:
    assert instrument_is_valid(valid_from, valid_until, on) is expected


def test_validity_of_built_in_instruments() -> None:
    def valid(code: str, on: date) -> bool:
        instrument = INSTRUMENTS[code]
        dates = [instrument["valid_from"], instrument["valid_until"]]
        start, end = (date.fromisoformat(d) if d else None for d in dates)
        return instrument_is_valid(start, end, on)

    assert not valid("pps-innovatie", date(2023, 12, 31))
    assert valid("pps-innovatie", date(2024, 1, 1))
    assert valid("horizon-ia", date(2025, 6, 1))
    assert not valid("horizon-ia", date(2028, 1, 1))
    assert valid("wbso", date(2000, 1, 1))
