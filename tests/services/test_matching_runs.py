"""The desktop's matching use cases on the built-in database: runs, desk answers, regional
matching, saving consortia and questions, and the Excel export. No Qt."""

from __future__ import annotations

from dataclasses import replace

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from desktop.models.queries.consortia import (
    ConsortiumDraft,
    ConsortiumError,
    MemberDraft,
    consortium_members,
    create_consortium,
    list_consortia,
    load_consortium,
)
from desktop.models.queries.questions import (
    QuestionDraft,
    QuestionError,
    create_question,
    list_questions,
    set_question_status,
)
from desktop.models.queries.sme_selection import select_smes
from desktop.models.tables.consortium import Consortium, ConsortiumMember, Question
from desktop.models.tables.organisation import Organisation
from desktop.services.exporting.table import write_xlsx
from desktop.services.matching.desk import answer_question, draft_from_answer, take_in
from desktop.services.matching.regional import match_smes, regional_draft
from desktop.services.matching.request_input import RequestError
from desktop.services.matching.runs import member_draft
from desktop.services.progress import Cancelled, TaskState
from desktop.services.user_error import UserError
from matching.kinds import KNOWLEDGE_CHAIN
from matching.model import Reason


def _id_of(database, name: str) -> int:
    with database.transaction() as session:
        return session.exec(select(Organisation.id).where(Organisation.name == name)).one()


def _an_sme(database) -> int:
    with database.transaction() as session:
        return session.exec(
            select(Organisation.id).where(Organisation.is_sme.is_(True)).order_by(Organisation.id)
        ).first()


class Recorded(TaskState):
    """A task state that keeps every report: (done, total)."""

    def __init__(self) -> None:
        super().__init__()
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int, step: str = "") -> None:
        self.reports.append((done, total))


def test_a_match_reports_progress_and_names_every_organisation(matcher):
    state = Recorded()
    result = matcher.match({"text": "waterstof elektrolyse", "region": "Groningen"}, state)
    steps = state.reports
    assert steps[0] == (0, 3) and steps[-1] == (3, 3)
    assert result.suggestion.candidates and len(result.suggestion.consortia) >= 5
    for consortium in result.suggestion.consortia:
        assert all(m.id in result.organisations for m in consortium.members)
    assert all(c.id in result.organisations for c in result.suggestion.candidates)


def test_the_engine_is_kept_between_runs_and_reloaded_after_a_change(matcher, database):
    first = matcher.engine()
    assert matcher.engine() is first
    sme = _an_sme(database)
    position = first.engine.corpus.position[sme]
    assert first.engine.corpus.open_consortia[position] == 0
    matcher.save(ConsortiumDraft("Changed data", (MemberDraft(sme, "lead"),)))
    # A saved consortium changes only the load: the engine stays, its counts follow.
    assert matcher.engine() is first
    assert first.engine.corpus.open_consortia[position] == 1
    with database.transaction() as session:
        session.get(Organisation, sme).description = "Nu ook waterstofopslag"
    assert matcher.engine() is not first


def test_pins_and_left_out_organisations_are_respected(matcher, database):
    pinned = _id_of(database, "Deltares")
    first = matcher.match({"text": "dijkversterking klimaatadaptatie"})
    dropped = first.suggestion.consortia[0].members[-1].id
    again = matcher.match(
        {"text": "dijkversterking klimaatadaptatie", "include": [pinned], "exclude": [dropped]}
    )
    for consortium in again.suggestion.consortia:
        ids = [m.id for m in consortium.members]
        assert pinned in ids and dropped not in ids


def test_a_cancelled_run_stops(matcher):
    state = TaskState()
    state.cancel()
    with pytest.raises(Cancelled):
        matcher.match({"text": "waterstof"}, state)


def test_a_bad_request_says_what_is_wrong(matcher):
    with pytest.raises(RequestError, match="region 'Atlantis' is unknown"):
        matcher.match({"text": "waterstof", "region": "Atlantis"})


