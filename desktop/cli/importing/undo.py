"""``helixmatch import undo [ID]``: undo an import, the latest not undone by default."""

from __future__ import annotations

import argparse

from desktop.models.database import Database
from desktop.services.importing.history import UndoRefused, undo_an_import
from desktop.services.user_error import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "id", type=int, nargs="?", help="the import's number (default: the latest not undone)"
    )


def _refusal(refused: UndoRefused, batch_id: int | None) -> str:
    names = ", ".join(refused.names[:5]) + (" ..." if len(refused.names) > 5 else "")
    return {
        "nothing_to_undo": "there is no import to undo",
        "unknown_import": f"there is no import #{batch_id} (see: helixmatch import list)",
        "already_undone": f"import #{batch_id} was undone already",
        "later_import": f"undo import #{refused.later} first: imports are undone newest first",
        "edited_since": f"organisations of import #{batch_id} were edited since: {names}",
        "in_consortium": f"organisations import #{batch_id} added are in consortia: {names}; "
        "remove them from the consortia first",
    }[refused.code]


def run(database: Database, options: argparse.Namespace) -> None:
    try:
        batch_id, undone = undo_an_import(database, options.id)
    except UndoRefused as refused:
        if refused.code == "nothing_to_undo":
            raise UserError(_refusal(refused, None)) from None
        raise UserError(_refusal(refused, refused.batch_id) + "; nothing was undone") from None
    print(f"undid import #{batch_id}: " + ", ".join(f"{n} {what}" for what, n in undone.items()))
