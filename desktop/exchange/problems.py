"""What is wrong with an input file, as codes with values, and their English wording."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """``row`` counts as a spreadsheet does: the header is row 1. ``code`` names the fault."""

    file: str
    code: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    expected: str | None = None


class ImportRefused(Exception):
    """The input has problems; nothing from it was stored."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


_WORDING = {
    "not_found": "file not found",
    "unreadable": "cannot be read: {value}",
    "not_utf8": "is not UTF-8 text (undecodable byte at offset {value}); save it as CSV UTF-8",
    "empty": "has no header row",
    "malformed_csv": "is not valid CSV: {value}",
    "missing_column": "required column is missing (expected columns: {expected})",
    "unknown_column": "unknown column (known columns: {expected})",
    "duplicate_column": "column appears twice",
    "wrong_field_count": "has {value} fields where the header has {expected}",
    "required": "a value is required",
    "unknown_value": "unknown value '{value}' (expected one of: {expected})",
    "not_integer": "'{value}' is not a whole number",
    "out_of_range": "'{value}' is out of range ({expected})",
    "not_number": "'{value}' is not a number",
    "not_boolean": "'{value}' is not yes/no (expected: {expected})",
    "bad_kvk": "'{value}' is not a KvK number of 8 digits",
    "bad_pic": "'{value}' is not a PIC of 9 digits",
    "bad_postcode": "'{value}' is not a Dutch postcode like '1234 AB'",
    "bad_website": "'{value}' is not a web address",
    "kind_mismatch": "type '{value}' belongs to helix kind '{expected}'",
    "province_mismatch": "municipality lies in province {expected}, not '{value}'",
    "duplicate_id": "'{value}' occurs more than once in this file (first in row {expected})",
    "end_before_start": "end year {value} lies before start year {expected}",
    "unknown_project": "no project with external id '{value}' in the file or the database",
    "unknown_organisation": "no organisation with external id '{value}' in the database",
    "conflict": "conflicts with an organisation already stored ({value})",
}


def describe_problem(problem: Problem) -> str:
    """One line: where, then what."""
    where = problem.file
    if problem.row is not None:
        where += f" row {problem.row}"
    if problem.column:
        where += f", column '{problem.column}'"
    text = _WORDING[problem.code].format(value=problem.value, expected=problem.expected)
    return f"{where}: {text}"
