"""Knowledge questions taken in at a one-stop desk: create, list, change status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from desktop.models.queries.reference_checks import missing_reference
from desktop.models.tables.consortium import Question
from desktop.models.tables.organisation import Organisation
from desktop.models.tables.reference import Mission, Region, Theme
from matching.codes import QuestionStatus


class QuestionError(ValueError):
    """A question that cannot be stored as given; the message says what is wrong."""


@dataclass(frozen=True)
class QuestionDraft:
    title: str
    text: str = ""
    organisation_id: int | None = None
    theme_code: str | None = None
    mission_code: str | None = None
    region_code: str | None = None
    budget: float | None = None  # euros
    duration_months: int | None = None


@dataclass(frozen=True)
class QuestionRow:
    id: int
    title: str
    text: str
    organisation_id: int | None
    organisation_name: str | None
    theme_code: str | None
    mission_code: str | None
    region_code: str | None
    budget: float | None
    duration_months: int | None
    status: str
    created_at: datetime


_ROW_FIELDS = set(QuestionRow.__dataclass_fields__) - {"organisation_name"}


def _check(session: Session, draft: QuestionDraft) -> None:
    if not draft.title.strip():
        raise QuestionError("a question needs a title")
    if len(draft.title) > 300:
        raise QuestionError("the title is longer than 300 characters")
    if draft.budget is not None and draft.budget < 0:
        raise QuestionError(f"budget {draft.budget} is negative")
    if draft.duration_months is not None and not 1 <= draft.duration_months <= 240:
        raise QuestionError(f"time frame {draft.duration_months} months is not 1 to 240 months")
    missing = missing_reference(
        session,
        (
            (draft.organisation_id, Organisation, "organisation"),
            (draft.theme_code, Theme, "theme"),
            (draft.mission_code, Mission, "mission"),
            (draft.region_code, Region, "region"),
        ),
    )
    if missing:
        raise QuestionError(missing)


def create_question(session: Session, draft: QuestionDraft) -> int:
    _check(session, draft)
    question = Question(
        title=draft.title.strip(),
        text=draft.text.strip(),
        organisation_id=draft.organisation_id,
        theme_code=draft.theme_code,
        mission_code=draft.mission_code,
        region_code=draft.region_code,
        budget=draft.budget,
        duration_months=draft.duration_months,
    )
    session.add(question)
    session.flush()
    return question.id


def _rows(session: Session, *conditions) -> list[QuestionRow]:
    statement = (
        select(Question, Organisation.name)
        .outerjoin(Organisation, Organisation.id == Question.organisation_id)
        .where(*conditions)
        .order_by(Question.created_at.desc(), Question.id.desc())
    )
    return [
        QuestionRow(**q.model_dump(include=_ROW_FIELDS), organisation_name=name)
        for q, name in session.exec(statement)
    ]


def list_questions(session: Session) -> list[QuestionRow]:
    """Every question with the asking organisation's name, the newest first."""
    return _rows(session)


def get_question(session: Session, question_id: int) -> QuestionRow:
    found = _rows(session, Question.id == question_id)
    if not found:
        raise QuestionError(f"question {question_id} does not exist")
    return found[0]


def set_question_status(session: Session, question_id: int, status: str) -> None:
    if status not in tuple(QuestionStatus):
        raise QuestionError(f"status '{status}' is unknown (expected {', '.join(QuestionStatus)})")
    question = session.get(Question, question_id)
    if question is None:
        raise QuestionError(f"question {question_id} does not exist")
    question.status = status
    session.add(question)
    session.flush()
