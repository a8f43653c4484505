"""Writing a table of words to an Excel workbook (openpyxl), for sheets users pass on."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop.user_error import UserError

MAX_COLUMN_WIDTH = 60


def write_xlsx(
    path: Path, sheet: str, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """One sheet with a bold, frozen header row and filters; the file appears whole or not at
    all (it is written beside the target first)."""
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet[:31]  # Excel's limit for sheet names
    worksheet.append(list(headers))
    for cell in worksheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        worksheet.append(list(row))
    worksheet.freeze_panes = "A2"
    worksheet.auto_filter.ref = worksheet.dimensions
    for number, header in enumerate(headers, start=1):
        values = [str(header)] + [str(row[number - 1]) for row in rows]
        width = min(MAX_COLUMN_WIDTH, max(len(line) for v in values for line in v.split("\n")) + 2)
        worksheet.column_dimensions[get_column_letter(number)].width = width
    for row in worksheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(f"{path}: cannot be written ({error.strerror or error})") from None
