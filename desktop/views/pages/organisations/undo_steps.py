"""Undoable changes to organisations. Each change is made first and pushed when it succeeded, so
the first ``redo`` (which ``QUndoStack.push`` calls) does nothing; later undos and redos write
to the database through ``apply`` (off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.services.organisations.operations import (
    DeletedOrganisation,
    Merged,
    OrganisationData,
    delete_an_organisation,
    merge_two_organisations,
    restore_an_organisation,
    undo_merge,
    write_organisation_data,
)

# ``apply(operation, on_done)``: run ``operation(database)`` in a worker, then ``on_done(result)``.
Apply = Callable[[Callable[..., Any], Callable[[Any], None]], None]


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
        self._apply(
            partial(write_organisation_data, organisation_id=self._id, data=data), lambda _: None
        )

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
        self._apply(partial(restore_an_organisation, deleted=self._deleted), lambda _: None)

    def _redo(self) -> None:
        self._apply(partial(delete_an_organisation, organisation_id=self._deleted.id), self._keep)

    def _keep(self, deleted: DeletedOrganisation) -> None:
        self._deleted = deleted


class AddOrganisation(_MadeCommand):
    """Made by adding; undo deletes the new organisation again."""

    def __init__(self, text: str, apply: Apply, organisation_id: int) -> None:
        super().__init__(text, apply)
        self._id = organisation_id
        self._deleted: DeletedOrganisation | None = None

    def undo(self) -> None:
        self._apply(partial(delete_an_organisation, organisation_id=self._id), self._keep)

    def _keep(self, deleted: DeletedOrganisation) -> None:
        self._deleted = deleted

    def _redo(self) -> None:
        deleted = self._deleted
        if deleted is not None:
            self._apply(partial(restore_an_organisation, deleted=deleted), lambda _: None)


class MergeOrganisations(_MadeCommand):
    """Made by merging; undo puts the removed organisation back, redo merges again."""

    def __init__(self, text: str, apply: Apply, merged: Merged) -> None:
        super().__init__(text, apply)
        self._record = merged.record

    def undo(self) -> None:
        self._apply(partial(undo_merge, record=self._record), lambda _: None)

    def _redo(self) -> None:
        keep, drop = self._record.keep, self._record.dropped["id"]
        self._apply(partial(merge_two_organisations, keep=keep, drop=drop), self._keep)

    def _keep(self, merged: Merged) -> None:
        self._record = merged.record
