"""SBIR as what it is (a government body's procurement from one company), and how the one-stop
desk judges instruments: the consortium, or the asking company alone. No Qt."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.models.tables.reference import Instrument
from desktop.services.matching.desk import instrument_fits
from matching.rules import MemberFacts, check_rules, conditions

INSTRUMENTS = json.loads(
    (Path(__file__).resolve().parents[2] / "resources/reference/instruments.json").read_text(
        encoding="utf-8"
    )
)
RULES = {i["code"]: i["rules"] for i in INSTRUMENTS}


def member(id_: int, kind: str, type_: str, role: str = "partner", sme: bool | None = None):
    return MemberFacts(id_, kind, type_, sme, "NL", role, None)


SME_ALONE = [member(1, "company", "sme", "lead", True)]
# the five-member consortium the desk suggests: the asking SME leads
FIVE = [
    member(1, "company", "sme", "lead", True),
    member(2, "company", "sme", sme=True),
    member(3, "knowledge", "university"),
    member(4, "knowledge", "to2"),
    member(5, "knowledge", "hogeschool"),
]


def test_sbir_is_one_company_answering_a_government_challenge_not_a_consortium() -> None:
    codes = {v.code for v in check_rules(RULES["sbir"], FIVE)}
    assert {"max_partners", "forbidden_kinds"} <= codes
    assert check_rules(RULES["sbir"], SME_ALONE) == []
    assert conditions(RULES["sbir"]) == ["government_challenge"]
    assert all(conditions(rules) == [] for code, rules in RULES.items() if code != "sbir")


def test_sbir_allows_knowledge_institutions_only_as_subcontractors() -> None:
    hired = [*SME_ALONE, member(3, "knowledge", "to2", "subcontractor")]
    assert check_rules(RULES["sbir"], hired) == []


def _instruments() -> list[Instrument]:
    return [
        Instrument(
            code=i["code"],
            name=i["name"],
            name_en=i["name_en"],
            kind=i["kind"],
            description=i["description"],
            source=i["source"],
            rules=i["rules"],
        )  # fmt: skip
        for i in INSTRUMENTS
    ]


def test_the_desk_judges_single_applicant_instruments_for_the_asking_company_alone() -> None:
    fits = {f.code: f for f in instrument_fits(_instruments(), FIVE, FIVE[0])}
    assert fits["sbir"].alone and fits["sbir"].fits
    assert fits["sbir"].conditions == ("government_challenge",)
    assert fits["mit-feasibility"].alone and fits["mit-feasibility"].fits
    assert fits["wbso"].alone and fits["wbso"].fits
    assert not fits["pps-innovatie"].alone and fits["pps-innovatie"].fits
    assert not fits["mit-rd"].fits and not fits["raak-mkb"].fits


def test_the_desk_lists_what_fits_the_consortium_first() -> None:
    fits = instrument_fits(_instruments(), FIVE, FIVE[0])
    order = [(f.fits, not f.alone) for f in fits]
    assert order == sorted(order, reverse=True)
    assert fits[0].code == "pps-innovatie"


def test_without_an_asking_company_every_instrument_is_judged_against_the_consortium() -> None:
    fits = {f.code: f for f in instrument_fits(_instruments(), FIVE, None)}
    assert not any(f.alone for f in fits.values())
    assert not fits["sbir"].fits and not fits["wbso"].fits
