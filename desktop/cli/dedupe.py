"""``helixmatch dedupe``: list likely duplicate organisations in the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.models.database import Database
from desktop.services.importing.report_files import describe_evidence, write_csv
from desktop.services.organisations.duplicates import find_stored_duplicates
from desktop.services.user_error import UserError
from desktop.services.words.counts import counted
from matching.dedupe import DEFAULT_THRESHOLD

MAX_LINES = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--report", type=Path, metavar="FILE.csv", help="write every pair with its evidence"
    )
    parser.add_argument(
        "--min-score",
        type=float,
        default=DEFAULT_THRESHOLD,
        metavar="S",
        help=f"how alike a pair must be, 0-100 (default {DEFAULT_THRESHOLD:g})",
    )


def run(database: Database, options: argparse.Namespace) -> None:
    if not 0 < options.min_score <= 100:
        raise UserError("--min-score must lie between 0 and 100")
    with database.transaction() as session:
        pairs = find_stored_duplicates(session, options.min_score)
    if options.report:
        write_csv(
            options.report,
            ("first_id", "first_name", "second_id", "second_name", "score", "evidence"),
            (
                (
                    p.first_id,
                    p.first_name,
                    p.second_id,
                    p.second_name,
                    p.score,
                    describe_evidence(p.evidence),
                )
                for p in pairs
            ),  # fmt: skip
        )
    print(counted(len(pairs), "likely duplicate pair"))
    for p in pairs[:MAX_LINES]:
        print(
            f"{p.score:5.1f}  #{p.first_id} '{p.first_name}' ~ #{p.second_id} '{p.second_name}'"
            f"  ({describe_evidence(p.evidence)})"
        )
    if len(pairs) > MAX_LINES:
        print(f"... and {len(pairs) - MAX_LINES} more" + ("" if options.report else " (--report)"))
