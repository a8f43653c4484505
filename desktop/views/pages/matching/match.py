"""Match: a request form, ranked candidates with their reasons, and the alternative consortia
(a list of them beside the chosen one's card); pin, drop and swap members (with undo), run again
keeping the pins, save a consortium."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.matching.request_input import RequestError
from desktop.services.matching.runs import (
    ConsortiumDraft,
    ConsortiumError,
    MatchResult,
    member_draft,
)
from desktop.services.progress import TaskState
from desktop.services.reference.code_names import CodeNames
from desktop.views.dialogs import show_error
from desktop.views.error_reporting import show_unexpected
from desktop.views.page_shortcuts import add_run_shortcuts
from desktop.views.pages.matching.match_form import MatchForm
from desktop.views.pages.matching.match_steps import (
    ChangeChoices,
    Choices,
    Shown,
    step_text,
    typed_change_text,
)
from desktop.views.pages.matching.shared_engine import MatchingServices
from desktop.views.pages.split_page import SplitPage
from desktop.views.reason_words import ReasonWords, fill
from desktop.views.row_table_model import Row, RowTableModel
from desktop.views.settings_store import WidgetState
from desktop.views.widgets.alternatives import AlternativesView
from desktop.views.widgets.consortium_card import ConsortiumCard
from desktop.views.widgets.empty_state import EmptyState
from desktop.views.widgets.organisation_picker import OrganisationPicker
from desktop.views.widgets.row_table import read_only_table
from desktop.views.widgets.run_bar import RunBar
from matching.request import Consortium

translate = QCoreApplication.translate
SWAP_CHOICES = 15  # candidates offered by Swap in, besides naming any organisation
TITLE_LENGTH = 80
UNDO_LIMIT = 100


class MatchPage(SplitPage):
    def __init__(self, services: MatchingServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._context = services.context
        self.words: ReasonWords | None = None
        self.result: MatchResult | None = None
        self.fields: dict = {}  # the request of the result shown
        self.demo: frozenset[int] = frozenset()  # its demonstration organisations
        self.cards: list[ConsortiumCard] = []
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self._choices = Choices()  # the form's pins and left-out organisations, as last seen
        self._applying = False

        self.form = MatchForm(self._context)
        self.form.setEnabled(False)
        self.run_button = QPushButton(self.tr("&Find partners"))
        self.run_button.setDefault(True)
        self.run_button.setToolTip(self.tr("Run the match (Ctrl+Return)"))
        self.run_button.clicked.connect(self.run)
        self.run_bar = RunBar(self._context, "match", self)
        self.run_bar.runningChanged.connect(lambda running: self.run_button.setDisabled(running))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.run_bar)
        left_layout.addWidget(self.message)
        left_layout.addStretch(1)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setWidget(left)
        form_scroll.setMinimumWidth(320)

        self.candidates = RowTableModel(
            [
                self.tr("#"),
                self.tr("Organisation"),
                self.tr("Type"),
                self.tr("Province"),
                self.tr("Score"),
                self.tr("Why"),
            ],
            self,
        )
        self.candidate_table = read_only_table(self.candidates)
        header = self.candidate_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 260)
        header.setStretchLastSection(True)
        self.candidate_why = QLabel()
        self.candidate_why.setWordWrap(True)
        self.candidate_why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.candidate_table.selectionModel().selectionChanged.connect(self._show_candidate_why)
        candidates_tab = QWidget()
        candidates_layout = QVBoxLayout(candidates_tab)
        candidates_layout.addWidget(self.candidate_table, 1)
        candidates_layout.addWidget(self.candidate_why)

        self.alternatives = AlternativesView()
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        cards = QWidget()
        cards_layout = QVBoxLayout(cards)
        cards_layout.addWidget(self.problems_label)
        cards_layout.addWidget(self.alternatives, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(cards, self.tr("Consortia"))
        self.tabs.addTab(candidates_tab, self.tr("Candidates"))
        self.empty_state = EmptyState(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            self.tr("No match yet"),
            self.tr(
                "Choose a mission or type a question, set the constraints on the left and press "
                "Find partners. The alternative consortia appear here, a list of them beside the "
                "chosen one, and the ranked candidates with the reasons for each."
            ),
        )
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(8, 0, 0, 0)
        results_layout.addWidget(self.empty_state)
        results_layout.addWidget(self.tabs)
        self.tabs.hide()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(form_scroll)
        splitter.addWidget(results)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 900])

        self.set_body(
            self.tr("Match"),
            self.tr("Whole triple- and quadruple-helix consortia for a mission or a question."),
            splitter,
            WidgetState.MATCH_SPLITTER,
        )

        add_run_shortcuts(self, self.run, self.run_bar.cancel)
        self.form.include.changed.connect(self._typed_choices)
        self.form.exclude.changed.connect(self._typed_choices)

    # --- loading -------------------------------------------------------------------------------

    def activate(self) -> None:
        if self.words is None:
            self._services.with_names(self._names_loaded)
        if not self.form.has_subject():
            self.form.apply_defaults()  # nothing asked yet: follow Settings > Matching

    def _names_loaded(self, names: CodeNames) -> None:
        if self.words is not None:
            return
        self.words = ReasonWords(
            names, self._context.language, self._organisation_name, self._context.locale
        )
        self.form.fill_choices(names, self.words)
        self.form.setEnabled(True)

    def _organisation_name(self, organisation_id: int) -> str:
        """The name the reasons give a partner: marked when it is demonstration data."""
        name = self._name(organisation_id)
        return self.words.labels.organisation(name, organisation_id in self.demo)

    def find_partners_for_mission(self, code: str) -> None:
        """Start a match for a mission (from the Missions page)."""

        def start(names: CodeNames) -> None:
            self._names_loaded(names)
            self.form.text.clear()
            self.form.set_mission(code)
            self.run()

        self._services.with_names(start)

    # --- running -------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot()
    def run(self) -> None:
        self._run()

    def _run(self, then: Callable[[Shown], None] | None = None) -> None:
        """Match with the form's request; ``then`` gets the result once it is shown."""
        if self.words is None:
            return
        if not self.form.has_subject():
            self._say(self.tr("Choose a mission, type a question or pin an organisation first."))
            return
        low, high = self.form.size_min.value(), self.form.size_max.value()
        if low and high and low > high:
            self._say(self.tr("The smallest size is larger than the largest."))
            return
        self._say("")
        fields = self.form.fields()
        services = self._services

        def work(state: TaskState) -> Shown:
            result = services.matcher.match(fields, state)
            return Shown(result, fields, demo=services.matcher.demo_among(result.organisations))

        self.run_bar.run(self.tr("Matching…"), work, lambda s: self._shown(s, then), self._failed)

    def _failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, RequestError):
            self._say(str(error))
            return
        show_unexpected(self, error, details, title=self.tr("The match failed"))

    def _shown(self, shown: Shown, then: Callable[[Shown], None] | None) -> None:
        self._show(shown)
        if then is not None:
            then(shown)

    def _show(self, shown: Shown) -> None:
        words = self.words
        assert words is not None
        result = self.result = shown.result
        self.fields = shown.fields
        self.demo = shown.demo
        self.empty_state.hide()
        self.tabs.show()
        suggestion = result.suggestion
        labels = words.labels
        rows = []
        for rank, candidate in enumerate(suggestion.candidates, start=1):
            organisation = result.organisations[candidate.id]
            reasons = words.reasons(candidate.reasons)
            demo = candidate.id in self.demo
            rows.append(
                Row(
                    (
                        str(rank),
                        labels.organisation(organisation.name, demo),
                        labels.type(organisation.type),
                        words.names.region(organisation.province) if organisation.province else "",
                        f"{candidate.score:.2f}",
                        reasons,
                    ),
                    key=candidate.id,
                    tooltip=reasons.replace("; ", "\n"),
                    sort=(rank, None, None, None, candidate.score, None),
                    demo=demo,
                )
            )
        self.candidates.set_rows(rows)
        self._show_cards(result)
        notes = [words.problem(p) for p in suggestion.problems]
        notes += [words.warning(w) for w in result.warnings]
        notes += [note for note in (words.region_note(suggestion),) if note]
        self.problems_label.setText("\n".join(notes))
        self.problems_label.setVisible(bool(notes))
        self.statusMessage.emit(
            ", ".join(
                (
                    self.tr("%n candidate(s)", "", len(suggestion.candidates)),
                    self.tr("%n alternative consortium/consortia", "", len(suggestion.consortia)),
                )
            )
        )

    def _show_cards(self, result: MatchResult) -> None:
        """New cards for the result; the first takes the focus if a card had it."""
        had_focus = self.alternatives.stack.isAncestorOf(QApplication.focusWidget())
        self.cards = []
        instrument = self.fields.get("instrument")
        for number, consortium in enumerate(result.suggestion.consortia, start=1):
            card = ConsortiumCard(
                number,
                consortium,
                result.organisations,
                self.demo,
                self.words,
                instrument,
                lambda member, c=consortium: self.swap_choices(c, member),
                self._context,
            )
            card.pinRequested.connect(self.pin)
            card.unpinRequested.connect(self.unpin)
            card.dropRequested.connect(lambda member, n=number - 1: self.drop(member, n))
            card.swapRequested.connect(
                lambda out, into, named, n=number - 1: self.swap(out, into, n, named)
            )
            card.saveRequested.connect(lambda c=card: self.save(c))
            self.cards.append(card)
        self.alternatives.set_cards(self.cards, result.organisations, instrument)
        self._mark_pins()
        if had_focus and self.cards:
            self.cards[0].table.setFocus()

    def _show_candidate_why(self) -> None:
        rows = self.candidate_table.selectionModel().selectedRows()
        if not rows or self.result is None or self.words is None:
            self.candidate_why.clear()
            return
        row = self.candidates.row_at(rows[0].row())
        self.candidate_why.setText(
            fill(self.tr("Why %1: %2"), row.cells[1], row.tooltip.replace("\n", "; "))
        )

    # --- pin, drop, swap, save ---------------------------------------------------------------

    def _name(self, organisation_id: int) -> str:
        organisation = self.result.organisations.get(organisation_id) if self.result else None
        return organisation.name if organisation else f"#{organisation_id}"

    def swap_choices(self, consortium: Consortium, member: int) -> list[tuple[int, str]]:
        """Candidates of the member's helix kind that are not in the consortium yet."""
        result = self.result
        if result is None or self.words is None:
            return []
        kind = result.organisations[member].kind
        inside = {m.id for m in consortium.members}
        labels = self.words.labels
        return [
            (c.id, labels.organisation(result.organisations[c.id].name, c.id in self.demo))
            for c in result.suggestion.candidates
            if c.id not in inside and result.organisations[c.id].kind == kind
        ][:SWAP_CHOICES]

    @Slot(int)
    def pin(self, organisation_id: int) -> None:
        name = self._name(organisation_id)
        self._step(step_text("pin", name), self._choices.pinned(organisation_id, name))
        self.statusMessage.emit(
            fill(self.tr("Pinned %1: it stays in every consortium of the next run."), name)
        )

    @Slot(int)
    def unpin(self, organisation_id: int) -> None:
        name = self._name(organisation_id)
        self._step(step_text("unpin", name), self._choices.unpinned(organisation_id))

    def drop(self, organisation_id: int, card: int = 0) -> None:
        """Leave the member out and run again."""
        name = self._name(organisation_id)
        after = self._choices.left_out(organisation_id, name)
        self._step(step_text("drop", name), after, (card, organisation_id))

    def swap(self, member: int, candidate: int, card: int = 0, named: str = "") -> None:
        """Leave the member out, pin the candidate (or the organisation ``named``) in its place,
        and run again."""
        out, into = self._name(member), named or self._name(candidate)
        after = self._choices.left_out(member, out).pinned(candidate, into)
        self._step(step_text("swap", into, out), after, (card, member))

    # --- undo and redo -------------------------------------------------------------------------

    def _step(self, text: str, after: Choices, runs_for: tuple[int, int] | None = None) -> None:
        """Push a step to ``after``; ``runs_for`` (card, member) when it runs the match again."""
        shown = None
        if runs_for is not None and self.result is not None:
            shown = Shown(self.result, self.fields, *runs_for, demo=self.demo)
        if after == self._choices and shown is None:
            return
        self.undo_stack.push(ChangeChoices(text, self, self._choices, after, shown))

    def _typed_choices(self) -> None:
        """A name typed into or deleted from the form's lists is a step too."""
        if self._applying:
            return
        now = self._form_choices()
        if now != self._choices:
            self.undo_stack.push(
                ChangeChoices(typed_change_text(self._choices, now), self, self._choices, now)
            )

    def _form_choices(self) -> Choices:
        return Choices(
            tuple(self.form.include.names().items()), tuple(self.form.exclude.names().items())
        )

    def apply_choices(self, choices: Choices) -> None:
        self._applying = True
        try:
            for picker, chosen in (
                (self.form.include, choices.include),
                (self.form.exclude, choices.exclude),
            ):
                _set_chosen(picker, chosen)
        finally:
            self._applying = False
        self._choices = choices
        self._mark_pins()

    def _mark_pins(self) -> None:
        """The cards offer Unpin for the members the next run keeps."""
        pinned = frozenset(organisation_id for organisation_id, _ in self._choices.include)
        for card in self.cards:
            card.set_pinned(pinned)

    def show_again(self, shown: Shown) -> None:
        self._say("")  # a note on the run that was stopped or failed no longer applies
        self._show(shown)
        if shown.member is not None and shown.card < len(self.cards):
            self.tabs.setCurrentIndex(0)
            self.alternatives.show_card(shown.card)
            self.cards[shown.card].select_member(shown.member)
            self.cards[shown.card].table.setFocus()

    def run_step(self, step: ChangeChoices) -> None:
        self._run(step.ran)

    def stop_run(self) -> None:
        self.run_bar.cancel()

    def default_title(self) -> str:
        mission = self.fields.get("mission")
        if mission and self.words is not None:
            return self.words.mission(mission)
        return " ".join(str(self.fields.get("text", "")).split())[:TITLE_LENGTH]

    def save(self, card: ConsortiumCard, title: str | None = None) -> None:
        """Save the card's consortium as a draft; asks for a title unless one is given."""
        if title is None:
            title, accepted = QInputDialog.getText(
                self, self.tr("Save consortium"), self.tr("Title:"), text=self.default_title()
            )
            if not accepted:
                return
        draft = ConsortiumDraft(
            title,
            tuple(member_draft(m) for m in card.consortium.members),
            mission_code=self.fields.get("mission"),
            instrument_code=self.fields.get("instrument"),
        )
        matcher = self._services.matcher
        self._context.tasks.call(
            lambda: matcher.save(draft),
            lambda _id: self.statusMessage.emit(
                fill(self.tr("Saved “%1” as a draft consortium."), draft.title.strip())
            ),
            self._save_failed,
        )

    def _save_failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, ConsortiumError):
            show_error(self, self.tr("Save consortium"), str(error))
        else:
            show_unexpected(self, error, details, title=self.tr("The consortium was not saved"))


def _set_chosen(picker: OrganisationPicker, chosen: tuple[tuple[int, str], ...]) -> None:
    if tuple(picker.names().items()) == chosen:
        return
    for organisation_id in picker.ids():
        picker.remove(organisation_id)
    for organisation_id, name in chosen:
        picker.add(organisation_id, name)
