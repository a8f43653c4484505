"""Swap in another organisation: any organisation of the database, found by typing its name,
in the place of a member of a suggested consortium."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.views.context import AppContext
from desktop.views.reason_words import fill
from desktop.views.widgets.organisation_picker import OrganisationPicker


class SwapDialog(QDialog):
    def __init__(self, context: AppContext, outgoing: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Swap in another organisation"))
        self.setMinimumWidth(460)
        question = QLabel(fill(self.tr("Which organisation takes the place of %1?"), outgoing))
        question.setWordWrap(True)
        self.picker = OrganisationPicker(
            context, self.tr("Type an organisation's name…"), single=True
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Swap in"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.picker.changed.connect(lambda: self.ok_button.setEnabled(bool(self.picker.ids())))
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.picker)
        layout.addWidget(self.buttons)
        self.picker.edit.setFocus()

    def chosen(self) -> tuple[int, str] | None:
        """The organisation chosen (its id and name), if any."""
        return next(iter(self.picker.names().items()), None)
