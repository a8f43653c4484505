"""The imports made so far, and undoing one: the command line (``helixmatch import list`` and
``import undo``) and the application's Edit > Undo import come here."""

from __future__ import annotations

from desktop.models.database import Database
from desktop.models.queries.import_log import (
    BatchSummary,
    UndoRefused,
    import_batches,
    undo_import,
)

__all__ = ["BatchSummary", "UndoRefused", "import_history", "undo_an_import"]


def import_history(database: Database) -> list[BatchSummary]:
    """Every import, the newest first."""
    with database.transaction() as session:
        return import_batches(session)


def undo_an_import(database: Database, batch_id: int | None = None) -> tuple[int, dict]:
    """Undo import ``batch_id`` (the latest not undone by default) in one transaction; returns
    its number and how many rows of each kind were undone. ``UndoRefused`` says why not (then
    nothing changed): ``nothing_to_undo``, ``unknown_import``, ``already_undone``,
    ``later_import``, ``edited_since``, ``in_consortium``."""
    with database.transaction() as session:
        if batch_id is None:
            open_batches = [b.id for b in import_batches(session) if b.undone_at is None]
            if not open_batches:
                raise UndoRefused("nothing_to_undo")
            batch_id = open_batches[0]
        try:
            return batch_id, undo_import(session, batch_id)
        except UndoRefused as refused:
            raise UndoRefused(refused.code, refused.names, refused.later, batch_id) from None
