"""What the imports of organisations (``import organisations`` and ``import cordis``) share: the
options for storing, and what happened to each row, printed and written to a report file."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from desktop.services.importing.organisation_import import Action, DuplicatePolicy, RowOutcome
from desktop.services.importing.report_files import describe_evidence, write_csv

MAX_LINES = 50


def add_storing_arguments(parser: argparse.ArgumentParser, policy: DuplicatePolicy) -> None:
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


def print_outcomes(outcomes: list[RowOutcome]) -> None:
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


def write_report(path: Path, outcomes: list[RowOutcome]) -> None:
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
