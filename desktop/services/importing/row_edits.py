"""What a user reviewing an import decided about single rows: values put right in place, and rows
left out, so that a few bad rows do not hold back the rest of the file."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from desktop.services.importing.exchange_table import Table


@dataclass(frozen=True)
class RowEdits:
    values: dict[int, dict[str, str]] = field(default_factory=dict)  # row -> field -> value
    skipped: frozenset[int] = frozenset()  # row numbers left out

    def with_value(self, row: int, name: str, value: str) -> RowEdits:
        values = {number: dict(fixed) for number, fixed in self.values.items()}
        values.setdefault(row, {})[name] = value
        return replace(self, values=values)

    def with_skipped(self, row: int, skip: bool) -> RowEdits:
        skipped = self.skipped | {row} if skip else self.skipped - {row}
        return replace(self, skipped=frozenset(skipped))


def edited_table(table: Table, edits: RowEdits) -> Table:
    """The table with the values put right; a value typed replaces the cell as text (a number
    Excel held loses that mark)."""
    if not edits.values:
        return table
    rows = []
    for row in table.rows:
        fixed = edits.values.get(row.number)
        if fixed:
            row = replace(row, values={**row.values, **fixed}, numbers=row.numbers - set(fixed))
        rows.append(row)
    typed = {name for fixed in edits.values.values() for name in fixed}
    columns = tuple(dict.fromkeys([*table.columns, *typed]))
    return replace(table, columns=columns, rows=rows)
