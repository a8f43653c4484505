"""The one-stop desk's questions as kept: the list, a status change, and the asking company
(added when it is not known yet, its province to prefer)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.database import Database
from desktop.models.queries import questions
from desktop.models.queries.organisations.origins import demo_ids
from desktop.models.queries.organisations.records import save_organisation
from desktop.models.queries.questions import QuestionDraft, QuestionError, QuestionRow
from desktop.models.records import OrganisationRecord
from desktop.models.tables.organisation import Organisation

__all__ = [
    "OrganisationRecord",
    "QuestionDraft",
    "QuestionError",
    "QuestionList",
    "QuestionRow",
    "add_asker",
    "asker_province",
    "load_questions",
    "set_question_status",
]


@dataclass(frozen=True)
class QuestionList:
    questions: list[QuestionRow]  # the newest first
    demo: frozenset[int]  # the asking companies that are demonstration data


def load_questions(database: Database) -> QuestionList:
    """The questions taken in, and which of the asking companies are demonstration data."""
    with database.transaction() as session:
        found = questions.list_questions(session)
        askers = (q.organisation_id for q in found if q.organisation_id is not None)
        return QuestionList(found, demo_ids(session, askers))


def set_question_status(database: Database, question_id: int, status: str) -> None:
    """Raises QuestionError for an unknown status or question."""
    with database.transaction() as session:
        questions.set_question_status(session, question_id, status)


def add_asker(database: Database, record: OrganisationRecord) -> tuple[int, str]:
    """Store a company the desk was asked by (entered by the user), as (id, name)."""
    with database.transaction() as session:
        organisation_id, _ = save_organisation(session, record, "user", update_existing=False)
        return organisation_id, session.get(Organisation, organisation_id).name


def asker_province(database: Database, organisation_id: int) -> tuple[int, str | None]:
    """The asking company's province (None when unknown or the company is gone), with its id."""
    with database.transaction() as session:
        organisation = session.get(Organisation, organisation_id)
        return organisation_id, organisation.province_code if organisation else None
