"""Importing exchange-format files: validated whole, stored in one transaction or not at all."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from desktop.models.database import Database
from desktop.models.queries.external_ids import ids_by_external_id
from desktop.models.queries.import_log import (
    PARTICIPATION,
    PROJECT,
    Change,
    project_before,
    record_import,
)
from desktop.models.queries.organisations.records import Outcome, save_organisation
from desktop.models.queries.reference import load_code_lookup
from desktop.models.queries.track_record import save_participation, save_project
from desktop.models.tables.organisation import Organisation
from desktop.models.tables.project import Project
from desktop.services.importing import organisations_file as organisation_format
from desktop.services.importing import projects_file as project_format
from desktop.services.importing.dry_run import RolledBack
from desktop.services.importing.exchange_table import Table, read_table
from desktop.services.importing.problems import ImportRefused, Problem
from desktop.services.reference.town_places import load_places


@dataclass
class ImportReport:
    """Outcomes (created, updated, unchanged) per kind of row."""

    counts: dict[str, Counter] = field(default_factory=dict)
    batch_id: int | None = None  # in the import log, for undo

    def add(self, what: str, outcome: str) -> None:
        self.counts.setdefault(what, Counter())[outcome] += 1


def read_organisations_file(path: Path) -> Table:
    return read_table(path, organisation_format.REQUIRED, organisation_format.OPTIONAL)


def store_organisations(
    session: Session, table: Table, origin: str, *, update_existing: bool, report: ImportReport
) -> None:
    """Validate every row against the session's vocabulary, then save them all."""
    records = organisation_format.parse_organisations(table, load_places(session))
    for row_number, record in records:
        try:
            with session.begin_nested():
                _id, outcome = save_organisation(
                    session, record, origin, update_existing=update_existing
                )
        except IntegrityError as error:
            raise ImportRefused(
                [Problem(table.file, "conflict", row=row_number, value=str(error.orig))]
            ) from None
        report.add("organisations", outcome)


def store_projects(
    session: Session,
    projects: Table,
    participations: Table | None,
    origin: str,
    report: ImportReport,
    changes: list[Change] | None = None,
) -> None:
    """Validate both files whole, then store; what was created or changed is added to
    ``changes`` (for the import log)."""
    log: list[Change] = [] if changes is None else changes
    records = project_format.parse_projects(projects, load_code_lookup(session))
    links = project_format.parse_participations(participations) if participations else []
    problems: list[Problem] = []
    known_projects = {r.external_id for r in records} | set(
        ids_by_external_id(session, Project, (link.project_external_id for _, link in links))
    )
    organisation_ids = ids_by_external_id(
        session, Organisation, (link.organisation_external_id for _, link in links)
    )
    for row_number, link in links:
        if link.project_external_id not in known_projects:
            problems.append(
                Problem(
                    participations.file,
                    "unknown_project",
                    row_number,
                    "project_id",
                    link.project_external_id,
                )
            )
        if link.organisation_external_id not in organisation_ids:
            problems.append(
                Problem(
                    participations.file,
                    "unknown_organisation",
                    row_number,
                    "organisation_id",
                    link.organisation_external_id,
                )
            )
    if problems:
        raise ImportRefused(problems)
    for record in records:
        before = project_before(session, record.external_id)
        project_id, outcome = save_project(session, record, origin)
        report.add("projects", outcome)
        if outcome == Outcome.CREATED:
            log.append(Change(PROJECT, project_id))
        elif outcome == Outcome.UPDATED and before is not None:
            log.append(Change(PROJECT, project_id, before=before[1]))
    stored = ids_by_external_id(session, Project, (link.project_external_id for _, link in links))
    for _row, link in links:
        project_id = stored[link.project_external_id]
        organisation_id = organisation_ids[link.organisation_external_id]
        outcome = save_participation(session, project_id, organisation_id, link.role)
        report.add("participations", outcome)
        if outcome == Outcome.CREATED:
            log.append(Change(PARTICIPATION, project_id, organisation_id))


def read_projects_file(path: Path) -> Table:
    return read_table(path, project_format.PROJECT_REQUIRED, project_format.PROJECT_OPTIONAL)


def read_participations_file(path: Path) -> Table:
    return read_table(
        path, project_format.PARTICIPATION_REQUIRED, project_format.PARTICIPATION_OPTIONAL
    )


def import_projects(
    database: Database,
    projects_path: Path,
    participations_path: Path | None,
    origin: str = "import",
    *,
    dry_run: bool = False,
) -> ImportReport:
    """Both files in one transaction, logged for undo; a dry run rolls back."""
    projects = read_projects_file(projects_path)
    participations = read_participations_file(participations_path) if participations_path else None
    report = ImportReport()
    try:
        with database.transaction() as session:
            changes: list[Change] = []
            store_projects(session, projects, participations, origin, report, changes)
            counts = {f"{what} {outcome}": n for what, c in report.counts.items()
                      for outcome, n in c.items()}  # fmt: skip
            source = ", ".join(p.name for p in (projects_path, participations_path) if p)
            report.batch_id = record_import(session, "projects", source, counts, changes)
            if dry_run:
                raise RolledBack
    except RolledBack:
        report.batch_id = None
    return report
