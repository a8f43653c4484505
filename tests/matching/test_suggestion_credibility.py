"""What makes a suggestion credible: members that bring something, a plausible lead, a region
that is honoured, reasons that never name the member itself, and answers (never a traceback)
on degenerate data: no projects, no profiles, one organisation, only foreign organisations."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matching.engine import Engine
from matching.features import Geography
from matching.model import Organisation, Project
from matching.places import Gazetteer, PlaceName
from matching.request import QUADRUPLE, Request
from tests.matching_fixtures import GEOGRAPHY, engine_for

HYDROGEN = "Elektrolyse en waterstofproductie"


def org(i: int, kind: str, type_: str, province: str, text: str = "", **extra) -> Organisation:
    return Organisation(i, f"Org {i}", kind, type_, province=province, text=text, **extra)


def _with_places(engine: Engine, *places: PlaceName) -> Engine:
    geography = Geography(GEOGRAPHY.neighbours, GEOGRAPHY.cluster_provinces, Gazetteer(places))
    return Engine(engine.corpus, indexes=engine.indexes, geography=geography)


def test_members_bring_a_competence_or_meet_a_requirement_and_a_company_or_institute_leads():
    organisations = [
        org(1, "society", "foundation", "NL-ZH", f"{HYDROGEN} voor bewoners, waterstof"),
        org(2, "company", "sme", "NL-ZH", HYDROGEN, is_sme=True),
        org(3, "knowledge", "university", "NL-ZH", "Waterstof en elektrolyse"),
        org(4, "government", "province", "NL-ZH", "Provinciaal beleid voor cultuur"),
        *(org(i, "company", "sme", "NL-ZH", "Muziekinstrumenten en theater") for i in range(5, 12)),
    ]
    engine = engine_for(organisations, [])
    answer = engine.suggest(Request(text="waterstof elektrolyse", consortia=3))
    assert answer.consortia
    for consortium in answer.consortia:
        ids = [m.id for m in consortium.members]
        assert not set(ids) & set(range(5, 12))  # fillers that cover nothing stay out
        lead = next(m for m in consortium.members if m.role == "lead")
        assert lead.id in (2, 3)  # never the foundation, though it matches best
        for member in consortium.members:
            needed = [r for r in member.reasons if r.code == "needed"]
            assert member.covers or needed
        government = next(m for m in consortium.members if m.id == 4)
        assert not government.covers
        assert {"constraint": "helix_kind", "value": "government"} in [
            r.values for r in government.reasons if r.code == "needed"
        ]


def test_a_chosen_region_draws_most_members_in_and_the_reasons_say_so():
    kinds = [("company", "sme"), ("knowledge", "university"), ("government", "province")]
    organisations = []
    for i in range(30):
        kind, type_ = kinds[i % 3]
        province = "NL-GR" if i < 15 else "NL-ZH"
        strength = "waterstof elektrolyse waterstof" if province == "NL-GR" else "waterstof"
        organisations.append(org(i + 1, kind, type_, province, strength, is_sme=kind == "company"))
    engine = engine_for(organisations, [])
    unguided = engine.suggest(Request(text="waterstof elektrolyse", consortia=1)).consortia[0]
    assert all(
        engine.corpus.province[engine.corpus.position[m.id]] == "NL-GR" for m in unguided.members
    )
    best = engine.suggest(Request(text="waterstof", region="NL-ZH", consortia=1)).consortia[0]
    in_region = [
        m for m in best.members if engine.corpus.province[engine.corpus.position[m.id]] == "NL-ZH"
    ]
    assert len(in_region) > len(best.members) / 2
    assert all(any(r.code == "same_province" for r in m.reasons) for m in in_region)


def test_a_place_in_the_text_is_a_preference_and_an_explicit_region_wins():
    organisations = [
        org(1, "knowledge", "university", "NL-ZH", "waterstof"),
        org(2, "knowledge", "university", "NL-GR", "waterstof"),
        org(3, "company", "sme", "NL-ZH", "waterstof", is_sme=True),
        org(4, "government", "province", "NL-GR", "waterstof"),
    ]
    engine = _with_places(engine_for(organisations, []), PlaceName("Rotterdamse haven", "NL-ZH"))
    answer = engine.suggest(Request(text="Waterstof in de Rotterdamse haven", consortia=0))
    assert answer.region == "NL-ZH" and answer.places == ("Rotterdamse haven",)
    assert [c.id for c in answer.candidates][:1] in ([1], [3])
    assert not any("rotterdam" in c for c in answer.competences)
    chosen = engine.suggest(
        Request(text="Waterstof in de Rotterdamse haven", region="NL-GR", consortia=0)
    )
    assert chosen.region == "NL-GR" and chosen.candidates[0].id in (2, 4)


def test_no_reason_names_the_member_itself():
    organisations = [
        org(1, "knowledge", "to2", "NL-ZH", "waterstof"),
        org(2, "company", "sme", "NL-ZH", "waterstof", is_sme=True),
        org(3, "government", "province", "NL-ZH", "waterstof"),
    ]
    projects = [Project(1, "waterstof", (1, 2, 3), start_year=2024)]
    engine = engine_for(organisations, projects)
    answer = engine.suggest(Request(text="waterstof", include=(1,), consortia=2))
    for consortium in answer.consortia:
        for member in consortium.members:
            partners = [r.values["partner"] for r in member.reasons if r.code == "shared_projects"]
            assert member.id not in partners


KINDS = st.sampled_from(
    [("company", "sme"), ("knowledge", "university"), ("government", "province"),
     ("society", "foundation"), ("knowledge", "hogeschool"), ("knowledge", "to2")]
)  # fmt: skip
TEXTS = st.sampled_from(["", "waterstof", "zorg en dementie", "dijken", "Org"])


@st.composite
def degenerate(draw) -> tuple[list[Organisation], list[Project]]:
    count = draw(st.integers(1, 8))
    foreign = draw(st.booleans())
    organisations = []
    for i in range(1, count + 1):
        kind, type_ = draw(KINDS)
        organisations.append(
            Organisation(
                i,
                f"Org {i}",
                kind,
                type_,
                country="DE" if foreign else draw(st.sampled_from(["NL", "BE"])),
                province=None if foreign else draw(st.sampled_from([None, "NL-ZH", "NL-GR"])),
                is_sme=draw(st.sampled_from([None, True, False])),
                text=draw(TEXTS),
            )
        )
    projects = []
    if draw(st.booleans()):
        members = tuple(draw(st.lists(st.integers(1, count), max_size=3, unique=True)))
        projects.append(
            Project(1, draw(TEXTS), members, start_year=draw(st.sampled_from([None, 2020])))
        )
    return organisations, projects


REQUESTS = st.builds(
    Request,
    text=st.sampled_from(["", "waterstof", "Waterstof in de Rotterdamse haven", "kennispartner"]),
    include=st.sampled_from([(), (1,), (99,)]),
    helix=st.sampled_from(["triple", QUADRUPLE]),
    region=st.sampled_from([None, "NL-ZH", "CL-brainport"]),
    country=st.sampled_from([None, "NL"]),
    whole_chain=st.booleans(),
    rules=st.sampled_from([(), ({"code": "min_independent_smes", "value": 2},)]),
    size_min=st.sampled_from([None, 2]),
    size_max=st.sampled_from([None, 3]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=degenerate(), request=REQUESTS)
def test_degenerate_databases_give_suggestions_or_a_problem(data, request) -> None:
    organisations, projects = data
    engine = _with_places(
        engine_for(organisations, projects), PlaceName("Rotterdamse haven", "NL-ZH")
    )
    answer = engine.suggest(request)
    assert answer.consortia or answer.problems
    ids = {o.id for o in organisations}
    assert {c.id for c in answer.candidates} <= ids - set(request.include)
    for consortium in answer.consortia:
        assert sum(m.role == "lead" for m in consortium.members) == 1


def test_a_related_concept_is_said_as_such_and_never_as_a_match():
    organisations = [
        org(1, "knowledge", "research_institute", "NL-UT", "PFAS in grondwater en drinkwater"),
        org(2, "knowledge", "university", "NL-ZH", "Waterkwaliteit van rivieren"),
    ]
    engine = engine_for(organisations, [])
    answer = engine.suggest(Request(text="PFAS verwijderen", consortia=0))
    first, second = answer.candidates
    assert (first.id, second.id) == (1, 2)
    assert [r.code for r in first.reasons][:1] == ["matched_terms"]
    related = [r for r in second.reasons if r.code in ("matched_terms", "related_concepts")]
    assert [(r.code, r.values) for r in related] == [
        ("related_concepts", {"concepts": ["water-quality"]})
    ]
