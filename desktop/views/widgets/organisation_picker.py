"""Choosing organisations by typing part of a name: fuzzy offers in a pop-up, the chosen ones in
a list below (Delete removes one). In single mode a new choice replaces the old one."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.organisations.operations import OrganisationSummary, find_organisations
from desktop.views.context import AppContext
from desktop.views.labels import CodeLabels

TYPING_PAUSE_MS = 200
LIST_ROWS = 3
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the plain name; the text may carry the [Demo] tag


class _ChosenList(QListWidget):
    removeRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removeRequested.emit()
        else:
            super().keyPressEvent(event)


class OrganisationPicker(QWidget):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        placeholder: str,
        *,
        single: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._labels = CodeLabels()
        self._single = single
        self._offers: list[OrganisationSummary] = []
        self._demo: set[int] = set()  # demonstration organisations met, kept tagged when re-added
        self._key = f"picker-{id(self)}"

        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self._offer_model = QStringListModel(self)
        self.completer = QCompleter(self._offer_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.edit)
        self.completer.activated.connect(self._chosen_text)
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self._take_first)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._search)

        self.chosen = _ChosenList()
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen.removeRequested.connect(self.remove_selected)
        rows = 1 if single else LIST_ROWS
        self.chosen.setFixedHeight(self.chosen.fontMetrics().height() * rows + 12)
        self.chosen.setToolTip(self.tr("Delete removes the selected organisations."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.chosen)

    # --- choosing ------------------------------------------------------------------------------

    def ids(self) -> list[int]:
        return [
            self.chosen.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.chosen.count())
        ]

    def names(self) -> dict[int, str]:
        return {
            self.chosen.item(row).data(Qt.ItemDataRole.UserRole): self.chosen.item(row).data(
                NAME_ROLE
            )
            for row in range(self.chosen.count())
        }

    def add(self, organisation_id: int, name: str, demo: bool = False) -> None:
        """Choose an organisation; a demonstration one is listed with its [Demo] tag."""
        if demo:
            self._demo.add(organisation_id)
        if organisation_id in self.ids():
            return
        if self._single:
            self.chosen.clear()
        item = QListWidgetItem(self._labels.organisation(name, organisation_id in self._demo))
        item.setData(Qt.ItemDataRole.UserRole, organisation_id)
        item.setData(NAME_ROLE, name)
        self.chosen.addItem(item)
        self.changed.emit()

    def remove(self, organisation_id: int) -> None:
        for row in range(self.chosen.count()):
            if self.chosen.item(row).data(Qt.ItemDataRole.UserRole) == organisation_id:
                self.chosen.takeItem(row)
                self.changed.emit()
                return

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()

    def clear(self) -> None:
        self.chosen.clear()
        self.edit.clear()
        self.changed.emit()

    # --- offers while typing ------------------------------------------------------------------

    def offers(self) -> list[OrganisationSummary]:
        return list(self._offers)

    def _typed(self, _text: str) -> None:
        self._timer.start()

    def _search(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self._show_offers([])
            return
        self._context.run(
            partial(find_organisations, finder=self._context.finder, text=text),
            self._show_offers,
            key=self._key,
        )

    def _label(self, summary: OrganisationSummary) -> str:
        """An offer as the pop-up shows it: demonstration data tagged as such, and its town."""
        name = self._labels.organisation(summary.name, summary.origin == "demo")
        return f"{name} ({summary.city})" if summary.city else name

    def _show_offers(self, offers: list[OrganisationSummary]) -> None:
        self._offers = offers
        self._offer_model.setStringList([self._label(s) for s in offers])
        if offers and self.edit.hasFocus():
            self.completer.complete()
        elif not offers:
            self.completer.popup().hide()  # never an empty pop-up

    def _chosen_text(self, text: str) -> None:
        for summary in self._offers:
            if self._label(summary) == text:
                self.add(summary.id, summary.name, summary.origin == "demo")
                break
        QTimer.singleShot(0, self.edit.clear)

    def _take_first(self) -> None:
        """Enter without choosing from the pop-up takes the best offer."""
        if self._offers and not self.completer.popup().isVisible():
            self._chosen_text(self._label(self._offers[0]))
