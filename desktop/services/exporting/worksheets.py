"""Writing cells into an openpyxl worksheet safely, shared by the Excel exports."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.services.exporting.cells import starts_like_formula, xml_safe

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")


def put(sheet: Worksheet, row: int, column: int, value: Any) -> None:
    """A value into a cell. Text is always text: one that starts like a formula is stored as a
    string with Excel's quote prefix, so it shows as typed and never runs."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        value = xml_safe(value)
        cell.value = value
        if starts_like_formula(value):
            cell.data_type = "s"
            cell.quotePrefix = True
    else:
        cell.value = value


def header(sheet: Worksheet, titles: list[str], widths: list[int]) -> None:
    """A bold header row that stays in view, with a filter and column widths."""
    for column, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        put(sheet, 1, column, title)
        cell = sheet.cell(row=1, column=column)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
