"""Writing a table of words to an Excel workbook (openpyxl), for sheets users pass on."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop.services.exporting.atomic import write_atomically
from desktop.services.exporting.worksheets import put

MAX_COLUMN_WIDTH = 60


def write_xlsx(
    path: Path, sheet: str, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """One sheet with a bold, frozen header row and filters; the file appears whole or not at
    all, and text that looks like a formula stays text."""
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet[:31]  # Excel's limit for sheet names
    for row_number, values in enumerate([headers, *rows], start=1):
        for column, value in enumerate(values, start=1):
            put(worksheet, row_number, column, value)
    for cell in worksheet[1]:
        cell.font = Font(bold=True)
    worksheet.freeze_panes = "A2"
    worksheet.auto_filter.ref = worksheet.dimensions
    for number, header in enumerate(headers, start=1):
        values = [str(header)] + [str(row[number - 1]) for row in rows]
        width = min(MAX_COLUMN_WIDTH, max(len(line) for v in values for line in v.split("\n")) + 2)
        worksheet.column_dimensions[get_column_letter(number)].width = width
    for row in worksheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    write_atomically(path, workbook.save)