def test_saving_a_consortium_keeps_members_roles_rationale_and_reason_codes(matcher, database):
    result = matcher.match({"text": "eiwittransitie", "instrument": "pps-innovatie"})
    chosen = result.suggestion.consortia[0]
    typed = MemberDraft(chosen.members[0].id, chosen.members[0].role, "grows the seaweed")
    draft = ConsortiumDraft(
        "Eiwit uit zeewier",
        (typed, *(member_draft(m) for m in chosen.members[1:])),
        instrument_code="pps-innovatie",
    )
    consortium_id = matcher.save(draft)
    with database.transaction() as session:
        members = consortium_members(session, consortium_id)
        rows = list_consortia(session)
        loaded = load_consortium(session, consortium_id)
    assert [m.organisation_id for m in members] == [m.id for m in chosen.members]
    assert members[0].role == "lead"
    assert members[0].rationale == "grows the seaweed" and members[0].reasons == []
    second = chosen.members[1]
    assert members[1].rationale == ""  # the reasons are codes, worded when shown
    assert members[1].reasons[0] == {
        "code": second.reasons[0].code,
        "values": second.reasons[0].values,
    }
    assert loaded.draft.members[1].reasons[: len(second.reasons)] == second.reasons
    assert loaded.draft.members[1].reasons[-1] == Reason(
        "covers", {"concepts": list(second.covers)}
    )
    assert rows[0].id == consortium_id and rows[0].members == len(chosen.members)
    assert rows[0].status == "draft" and rows[0].instrument_code == "pps-innovatie"


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (ConsortiumDraft(" ", (MemberDraft(1),)), "needs a title"),
        (ConsortiumDraft("x", ()), "at least one member"),
        (ConsortiumDraft("x", (MemberDraft(1), MemberDraft(1))), "listed twice"),
        (ConsortiumDraft("x", (MemberDraft(1, "boss"),)), "role 'boss' is unknown"),
        (ConsortiumDraft("x", (MemberDraft(1, "lead"), MemberDraft(2, "lead"))), "one lead"),
        (ConsortiumDraft("x", (MemberDraft(999_999),)), "999999 do not exist"),
        (ConsortiumDraft("x", (MemberDraft(1),), instrument_code="nope"), "instrument 'nope'"),
    ],
)
def test_an_invalid_consortium_is_refused_and_nothing_is_stored(database, draft, message):
    with database.transaction() as session:
        before = len(session.exec(select(Consortium)).all())
        with pytest.raises(ConsortiumError, match=message):
            create_consortium(session, draft)
        assert len(session.exec(select(Consortium)).all()) == before
        assert not session.exec(select(ConsortiumMember)).all()


def test_questions_are_kept_with_their_status(database):
    sme = _an_sme(database)
    with database.transaction() as session:
        first = create_question(session, QuestionDraft("Coating", "Hoe?", sme, budget=50_000))
        second = create_question(session, QuestionDraft("Sensoren", mission_code="ET-A"))
        set_question_status(session, first, "answered")
        rows = list_questions(session)
    assert [r.id for r in rows] == [second, first]
    assert rows[1].status == "answered" and rows[1].organisation_name
    assert rows[0].status == "new" and rows[0].organisation_name is None


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (QuestionDraft(""), "needs a title"),
        (QuestionDraft("x", budget=-5), "negative"),
        (QuestionDraft("x", duration_months=0), "0 months"),
        (QuestionDraft("x", mission_code="XX-Z"), "mission 'XX-Z' does not exist"),
        (QuestionDraft("x", region_code="NL-XX"), "region 'NL-XX'"),
    ],
)
def test_an_invalid_question_is_refused(database, draft, message):
    with database.transaction() as session:
        with pytest.raises(QuestionError, match=message):
            create_question(session, draft)
        assert not session.exec(select(Question)).all()


def test_an_unknown_status_is_refused(database):
    with database.transaction() as session:
        question = create_question(session, QuestionDraft("x"))
        with pytest.raises(QuestionError, match="status 'done' is unknown"):
            set_question_status(session, question, "done")


def test_the_desk_answers_across_the_knowledge_chain(matcher, database):
    sme = _an_sme(database)
    with database.transaction() as session:
        question_id = create_question(
            session, QuestionDraft("Recycling van kunststof", "circulaire kunststoffen", sme)
        )
        question = next(q for q in list_questions(session) if q.id == question_id)
    answer = answer_question(matcher, question)
    organisations = answer.result.organisations
    types = [organisations[c.id].type for c in answer.knowledge]
    assert set(KNOWLEDGE_CHAIN) <= set(types)
    in_chain = [t in KNOWLEDGE_CHAIN for t in types]
    assert in_chain == sorted(in_chain, reverse=True)  # the chain first, then the others
    assert all(organisations[c.id].kind == "knowledge" for c in answer.knowledge)
    assert answer.companies and all(organisations[c.id].kind == "company" for c in answer.companies)
    assert sme not in {c.id for c in answer.companies}
    assert answer.consortium is not None and sme in {m.id for m in answer.consortium.members}
    assert answer.instruments and answer.instruments[0].fits
    fits = [f.fits for f in answer.instruments]
    assert fits == sorted(fits, reverse=True)
    mit = next(f for f in answer.instruments if f.code == "mit-feasibility")
    assert mit.alone and mit.fits  # one SME applies: judged for the asking SME alone


