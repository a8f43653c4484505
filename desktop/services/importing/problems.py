"""What is wrong with an input file, as codes with values, and the English lines of the command
line and the import reports (the interface words them with ``desktop.services.words``)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.services.words.counts import counted


class FileProblem(StrEnum):
    """What is wrong with an input file, a row or a column of it."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    UNKNOWN_ENCODING = "unknown_encoding"
    OLD_EXCEL = "old_excel"
    NOT_XLSX = "not_xlsx"
    UNKNOWN_SHEET = "unknown_sheet"
    SHEET_OF_CSV = "sheet_of_csv"
    CELL_WITHOUT_HEADER = "cell_without_header"
    EMPTY = "empty"
    MALFORMED_CSV = "malformed_csv"
    MISSING_COLUMN = "missing_column"
    MISSING_FIELD = "missing_field"
    IGNORED_COLUMN = "ignored_column"
    UNKNOWN_FIELD = "unknown_field"
    FIELD_MAPPED_TWICE = "field_mapped_twice"
    UNKNOWN_DEFAULT = "unknown_default"
    UNKNOWN_MAPPED_COLUMN = "unknown_mapped_column"
    BAD_MAPPING = "bad_mapping"
    UNKNOWN_PLACE = "unknown_place"
    AMBIGUOUS_PLACE = "ambiguous_place"
    UNKNOWN_COLUMN = "unknown_column"
    DUPLICATE_COLUMN = "duplicate_column"
    WRONG_FIELD_COUNT = "wrong_field_count"
    REQUIRED = "required"
    UNKNOWN_VALUE = "unknown_value"
    NOT_INTEGER = "not_integer"
    OUT_OF_RANGE = "out_of_range"
    NOT_NUMBER = "not_number"
    NOT_BOOLEAN = "not_boolean"
    BAD_KVK = "bad_kvk"
    KVK_ZEROS_RESTORED = "kvk_zeros_restored"
    KVK_ZERO_RESTORED = "kvk_zero_restored"
    SME_FROM_EMPLOYEES = "sme_from_employees"
    BAD_PIC = "bad_pic"
    BAD_ROR = "bad_ror"
    BAD_POSTCODE = "bad_postcode"
    BAD_WEBSITE = "bad_website"
    KIND_MISMATCH = "kind_mismatch"
    PROVINCE_MISMATCH = "province_mismatch"
    DUPLICATE_ID = "duplicate_id"
    BAD_DATE = "bad_date"
    END_BEFORE_START = "end_before_start"
    UNKNOWN_PROJECT = "unknown_project"
    UNKNOWN_ORGANISATION = "unknown_organisation"
    CONFLICT = "conflict"


ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """``row`` counts as a spreadsheet does: the header is row 1. ``code`` names the fault.

    An error refuses the file; a warning is listed and the row is imported."""

    file: str
    code: str  # a FileProblem
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


