"""Undoable changes to organisations. Each change is made first and pushed when it succeeded, so
the first ``redo`` (which ``QUndoStack.push`` calls) does nothing; later undos and redos write
to the database through ``apply`` (off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlmodel import Session

from desktop.models.queries.organisations.details import OrganisationData
from desktop.models.queries.organisations.merge import (
    Merged,
    merge_organisations,
    unmerge_organisations,
)
from desktop.models.queries.organisations.writes import (
    DeletedOrganisation,
    delete_organisation,
    restore_organisation,
    write_organisation,
)

# ``apply(work, on_done)``: run ``work(session)`` in a worker, then ``on_done(result)``.
Apply = Callable[[Callable[[Session], Any], Callable[[Any], None]], None]


class _MadeCommand(QUndoCommand):
    def __init__(self, text: str, apply: Apply) -> None:
        super().__init__(text)
        self._apply = apply
        self._made = True

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self._redo()

    def _redo(self) -> None:
        raise NotImplementedError


class EditOrganisation(_MadeCommand):
    def __init__(
        self,
        text: str,
        apply: Apply,
        organisation_id: int,
        before: OrganisationData,
        after: OrganisationData,
    ) -> None:
        super().__init__(text, apply)
        self._id = organisation_id
        self._before = before
        self._after = after

    def _write(self, data: OrganisationData) -> None:
        self._apply(lambda session: write_organisation(session, self._id, data), lambda _: None)

    def undo(self) -> None:
        self._write(self._before)

    def _redo(self) -> None:
        self._write(self._after)


class DeleteOrganisation(_MadeCommand):
    """Made by deleting; undo puts the organisation back with everything that went with it."""

    def __init__(self, text: str, apply: Apply, deleted: DeletedOrganisation) -> None:
        super().__init__(text, apply)
        self._deleted = deleted

    def undo(self) -> None:
        self._apply(lambda session: restore_organisation(session, self._deleted), lambda _: None)

    def _redo(self) -> None:
        self._apply(lambda session: delete_organisation(session, self._deleted.id), self._keep)

    def _keep(self, deleted: DeletedOrganisation) -> None:
        self._deleted = deleted


class AddOrganisation(_MadeCommand):
    """Made by adding; undo deletes the new organisation again."""

    def __init__(self, text: str, apply: Apply, organisation_id: int) -> None:
        super().__init__(text, apply)
        self._id = organisation_id
        self._deleted: DeletedOrganisation | None = None

    def undo(self) -> None:
        self._apply(lambda session: delete_organisation(session, self._id), self._keep)

    def _keep(self, deleted: DeletedOrganisation) -> None:
        self._deleted = deleted

    def _redo(self) -> None:
        deleted = self._deleted
        if deleted is not None:
            self._apply(lambda session: restore_organisation(session, deleted), lambda _: None)


class MergeOrganisations(_MadeCommand):
    """Made by merging; undo puts the removed organisation back, redo merges again."""

    def __init__(self, text: str, apply: Apply, merged: Merged) -> None:
        super().__init__(text, apply)
        self._record = merged.record

    def undo(self) -> None:
        record = self._record
        self._apply(lambda session: unmerge_organisations(session, record), lambda _: None)

    def _redo(self) -> None:
        keep, drop = self._record.keep, self._record.dropped["id"]
        self._apply(lambda session: merge_organisations(session, keep, drop), self._keep)

    def _keep(self, merged: Merged) -> None:
        self._record = merged.record
