"""Consortium proposals as PDF, Word, Excel and JSON, read back and checked. No Qt."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.services.exporting.consortium_export import export_consortium
from tests.export_fixtures import CONTACT, MADE_ON, TRICKY_NAME, build_consortium

LEAD = "Wadgloed Waterstof B.V."
LEAD_SHOWN = f"{LEAD} [Demo]"  # a demonstration organisation, tagged in every export
UNIVERSITY = "Rijksuniversiteit Groningen"
PROVINCE = "Provincie Groningen"


@pytest.fixture
def built(database):
    return build_consortium(database)


def _export(database, built, file_format: str, path: Path, **options) -> Path:
    export_consortium(database, built.consortium_id, file_format, path, made_on=MADE_ON, **options)
    return path


def _pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_pdf_in_dutch_has_cover_tables_rules_reasons_coverage_date_and_version(
    database, built, tmp_path
) -> None:
    path = _export(database, built, "pdf", tmp_path / "voorstel.pdf", language="nl")
    page = PdfReader(path).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    text = _pdf_text(path)
    for expected in (
        "Consortiumvoorstel",
        "Groene waterstof Eemshaven (GWE)",
        "ET-A: CO2-vrij elektriciteitssysteem (doeljaar 2050)",
        "MIT: R&D-samenwerkingsprojecten",
        # the consortium table: helix kind, role, province
        f"{LEAD_SHOWN} Bedrijfsleven Start-up Penvoerder Groningen",
        f"{UNIVERSITY} Kennis Universiteit Partner Groningen",
        f"{PROVINCE} Overheid Provincie Partner Groningen",
        # the budget table with shares and totals
        f"{LEAD_SHOWN} € 100.000 € 20.000 € 120.000 40,0%",
        f"{UNIVERSITY} € 80.000 € 0 € 80.000 26,7%",
        "Totaal € 230.000 € 70.000 € 300.000 100,0%",
        "Maximale bijdrage van het instrument bij deze begroting: € 105.000",
        # the rule check names the members that break a rule
        "Partners uit de helix Overheid / Kennis / Maatschappij mogen niet deelnemen: "
        f"{UNIVERSITY}, {PROVINCE}",
        # why each partner is there: the rationale and the reasons
        "Waarom elke partner meedoet",
        "Builds the electrolyser.",
        f"Werkte eerder samen met {PROVINCE}",
        "Een mkb-onderneming, zoals het instrument vraagt",
        # coverage of the competences
        "Dekking van de competenties",
        "Gemaakt met HelixMatch op 2026-03-14, versie 1",
    ):
        assert expected in text, expected
    # text is escaped, not read as markup; the formula is only text in a PDF
    assert TRICKY_NAME in text
    assert "-1 risk: @solar+wind" in text
    # contacts are personal data: left out unless asked for
    assert CONTACT.name not in text


def test_pdf_coverage_lists_each_competence_with_the_members_that_cover_it(
    database, built, tmp_path
) -> None:
    text = _pdf_text(_export(database, built, "pdf", tmp_path / "p.pdf", language="en"))
    coverage = text[text.index("Coverage of the competences") :]
    assert f"hydrogen {LEAD_SHOWN}" in coverage
    assert "electrolysis" in coverage and "not covered" not in coverage.split("hydrogen")[0]


def test_pdf_in_english_and_with_contacts(database, built, tmp_path) -> None:
    path = _export(database, built, "pdf", tmp_path / "p.pdf", language="en", with_contacts=True)
    text = _pdf_text(path)
    for expected in (
        "Consortium proposal",
        "MIT: R&D collaboration projects",
        f"{LEAD_SHOWN} €100,000 €20,000 €120,000 40.0%",
        "Total €230,000 €70,000 €300,000 100.0%",
        "Partners of kind Government / Knowledge / Civil society may not take part",
        "Why each partner is there",
        f"Worked with {PROVINCE} before (1 shared project)",
        "Contacts",
        f"{CONTACT.name} {CONTACT.function} {CONTACT.email}",
        "Made with HelixMatch on 2026-03-14, version 1",
    ):
        assert expected in text, expected


def test_word_document_has_headings_styled_tables_and_totals(database, built, tmp_path) -> None:
    document = docx.Document(_export(database, built, "docx", tmp_path / "p.docx", language="nl"))
    titles = [p.text for p in document.paragraphs if p.style.name == "Title"]
    assert titles == ["Groene waterstof Eemshaven (GWE)"]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "Consortium",
        "Begroting",
        "Toets aan de regels",
        "Waarom elke partner meedoet",
        "Dekking van de competenties",
    ]
    assert f"{LEAD_SHOWN} (Penvoerder)" in [
        p.text for p in document.paragraphs if p.style.name == "Heading 2"
    ]
    budget = next(t for t in document.tables if t.cell(0, 1).text == "In geld")
    assert budget.style.name == "Light List Accent 1"
    rows = [[cell.text for cell in row.cells] for row in budget.rows]
    assert rows == [
        ["Organisatie", "In geld", "In natura", "Totaal", "Aandeel"],
        [LEAD_SHOWN, "€ 100.000", "€ 20.000", "€ 120.000", "40,0%"],
        [TRICKY_NAME, "€ 50.000", "€ 10.000", "€ 60.000", "20,0%"],
        [UNIVERSITY, "€ 80.000", "€ 0", "€ 80.000", "26,7%"],
        [PROVINCE, "€ 0", "€ 40.000", "€ 40.000", "13,3%"],
        ["Totaal", "€ 230.000", "€ 70.000", "€ 300.000", "100,0%"],
    ]
    members = next(t for t in document.tables if t.cell(0, 1).text == "Helix")
    assert [c.text for c in members.rows[3].cells] == [
        UNIVERSITY,
        "Kennis",
        "Universiteit",
        "Partner",
        "Groningen",
    ]
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert any(b.startswith("Partners uit de helix Overheid / Kennis") for b in bullets)
    everything = "\n".join(p.text for p in document.paragraphs)
    assert CONTACT.name not in everything


def test_excel_has_partners_and_a_budget_whose_totals_are_formulas(
    database, built, tmp_path
) -> None:
    workbook = load_workbook(_export(database, built, "xlsx", tmp_path / "p.xlsx", language="en"))
    assert workbook.sheetnames == ["Partners", "Budget", "Proposal"]
    partners = workbook["Partners"]
    assert [c.value for c in partners[1]][:5] == [
        "Organisation",
        "Helix kind",
        "Type",
        "Role",
        "Province",
    ]
    assert [c.value for c in partners[2]][:8] == [
        LEAD_SHOWN,
        "Business",
        "Start-up",
        "Lead",
        "Groningen",
        "Delfzijl",
        "NL",
        "yes",
    ]
    tricky = partners["A3"]
    assert tricky.value == TRICKY_NAME and tricky.data_type == "s" and tricky.quotePrefix
    assert partners.max_column == 10  # no contact columns without --with-contacts
    budget = workbook["Budget"]
    assert [c.value for c in budget[1]] == [
        "Organisation",
        "Role",
        "Cash",
        "In kind",
        "Total",
        "Share",
    ]
    assert [c.value for c in budget[2]] == [
        LEAD_SHOWN,
        "Lead",
        100_000,
        20_000,
        "=C2+D2",
        '=IF($E$6=0,"",E2/$E$6)',
    ]
    assert [c.value for c in budget[5]][:4] == [PROVINCE, "Partner", 0, 40_000]
    assert [c.value for c in budget[6]] == [
        "Total",
        None,
        "=SUM(C2:C5)",
        "=SUM(D2:D5)",
        "=SUM(E2:E5)",
        '=IF($E$6=0,"",SUM(F2:F5))',
    ]


def test_excel_with_contacts_has_contact_columns(database, built, tmp_path) -> None:
    path = _export(database, built, "xlsx", tmp_path / "p.xlsx", language="nl", with_contacts=True)
    partners = load_workbook(path)["Partners"]
    assert [c.value for c in partners[3]][10:13] == [CONTACT.name, "CTO", CONTACT.email]


def test_json_holds_the_whole_consortium_with_a_schema_version(database, built, tmp_path) -> None:
    document = json.loads(_export(database, built, "json", tmp_path / "p.json").read_text("utf-8"))
    assert document["format"] == "helixmatch.proposal" and document["schema_version"] == 1
    assert document["made_on"] == "2026-03-14"
    consortium = document["consortium"]
    assert (consortium["title"], consortium["acronym"]) == ("Groene waterstof Eemshaven", "GWE")
    assert consortium["mission"]["code"] == "ET-A"
    assert consortium["instrument"]["code"] == "mit-rd"
    members = document["members"]
    assert [m["organisation"]["id"] for m in members] == [
        built.lead,
        built.tricky,
        built.university,
        built.province,
    ]
    assert members[0]["role"] == "lead"
    assert members[0]["budget"] == {"cash": 100_000, "in_kind": 20_000, "total": 120_000,
                                    "share": 0.4}  # fmt: skip
    assert "contact" not in members[1]
    assert {"code": "shared_projects", "partner": built.province, "count": 1} in members[0][
        "reasons"
    ]
    assert document["budget"] == {
        "cash": 230_000,
        "in_kind": 70_000,
        "total": 300_000,
        "subsidy": 105_000,
    }
    violations = document["rule_check"]["violations"]
    assert [v["code"] for v in violations] == ["forbidden_kinds"]
    assert violations[0]["members"] == sorted([built.university, built.province])
    hydrogen = next(c for c in document["competences"] if c["code"] == "hydrogen")
    assert built.lead in hydrogen["covered_by"] and built.tricky in hydrogen["covered_by"]


def test_json_with_contacts(database, built, tmp_path) -> None:
    path = _export(database, built, "json", tmp_path / "p.json", with_contacts=True)
    members = json.loads(path.read_text("utf-8"))["members"]
    assert members[1]["contact"]["email"] == CONTACT.email
    assert members[0]["contact"] is None


def test_without_an_instrument_the_rules_are_not_checked(database, tmp_path) -> None:
    built = build_consortium(database, instrument=None)
    text = _pdf_text(_export(database, built, "pdf", tmp_path / "p.pdf", language="en"))
    assert "No instrument chosen: the rules were not checked." in text


def test_budget_rules_wait_until_there_is_a_budget(database, tmp_path) -> None:
    built = build_consortium(database, budgets=False)
    path = _export(database, built, "json", tmp_path / "p.json")
    check = json.loads(path.read_text("utf-8"))["rule_check"]
    assert check["unchecked"] == ["max_cost_share_per_partner"]
    text = _pdf_text(_export(database, built, "pdf", tmp_path / "p.pdf", language="en"))
    assert "Not judged until every member has a budget: largest share of the costs per " in text


def test_the_pdf_and_word_documents_hold_the_pictures(database, built, tmp_path) -> None:
    text = _pdf_text(_export(database, built, "pdf", tmp_path / "p.pdf", language="nl"))
    for expected in ("Helixbalans", "Kennisketen", "Waar de partners zitten",
                     "Leden per provincie", "Bron: CBS, PDOK", "Competenties per lid"):  # fmt: skip
        assert expected in text, expected
    document = docx.Document(_export(database, built, "docx", tmp_path / "p.docx", language="en"))
    assert len(document.inline_shapes) == 3
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions == ["Helix balance", "Where the partners are", "Competences against members"]


def test_rules_outside_their_period_are_flagged(database, tmp_path) -> None:
    from datetime import date

    built = build_consortium(database, instrument="horizon-ria")
    path = tmp_path / "p.pdf"
    export_consortium(
        database, built.consortium_id, "pdf", path, language="en", made_on=date(2028, 6, 1)
    )
    text = _pdf_text(path)
    assert "apply from 2021-01-01 until 2027-12-31; the date of this proposal is outside" in text
    # within the period nothing is said about it
    export_consortium(database, built.consortium_id, "pdf", path, language="en", made_on=MADE_ON)
    assert "the date of this proposal is outside" not in _pdf_text(path)
