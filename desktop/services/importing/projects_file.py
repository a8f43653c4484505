"""The projects and participations files of the exchange format."""

from __future__ import annotations

from desktop.models.queries.reference import CodeLookup
from desktop.models.records import ParticipationRecord, ProjectRecord
from desktop.services.importing import fields
from desktop.services.importing.exchange_table import Table
from desktop.services.importing.problems import ImportRefused, Problem
from desktop.services.importing.rows import RowReader, check_unique_ids
from matching.codes import ParticipationRole
from matching.text import fold

PROJECT_REQUIRED = ("external_id", "title")
PROJECT_OPTIONAL = (
    "acronym",
    "summary",
    "programme",
    "instrument",
    "start_year",
    "end_year",
    "budget",
)
PARTICIPATION_REQUIRED = ("project_id", "organisation_id")
PARTICIPATION_OPTIONAL = ("role",)
ROLES = {fold(role): role.value for role in ParticipationRole}
FIRST_YEAR, LAST_YEAR = 1950, 2100


def _project(reader: RowReader, vocabulary: CodeLookup) -> ProjectRecord:
    start = reader.read("start_year", fields.integer, FIRST_YEAR, LAST_YEAR)
    end = reader.read("end_year", fields.integer, FIRST_YEAR, LAST_YEAR)
    if start and end and end < start:
        reader.report("end_before_start", "end_year", str(end), str(start))
    return ProjectRecord(
        external_id=reader.required("external_id") or "",
        title=reader.required("title") or "",
        acronym=reader.text("acronym"),
        summary=reader.text("summary"),
        programme=reader.text("programme"),
        instrument_code=reader.read("instrument", fields.choice, vocabulary.instruments),
        start_year=start,
        end_year=end,
        budget=reader.read("budget", fields.amount),
    )


def parse_projects(table: Table, vocabulary: CodeLookup) -> list[ProjectRecord]:
    problems: list[Problem] = []
    check_unique_ids(table, "external_id", problems)
    records = [_project(RowReader(table, row, problems), vocabulary) for row in table.rows]
    if problems:
        raise ImportRefused(problems)
    return records


def parse_participations(table: Table) -> list[tuple[int, ParticipationRecord]]:
    problems: list[Problem] = []
    records = []
    for row in table.rows:
        reader = RowReader(table, row, problems)
        project_id = reader.required("project_id")
        organisation_id = reader.required("organisation_id")
        role = reader.read("role", fields.choice, ROLES) or ParticipationRole.PARTNER.value
        if project_id and organisation_id:
            records.append((row.number, ParticipationRecord(project_id, organisation_id, role)))
    if problems:
        raise ImportRefused(problems)
    return records
