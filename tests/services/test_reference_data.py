"""The built-in data: counts as listed, every reference resolves, demonstration data is marked."""

from __future__ import annotations

from collections import Counter

from sqlmodel import select

from desktop.models import (
    Instrument,
    Mission,
    Organisation,
    OrganisationMission,
    OrganisationTopsector,
    Region,
    Theme,
    Tki,
    Topsector,
)
from desktop.models.queries.reference import count_reference
from desktop.services.lifecycle.builtin_data import (
    load_reference_organisations,
    load_reference_tables,
)
from matching.kinds import DEFAULT_KIND, HelixKind, OrganisationType

RULE_CODES = {
    "min_partners", "max_partners", "min_independent_smes", "min_of_kind", "min_of_type",
    "forbidden_kinds", "min_countries", "max_cost_share_per_partner", "max_research_share",
    "budget_min", "budget_max", "max_subsidy", "subsidy_rate", "lead_kinds", "lead_types",
    "government_challenge",
}  # fmt: skip


def test_counts_as_listed(database) -> None:
    with database.transaction() as session:
        counts = count_reference(session)
    assert counts["regions.province"] == 12
    assert counts["regions.municipality"] == 342
    assert counts["regions.corop"] == 40
    assert counts["regions.cluster"] >= 15
    assert counts["themes"] == 4
    assert counts["topsectors"] == 10  # nine topsectors and ICT
    assert counts["missions"] >= 25
    assert counts["technologies"] >= 10
    assert counts["instruments"] == 10


def test_every_region_lies_in_a_province(database) -> None:
    with database.transaction() as session:
        regions = session.exec(select(Region)).all()
    by_code = {r.code: r for r in regions}
    for region in regions:
        if region.kind in ("municipality", "corop"):
            assert by_code[region.province_code].kind == "province", region.code
        if region.kind == "cluster":
            assert by_code[region.province_code].kind == "province", region.code
            assert region.municipality_codes, region.code
            for code in region.municipality_codes:
                assert by_code[code].kind == "municipality", (region.code, code)
    provinces_with_municipalities = {r.province_code for r in regions if r.kind == "municipality"}
    assert len(provinces_with_municipalities) == 12


def test_every_mission_has_a_theme_and_every_theme_missions(database) -> None:
    with database.transaction() as session:
        missions = session.exec(select(Mission)).all()
        themes = {t.code for t in session.exec(select(Theme))}
        tki_sectors = {t.topsector_code for t in session.exec(select(Tki))}
        topsectors = {t.code for t in session.exec(select(Topsector))}
    assert {m.theme_code for m in missions} == themes == {"ET", "LWV", "GZ", "V"}
    assert all(m.text and m.title for m in missions)
    assert sum(m.target_year is not None for m in missions) >= 20
    assert tki_sectors <= topsectors and len(tki_sectors) >= 9


def test_instruments_have_sources_and_known_rule_codes(database) -> None:
    with database.transaction() as session:
        instruments = session.exec(select(Instrument)).all()
    codes = {i.code for i in instruments}
    assert {"mit-feasibility", "mit-rd", "pps-innovatie", "wbso", "sbir", "nwo-kic", "raak-mkb",
            "horizon-ria", "horizon-ia", "interreg-europe"} == codes  # fmt: skip
    for instrument in instruments:
        assert instrument.source and instrument.source_url, instrument.code
        assert instrument.rules, instrument.code
        assert {rule["code"] for rule in instrument.rules} <= RULE_CODES, instrument.code
        if instrument.valid_from and instrument.valid_until:
            assert instrument.valid_from < instrument.valid_until
    mit = next(i for i in instruments if i.code == "mit-rd")
    assert {"code": "min_independent_smes", "value": 2} in mit.rules


def test_reference_organisations_cover_the_knowledge_chain_and_government(database) -> None:
    with database.transaction() as session:
        reference = session.exec(
            select(Organisation).where(Organisation.origin == "reference")
        ).all()
    types = Counter(o.type for o in reference)
    assert types["university"] >= 14  # the 14 research universities and smaller ones
    assert types["hogeschool"] >= 36  # the 36 members and academies that ROR lists apart
    assert types["to2"] == 5
    assert types["umc"] >= 7
    assert types["rom"] == 9
    assert types["province"] == 12
    assert types["water_board"] == 21
    assert types["ministry"] >= 5
    for organisation in reference:
        implied = DEFAULT_KIND.get(OrganisationType(organisation.type))
        assert implied is None or organisation.kind == implied.value, organisation.name
        curated = (organisation.external_id or "").startswith("ref:")
        assert organisation.province_code or not curated, organisation.name
    placed = sum(1 for o in reference if o.province_code)
    assert placed >= 0.9 * len(reference)  # a ROR town that is no Dutch town leaves it open


def test_demonstration_data_is_marked_and_spread(database) -> None:
    with database.transaction() as session:
        demo = session.exec(select(Organisation).where(Organisation.origin == "demo")).all()
        ids = [o.id for o in demo]
        sectors = set(
            session.exec(
                select(OrganisationTopsector.topsector_code).where(
                    OrganisationTopsector.organisation_id.in_(ids)
                )
            )
        )
        missions = set(
            session.exec(
                select(OrganisationMission.mission_code).where(
                    OrganisationMission.organisation_id.in_(ids)
                )
            )
        )
    assert len(demo) >= 100
    assert {o.kind for o in demo} == {HelixKind.COMPANY.value, HelixKind.SOCIETY.value}
    assert len({o.province_code for o in demo}) == 12
    assert len(sectors) == 10 and len(missions) >= 20
    assert all(o.external_id.startswith("demo:") and o.kvk is None for o in demo)


def test_loading_again_changes_nothing(database) -> None:
    def snapshot():
        with database.transaction() as session:
            return (
                [(o.id, o.name, o.updated_at) for o in session.exec(select(Organisation))],
                [(i.code, i.updated_at, i.rules) for i in session.exec(select(Instrument))],
                session.exec(select(Region)).all().__len__(),
            )

    before = snapshot()
    with database.transaction() as session:
        load_reference_tables(session)
        report = load_reference_organisations(session)
    assert set(report.counts["organisations"]) == {"unchanged"}
    assert snapshot() == before


def test_user_edits_to_reference_organisations_survive_a_reload(database) -> None:
    with database.transaction() as session:
        tno = session.exec(select(Organisation).where(Organisation.short_name == "TNO")).one()
        tno.description = "Eigen notitie"
    with database.transaction() as session:
        load_reference_organisations(session)
    with database.transaction() as session:
        assert session.get(Organisation, tno.id).description == "Eigen notitie"


def test_funders_and_state_bodies_are_typed_so(database) -> None:
    """They fund or oversee consortia and are never suggested (``matching.kinds``)."""
    by_ror_id = {
        "04jsz6e67": "funder",  # NWO
        "00mvd2t81": "funder",  # RVO
        "00f6d9d53": "state_body",  # House of Representatives (Tweede Kamer)
        "0355ahf06": "other",  # Rijkswaterstaat takes part in projects
    }
    with database.transaction() as session:
        stored = session.exec(
            select(Organisation).where(Organisation.ror_id.in_(list(by_ror_id)))
        ).all()
    assert {o.ror_id: o.type for o in stored} == by_ror_id
    assert all(o.kind == "government" for o in stored)