WORDING: dict[FileProblem, str] = {
    FileProblem.NOT_FOUND: "file not found",
    FileProblem.UNREADABLE: "cannot be read: {value}",
    FileProblem.UNKNOWN_ENCODING: "cannot tell its text encoding: {value}; save it as CSV UTF-8",
    FileProblem.OLD_EXCEL: "is an old Excel workbook (.xls); save it as .xlsx or CSV UTF-8",
    FileProblem.NOT_XLSX: "is not a readable Excel workbook: {value}",
    FileProblem.UNKNOWN_SHEET: "has no sheet '{value}' (sheets: {expected})",
    FileProblem.SHEET_OF_CSV: "is a CSV file: it has no sheets (asked for '{value}')",
    FileProblem.CELL_WITHOUT_HEADER: "has a value in column {value}, which has no header",
    FileProblem.EMPTY: "has no header row",
    FileProblem.MALFORMED_CSV: "is not valid CSV: {value}",
    FileProblem.MISSING_COLUMN: "required column is missing (expected columns: {expected})",
    FileProblem.MISSING_FIELD: "no column is mapped to the required field (columns: {expected})",
    FileProblem.IGNORED_COLUMN: "is not imported: it maps to no field (fields: {expected})",
    FileProblem.UNKNOWN_FIELD: "is mapped to '{value}', which is not a field (fields: {expected})",
    FileProblem.FIELD_MAPPED_TWICE: "is mapped to '{value}', like column '{expected}'",
    FileProblem.UNKNOWN_DEFAULT: (
        "a default is given for '{value}', which is neither a field nor a column (fields: "
        "{expected})"
    ),
    FileProblem.UNKNOWN_MAPPED_COLUMN: "the mapping names a column the file does not have",
    FileProblem.BAD_MAPPING: "is not a usable mapping file: {value}",
    FileProblem.UNKNOWN_PLACE: (
        "'{value}' is no Dutch town or municipality; the organisation gets no region"
    ),
    FileProblem.AMBIGUOUS_PLACE: (
        "'{value}' is a town in more than one municipality ({expected}); give the province or "
        "municipality to place the organisation"
    ),
    FileProblem.UNKNOWN_COLUMN: "unknown column (known columns: {expected})",
    FileProblem.DUPLICATE_COLUMN: "column appears twice",
    FileProblem.WRONG_FIELD_COUNT: "has {value} fields where the header has {expected}",
    FileProblem.REQUIRED: "a value is required",
    FileProblem.UNKNOWN_VALUE: "unknown value '{value}' (expected one of: {expected})",
    FileProblem.NOT_INTEGER: "'{value}' is not a whole number",
    FileProblem.OUT_OF_RANGE: "'{value}' is out of range ({expected})",
    FileProblem.NOT_NUMBER: "'{value}' is not a number",
    FileProblem.NOT_BOOLEAN: "'{value}' is not yes/no (expected: {expected})",
    FileProblem.BAD_KVK: "'{value}' is not a KvK number of 8 digits",
    FileProblem.KVK_ZEROS_RESTORED: (
        "the workbook holds {value} as a number, which drops leading zeros; read as KvK number "
        "{expected}"
    ),
    FileProblem.KVK_ZERO_RESTORED: (
        "'{value}' has seven digits: Excel drops the leading zero of a KvK number when it saves "
        "CSV; read as KvK number {expected}"
    ),
    FileProblem.SME_FROM_EMPLOYEES: (
        "no SME status given; with {value} employees it is taken as SME: {expected} (EU "
        "definition: fewer than 250 employees)"
    ),
    FileProblem.BAD_PIC: "'{value}' is not a PIC of 9 digits",
    FileProblem.BAD_ROR: "'{value}' is not a ROR id like https://ror.org/05mf3wf75",
    FileProblem.BAD_POSTCODE: "'{value}' is not a Dutch postcode like '1234 AB'",
    FileProblem.BAD_WEBSITE: "'{value}' is not a web address",
    FileProblem.KIND_MISMATCH: "type '{value}' belongs to helix kind '{expected}'",
    FileProblem.PROVINCE_MISMATCH: "municipality lies in province {expected}, not '{value}'",
    FileProblem.DUPLICATE_ID: (
        "'{value}' occurs more than once in this file (first in row {expected})"
    ),
    FileProblem.BAD_DATE: "'{value}' is not a date like 2024-01-31",
    FileProblem.END_BEFORE_START: "end year {value} lies before start year {expected}",
    FileProblem.UNKNOWN_PROJECT: (
        "no project with external id '{value}' in the file or the database"
    ),
    FileProblem.UNKNOWN_ORGANISATION: "no organisation with external id '{value}' in the database",
    FileProblem.CONFLICT: "conflicts with an organisation already stored ({value})",
}


def describe_problem(problem: Problem) -> str:
    """One line: where, then what."""
    where = problem.file
    if problem.row is not None:
        where += f" row {problem.row}"
    if problem.column:
        where += f", column '{problem.column}'"
    text = WORDING[problem.code].format(value=problem.value, expected=problem.expected)
    prefix = "warning: " if problem.severity == WARNING else ""
    return f"{where}: {prefix}{text}"
