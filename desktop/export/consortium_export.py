"""Exporting one consortium to a file in any of the proposal formats."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.export.atomic import write_atomically
from desktop.export.catalogue import LANGUAGES
from desktop.export.docx_writer import write_docx
from desktop.export.formats import CONSORTIUM_FORMATS
from desktop.export.json_writer import write_json
from desktop.export.pdf_writer import write_pdf
from desktop.export.proposal import Proposal, load_proposal
from desktop.export.xlsx_writer import write_xlsx
from desktop.models.database import Database
from desktop.user_error import UserError

Writer = Callable[[Proposal, str, Path], None]

PROPOSAL_WRITERS: dict[str, Writer] = {
    "pdf": write_pdf,
    "docx": write_docx,
    "xlsx": write_xlsx,
    "json": write_json,
}


def export_consortium(
    database: Database,
    consortium_id: int,
    file_format: str,
    path: Path,
    *,
    language: str = "en",
    with_contacts: bool = False,
    made_on: date | None = None,
) -> None:
    """Write the consortium to ``path``; nothing is left at ``path`` when it fails."""
    if file_format not in CONSORTIUM_FORMATS:
        raise UserError(
            f"format '{file_format}' is unknown (choose {', '.join(CONSORTIUM_FORMATS)})"
        )
    if language not in LANGUAGES:
        raise UserError(f"language '{language}' is unknown (choose {', '.join(LANGUAGES)})")
    proposal = load_proposal(database, consortium_id, made_on=made_on, with_contacts=with_contacts)
    writer = PROPOSAL_WRITERS[file_format]
    write_atomically(path, lambda temporary: writer(proposal, language, temporary))
