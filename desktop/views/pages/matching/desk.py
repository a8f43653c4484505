"""One-stop desk: take in an SME's knowledge question and answer it in one screen: knowledge
partners across the whole chain, companies that fit, and the instruments whose rules the
consortium meets; turn the answer into a consortium draft. Questions are kept with their status."""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.matching.desk import (
    ConsortiumError,
    DeskAnswer,
    answer_stored,
    draft_from_answer,
    drafts_of_question,
    take_in,
)
from desktop.services.matching.questions import (
    OrganisationRecord,
    QuestionDraft,
    QuestionError,
    QuestionList,
    QuestionRow,
    add_asker,
    asker_province,
    load_questions,
    set_question_status,
)
from desktop.services.progress import TaskState
from desktop.services.reference.code_names import CodeNames
from desktop.views.dialogs import show_error
from desktop.views.error_reporting import show_unexpected
from desktop.views.labels import CodeLabels
from desktop.views.navigator import Navigator
from desktop.views.page_shortcuts import add_run_shortcuts
from desktop.views.pages.matching.desk_words import draft_notes, instrument_cells, region_line
from desktop.views.pages.matching.match_form import fill_combo, region_choices
from desktop.views.pages.matching.shared_engine import MatchingServices
from desktop.views.pages.organisations.new_company_dialog import NewCompanyDialog
from desktop.views.pages.split_page import SplitPage
from desktop.views.reason_words import ReasonWords, fill
from desktop.views.row_table_model import Row, RowTableModel
from desktop.views.settings_store import WidgetState
from desktop.views.widgets.empty_state import EmptyState
from desktop.views.widgets.fitted_columns import FittedColumns
from desktop.views.widgets.organisation_picker import OrganisationPicker
from desktop.views.widgets.row_table import read_only_table
from desktop.views.widgets.run_bar import RunBar
from matching.codes import QuestionStatus

QUESTION_ROWS = 4  # the questions list never shows fewer rows than this
BUDGET_STEP = 10_000
MAX_BUDGET = 100_000_000
# A question, its answer and the demonstration organisations the answer names
Answered = tuple[QuestionRow, DeskAnswer, frozenset[int]]


def _table(model: RowTableModel, flexible: tuple[int, ...]) -> QTableView:
    """Columns fitted to the table's width: the ``flexible`` ones (names, reasons) share what the
    others leave, so the reasons stay in view (cut short, whole in the row's tooltip)."""
    table = read_only_table(model)
    FittedColumns(table, flexible)
    return table


