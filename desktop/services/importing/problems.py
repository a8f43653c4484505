"""What is wrong with an input file, as codes with values, and their English wording."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.counts import counted

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """``row`` counts as a spreadsheet does: the header is row 1. ``code`` names the fault.

    An error refuses the file; a warning is listed and the row is imported."""

    file: str
    code: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    expected: str | None = None
    severity: str = ERROR
    field: str | None = None  # the field of the column, where a row's value is at fault


class ImportRefused(Exception):
    """The input has errors; nothing from it was stored. ``problems`` may include warnings."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(counted(len(problems), "problem"))
        self.problems = problems


def has_errors(problems: list[Problem]) -> bool:
    return any(problem.severity == ERROR for problem in problems)


_WORDING = {
    "not_found": "file not found",
    "unreadable": "cannot be read: {value}",
    "unknown_encoding": "cannot tell its text encoding: {value}; save it as CSV UTF-8",
    "old_excel": "is an old Excel workbook (.xls); save it as .xlsx or CSV UTF-8",
    "not_xlsx": "is not a readable Excel workbook: {value}",
    "unknown_sheet": "has no sheet '{value}' (sheets: {expected})",
    "sheet_of_csv": "is a CSV file: it has no sheets (asked for '{value}')",
    "cell_without_header": "has a value in column {value}, which has no header",
    "empty": "has no header row",
    "malformed_csv": "is not valid CSV: {value}",
    "missing_column": "required column is missing (expected columns: {expected})",
    "missing_field": "no column is mapped to the required field (columns: {expected})",
    "ignored_column": "is not imported: it maps to no field (fields: {expected})",
    "unknown_field": "is mapped to '{value}', which is not a field (fields: {expected})",
    "field_mapped_twice": "is mapped to '{value}', like column '{expected}'",
    "unknown_default": "a default is given for '{value}', which is neither a field nor a column "
    "(fields: {expected})",
    "unknown_mapped_column": "the mapping names a column the file does not have",
    "bad_mapping": "is not a usable mapping file: {value}",
    "unknown_place": "'{value}' is no Dutch town or municipality; the organisation gets no region",
    "ambiguous_place": "'{value}' is a town in more than one municipality ({expected}); give "
    "the province or municipality to place the organisation",
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
    "kvk_zeros_restored": "the workbook holds {value} as a number, which drops leading zeros; "
    "read as KvK number {expected}",
    "kvk_zero_restored": "'{value}' has seven digits: Excel drops the leading zero of a KvK "
    "number when it saves CSV; read as KvK number {expected}",
    "sme_from_employees": "no SME status given; with {value} employees it is taken as SME: "
    "{expected} (EU definition: fewer than 250 employees)",
    "bad_pic": "'{value}' is not a PIC of 9 digits",
    "bad_ror": "'{value}' is not a ROR id like https://ror.org/05mf3wf75",
    "bad_postcode": "'{value}' is not a Dutch postcode like '1234 AB'",
    "bad_website": "'{value}' is not a web address",
    "kind_mismatch": "type '{value}' belongs to helix kind '{expected}'",
    "province_mismatch": "municipality lies in province {expected}, not '{value}'",
    "duplicate_id": "'{value}' occurs more than once in this file (first in row {expected})",
    "bad_date": "'{value}' is not a date like 2024-01-31",
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
    prefix = "warning: " if problem.severity == WARNING else ""
    return f"{where}: {prefix}{text}"
