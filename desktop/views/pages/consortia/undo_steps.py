"""Undo and redo in the consortium editor: each step replaces the whole draft (a small frozen
value), so undoing is putting the previous draft back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desktop.services.consortia.operations import ConsortiumDraft

# Steps that type into the same field follow each other: they merge into one undo step.
MERGING_FIELDS = {"title": 1, "acronym": 2, "description": 3}


class ChangeDraft(QUndoCommand):
    def __init__(
        self,
        text: str,
        show: Callable[[ConsortiumDraft], None],
        before: ConsortiumDraft,
        after: ConsortiumDraft,
        field: str = "",
    ) -> None:
        super().__init__(text)
        self._show = show
        self.before = before
        self.after = after
        self._id = MERGING_FIELDS.get(field, -1)

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeDraft) or other.id() != self.id():
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._show(self.after)

    def undo(self) -> None:
        self._show(self.before)


class DeleteConsortium(QUndoCommand):
    """Made by deleting; undo stores the consortium again (under a new id) and opens it."""

    def __init__(self, text: str, restore: Callable[[], None]) -> None:
        super().__init__(text)
        self._restore = restore
        self._made = True

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self.setObsolete(True)  # the restored consortium is a new one: delete it from the list

    def undo(self) -> None:
        self._restore()
