"""Where the reference data shipped with HelixMatch lies (``resources/reference``), and
reading its CSV files."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import resources

REFERENCE_DIR = Path(resources.__file__).parent / "reference"


def reference_rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of ``resources/reference/NAME``, a CSV file with a header row."""
    with (REFERENCE_DIR / name).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)
