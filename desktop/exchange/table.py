"""Reading a CSV file of the exchange format into rows, refusing what is not well-formed."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from desktop.exchange.problems import ImportRefused, Problem

DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class Row:
    number: int  # the header is row 1
    values: dict[str, str]


@dataclass(frozen=True)
class Table:
    file: str
    columns: tuple[str, ...]
    rows: list[Row]


def _refuse(file: str, code: str, **details) -> ImportRefused:
    return ImportRefused([Problem(file, code, **details)])


def read_table(path: Path, required: tuple[str, ...], optional: tuple[str, ...]) -> Table:
    """Rows of a UTF-8 CSV file (with or without BOM) whose delimiter is a comma, a semicolon
    or a tab, as found in the header. Column names are matched without regard to case."""
    file = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _refuse(str(path), "not_found") from None
    except OSError as error:
        raise _refuse(str(path), "unreadable", value=error.strerror) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _refuse(file, "not_utf8", value=str(error.start)) from None
    header_line = text.splitlines()[0] if text.strip() else ""
    if not header_line.strip():
        raise _refuse(file, "empty")
    delimiter = max(DELIMITERS, key=header_line.count)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as error:
        raise _refuse(file, "malformed_csv", value=str(error)) from None

    columns = tuple(name.strip().lower() for name in records[0])
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
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(columns):
            problems.append(
                Problem(
                    file,
                    "wrong_field_count",
                    row=number,
                    value=str(len(record)),
                    expected=str(len(columns)),
                )
            )
            continue
        rows.append(
            Row(number, {name: cell.strip() for name, cell in zip(columns, record, strict=True)})
        )
    if problems:
        raise ImportRefused(problems)
    return Table(file, columns, rows)
