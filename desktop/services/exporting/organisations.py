"""The organisations list (as filtered) to CSV or Excel, in the exchange format.

The files use the column names of ``helixmatch import organisations``, so a list exported from
one database can be imported into another. A last column, ``demo``, says ``true`` for
demonstration data (fictional organisations); an import reads it as a note, not as a field.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from sqlmodel import Session

from desktop.models.database import Database
from desktop.models.queries.organisations.exchange_rows import exchange_rows, filtered_ids
from desktop.models.queries.organisations.filter import OrganisationFilter
from desktop.models.queries.organisations.origins import demo_ids
from desktop.services.exporting.atomic import write_atomically
from desktop.services.exporting.cells import neutralised, starts_like_formula, xml_safe
from desktop.services.exporting.formats import ORGANISATION_FORMATS
from desktop.services.exporting.worksheets import HEADER_FILL, HEADER_FONT
from desktop.services.importing.organisations_file import OPTIONAL, REQUIRED
from desktop.services.progress import TaskState
from desktop.services.user_error import UserError

COLUMNS = REQUIRED + OPTIONAL + ("demo",)
PROGRESS_EVERY = 500
WIDE_COLUMNS = {"name": 40, "description": 60, "website": 30, "keywords": 30}


def _write_csv(rows, path: Path) -> int:
    count = 0
    # UTF-8 with a byte order mark: Excel then reads the accents right.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow(["" if row[c] is None else neutralised(row[c]) for c in COLUMNS])
            count += 1
    return count


def _write_xlsx(rows, path: Path) -> int:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("organisations")
    for number, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = WIDE_COLUMNS.get(column, 14)
    sheet.freeze_panes = "A2"

    def header_cell(title: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        return cell

    def value_cell(value: object) -> object:
        if not isinstance(value, str):
            return value
        value = xml_safe(value)
        if not starts_like_formula(value):
            return value
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type, cell.quotePrefix = "s", True
        return cell

    sheet.append([header_cell(c) for c in COLUMNS])
    count = 0
    for row in rows:
        sheet.append([value_cell(row[c]) for c in COLUMNS])
        count += 1
    workbook.save(path)
    return count


def export_organisations(
    database: Database,
    file_format: str,
    path: Path,
    filters: OrganisationFilter | None = None,
    *,
    state: TaskState | None = None,
) -> int:
    """Write the organisations the filter allows; returns how many were written.

    Progress goes to ``state`` now and then; when it is cancelled the export stops with
    :class:`Cancelled` and no file is written.
    """
    if file_format not in ORGANISATION_FORMATS:
        raise UserError(
            f"format '{file_format}' is unknown (choose {', '.join(ORGANISATION_FORMATS)})"
        )
    writer = _write_csv if file_format == "csv" else _write_xlsx
    state = state or TaskState()
    written = 0

    def rows(session: Session) -> Iterator[dict[str, object]]:
        ids = filtered_ids(session, filters)
        demo = demo_ids(session)
        rows_by_id = zip(ids, exchange_rows(session, ids), strict=True)  # rows come in ids' order
        for done, (organisation_id, row) in enumerate(rows_by_id):
            if done % PROGRESS_EVERY == 0:
                if state.is_cancelled():
                    return  # the writer closes its file; write_atomically then stops the export
                state.report(done, len(ids))
            yield {**row, "demo": "true" if organisation_id in demo else "false"}
        state.report(len(ids), len(ids))

    def write(temporary: Path) -> None:
        nonlocal written
        with database.transaction() as session:
            written = writer(rows(session), temporary)

    write_atomically(path, write, state)
    return written
