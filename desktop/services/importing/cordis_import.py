"""Importing CORDIS project and organisation files: the organisations de-duplicated against the
database (a participant already stored, by PIC or as a likely duplicate, gets the EU projects
instead of a twin), the projects, and who took part in them, in one transaction."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from desktop.models.database import Database
from desktop.models.queries.import_log import (
    PARTICIPATION,
    PROJECT,
    Change,
    project_before,
    record_import,
)
from desktop.models.queries.organisations.identities import add_participations
from desktop.models.queries.track_record import save_project
from desktop.services.importing.cordis import CordisData, participant_key, project_key, read_cordis
from desktop.services.importing.dry_run import RolledBack
from desktop.services.importing.organisation_import import (
    DuplicatePolicy,
    PreparedFile,
    RowOutcome,
    store_organisations,
)

ORIGIN = "import"


@dataclass
class CordisImport:
    data: CordisData
    organisations: list[RowOutcome]
    projects: Counter[str]
    participations: int
    dry_run: bool
    batch_id: int | None = None  # in the import log, for undo


def _organisation_ids(outcomes: list[RowOutcome]) -> dict[int, int]:
    """Row -> the organisation that row ended up as: stored, updated, or the one it duplicates."""
    ids: dict[int, int] = {}
    for outcome in outcomes:
        if outcome.organisation_id is not None:
            ids[outcome.row] = outcome.organisation_id
        elif outcome.match is not None and outcome.match.organisation_id is not None:
            ids[outcome.row] = outcome.match.organisation_id
    for outcome in outcomes:  # duplicates of an earlier row of the file
        if outcome.row not in ids and outcome.match is not None and outcome.match.row in ids:
            ids[outcome.row] = ids[outcome.match.row]
    return ids


def import_cordis(
    database: Database,
    projects_path: Path,
    organisations_path: Path,
    *,
    dutch_partners_only: bool = False,
    policy: DuplicatePolicy = DuplicatePolicy.MERGE,
    dry_run: bool = False,
) -> CordisImport:
    """Import both files as one transaction. Organisations already stored are never renamed:
    what CORDIS adds (PIC, website, SME status, ...) only fills in what they lack."""
    data = read_cordis(projects_path, organisations_path, dutch_partners_only=dutch_partners_only)
    try:
        with database.transaction() as session:
            prepared = PreparedFile(
                organisations_path.name, "CORDIS", {}, data.organisations, data.warnings
            )
            changes: list[Change] = []
            outcomes = store_organisations(
                session, prepared, policy, ORIGIN, update_known=False, changes=changes
            )
            by_row = _organisation_ids(outcomes)
            by_pic = {
                (record.pic or record.external_id): by_row[row]
                for row, record in data.organisations
                if row in by_row
            }
            projects: Counter[str] = Counter()
            project_ids = {}
            for record in data.projects:
                before = project_before(session, record.external_id)
                project_id, outcome = save_project(session, record, ORIGIN)
                project_ids[record.external_id] = project_id
                projects[outcome.value] += 1
                if outcome.value == "created":
                    changes.append(Change(PROJECT, project_id))
                elif outcome.value == "updated" and before is not None:
                    changes.append(Change(PROJECT, project_id, before=before[1]))
            links = [
                (
                    project_ids[project_key(link.project_id)],
                    by_pic[key],
                    link.role,
                    link.contribution,
                )
                for link in data.links
                if (key := participant_key(link.pic)) in by_pic
            ]
            added = add_participations(session, links)
            changes += [Change(PARTICIPATION, project, other) for project, other in added]
            result = CordisImport(data, outcomes, projects, len(added), dry_run)
            counts = Counter(outcome.action.value for outcome in outcomes)
            result.batch_id = record_import(
                session,
                "cordis",
                f"{projects_path.name}, {organisations_path.name}",
                {**counts, "projects": sum(projects.values()), "participations": len(added)},
                changes,
            )
            if dry_run:
                raise RolledBack(result)
    except RolledBack as rolled_back:
        return rolled_back.result
    return result
