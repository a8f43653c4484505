"""Reading a spreadsheet as it is: a CSV file (any common delimiter and encoding) or one sheet
of an Excel workbook, as a header and rows of text cells. What the columns mean is decided later,
by the column mapping."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from desktop.services.importing.encoding import UnknownEncoding, decode
from desktop.services.importing.problems import ImportRefused, Problem

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
_ZIP_SIGNATURE = b"PK\x03\x04"
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # the old binary .xls
_SNIFF_RECORDS = 50


@dataclass(frozen=True)
class SheetRow:
    number: int  # as a spreadsheet counts: the header is row 1 in a CSV file
    cells: tuple[str, ...]
    numbers: frozenset[int] = frozenset()  # positions of cells a workbook holds as numbers


@dataclass(frozen=True)
class Sheet:
    file: str
    source: str  # how it was read, for the user: "UTF-8, semicolon-separated" or "sheet 'Leden'"
    headers: tuple[str, ...]
    rows: list[SheetRow]


def _refuse(file: str, code: str, **details) -> ImportRefused:
    return ImportRefused([Problem(file, code, **details)])


def _records(text: str, delimiter: str) -> csv.reader:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)


def _delimiter(text: str) -> str:
    """The candidate under which the first records have the same number of fields as the
    header, and the most of them; a comma when nothing splits the header."""

    def fit(delimiter: str) -> tuple[float, int]:
        try:
            sample = []
            for record in _records(text, delimiter):
                sample.append(len(record))
                if len(sample) > _SNIFF_RECORDS:
                    break
        except csv.Error:
            return (-1.0, 0)
        if not sample or sample[0] < 2:
            return (0.0, 0)
        rest = sample[1:] or [sample[0]]
        return (sum(n == sample[0] for n in rest) / len(rest), sample[0])

    best = max(DELIMITERS, key=fit)
    return best if fit(best)[1] >= 2 else ","


def _read_csv(raw: bytes, file: str) -> Sheet:
    try:
        decoded = decode(raw)
    except UnknownEncoding as unknown:
        raise _refuse(file, "unknown_encoding", value=unknown.reason) from None
    text = decoded.text
    if not text.strip():
        raise _refuse(file, "empty")
    delimiter = _delimiter(text)
    reader = _records(text, delimiter)
    try:
        records = list(reader)
    except csv.Error as error:
        raise _refuse(file, "malformed_csv", row=reader.line_num, value=str(error)) from None
    headers = tuple(cell.strip() for cell in records[0])
    if not any(headers):
        raise _refuse(file, "empty")
    rows, problems = [], []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        extra = record[len(headers) :]
        if len(record) < len(headers) or any(cell.strip() for cell in extra):
            problems.append(
                Problem(
                    file,
                    "wrong_field_count",
                    row=number,
                    value=str(len(record)),
                    expected=str(len(headers)),
                )
            )
            continue
        rows.append(SheetRow(number, tuple(cell.strip() for cell in record[: len(headers)])))
    if problems:
        raise ImportRefused(problems)
    source = f"{decoded.encoding}, {DELIMITER_NAMES[delimiter]}-separated"
    return Sheet(file, source, headers, rows)


def _cell_text(value: object) -> str:
    """A cell as the text a user sees: whole numbers without ".0", dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _open_workbook(path: Path):
    """An openpyxl workbook (read-only, cached values), or ``ImportRefused``."""
    # openpyxl loads only for workbooks; CSV imports and the other commands do not need it.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as error:
        raise _refuse(path.name, "not_xlsx", value=str(error)) from None


def _read_excel(path: Path, file: str, sheet_name: str | None) -> Sheet:
    workbook = _open_workbook(path)
    try:
        if sheet_name is None:
            worksheet = workbook.worksheets[0]
        elif sheet_name in workbook.sheetnames:
            worksheet = workbook[sheet_name]
        else:
            raise _refuse(
                file, "unknown_sheet", value=sheet_name, expected=", ".join(workbook.sheetnames)
            )
        headers: tuple[str, ...] | None = None
        rows, problems = [], []
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            cells = tuple(_cell_text(value) for value in values)
            if not any(cells):
                continue
            if headers is None:
                headers = cells[: max(i + 1 for i, cell in enumerate(cells) if cell)]
                continue
            if any(cells[len(headers) :]):
                width = max(i + 1 for i, cell in enumerate(cells) if cell)
                problems.append(Problem(file, "cell_without_header", row=number, value=str(width)))
                continue
            numbers = frozenset(
                i for i, value in enumerate(values[: len(headers)]) if _is_number(value)
            )
            padded = cells[: len(headers)] + ("",) * (len(headers) - len(cells))
            rows.append(SheetRow(number, padded, numbers))
        title = worksheet.title
    finally:
        workbook.close()
    if headers is None:
        raise _refuse(file, "empty")
    if problems:
        raise ImportRefused(problems)
    return Sheet(file, f"sheet '{title}'", headers, rows)


def read_sheet(path: Path, sheet_name: str | None = None) -> Sheet:
    """The header and rows of a CSV file or of an Excel workbook's first (or named) sheet."""
    file = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _refuse(str(path), "not_found") from None
    except OSError as error:
        raise _refuse(str(path), "unreadable", value=error.strerror) from None
    if raw.startswith(_OLE_SIGNATURE):
        raise _refuse(file, "old_excel")
    if path.suffix.lower() in EXCEL_SUFFIXES or raw.startswith(_ZIP_SIGNATURE):
        return _read_excel(path, file, sheet_name)
    if sheet_name is not None:
        raise _refuse(file, "sheet_of_csv", value=sheet_name)
    return _read_csv(raw, file)


def sheet_names(path: Path) -> list[str]:
    """The sheets of an Excel workbook, or an empty list for any other file."""
    if path.suffix.lower() not in EXCEL_SUFFIXES:
        return []
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()
