"""The members of the consortium in the editor: a table model whose edits become undoable
changes of the draft, and the delegate that edits roles, contacts and amounts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QStyledItemDelegate, QWidget

from desktop.services.consortia.operations import ConsortiumDraft, MemberDraft, MemberOrganisation
from desktop.views.labels import CodeLabels
from desktop.views.widgets.style import DEMO_TINT
from matching.model import Reason

Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10  # [(value, text)] for a cell chosen from a list
ID_ROLE = Qt.ItemDataRole.UserRole + 11  # the member's organisation id
MAX_AMOUNT = 1_000_000_000.0


def euros(locale: QLocale, amount: float) -> str:
    """Whole euros with the language's digit grouping: 12,500 or 12.500."""
    return locale.toString(float(amount), "f", 0)


class MemberColumn(IntEnum):
    ORGANISATION = 0
    HELIX = 1
    ROLE = 2
    CASH = 3
    IN_KIND = 4
    CONTACT = 5
    RATIONALE = 6


_FIELDS = {
    MemberColumn.ROLE: "role",
    MemberColumn.CASH: "budget_cash",
    MemberColumn.IN_KIND: "budget_in_kind",
    MemberColumn.CONTACT: "contact_id",
    MemberColumn.RATIONALE: "rationale",
}

# ``edit(row, member)``: the user changed a member; the editor makes it an undoable step.
MemberEdit = Callable[[int, MemberDraft], None]


class MembersModel(QAbstractTableModel):
    def __init__(self, labels: CodeLabels, locale: QLocale, edit: MemberEdit, parent=None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._locale = locale
        self._edit = edit
        self._members: tuple[MemberDraft, ...] = ()
        self._organisations: dict[int, MemberOrganisation] = {}
        self._titles = (
            self.tr("Organisation"),
            self.tr("Helix"),
            self.tr("Role"),
            self.tr("Cash (€)"),
            self.tr("In kind (€)"),
            self.tr("Contact person"),
            self.tr("Why this member"),
        )
        self._no_contact = self.tr("(none)")
        self.reason_words: Callable[[Reason], str] | None = None  # set once names are known

    def set_members(
        self, draft: ConsortiumDraft, organisations: dict[int, MemberOrganisation]
    ) -> None:
        """The same number of members is a change of their cells, not a reset: a reset would
        take away the cell editor that is handing its value over (Tab out of a budget cell)."""
        if len(draft.members) == len(self._members):
            self._members = draft.members
            self._organisations = dict(organisations)
            if self._members:
                last = self.index(len(self._members) - 1, len(MemberColumn) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._members = draft.members
        self._organisations = dict(organisations)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MemberColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section] if 0 <= section < len(self._titles) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if MemberColumn(index.column()) in _FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _contacts(self, organisation_id: int) -> list[tuple[int | None, str]]:
        organisation = self._organisations.get(organisation_id)
        contacts = list(organisation.contacts) if organisation is not None else []
        return [(None, self._no_contact), *contacts]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        column = MemberColumn(index.column())
        organisation = self._organisations.get(member.organisation_id)
        if role == ID_ROLE:
            return member.organisation_id
        if role == CHOICES_ROLE:
            if column == MemberColumn.ROLE:
                return list(self._labels.member_roles.items())
            if column == MemberColumn.CONTACT:
                return self._contacts(member.organisation_id)
            return None
        if role == Qt.ItemDataRole.EditRole and column in _FIELDS:
            return getattr(member, _FIELDS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            MemberColumn.CASH,
            MemberColumn.IN_KIND,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        demo = organisation is not None and organisation.origin == "demo"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(member, organisation, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._labels.with_demo_hint(self._text(member, organisation, column), demo)
        if role == Qt.ItemDataRole.BackgroundRole and demo:
            return QBrush(DEMO_TINT)
        return None

    def _text(
        self, member: MemberDraft, organisation: MemberOrganisation | None, column: MemberColumn
    ) -> str:
        match column:
            case MemberColumn.ORGANISATION:
                if organisation is None:
                    return str(member.organisation_id)
                return self._labels.organisation(organisation.name, organisation.origin == "demo")
            case MemberColumn.HELIX:
                if organisation is None:
                    return ""
                sme = f" · {self._labels.types['sme']}" if organisation.is_sme else ""
                return self._labels.kind(organisation.kind) + sme
            case MemberColumn.ROLE:
                return self._labels.member_roles.get(member.role, member.role)
            case MemberColumn.CASH:
                return euros(self._locale, member.budget_cash)
            case MemberColumn.IN_KIND:
                return euros(self._locale, member.budget_in_kind)
            case MemberColumn.CONTACT:
                names = dict(self._contacts(member.organisation_id))
                return names.get(member.contact_id, "") if member.contact_id else ""
            case MemberColumn.RATIONALE:
                return "; ".join(self._why(member))

    def _why(self, member: MemberDraft) -> list[str]:
        """The rationale the user typed, then the reasons it was suggested for, in words."""
        typed = [member.rationale.strip()] if member.rationale.strip() else []
        words = self.reason_words
        return typed + ([words(r) for r in member.reasons] if words else [])

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = MemberColumn(index.column())
        if column not in _FIELDS or not 0 <= index.row() < len(self._members):
            return False
        member = self._members[index.row()]
        if column in (MemberColumn.CASH, MemberColumn.IN_KIND):
            try:
                value = float(value)
            except (TypeError, ValueError):
                return False
            if not 0 <= value <= MAX_AMOUNT:
                return False
        if column == MemberColumn.RATIONALE:
            value = str(value)
        if getattr(member, _FIELDS[column]) == value:
            return False
        self._edit(index.row(), replace(member, **{_FIELDS[column]: value}))
        return True


class MemberDelegate(QStyledItemDelegate):
    """A list for roles and contacts, a euro field for amounts, text for the rest."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if choices is not None:
            combo = QComboBox(parent)
            for value, text in choices:
                combo.addItem(text, value)
            return combo
        if index.column() in (MemberColumn.CASH, MemberColumn.IN_KIND):
            spin = QDoubleSpinBox(parent)
            spin.setRange(0, MAX_AMOUNT)
            spin.setDecimals(0)
            spin.setGroupSeparatorShown(True)
            spin.setPrefix("€ ")
            spin.setFrame(False)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDoubleSpinBox):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)