def test_regional_matching_finds_knowledge_partners_and_partner_smes(matcher, database):
    with database.transaction() as session:
        smes = select_smes(session, province="NL-OV")
    assert smes and all(s.province_code == "NL-OV" for s in smes)
    ids = [s.id for s in smes[:3]]
    state = Recorded()
    rows = match_smes(matcher, ids, state)
    steps = [done for done, _total in state.reports]
    assert [r.sme.id for r in rows] == ids and steps == [0, 1, 2, 3]
    for row in rows:
        assert row.knowledge and all(
            row.organisations[c.id].kind == "knowledge" for c in row.knowledge
        )
        assert 1 <= len(row.partners) <= 2
        assert all(row.organisations[c.id].is_sme for c in row.partners)
        assert row.sme.id not in {c.id for c in row.partners}
        assert not row.violations  # two SMEs or more, a company leads: MIT R&D holds
    draft = regional_draft(rows[0], "MIT")
    assert draft.members[0].role == "lead"
    assert draft.members[0].reasons == (Reason("built_around", {}),)
    assert draft.members[1].reasons and draft.members[1].rationale == ""
    assert {m.role for m in draft.members[1:]} <= {"partner", "subcontractor"}


def test_regional_matching_stops_when_cancelled(matcher, database):
    with database.transaction() as session:
        ids = [s.id for s in select_smes(session)[:5]]

    class StopAtTwo(TaskState):
        def report(self, done: int, total: int, step: str = "") -> None:
            if done == 2:
                self.cancel()

    with pytest.raises(Cancelled):
        match_smes(matcher, ids, StopAtTwo())


def test_select_smes_by_topsector(database):
    with database.transaction() as session:
        smes = select_smes(session, topsector="htsm")
    assert smes and all("htsm" in s.topsectors for s in smes)


def test_excel_export_writes_a_sheet(tmp_path):
    path = tmp_path / "matches.xlsx"
    rows = [["A BV", "B\nC"], ['=HYPERLINK("http://x")', "E"]]
    write_xlsx(path, "Regional matching", ["SME", "Partners"], rows)
    sheet = load_workbook(path).active
    assert sheet.title == "Regional matching"
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [["SME", "Partners"], *rows]
    assert sheet["A3"].data_type == "s" and sheet["A3"].quotePrefix  # text, not a formula
    assert sheet.freeze_panes == "A2"


def test_excel_export_to_a_missing_folder_says_where(tmp_path):
    path = tmp_path / "missing" / "matches.xlsx"
    with pytest.raises(UserError, match="missing: folder not found"):
        write_xlsx(path, "x", ["a"], [["b"]])
    assert not path.parent.exists()


def test_a_desk_question_is_answered_then_turned_into_a_draft(matcher, database):
    sme = _an_sme(database)
    question, answer = take_in(matcher, QuestionDraft("Warmtepompen", "warmtepomp", sme))
    assert question.status == "in_progress"
    consortium_id = draft_from_answer(matcher, question, answer)
    with database.transaction() as session:
        members = consortium_members(session, consortium_id)
        status = session.get(Question, question.id).status
    assert status == "answered"
    reasons = {m.organisation_id: m.reasons for m in members}
    assert all(reasons.values()) and all(m.rationale == "" for m in members)


def test_a_draft_needs_a_consortium_and_leaves_the_question_as_it_was(matcher, database):
    question, answer = take_in(matcher, QuestionDraft("Warmtepompen", "warmtepomp"))
    with pytest.raises(ConsortiumError, match="no consortium"):
        draft_from_answer(matcher, question, replace(answer, consortium=None))
    with database.transaction() as session:
        assert session.get(Question, question.id).status == "in_progress"
        assert not session.exec(select(Consortium)).all()
