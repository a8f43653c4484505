"""Exporting one consortium to a file in any of the proposal formats or as a share file."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.models.database import Database
from desktop.services.exporting.atomic import write_atomically
from desktop.services.exporting.formats import CONSORTIUM_FORMATS
from desktop.services.exporting.proposal import Proposal, load_proposal
from desktop.services.exporting.share_export import write_share
from desktop.services.progress import TaskState
from desktop.services.user_error import UserError
from desktop.services.words.catalogue import LANGUAGES

Writer = Callable[[Proposal, str, Path], None]

# Module and function of each writer, imported when used: a PDF export need not load the
# Word and Excel libraries (a noticeable part of a command's start-up).
PROPOSAL_WRITERS: dict[str, tuple[str, str]] = {
    "pdf": ("desktop.services.exporting.pdf_writer", "write_pdf"),
    "docx": ("desktop.services.exporting.docx_writer", "write_docx"),
    "xlsx": ("desktop.services.exporting.xlsx_writer", "write_xlsx"),
    "json": ("desktop.services.exporting.json_writer", "write_json"),
}


def proposal_writer(file_format: str) -> Writer:
    module, function = PROPOSAL_WRITERS[file_format]
    return getattr(importlib.import_module(module), function)


def export_consortium(
    database: Database,
    consortium_id: int,
    file_format: str,
    path: Path,
    *,
    language: str = "en",
    with_contacts: bool = False,
    made_on: date | None = None,
    state: TaskState | None = None,
) -> None:
    """Write the consortium to ``path``; nothing is left at ``path`` when it fails or when
    ``state`` is cancelled (:class:`Cancelled`)."""
    if file_format not in CONSORTIUM_FORMATS:
        raise UserError(
            f"format '{file_format}' is unknown (choose {', '.join(CONSORTIUM_FORMATS)})"
        )
    if language not in LANGUAGES:
        raise UserError(f"language '{language}' is unknown (choose {', '.join(LANGUAGES)})")
    if file_format == "share":
        write_share(
            database,
            consortium_id,
            path,
            with_contacts=with_contacts,
            made_on=made_on,
            state=state,
        )
        return
    proposal = load_proposal(database, consortium_id, made_on=made_on, with_contacts=with_contacts)
    writer = proposal_writer(file_format)
    write_atomically(path, lambda temporary: writer(proposal, language, temporary), state)
