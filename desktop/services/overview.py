"""What the Overview screen shows: the database's numbers and what was worked on lately."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.database import Database
from desktop.models.queries.consortia import ConsortiumRow, list_consortia
from desktop.models.queries.questions import QuestionRow, list_questions
from desktop.models.queries.regions import province_names
from desktop.models.queries.stats import Statistics, statistics

__all__ = ["RECENT", "OverviewData", "load_overview"]

RECENT = 5


@dataclass(frozen=True)
class OverviewData:
    statistics: Statistics
    provinces: dict[str, str]
    consortia: list[ConsortiumRow]
    questions: list[QuestionRow]


def load_overview(database: Database) -> OverviewData:
    with database.transaction() as session:
        return OverviewData(
            statistics(session),
            province_names(session),
            list_consortia(session),
            list_questions(session)[:RECENT],
        )
