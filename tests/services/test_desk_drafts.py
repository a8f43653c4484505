"""The one-stop desk without Qt: the region an answer prefers, the instrument and notes a draft
gets, and the drafts already made from a question."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import select

from desktop.models.queries.questions import QuestionDraft
from desktop.models.tables.consortium import Consortium
from desktop.models.tables.organisation import Organisation
from desktop.services.matching.desk import (
    REGION_ASKER,
    REGION_CHOSEN,
    REGION_READ,
    draft_from_answer,
    drafts_of_question,
    take_in,
)


def _sme_in(database, province: str) -> int:
    with database.transaction() as session:
        return session.exec(
            select(Organisation.id)
            .where(Organisation.is_sme.is_(True), Organisation.province_code == province)
            .order_by(Organisation.id)
        ).first()


def test_without_a_chosen_region_the_asking_companys_province_is_preferred(matcher, database):
    sme = _sme_in(database, "NL-OV")
    question, answer = take_in(matcher, QuestionDraft("Bodemsensoren", "bodemvocht meten", sme))
    assert answer.region_source == REGION_ASKER
    assert answer.result.suggestion.region == "NL-OV" and question.region_code is None


def test_a_place_named_in_the_question_goes_before_the_askers_province(matcher, database):
    sme = _sme_in(database, "NL-OV")
    _, answer = take_in(
        matcher, QuestionDraft("Bodemsensoren", "akkers rond Middelburg in Zeeland", sme)
    )
    assert answer.region_source == REGION_READ
    assert answer.result.suggestion.region == answer.result.suggestion.region_read == "NL-ZE"


def test_a_chosen_region_goes_first(matcher, database):
    sme = _sme_in(database, "NL-OV")
    draft = QuestionDraft("Bodemsensoren", "bodemvocht meten", sme, region_code="NL-GR")
    _, answer = take_in(matcher, draft)
    assert answer.region_source == REGION_CHOSEN and answer.result.request.region == "NL-GR"


def test_a_draft_gets_the_best_instrument_and_the_notes(matcher, database):
    sme = _sme_in(database, "NL-OV")
    question, answer = take_in(matcher, QuestionDraft("Warmtepompen", "warmtepomp", sme))
    best = answer.best_instrument
    assert best is not None and best == answer.instruments[0].code and answer.instruments[0].fits
    assert drafts_of_question(matcher, question.id) == []
    first = draft_from_answer(matcher, question, answer, notes="warmtepomp\n\nfrom the desk")
    second = draft_from_answer(matcher, question, answer, instrument_code="horizon-ria")
    with database.transaction() as session:
        made = {c.id: c for c in session.exec(select(Consortium))}
        assert (made[first].instrument_code, made[first].description) == (
            best, "warmtepomp\n\nfrom the desk"
        )  # fmt: skip
        assert (made[second].instrument_code, made[second].description) == (
            "horizon-ria", "warmtepomp"
        )  # fmt: skip
    assert drafts_of_question(matcher, question.id) == [
        (second, "Warmtepompen"), (first, "Warmtepompen")
    ]  # fmt: skip


def test_no_best_instrument_when_none_fits_the_consortium(matcher, database):
    sme = _sme_in(database, "NL-OV")
    _, answer = take_in(matcher, QuestionDraft("Warmtepompen", "warmtepomp", sme))
    others = tuple(f for f in answer.instruments if f.alone or not f.fits)
    assert replace(answer, instruments=others).best_instrument is None
