"""Files an import or a duplicate search writes for the user: the problems found in a file, what
happened to each row, and the likely duplicates in the database. CSV (UTF-8 with BOM, so that
Excel shows accents) written to a temporary name and moved into place."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop.services.exporting.atomic import write_atomically
from desktop.services.exporting.cells import neutralised
from desktop.services.importing.problems import Problem, describe_problem
from matching.dedupe import Evidence


def describe_evidence(evidence: Iterable[Evidence]) -> str:
    """``same_kvk=12345678; similar_name=93.3``."""
    return "; ".join(e.code if e.value is None else f"{e.code}={e.value}" for e in evidence)


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write a CSV file whole or not at all; text that looks like a formula stays text."""

    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(["" if v is None else neutralised(v) for v in row] for row in rows)

    write_atomically(path, write)


def write_problems(path: Path, problems: Iterable[Problem]) -> None:
    write_csv(
        path,
        ("file", "row", "column", "severity", "code", "value", "expected", "message"),
        (
            (p.file, p.row, p.column, p.severity, p.code, p.value, p.expected, describe_problem(p))
            for p in problems
        ),
    )
