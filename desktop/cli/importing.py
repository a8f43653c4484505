"""``helixmatch import organisations``, ``import cordis``, ``import list`` and ``import undo``:
options, running them, and what they print."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from desktop.models.database import Database
from desktop.services.counts import counted
from desktop.services.importing.cordis_import import import_cordis
from desktop.services.importing.history import UndoRefused, import_history, undo_an_import
from desktop.services.importing.mapping import ColumnMapping, read_mapping_file
from desktop.services.importing.organisation_import import (
    Action,
    DuplicatePolicy,
    OrganisationImport,
    RowOutcome,
    import_organisations,
)
from desktop.services.importing.problems import ImportRefused, describe_problem
from desktop.services.importing.report_files import describe_evidence, write_csv, write_problems
from desktop.services.user_error import UserError

MAX_LINES = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a CSV file or an Excel workbook (.xlsx)")
    parser.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first)")
    parser.add_argument(
        "--mapping", type=Path, metavar="FILE.json", help="which column holds which field"
    )
    parser.add_argument(
        "--default",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a value for empty cells of a field (repeatable), e.g. --default country=NL",
    )
    _add_storing_arguments(parser, DuplicatePolicy.SKIP)
    parser.add_argument(
        "--problems", type=Path, metavar="FILE.csv", help="write every error and warning"
    )


def _add_storing_arguments(parser: argparse.ArgumentParser, policy: DuplicatePolicy) -> None:
    """What every import of organisations takes: the duplicate policy, dry run and report."""
    parser.add_argument(
        "--on-duplicate",
        choices=[p.value for p in DuplicatePolicy],
        default=policy.value,
        help=f"what to do with a likely duplicate of a stored organisation (default: {policy})",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="check and decide everything, store nothing"
    )
    parser.add_argument(
        "--report", type=Path, metavar="FILE.csv", help="write what happened to each row"
    )


def _mapping(options: argparse.Namespace) -> ColumnMapping:
    mapping = read_mapping_file(options.mapping) if options.mapping else ColumnMapping()
    defaults = dict(mapping.defaults)
    for given in options.default:
        name, equals, value = given.partition("=")
        if not equals or not name.strip() or not value.strip():
            raise UserError(f"--default '{given}': expected FIELD=VALUE, e.g. country=NL")
        defaults[name.strip().lower()] = value.strip()
    return ColumnMapping(mapping.columns, defaults)


def _print_summary(result: OrganisationImport) -> None:
    prepared = result.prepared
    print(f"read {prepared.file} ({prepared.source}): {counted(len(prepared.records), 'row')}")
    mapped = ", ".join(
        f"{header} -> {target or '(not imported)'}" for header, target in prepared.columns.items()
    )
    print(f"columns: {mapped}")
    for problem in prepared.problems[:MAX_LINES]:
        print(describe_problem(problem), file=sys.stderr)
    _print_outcomes(result.outcomes)
    print_stored(result.dry_run, result.batch_id)


def print_stored(dry_run: bool, batch_id: int | None) -> None:
    if dry_run:
        print("dry run: nothing was stored")
    else:
        print(f"stored as import #{batch_id} (undo with: helixmatch import undo {batch_id})")


def _print_outcomes(outcomes: list[RowOutcome]) -> None:
    counts = Counter(outcome.action.value for outcome in outcomes)
    print("organisations: " + ", ".join(f"{counts[a.value]} {a.value}" for a in Action))
    duplicates = [outcome for outcome in outcomes if outcome.match is not None]
    for outcome in duplicates[:MAX_LINES]:
        match = outcome.match
        target = f"row {match.row}" if match.row is not None else f"#{match.organisation_id}"
        print(
            f"  row {outcome.row} '{outcome.name}' {outcome.action.value}: likely the same as "
            f"{target} '{match.name}' (score {match.score:g}; {describe_evidence(match.evidence)})"
        )
    if len(duplicates) > MAX_LINES:
        print(f"  ... and {len(duplicates) - MAX_LINES} more (see --report)")


def _write_report(path: Path, outcomes: list[RowOutcome]) -> None:
    header = (
        "row", "name", "action", "organisation_id", "duplicate_of_id", "duplicate_of_row",
        "duplicate_of_name", "score", "evidence",
    )  # fmt: skip
    rows = []
    for outcome in outcomes:
        match = outcome.match
        rows.append(
            (outcome.row, outcome.name, outcome.action.value, outcome.organisation_id)
            + (
                (
                    match.organisation_id,
                    match.row,
                    match.name,
                    match.score,
                    describe_evidence(match.evidence),
                )
                if match
                else (None,) * 5
            )  # fmt: skip
        )
    write_csv(path, header, rows)


def run_import_organisations(database: Database, options: argparse.Namespace) -> None:
    try:
        result = import_organisations(
            database,
            options.file,
            sheet=options.sheet,
            mapping=_mapping(options),
            policy=DuplicatePolicy(options.on_duplicate),
            dry_run=options.dry_run,
        )
    except ImportRefused as refused:
        if options.problems:
            write_problems(options.problems, refused.problems)
        raise
    if options.problems:
        write_problems(options.problems, result.prepared.problems)
    if options.report:
        _write_report(options.report, result.outcomes)
    _print_summary(result)


def add_cordis_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--projects", type=Path, required=True, metavar="project.csv", help="CORDIS projects"
    )
    parser.add_argument(
        "--organisations",
        type=Path,
        required=True,
        metavar="organization.csv",
        help="CORDIS participants, one row per participation",
    )
    parser.add_argument(
        "--dutch-partners",
        action="store_true",
        help="only projects with a participant in the Netherlands (and all their participants)",
    )
    _add_storing_arguments(parser, DuplicatePolicy.MERGE)


def run_import_cordis(database: Database, options: argparse.Namespace) -> None:
    result = import_cordis(
        database,
        options.projects,
        options.organisations,
        dutch_partners_only=options.dutch_partners,
        policy=DuplicatePolicy(options.on_duplicate),
        dry_run=options.dry_run,
    )
    data = result.data
    scope = " with Dutch partners" if options.dutch_partners else ""
    print(
        f"read {options.projects.name} and {options.organisations.name}: "
        f"{counted(len(data.projects), 'project')}{scope}, "
        f"{counted(len(data.organisations), 'participant')}, "
        f"{counted(len(data.links), 'participation')}"
    )
    for problem in data.warnings[:MAX_LINES]:
        print(describe_problem(problem), file=sys.stderr)
    if options.report:
        _write_report(options.report, result.organisations)
    _print_outcomes(result.organisations)
    projects = result.projects
    print(f"projects: {projects['created']} created, {projects['updated']} updated, "
          f"{projects['unchanged']} unchanged")  # fmt: skip
    print(f"participations: {result.participations} added")
    print_stored(result.dry_run, result.batch_id)


def add_undo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "id", type=int, nargs="?", help="the import's number (default: the latest not undone)"
    )


def run_import_list(database: Database, _options: argparse.Namespace) -> None:
    batches = import_history(database)
    if not batches:
        print("no imports yet")
    for batch in batches:
        when = batch.finished_at.strftime("%Y-%m-%d %H:%M")
        state = f"  (undone {batch.undone_at:%Y-%m-%d %H:%M})" if batch.undone_at else ""
        counts = ", ".join(f"{count} {what}" for what, count in batch.counts.items() if count)
        print(f"#{batch.id:<5} {when}  {batch.kind:<13} {batch.source}: {counts}{state}")


def _refusal(refused: UndoRefused, batch_id: int | None) -> str:
    names = ", ".join(refused.names[:5]) + (" ..." if len(refused.names) > 5 else "")
    return {
        "nothing_to_undo": "there is no import to undo",
        "unknown_import": f"there is no import #{batch_id} (see: helixmatch import list)",
        "already_undone": f"import #{batch_id} was undone already",
        "later_import": f"undo import #{refused.later} first: imports are undone newest first",
        "edited_since": f"organisations of import #{batch_id} were edited since: {names}",
        "in_consortium": f"organisations import #{batch_id} added are in consortia: {names}; "
        "remove them from the consortia first",
    }[refused.code]


def run_import_undo(database: Database, options: argparse.Namespace) -> None:
    try:
        batch_id, undone = undo_an_import(database, options.id)
    except UndoRefused as refused:
        if refused.code == "nothing_to_undo":
            raise UserError(_refusal(refused, None)) from None
        raise UserError(_refusal(refused, refused.batch_id) + "; nothing was undone") from None
    print(f"undid import #{batch_id}: " + ", ".join(f"{n} {what}" for what, n in undone.items()))
