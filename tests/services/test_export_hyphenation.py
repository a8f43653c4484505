"""Long words in the PDF break where the language allows, with a hyphen, never mid-syllable
(a Dutch table cell read "ontwikkeli|ngsmaatschappij"). No Qt."""

from __future__ import annotations

from pypdf import PdfReader
from sqlmodel import select

from desktop.models.queries.consortia import ConsortiumDraft, MemberDraft, create_consortium
from desktop.models.tables.organisation import Organisation
from desktop.services.exporting.consortium_export import export_consortium
from desktop.services.exporting.hyphenation import ColumnHyphenator, break_points

WORD = "ontwikkelingsmaatschappij"  # in "Regionale ontwikkelingsmaatschappij", the NOM's type


def test_break_points_follow_the_dutch_syllables_and_hyphens() -> None:
    points = break_points(WORD, "nl")
    assert [WORD[:p] for p in points] == [
        "ont", "ontwik", "ontwikke", "ontwikkelings", "ontwikkelingsmaat",
        "ontwikkelingsmaatschap",
    ]  # fmt: skip
    assert WORD[: points[-1]] + "|" + WORD[points[-1] :] == "ontwikkelingsmaatschap|pij"
    assert 10 not in points  # never "ontwikkeli|ngsmaatschappij"
    assert "Rotterdam-Rijnmond".index("-") + 1 in break_points("Rotterdam-Rijnmond", "nl")


def test_only_a_word_too_long_for_its_column_is_hyphenated() -> None:
    narrow = ColumnHyphenator("nl", "Helvetica", 9, 60)
    assert narrow("waterstof") == []
    pairs = narrow(WORD)
    assert pairs[0] == ("ontwikkelingsmaatschap", "pij")  # the longest head is tried first
    assert ("ontwikkelings", "maatschappij") in pairs
    assert ColumnHyphenator("nl", "Helvetica", 9, 400)(WORD) == []


def test_a_dutch_pdf_table_cell_hyphenates_a_long_word(database, tmp_path) -> None:
    with database.transaction() as session:
        ids = [
            session.exec(select(Organisation.id).where(Organisation.external_id == code)).one()
            for code in ("demo:0001", "ref:nom", "ref:rug")
        ]
        members = (MemberDraft(ids[0], "lead"), MemberDraft(ids[1]), MemberDraft(ids[2]))
        consortium = create_consortium(session, ConsortiumDraft("Waterstof Noord", members))
    path = tmp_path / "voorstel.pdf"
    export_consortium(database, consortium, "pdf", path, language="nl")
    lines = PdfReader(path).pages[0].extract_text().splitlines()
    start = next(i for i, line in enumerate(lines) if "ontwik" in line)
    head = lines[start][lines[start].index("ontwik") :]
    # The type column is too narrow for "Regionale ontwikkelingsmaatschappij" (fonts ship with
    # reportlab): the word breaks at a syllable, with a hyphen.
    assert head.endswith("-"), lines[start : start + 2]
    assert len(head) - 1 in break_points(WORD, "nl")
    assert lines[start + 1].startswith(WORD[len(head) - 1 :])
