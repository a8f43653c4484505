"""Reading the cells of one row, collecting every problem instead of stopping at the first."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from desktop.services.importing.exchange_table import Row, Table
from desktop.services.importing.fields import BadValue
from desktop.services.importing.problems import ERROR, Problem

T = TypeVar("T")


class RowReader:
    def __init__(self, table: Table, row: Row, problems: list[Problem]) -> None:
        self.table = table
        self.row = row
        self.problems = problems

    def text(self, column: str) -> str | None:
        value = self.row.values.get(column, "")
        return value or None

    def is_number(self, column: str) -> bool:
        """Whether a workbook holds the cell as a number (not as text)."""
        return column in self.row.numbers

    def required(self, column: str) -> str | None:
        value = self.text(column)
        if value is None:
            self.report("required", column)
        return value

    def read(self, column: str, parse: Callable[..., T], *args) -> T | None:
        """The parsed cell, or None when it is empty or wrong (then a problem is recorded)."""
        value = self.text(column)
        if value is None:
            return None
        try:
            return parse(value, *args)
        except BadValue as bad:
            self.report(bad.code, column, bad.value, bad.expected)
            return None

    def report(
        self,
        code: str,
        column: str | None,
        value: str | None = None,
        expected: str | None = None,
        severity: str = ERROR,
    ) -> None:
        self.problems.append(
            Problem(
                self.table.file,
                code,
                self.row.number,
                self.table.label(column) if column else None,
                value,
                expected,
                severity,
                column,
            )
        )


def check_unique_ids(table: Table, column: str, problems: list[Problem]) -> None:
    """Report ids that occur twice in one file."""
    values = ((row.number, row.values.get(column)) for row in table.rows)
    check_unique(table, column, values, problems)


def check_unique(
    table: Table,
    column: str,
    values: Iterable[tuple[int, str | None]],
    problems: list[Problem],
) -> None:
    """Report values of a column, given as (row number, value), that occur twice."""
    first_row: dict[str, int] = {}
    for number, value in values:
        if not value:
            continue
        if value in first_row:
            problems.append(
                Problem(
                    table.file,
                    "duplicate_id",
                    number,
                    table.label(column),
                    value,
                    str(first_row[value]),
                    field=column,
                )
            )
        else:
            first_row[value] = number
