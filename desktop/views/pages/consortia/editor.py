"""The consortium editor: title, status, instrument and mission, members with their roles,
budgets, contact person and reasons, notes; the instrument's rules checked live as you edit;
every edit undoable."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.consortia.check import DraftCheck, check_draft
from desktop.services.consortia.operations import (
    ConsortiumDraft,
    MemberDraft,
    MemberOrganisation,
)
from desktop.services.reference.code_names import CodeNames
from desktop.views.context import AppContext
from desktop.views.labels import CodeLabels
from desktop.views.pages.consortia.members import MemberColumn, MemberDelegate, MembersModel, euros
from desktop.views.pages.consortia.undo_steps import ChangeDraft
from desktop.views.reason_words import ReasonWords, fill
from desktop.views.widgets.fitted_columns import FittedColumns
from desktop.views.widgets.organisation_picker import OrganisationPicker
from desktop.views.widgets.style import emphasise, mute
from matching.codes import ConsortiumStatus

EMPTY = ConsortiumDraft(title="", members=(), status="idea")
MEMBER_ROWS = 5  # rows of the member table that stay in view
CHECK_LINES = 3  # lines of the rule check that stay in view
WAITING_ROLE = Qt.ItemDataRole.UserRole + 1  # a rule-check line on rules that wait for budgets


class ConsortiumEditor(QWidget):
    saveRequested = Signal(object)  # ConsortiumDraft
    organisationsWanted = Signal(list)  # ids whose facts the editor lacks (a member was added)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._labels = CodeLabels()
        self.undo_stack = QUndoStack(self)
        self.draft = EMPTY
        self.organisations: dict[int, MemberOrganisation] = {}
        self.rules: dict[str, list[dict]] = {}
        self.names: CodeNames | None = None
        self._words: ReasonWords | None = None
        self._filling = False

        self.heading = QLabel(self.tr("New consortium"))
        emphasise(self.heading, 1.15)
        self.heading.setWordWrap(True)  # a long title wraps instead of being cut off
        self.unsaved = QLabel(self.tr("Unsaved changes"))
        self.unsaved.setToolTip(self.tr("Save the consortium (Ctrl+S)"))
        mute(self.unsaved)
        self.unsaved.hide()
        self.undo_stack.cleanChanged.connect(lambda clean: self.unsaved.setVisible(not clean))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What the consortium will do"))
        self.acronym = QLineEdit()
        self.acronym.setMaximumWidth(140)
        self.status = QComboBox()
        for code in ConsortiumStatus:
            self.status.addItem(self._labels.consortium_statuses[code], code)
        self.instrument = QComboBox()
        self.mission = QComboBox()
        for combo in (self.instrument, self.mission):
            combo.addItem(self.tr("None"), None)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.title.textEdited.connect(lambda text: self._change("title", title=text))
        self.acronym.textEdited.connect(lambda text: self._change("acronym", acronym=text))
        self.status.activated.connect(
            lambda _i: self._change("status", status=self.status.currentData())
        )
        self.instrument.activated.connect(
            lambda _i: self._change("instrument", instrument_code=self.instrument.currentData())
        )
        self.mission.activated.connect(
            lambda _i: self._change("mission", mission_code=self.mission.currentData())
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Title"), self.title), self.title)
        second = QHBoxLayout()
        second.addWidget(self.acronym)
        second.addWidget(self._label(self.tr("&Status"), self.status))
        second.addWidget(self.status)
        second.addStretch(1)
        form.addRow(self._label(self.tr("Acronym"), self.acronym), second)
        form.addRow(self._label(self.tr("&Instrument"), self.instrument), self.instrument)
        form.addRow(self._label(self.tr("&Mission"), self.mission), self.mission)

        self.members_model = MembersModel(self._labels, context.locale, self._member_edited, self)
        self.members = QTableView()
        self.members.setModel(self.members_model)
        self.members.setItemDelegate(MemberDelegate(self.members))
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.members.verticalHeader().hide()
        self.members.setAlternatingRowColors(True)
        # Names in full where they fit; names, contacts and reasons give way when they do not.
        flexible = (MemberColumn.ORGANISATION, MemberColumn.CONTACT, MemberColumn.RATIONALE)
        self.member_columns = FittedColumns(self.members, flexible)
        self.members.selectionModel().currentRowChanged.connect(self._member_chosen)

        self.picker = OrganisationPicker(
            context, self.tr("Add a member: type a name…"), single=True
        )
        self.picker.chosen.hide()
        self.picker.changed.connect(self._picked)
        self.remove_button = QPushButton(self.tr("Remove member"))
        self.remove_button.clicked.connect(self.remove_member)
        self.lead_button = QPushButton(self.tr("Make lead"))
        self.lead_button.clicked.connect(self.make_lead)
        for button in (self.remove_button, self.lead_button):
            button.setEnabled(False)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.picker, 1)
        member_buttons.addWidget(self.lead_button)
        member_buttons.addWidget(self.remove_button)
        self.budget = QLabel()
        mute(self.budget)

        self.check_title = QLabel()
        self.check_list = QListWidget()
        self.check_list.setWordWrap(True)
        lines = self.check_list.fontMetrics().lineSpacing() * CHECK_LINES
        self.check_list.setMinimumHeight(lines + 2 * self.check_list.frameWidth())
        self.check_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        check_box = QGroupBox(self.tr("Rule check"))
        check_layout = QVBoxLayout(check_box)
        check_layout.addWidget(self.check_title, 0, Qt.AlignmentFlag.AlignTop)
        check_layout.addWidget(self.check_list, 1)

        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Notes: the call, deadlines, agreements…"))
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(40)
        # These two take the height they are given rather than asking for their own, so that
        # the editor fits the window and the member table gets the room.
        for grows in (self.check_list, self.description):
            grows.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.description.textChanged.connect(self._description_typed)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the consortium (Ctrl+S)"))
        self.save_button.clicked.connect(self.request_save)
        self.undo_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack), ""
        )
        self.redo_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward), ""
        )
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.heading, 1)
        heading.addWidget(self.unsaved)
        layout.addLayout(heading)
        layout.addLayout(form)
        # The members above; the rule check and the notes below, side by side: a long list of
        # broken rules gets a scroll bar of its own (or the divider is dragged) while the member
        # table keeps its rows.
        above = QWidget()
        above_layout = QVBoxLayout(above)
        above_layout.setContentsMargins(0, 0, 0, 0)
        above_layout.addWidget(self.members, 1)
        above_layout.addLayout(member_buttons)
        above_layout.addWidget(self.budget)
        notes = QVBoxLayout()
        notes.addWidget(self._label(self.tr("Notes"), self.description))
        notes.addWidget(self.description, 1)
        below = QWidget()
        below_layout = QHBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(check_box, 3)
        below_layout.addLayout(notes, 2)
        self.parts = QSplitter(Qt.Orientation.Vertical)
        self.parts.setChildrenCollapsible(False)
        self.parts.addWidget(above)
        self.parts.addWidget(below)
        layout.addWidget(self.parts, 1)
        layout.addLayout(bottom)
        self._keep_member_rows()

    def _keep_member_rows(self) -> None:
        """The member table never gets fewer than MEMBER_ROWS rows of room."""
        table = self.members
        rows = table.verticalHeader().defaultSectionSize() * MEMBER_ROWS
        header = table.horizontalHeader().sizeHint().height()
        table.setMinimumHeight(rows + header + 2 * table.frameWidth())

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- what it shows ---------------------------------------------------------------------

    def set_names(self, names: CodeNames, rules: dict[str, list[dict]]) -> None:
        self.names = names
        self.rules = rules
        english = self._context.language != "nl"
        self._words = ReasonWords(
            names, self._context.language, self._organisation_name, self._context.locale
        )
        self.members_model.reason_words = self._words.reason
        for combo, items in (
            (self.instrument, {c: pair[english] for c, pair in names.instruments.items()}),
            (self.mission, {c: f"{c} {m.title}" for c, m in names.missions.items()}),
        ):
            while combo.count() > 1:
                combo.removeItem(1)
            for code, text in items.items():
                combo.addItem(text, code)
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self._show(self.draft)

    def load(
        self,
        draft: ConsortiumDraft,
        organisations: dict[int, MemberOrganisation],
        heading: str,
    ) -> None:
        """Show a consortium (or an empty draft) as the new starting point: no undo history."""
        self.undo_stack.clear()
        self.organisations = dict(organisations)
        self.heading.setText(heading)
        self.problem.clear()
        self._show(draft)
        self.undo_stack.setClean()

    def add_organisations(self, organisations: dict[int, MemberOrganisation]) -> None:
        self.organisations.update(organisations)
        self._show(self.draft)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def _organisation_name(self, organisation_id: int) -> str:
        organisation = self.organisations.get(organisation_id)
        if organisation is None:
            return str(organisation_id)
        return self._labels.organisation(organisation.name, organisation.origin == "demo")

    def _show(self, draft: ConsortiumDraft) -> None:
        self.draft = draft
        self._filling = True
        try:
            if self.title.text() != draft.title:
                self.title.setText(draft.title)
            if self.acronym.text() != (draft.acronym or ""):
                self.acronym.setText(draft.acronym or "")
            self.status.setCurrentIndex(max(self.status.findData(draft.status), 0))
            self.instrument.setCurrentIndex(max(self.instrument.findData(draft.instrument_code), 0))
            self.mission.setCurrentIndex(max(self.mission.findData(draft.mission_code), 0))
            if self.description.toPlainText() != draft.description:
                self.description.setPlainText(draft.description)
            row = self.members.currentIndex().row()
            self.members_model.set_members(draft, self.organisations)
            if 0 <= row < len(draft.members) and self.members.currentIndex().row() != row:
                self.members.selectRow(row)  # after a reset; an edit keeps the current cell
        finally:
            self._filling = False
        self._member_chosen(self.members.currentIndex(), QModelIndex())
        self._show_check()

    def _show_check(self) -> None:
        draft = self.draft
        number = self._context.locale
        total = sum(m.budget_cash + m.budget_in_kind for m in draft.members)
        cash = sum(m.budget_cash for m in draft.members)
        self.budget.setText(
            self.tr("%n member(s) · budget € %1 (cash € %2, in kind € %3)", "", len(draft.members))
            .replace("%1", euros(number, total))
            .replace("%2", euros(number, cash))
            .replace("%3", euros(number, total - cash))
        )
        self.check_list.clear()
        code = draft.instrument_code
        if code is None or code not in self.rules or self._words is None:
            self.check_title.setText(self.tr("Choose an instrument to check its rules."))
            self.check_list.hide()
            return
        missing = [
            m.organisation_id for m in draft.members if m.organisation_id not in self.organisations
        ]
        if missing:
            self.check_title.setText(self.tr("Checking…"))
            return
        check = check_draft(draft, self.organisations, self.rules[code])
        name = self._words.instrument(code)
        if check.violations:
            self.check_title.setText(
                self.tr("%1: %n rule(s) not met", "", len(check.violations)).replace("%1", name)
            )
        elif check.verdict == "waiting":
            text = self.tr("%1: the rules checked so far are met; some rules wait for budgets.")
            self.check_title.setText(fill(text, name))
        else:
            self.check_title.setText(fill(self.tr("%1: every rule is met."), name))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for violation in check.violations:
            self.check_list.addItem(QListWidgetItem(warning, self._words.violation(violation)))
        for line in self._waiting_lines(check):
            self.check_list.addItem(line)
        self.check_list.setVisible(self.check_list.count() > 0)

    def _waiting_lines(self, check: DraftCheck) -> list[QListWidgetItem]:
        """Which rules wait for budgets, and the members that have none yet."""
        if not check.unchecked or self._words is None:
            return []
        names = ", ".join(self._organisation_name(i) for i in check.without_budget)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        lines = []
        for text in (
            self._words.unchecked(check.unchecked),
            fill(self.tr("No budget yet: %1"), names),
        ):
            line = QListWidgetItem(icon, text)
            line.setData(WAITING_ROLE, True)
            lines.append(line)
        return lines

    # --- edits: each one an undoable step ---------------------------------------------------

    def _push(self, text: str, after: ConsortiumDraft, field: str = "") -> None:
        if after != self.draft:
            self.undo_stack.push(ChangeDraft(text, self._show, self.draft, after, field))

    def _change(self, field: str, **values) -> None:
        if self._filling:
            return
        texts = {
            "title": self.tr("Change the title"),
            "acronym": self.tr("Change the acronym"),
            "status": self.tr("Change the status"),
            "instrument": self.tr("Choose the instrument"),
            "mission": self.tr("Choose the mission"),
            "description": self.tr("Change the notes"),
        }
        self._push(texts[field], replace(self.draft, **values), field)

    @Slot()
    def _description_typed(self) -> None:
        if not self._filling:
            self._change("description", description=self.description.toPlainText())

    def _member_edited(self, row: int, member: MemberDraft) -> None:
        members = list(self.draft.members)
        if member.role == "lead":  # one lead: the previous one becomes a partner
            members = [replace(m, role="partner") if m.role == "lead" else m for m in members]
        members[row] = member
        name = self._organisation_name(member.organisation_id)
        self._push(
            self.tr("Change member “%1”").replace("%1", name),
            replace(self.draft, members=tuple(members)),
        )

    @Slot()
    def _picked(self) -> None:
        ids = self.picker.ids()
        if not ids:
            return
        organisation_id = ids[0]
        names = self.picker.names()
        self.picker.chosen.blockSignals(True)
        self.picker.clear()
        self.picker.chosen.blockSignals(False)
        self.add_member(organisation_id, names.get(organisation_id, ""))

    def add_member(self, organisation_id: int, name: str) -> None:
        if any(m.organisation_id == organisation_id for m in self.draft.members):
            self.problem.setText(self.tr("“%1” is already a member.").replace("%1", name))
            return
        self.problem.clear()
        role = "partner" if any(m.role == "lead" for m in self.draft.members) else "lead"
        members = (*self.draft.members, MemberDraft(organisation_id, role))
        if organisation_id not in self.organisations:
            self.organisationsWanted.emit([organisation_id])
        self._push(
            self.tr("Add member “%1”").replace("%1", name), replace(self.draft, members=members)
        )

    @Slot()
    def remove_member(self) -> None:
        row = self.members.currentIndex().row()
        if not 0 <= row < len(self.draft.members):
            return
        member = self.draft.members[row]
        members = self.draft.members[:row] + self.draft.members[row + 1 :]
        self._push(
            self.tr("Remove member “%1”").replace(
                "%1", self._organisation_name(member.organisation_id)
            ),
            replace(self.draft, members=members),
        )

    @Slot()
    def make_lead(self) -> None:
        row = self.members.currentIndex().row()
        if 0 <= row < len(self.draft.members):
            self._member_edited(row, replace(self.draft.members[row], role="lead"))

    @Slot(QModelIndex, QModelIndex)
    def _member_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        valid = current.isValid() and current.row() < len(self.draft.members)
        self.remove_button.setEnabled(valid)
        self.lead_button.setEnabled(valid and self.draft.members[current.row()].role != "lead")

    # --- saving ------------------------------------------------------------------------------

    @Slot()
    def request_save(self) -> None:
        self._commit_open_cell()
        if not self.draft.title.strip():
            self.problem.setText(self.tr("Give the consortium a title."))
            self.title.setFocus()
            return
        if not self.draft.members:
            self.problem.setText(self.tr("Add at least one member."))
            self.picker.edit.setFocus()
            return
        self.problem.clear()
        self.saveRequested.emit(self.draft)

    def _commit_open_cell(self) -> None:
        """A value still being typed in a member's cell counts (Ctrl+S without leaving it)."""
        editor = QApplication.focusWidget()
        if (
            self.members.state() == QAbstractItemView.State.EditingState
            and editor is not None
            and self.members.isAncestorOf(editor)
        ):
            self.members.commitData(editor)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