class DeskPage(SplitPage):
    def __init__(
        self, services: MatchingServices, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._navigator = navigator  # a draft made from a question opens in the editor
        self._context = services.context
        self.words: ReasonWords | None = None
        self.question: QuestionRow | None = None
        self.answer: DeskAnswer | None = None
        self._names: dict[int, str] = {}
        self._wanted_question: int | None = None
        self._statuses: dict[int, str] = {}  # question id -> status code, as last read
        self._region_from_asker: str | None = None  # the region set from the asking company
        self._labels = CodeLabels()

        # --- the question --------------------------------------------------------------------
        self.asker = OrganisationPicker(
            self._context, self.tr("Type the company's name…"), single=True
        )
        self.asker.changed.connect(self._asker_changed)
        self.new_company_button = QPushButton(self.tr("New company…"))
        self.new_company_button.clicked.connect(self.new_company)
        asker_row = QHBoxLayout()
        asker_row.addWidget(self.asker, 1)
        asker_row.addWidget(self.new_company_button, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("The question in a few words"))
        self.title.setMaxLength(300)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What the company wants to know or develop"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().height() * 5 + 12)
        self.theme = QComboBox()
        self.mission = QComboBox()
        self.region = QComboBox()
        for combo in (self.theme, self.mission, self.region):
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.region.activated.connect(self._region_chosen)
        self.region_hint = QLabel(
            self.tr("The asking company's province; a place named in the question goes first.")
        )
        self.region_hint.setWordWrap(True)
        self.region_hint.hide()  # shown while the region is the asking company's province
        self.budget = QSpinBox()
        self.budget.setRange(0, MAX_BUDGET)
        self.budget.setSingleStep(BUDGET_STEP)
        self.budget.setPrefix("€ ")
        self.budget.setGroupSeparatorShown(True)
        self.budget.setSpecialValueText(self.tr("not known"))
        self.months = QSpinBox()
        self.months.setRange(0, 240)
        self.months.setSuffix(self.tr(" months"))
        self.months.setSpecialValueText(self.tr("not known"))
        self.answer_button = QPushButton(self.tr("Take in and &answer"))
        self.answer_button.setDefault(True)
        self.answer_button.setToolTip(self.tr("Keep the question and answer it (Ctrl+Return)"))
        self.answer_button.clicked.connect(self.take_in)
        self.run_bar = RunBar(self._context, "desk", self)
        self.run_bar.runningChanged.connect(lambda running: self.answer_button.setDisabled(running))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        asker_label = QLabel(self.tr("Asking &company"))
        asker_label.setBuddy(self.asker.edit)
        form.addRow(asker_label, asker_row)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Question"), self.text)
        form.addRow(self.tr("T&heme"), self.theme)
        form.addRow(self.tr("&Mission"), self.mission)
        form.addRow(self.tr("&Region"), self.region)
        form.addRow("", self.region_hint)
        form.addRow(self.tr("&Budget"), self.budget)
        form.addRow(self.tr("Time &frame"), self.months)
        self.form_widget = QWidget()
        left = QVBoxLayout(self.form_widget)
        left.setContentsMargins(0, 0, 8, 0)
        left.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.answer_button)
        left.addLayout(buttons)
        left.addWidget(self.run_bar)
        left.addWidget(self.message)
        left.addStretch(1)
        self.form_widget.setEnabled(False)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setWidget(self.form_widget)
        form_scroll.setMinimumWidth(300)

        # --- the answer ----------------------------------------------------------------------
        self.answer_title = QLabel()
        self.answer_title.setWordWrap(True)
        self.region_label = QLabel()
        self.region_label.setWordWrap(True)
        self.knowledge = RowTableModel(
            [self.tr("Chain"), self.tr("Organisation"), self.tr("Province"), self.tr("Why")], self
        )
        self.companies = RowTableModel(
            [self.tr("Organisation"), self.tr("Type"), self.tr("Province"), self.tr("Why")], self
        )
        self.instruments = RowTableModel(
            [self.tr("Instrument"), self.tr("Fits"), self.tr("What the rules say")], self
        )
        self.knowledge_table = _table(self.knowledge, (1, 3))
        self.companies_table = _table(self.companies, (0, 3))
        self.instruments_table = _table(self.instruments, (0, 2))
        self.draft_button = QPushButton(self.tr("Make &consortium draft"))
        self.draft_button.setToolTip(
            self.tr("Save the suggested consortium, with the asking company, as a draft")
        )
        self.draft_button.clicked.connect(self.make_draft)
        answer_widget = QWidget()
        answer_layout = QVBoxLayout(answer_widget)
        answer_layout.setContentsMargins(8, 0, 0, 0)
        answer_layout.addWidget(self.answer_title)
        answer_layout.addWidget(self.region_label)
        self.answer_tabs = QTabWidget()
        for table in (self.knowledge_table, self.companies_table, self.instruments_table):
            table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 4)
            self.answer_tabs.addTab(table, "")
        self._name_tabs()
        answer_layout.addWidget(self.answer_tabs, 1)
        draft_row = QHBoxLayout()
        self.consortium_label = QLabel()
        self.consortium_label.setWordWrap(True)
        draft_row.addWidget(self.consortium_label, 1)
        draft_row.addWidget(self.draft_button)
        answer_layout.addLayout(draft_row)
        self.answer_widget = answer_widget
        self.empty_state = EmptyState(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion),
            self.tr("One question, one place"),
            self.tr(
                "Take in an SME's knowledge question on the left. The answer names knowledge "
                "partners across the whole chain (research university, TO2 institute, "
                "hogeschool), other companies that fit, and the instruments whose rules the "
                "suggested consortium meets."
            ),
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_state)
        right_layout.addWidget(answer_widget)
        answer_widget.hide()

        # --- the questions kept ----------------------------------------------------------------
        self.questions = RowTableModel(
            [self.tr("Taken in"), self.tr("Question"), self.tr("Company"), self.tr("Status")], self
        )
        self.questions_table = _table(self.questions, (1, 2))
        self.questions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questions_table.doubleClicked.connect(self.answer_again)
        self.questions_table.selectionModel().selectionChanged.connect(self._question_selected)
        self.status = QComboBox()
        for code in QuestionStatus:
            self.status.addItem(self._status_label(code), code)
        self.status.setEnabled(False)
        self.status.activated.connect(self._status_chosen)
        self.again_button = QPushButton(self.tr("Answer &again"))
        self.again_button.setEnabled(False)
        self.again_button.clicked.connect(self.answer_again)
        questions_box = QGroupBox(self.tr("Questions taken in"))
        questions_layout = QVBoxLayout(questions_box)
        questions_layout.addWidget(self.questions_table)
        status_row = QHBoxLayout()
        status_label = QLabel(self.tr("&Status of the selected question"))
        status_label.setBuddy(self.status)
        status_row.addWidget(status_label)
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        status_row.addWidget(self.again_button)
        questions_layout.addLayout(status_row)

        rows = self.questions_table.verticalHeader().defaultSectionSize()
        self.questions_table.setMinimumHeight(
            self.questions_table.horizontalHeader().sizeHint().height() + rows * QUESTION_ROWS
        )
        right.setMinimumWidth(360)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setChildrenCollapsible(False)
        top.addWidget(form_scroll)
        top.addWidget(right)
        top.setStretchFactor(1, 1)
        top.setSizes([420, 900])
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.setChildrenCollapsible(False)
        outer.addWidget(top)
        outer.addWidget(questions_box)
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 1)
        self.set_body(
            self.tr("One-stop desk"),
            self.tr("An SME's knowledge question, answered across the whole knowledge chain."),
            outer,
            WidgetState.DESK_SPLITTER,
        )

        add_run_shortcuts(self, self.take_in, self.run_bar.cancel)

    def _status_label(self, code: str) -> str:
        return self._labels.question_statuses.get(code, code)

    def _name_tabs(self) -> None:
        """The answer's tabs, each with how many rows it has."""
        for index, text in enumerate(
            (
                self.tr("Knowledge partners (%n)", "", self.knowledge.rowCount()),
                self.tr("Companies (%n)", "", self.companies.rowCount()),
                self.tr("Instruments (%n)", "", self.instruments.rowCount()),
            )
        ):
            self.answer_tabs.setTabText(index, text)

    # --- the region: the asking company's province unless one is chosen --------------------------

    def _asker_changed(self) -> None:
        asker = self.asker.ids()
        if not asker:
            self._default_region(None)
            return
        self._context.run(
            partial(asker_province, organisation_id=asker[0]),
            self._province_found,
            key="desk-asker",
        )

    def _province_found(self, found: tuple[int, str | None]) -> None:
        organisation_id, province = found
        if self.asker.ids() == [organisation_id]:
            self._default_region(province)

    def _default_region(self, province: str | None) -> None:
        """Set the region to the asking company's province, unless the user chose one."""
        chosen = self.region.currentData()
        if chosen is not None and chosen != self._region_from_asker:
            return
        index = self.region.findData(province) if province else 0
        self._region_from_asker = province if index > 0 else None
        self.region.setCurrentIndex(max(index, 0))
        self.region_hint.setVisible(self._region_from_asker is not None)

    def _region_chosen(self, _index: int) -> None:
        self._region_from_asker = None
        self.region_hint.hide()

    # --- loading -------------------------------------------------------------------------------

    def activate(self) -> None:
        if self.words is None:
            self._services.with_names(self._names_loaded)
        self.refresh()

    def refresh(self) -> None:
        self._context.run(
            load_questions,
            self._show_questions,
            key="desk-questions",
        )

    def _names_loaded(self, names: CodeNames) -> None:
        if self.words is not None:
            return
        self.words = ReasonWords(names, self._context.language, self._name, self._context.locale)
        words = self.words
        fill_combo(
            self.theme,
            self.tr("No theme"),
            [(code, words.theme(code)) for code in names.themes],
        )
        fill_combo(
            self.mission,
            self.tr("No mission"),
            [(code, words.mission(code)) for code in names.missions],
        )
        fill_combo(self.region, self.tr("Anywhere"), region_choices(names, self.tr("cluster")))
        self.form_widget.setEnabled(True)

    def _name(self, organisation_id: int) -> str:
        return self._names.get(organisation_id, f"#{organisation_id}")

    def open_question(self, question_id: int) -> None:
        """Select a kept question (one chosen on the Overview) once the list has it."""
        self._wanted_question = question_id
        self.refresh()

    def _show_questions(self, found: QuestionList) -> None:
        questions, demo = found.questions, found.demo
        labels = self._labels
        selected = self._wanted_question or self.selected_question()
        self._wanted_question = None
        date_format = self._context.locale.dateFormat(self._context.locale.FormatType.ShortFormat)
        rows = [
            Row(
                (
                    self._context.locale.toString(q.created_at.astimezone(), date_format),
                    q.title,
                    labels.organisation(q.organisation_name or "", q.organisation_id in demo),
                    self._status_label(q.status),
                ),
                key=q.id,
                tooltip=q.text,
                sort=(q.created_at,),
                demo=q.organisation_id in demo,
            )
            for q in questions
        ]
        self._statuses = {q.id: q.status for q in questions}
        self.questions.set_rows(rows)
        for number, row in enumerate(rows):
            if row.key == selected:
                self.questions_table.selectRow(number)
                self.questions_table.scrollTo(self.questions_table.currentIndex())
        self.statusMessage.emit(
            ", ".join(
                (
                    self.tr("%n question(s)", "", len(questions)),
                    self.tr(
                        "%n still open",
                        "",
                        sum(
                            q.status in (QuestionStatus.NEW, QuestionStatus.IN_PROGRESS)
                            for q in questions
                        ),
                    ),
                )
            )
        )

    # --- taking in and answering -----------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def draft(self) -> QuestionDraft:
        asker = self.asker.ids()
        return QuestionDraft(
            title=self.title.text().strip(),
            text=self.text.toPlainText().strip(),
            organisation_id=asker[0] if asker else None,
            theme_code=self.theme.currentData(),
            mission_code=self.mission.currentData(),
            # the asking company's province is the default, said as such in the answer
            region_code=None
            if self.region.currentData() == self._region_from_asker
            else self.region.currentData(),
            budget=float(self.budget.value()) if self.budget.value() else None,
            duration_months=self.months.value() or None,
        )

    @Slot()
    def take_in(self) -> None:
        if self.words is None:
            return
        if not self.title.text().strip():
            self._say(self.tr("Give the question a title first."))
            self.title.setFocus()
            return
        self._say("")
        draft = self.draft()
        matcher = self._services.matcher
        self._answer(lambda state: take_in(matcher, draft, state))

    @Slot()
    def answer_again(self) -> None:
        question_id = self.selected_question()
        if question_id is None or self.words is None:
            return
        matcher = self._services.matcher
        self._answer(lambda state: answer_stored(matcher, question_id, state))

    def _answer(self, work: Callable[[TaskState], tuple[QuestionRow, DeskAnswer]]):
        """Answer in the background; the answer comes with its demonstration organisations."""
        services = self._services

        def answered(state: TaskState) -> Answered:
            question, answer = work(state)
            return question, answer, services.matcher.demo_among(answer.result.organisations)

        self.run_bar.run(self.tr("Answering…"), answered, self._show_answer, self._failed)

    def _failed(self, error: BaseException, details: str) -> None:
        self.refresh()
        if isinstance(error, QuestionError):
            self._say(str(error))
            return
        show_unexpected(self, error, details, title=self.tr("The question could not be answered"))

    def _show_answer(self, result: Answered) -> None:
        question, answer, demo = result
        self.question, self.answer = question, answer
        words = self.words
        assert words is not None
        labels = words.labels
        self._names = {
            i: labels.organisation(o.name, i in demo)
            for i, o in answer.result.organisations.items()
        }
        self.empty_state.hide()
        self.answer_widget.show()
        asker = f" ({self._name(question.organisation_id)})" if question.organisation_name else ""
        self.answer_title.setText(f"<b>{html.escape(question.title)}</b>{html.escape(asker)}")
        organisations = answer.result.organisations

        def province(organisation_id: int) -> str:
            code = organisations[organisation_id].province
            return words.names.region(code) if code else ""

        self.knowledge.set_rows(
            [
                Row(
                    (
                        words.labels.type(organisations[c.id].type),
                        self._name(c.id),
                        province(c.id),
                        words.reasons(c.reasons),
                    ),
                    key=c.id,
                    tooltip=words.reasons(c.reasons).replace("; ", "\n"),
                    sort=(rank,),
                    demo=c.id in demo,
                )
                for rank, c in enumerate(answer.knowledge)
            ]
        )
        self.companies.set_rows(
            [
                Row(
                    (
                        self._name(c.id),
                        words.labels.type(organisations[c.id].type),
                        province(c.id),
                        words.reasons(c.reasons),
                    ),
                    key=c.id,
                    tooltip=words.reasons(c.reasons).replace("; ", "\n"),
                    demo=c.id in demo,
                )
                for c in answer.companies
            ]
        )
        asker_name = self._name(question.organisation_id) if question.organisation_id else ""
        cells = [(fit, instrument_cells(words, fit, asker_name)) for fit in answer.instruments]
        self.instruments.set_rows(
            [Row(c, key=fit.code, tooltip=c[2].replace("; ", "\n")) for fit, c in cells]
        )
        self._name_tabs()
        self.region_label.setText(region_line(words, answer))
        if answer.consortium is None:
            problems = [words.problem(p) for p in answer.result.suggestion.problems]
            self.consortium_label.setText(
                fill(self.tr("No consortium to suggest: %1"), "; ".join(problems))
            )
        else:
            members = ", ".join(self._name(m.id) for m in answer.consortium.members)
            self.consortium_label.setText(fill(self.tr("Suggested consortium: %1"), members))
        self.draft_button.setEnabled(answer.consortium is not None)
        self.refresh()

    def chosen_instrument(self) -> str | None:
        """The instrument selected in the answer's instruments, if any."""
        rows = self.instruments_table.selectionModel().selectedRows()
        return self.instruments.row_at(rows[0].row()).key if rows else None

    @Slot()
    def make_draft(self) -> None:
        """Make the draft, after offering the one already made from this question, if any."""
        question, answer = self.question, self.answer
        if question is None or answer is None or answer.consortium is None:
            return
        matcher = self._services.matcher
        self._context.tasks.call(
            lambda: drafts_of_question(matcher, question.id),
            self._drafts_found,
            self._draft_failed,
        )

    def _drafts_found(self, drafts: list[tuple[int, str]]) -> None:
        if drafts and not self._make_another(drafts):
            return
        question, answer, words = self.question, self.answer, self.words
        if question is None or answer is None or words is None:
            return
        chosen = self.chosen_instrument()
        instrument = chosen or answer.best_instrument
        locale = self._context.locale
        day = locale.toString(QDate.currentDate(), "d MMMM yyyy")
        notes = draft_notes(words, question, instrument, chosen is not None, day)
        matcher = self._services.matcher
        self._context.tasks.call(
            lambda: draft_from_answer(
                matcher, question, answer, instrument_code=instrument, notes=notes
            ),
            lambda _consortium: self._draft_made(instrument),
            self._draft_failed,
        )

    def _make_another(self, drafts: list[tuple[int, str]]) -> bool:
        """Ask what to do when drafts were made from this question already: open the latest
        (False), make another (True) or nothing (False)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Consortium draft"), "", parent=self)
        box.setText(
            fill(
                self.tr(
                    "%n consortium draft(s) already made from this question; the latest is “%1”.",
                    "",
                    len(drafts),
                ),
                drafts[0][1],
            )
        )
        box.setInformativeText(self.tr("Open it, or make another draft from this answer?"))
        open_button = box.addButton(self.tr("&Open the draft"), QMessageBox.ButtonRole.AcceptRole)
        another = box.addButton(self.tr("Make &another"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self._navigator.openConsortium.emit(drafts[0][0])
        return box.clickedButton() is another

    def _draft_made(self, instrument: str | None) -> None:
        title = self.question.title if self.question else ""
        self.statusMessage.emit(fill(self.tr("Consortium draft “%1” made."), title))
        if instrument and self.words:
            self._say(
                fill(
                    self.tr("Consortium draft “%1” made with %2; the question is answered."),
                    title,
                    self.words.instrument(instrument),
                )
            )
        else:
            self._say(fill(self.tr("Consortium draft “%1” made; the question is answered."), title))
        self.refresh()

    def _draft_failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, ConsortiumError | QuestionError):
            show_error(self, self.tr("Consortium draft"), str(error))
        else:
            show_unexpected(self, error, details, title=self.tr("The draft was not made"))

    # --- new company, status -------------------------------------------------------------------

    @Slot()
    def new_company(self) -> None:
        names = self._services.names
        dialog = NewCompanyDialog(
            names.provinces if names else {}, self.asker.edit.text().strip(), self
        )
        if dialog.exec() != NewCompanyDialog.DialogCode.Accepted:
            return
        self.add_company(dialog.record())

    def add_company(self, record: OrganisationRecord) -> None:
        self._context.run(
            partial(add_asker, record=record),
            lambda found: self.asker.add(*found),
            key="desk-new-company",
        )

    def selected_question(self) -> int | None:
        rows = self.questions_table.selectionModel().selectedRows()
        return self.questions.row_at(rows[0].row()).key if rows else None

    def _question_selected(self) -> None:
        question_id = self.selected_question()
        self.status.setEnabled(question_id is not None)
        self.again_button.setEnabled(question_id is not None)
        if question_id is not None:
            self.status.setCurrentIndex(self.status.findData(self._statuses[question_id]))

    def _status_chosen(self, _index: int) -> None:
        question_id, status = self.selected_question(), self.status.currentData()
        if question_id is None:
            return
        self._context.run(
            partial(set_question_status, question_id=question_id, status=status),
            lambda _none: self.refresh(),
        )
