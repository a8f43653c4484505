"""A consortium made from a knowledge question at the one-stop desk: its proposal, in every
document format, names the question, who asked it, its text and the instrument. No Qt."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlmodel import select

from desktop.models.queries.consortia import ConsortiumDraft, MemberDraft, create_consortium
from desktop.models.queries.questions import QuestionDraft, create_question
from desktop.models.tables.organisation import Organisation
from desktop.services.exporting.consortium_export import export_consortium
from tests.export_fixtures import MADE_ON

TEXT = "Kunnen wij restwarmte uit de kas opslaan in de bodem?"


@pytest.fixture
def from_question(database) -> int:
    with database.transaction() as session:
        asker, university = (
            session.exec(select(Organisation.id).where(Organisation.external_id == e)).one()
            for e in ("demo:0001", "ref:rug")
        )
        question = create_question(session, QuestionDraft("Warmte in de bodem", TEXT, asker))
        members = (MemberDraft(asker, "lead"), MemberDraft(university))
        return create_consortium(
            session,
            ConsortiumDraft(
                "Warmte in de bodem",
                members,
                description="Notes of our own.",
                instrument_code="pps-innovatie",
                question_id=question,
            ),
        )


def _export(database, consortium: int, file_format: str, path: Path, language: str) -> Path:
    export_consortium(database, consortium, file_format, path, made_on=MADE_ON, language=language)
    return path


@pytest.mark.parametrize(
    ("language", "question", "instrument"),
    [
        ("en", "Knowledge question", "Public-private partnership innovation scheme (PPS-I)"),
        ("nl", "Kennisvraag", "PPS-Innovatie (PPS-I)"),
    ],
)
def test_the_proposal_names_the_question_and_the_instrument(
    database, from_question, tmp_path, language, question, instrument
) -> None:
    pdf = _export(database, from_question, "pdf", tmp_path / "p.pdf", language)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    word = docx.Document(_export(database, from_question, "docx", tmp_path / "p.docx", language))
    word_text = "\n".join(
        [p.text for p in word.paragraphs]
        + [c.text for t in word.tables for row in t.rows for c in row.cells]
    )
    for document in (text, word_text):
        assert question in document and "Warmte in de bodem" in document
        assert "Wadgloed Waterstof B.V. [Demo])" in document and TEXT in document
        assert instrument in document and "Notes of our own." in document

    workbook = load_workbook(
        _export(database, from_question, "xlsx", tmp_path / "p.xlsx", language)
    )
    summary = {row[0]: row[1] for row in workbook.worksheets[-1].iter_rows(values_only=True)}
    assert summary[question].startswith("Warmte in de bodem")
    assert TEXT in summary.values() and instrument in summary.values()


def test_an_sbir_proposal_says_it_answers_a_government_challenge(database, tmp_path) -> None:
    with database.transaction() as session:
        company = session.exec(
            select(Organisation.id).where(Organisation.external_id == "demo:0001")
        ).one()
        sbir = create_consortium(
            session,
            ConsortiumDraft("Sensoren", (MemberDraft(company, "lead"),), instrument_code="sbir"),
        )
    pdf = _export(database, sbir, "pdf", tmp_path / "p.pdf", "en")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "apply only in answer to its open call" in text
