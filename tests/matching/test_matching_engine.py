"""The engine: ranking, reasons, consortia under hard constraints, impossible requests."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.composition import MAX_OVERLAP
from matching.model import Organisation, Project
from matching.request import Request
from matching.rules import MemberFacts, check_rules
from tests.matching_fixtures import engine_for, random_corpus

INSTRUMENTS = {
    i["code"]: tuple(i["rules"])
    for i in json.loads(
        (Path(__file__).resolve().parents[2] / "resources/reference/instruments.json").read_text()
    )
}

ORGS = [
    Organisation(1, "Hydrogenics Delft", "company", "sme", province="NL-ZH", is_sme=True,
                 text="Electrolysis and hydrogen storage systems for ports"),
    Organisation(2, "Waterstofwerk", "company", "startup", province="NL-GR", is_sme=True,
                 text="Groene waterstofproductie met elektrolysers"),
    Organisation(3, "Eiwitboer", "company", "sme", province="NL-GE", is_sme=True,
                 text="Plantaardige eiwitten uit erwten"),
    Organisation(4, "TU Waterstof", "knowledge", "university", province="NL-ZH",
                 text="Research on hydrogen production and catalysis"),
    Organisation(5, "Hogeschool Noord", "knowledge", "hogeschool", province="NL-GR",
                 text="Praktijkgericht onderzoek naar energie en waterstof"),
    Organisation(6, "Provincie Groningen", "government", "province", province="NL-GR",
                 text="Regionale energietransitie"),
    Organisation(7, "Gemeente Delft", "government", "municipality", province="NL-ZH",
                 text="Duurzame stad"),
    Organisation(8, "Energiecoop", "society", "cooperative", province="NL-GR",
                 text="Burgers wekken samen energie op, ook waterstof"),
    Organisation(9, "Zorgdata", "company", "startup", province="NL-UT", is_sme=True,
                 text="Zorg op afstand met sensoren", open_consortia=0),
    Organisation(10, "TNO-achtig", "knowledge", "to2", province="NL-ZH",
                 text="Applied research hydrogen and electrolysis", open_consortia=12),
    Organisation(11, "Belgische H2", "company", "sme", country="BE", is_sme=True,
                 text="hydrogen electrolysis"),
]  # fmt: skip
PROJECTS = [
    Project(1, "Waterstof in de haven", (2, 5, 6), start_year=2022),
    Project(2, "Elektrolyse opschalen", (2, 5), start_year=2023),
    Project(3, "Hydrogen storage pilot", (1, 4, 7), start_year=2019),
    Project(4, "Eiwittransitie", (3, 4), start_year=2015),
]


@pytest.fixture(scope="module")
def engine():
    return engine_for(ORGS, PROJECTS)


def ids(suggestion) -> list[int]:
    return [c.id for c in suggestion.candidates]


def test_dutch_and_english_compounds_and_typos_find_hydrogen_work(engine) -> None:
    for text in ("waterstofproductie", "hydrogen electrolysis", "waterstf elektrolyse"):
        top = ids(engine.suggest(Request(text=text, consortia=0)))[:5]
        assert {1, 2, 4} & set(top[:3]), text
        assert 3 not in top[:4] and 9 not in top[:4], text


def test_partners_of_the_must_include_rank_higher_and_say_so(engine) -> None:
    suggestion = engine.suggest(Request(text="waterstof", include=(2,), consortia=0))
    assert 2 not in ids(suggestion)
    by_id = {c.id: c for c in suggestion.candidates}
    assert ids(suggestion)[0] in (5, 6)
    shared = [r for r in by_id[5].reasons if r.code == "shared_projects"]
    assert shared and shared[0].values == {"partner": 2, "count": 2}


def test_region_is_a_preference_not_a_wall(engine) -> None:
    near = engine.suggest(Request(text="waterstof", region="NL-GR", consortia=0))
    parts = {c.id: c.parts["region"] for c in near.candidates}
    assert parts[2] == 1.0 and parts[1] == 0.0
    assert 1 in ids(near) and 4 in ids(near)  # outside the region, still suggested


def test_exclusions_country_filter_and_load(engine) -> None:
    base = engine.suggest(Request(text="hydrogen electrolysis", consortia=0))
    assert 11 in ids(base)
    dutch = engine.suggest(
        Request(text="hydrogen electrolysis", country="NL", exclude=(1,), consortia=0)
    )
    assert 11 not in ids(dutch) and 1 not in ids(dutch)
    busy = next(c for c in base.candidates if c.id == 10)
    assert busy.parts["load"] == 1.0
    assert any(r.code == "busy" for r in busy.reasons)


def test_triple_and_quadruple_helix_consortia_with_must_include(engine) -> None:
    for helix, kinds in (("triple", 3), ("quadruple", 4)):
        suggestion = engine.suggest(
            Request(text="waterstof", include=(2,), helix=helix, country="NL")
        )
        assert suggestion.consortia, suggestion.problems
        for consortium in suggestion.consortia:
            members = [m.id for m in consortium.members]
            assert 2 in members and 11 not in members
            present = {ORGS[m - 1].kind for m in members}
            assert len(present) >= kinds
            assert sum(1 for m in consortium.members if m.role == "lead") == 1
            assert consortium.parts.keys() == {"relevance", "cohesion", "coverage", "balance"}


def test_competences_are_covered_or_listed_as_open(engine) -> None:
    suggestion = engine.suggest(Request(text="waterstof elektrolyse en plantaardige eiwitten"))
    assert {"hydrogen", "electrolysis"} <= set(suggestion.competences)
    for consortium in suggestion.consortia:
        covered = {c for m in consortium.members for c in m.covers}
        assert set(consortium.covered) == covered
        assert set(consortium.covered) | set(consortium.uncovered) == set(suggestion.competences)


def test_impossible_request_says_which_constraint_fails(engine) -> None:
    suggestion = engine.suggest(
        Request(text="zorg", rules=INSTRUMENTS["mit-rd"], exclude=(1, 2, 3, 11))
    )
    assert suggestion.consortia == ()
    problem = next(
        p for p in suggestion.problems if p.values.get("constraint") == "min_independent_smes"
    )
    assert problem.code == "unsatisfiable"
    assert problem.values["required"] == 2 and problem.values["available"] == 1


def test_size_that_cannot_hold_the_quotas_is_reported(engine) -> None:
    suggestion = engine.suggest(Request(text="waterstof", helix="quadruple", size_max=2))
    assert any(p.code == "size_conflict" for p in suggestion.problems)


def test_a_size_too_small_for_the_instruments_smes_is_reported(engine) -> None:
    # RAAK-SME: a hogeschool and six independent SMEs, in a triple helix: eight at least.
    request = Request(text="waterstof", rules=INSTRUMENTS["raak-mkb"], size_min=4, size_max=6)
    suggestion = engine.suggest(request)
    assert suggestion.consortia == ()
    conflict = next(p for p in suggestion.problems if p.code == "size_conflict")
    assert conflict.values == {"min": 8, "max": 6}


def test_five_meaningfully_different_alternatives() -> None:
    organisations, projects = random_corpus()
    engine = engine_for(organisations, projects)
    suggestion = engine.suggest(Request(text="waterstof en elektrolyse", helix="triple"))
    assert len(suggestion.consortia) == 5
    sets = [{m.id for m in c.members} for c in suggestion.consortia]
    for i, first in enumerate(sets):
        for second in sets[i + 1 :]:
            assert len(first & second) / max(len(first), len(second)) <= MAX_OVERLAP
    assert [c.score for c in suggestion.consortia] == sorted(
        (c.score for c in suggestion.consortia), reverse=True
    )


RANDOM = random_corpus()
RANDOM_ENGINE = engine_for(*RANDOM)
BY_ID = {o.id: o for o in RANDOM[0]}


@settings(max_examples=60, deadline=None)
@given(
    helix=st.sampled_from(["triple", "quadruple"]),
    include=st.lists(st.integers(1, 120), max_size=3, unique=True),
    exclude=st.lists(st.integers(1, 120), max_size=15, unique=True),
    size=st.tuples(st.integers(1, 8), st.integers(0, 6)),
    instrument=st.sampled_from([None, *INSTRUMENTS]),
    whole_chain=st.booleans(),
    country=st.sampled_from([None, "NL"]),
    text=st.sampled_from(["waterstof", "eiwit zeewier", "zorg sensoren", "dijk klimaat", ""]),
)
def test_every_consortium_meets_every_hard_constraint(
    helix, include, exclude, size, instrument, whole_chain, country, text
) -> None:
    exclude = [e for e in exclude if e not in include]
    size_min, size_max = size[0], size[0] + size[1]
    rules = INSTRUMENTS[instrument] if instrument else ()
    request = Request(
        text=text or "innovatie", include=tuple(include), exclude=tuple(exclude), helix=helix,
        size_min=size_min, size_max=size_max, rules=rules, whole_chain=whole_chain, country=country,
    )  # fmt: skip
    suggestion = RANDOM_ENGINE.suggest(request)
    assert suggestion.consortia or suggestion.problems
    forbidden = next((r["value"] for r in rules if r["code"] == "forbidden_kinds"), [])
    for consortium in suggestion.consortia:
        members = [m.id for m in consortium.members]
        orgs = [BY_ID[m] for m in members]
        assert len(set(members)) == len(members)
        assert set(include) <= set(members)
        assert not set(exclude) & set(members)
        assert size_min <= len(members) <= size_max or len(include) > size_max
        kinds = Counter(o.kind for o in orgs)
        wanted = {"company", "knowledge", "government"} | (
            {"society"} if helix == "quadruple" else set()
        )
        for kind in wanted - set(forbidden):
            assert kinds[kind] >= 1, (kind, members)
        if whole_chain:
            assert {"university", "to2", "hogeschool"} <= {o.type for o in orgs}
        others = [o for o in orgs if o.id not in include]
        if country:
            assert all(o.country == country for o in others)
        facts = [
            MemberFacts(o.id, o.kind, o.type, o.is_sme, o.country, m.role, None)
            for o, m in zip(orgs, consortium.members, strict=True)
        ]
        assert check_rules(rules, facts) == list(consortium.violations)
        if not any(BY_ID[i].kind in forbidden for i in include):
            assert consortium.violations == ()  # only a forbidden must-include can break a rule
