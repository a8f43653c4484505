"""A file of the exchange format: a sheet whose header names the fields exactly."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.importing.problems import ImportRefused, Problem
from desktop.services.importing.sheet import Sheet, read_sheet


@dataclass(frozen=True)
class Row:
    number: int  # the header is row 1
    values: dict[str, str]
    numbers: frozenset[str] = frozenset()  # fields whose cell a workbook holds as a number


@dataclass(frozen=True)
class Table:
    file: str
    columns: tuple[str, ...]
    rows: list[Row]
    labels: dict[str, str] = field(default_factory=dict)  # field -> the file's column header

    def label(self, column: str) -> str:
        """How the file names a field's column, for messages."""
        return self.labels.get(column, column)


def exact_table(sheet: Sheet, required: tuple[str, ...], optional: tuple[str, ...]) -> Table:
    """Rows by field name, from a header of field names (without regard to case); a missing,
    unknown or repeated column refuses the file."""
    file = sheet.file
    columns = tuple(name.lower() for name in sheet.headers)
    known = required + optional
    problems = [
        Problem(file, "missing_column", row=1, column=name, expected=", ".join(known))
        for name in required
        if name not in columns
    ]
    problems += [
        Problem(file, "unknown_column", row=1, column=name, expected=", ".join(known))
        for name in columns
        if name not in known
    ]
    problems += [
        Problem(file, "duplicate_column", row=1, column=name)
        for index, name in enumerate(columns)
        if name in columns[:index]
    ]
    if problems:
        raise ImportRefused(problems)
    rows = [
        Row(
            row.number,
            dict(zip(columns, row.cells, strict=True)),
            frozenset(columns[position] for position in row.numbers),
        )
        for row in sheet.rows
    ]
    return Table(file, columns, rows)


def read_table(path: Path, required: tuple[str, ...], optional: tuple[str, ...]) -> Table:
    """An exchange-format file: CSV (UTF-8 or Windows-1252, any common delimiter) or XLSX."""
    return exact_table(read_sheet(path), required, optional)
