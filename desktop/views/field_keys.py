"""Which shortcuts a text field keeps and which go to the window: one rule for every field.

- Undo and redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y): a field with text whose typing can be undone
  (or redone) takes them; in an empty field, or one with nothing of its own to undo, they go to
  Edit > Undo and Redo, the page's steps (a pin, a deleted organisation).
- Editing keys (copy, cut, paste, select all, word by word moves and deletes) stay with the field.
- Every other key with Ctrl or Alt is the window's first (Ctrl+E exports from the consortium's
  title too); a key no command uses still reaches the field (Ctrl+E then goes to the line's end).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

Key = QKeySequence.StandardKey
FIELD_KEYS = (
    Key.Copy, Key.Cut, Key.Paste, Key.SelectAll, Key.Delete, Key.Backspace,
    Key.DeleteStartOfWord, Key.DeleteEndOfWord, Key.MoveToNextWord, Key.MoveToPreviousWord,
    Key.SelectNextWord, Key.SelectPreviousWord, Key.SelectStartOfLine, Key.SelectEndOfLine,
)  # fmt: skip
COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _own_step(field: QObject, redo: bool) -> bool:
    """Whether the field has text and typing of its own to undo (or redo)."""
    if isinstance(field, QLineEdit):
        available = field.isRedoAvailable() if redo else field.isUndoAvailable()
        return bool(field.text()) and available
    if isinstance(field, QTextEdit | QPlainTextEdit):
        document = field.document()
        available = document.isRedoAvailable() if redo else document.isUndoAvailable()
        return bool(field.toPlainText()) and available
    return False


class FieldKeys(QObject):
    """An application-wide event filter: decides the shortcut override of text fields."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        if not isinstance(watched, QLineEdit | QTextEdit | QPlainTextEdit):
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(Key.Undo) or event.matches(Key.Redo):
            keep = _own_step(watched, redo=event.matches(Key.Redo))
        elif not event.modifiers() & COMMAND_MODIFIERS:
            return False  # typing and plain moves: as Qt does it
        else:
            keep = any(event.matches(key) for key in FIELD_KEYS)
        event.setAccepted(keep)  # accepted: the field takes the key; else a shortcut may
        return True


def install_field_keys(app: QApplication) -> FieldKeys:
    """Applies the rule to every field of the application (once; the filter is returned)."""
    found = app.findChild(FieldKeys)
    if found is not None:
        return found
    keys = FieldKeys(app)
    app.installEventFilter(keys)
    return keys
