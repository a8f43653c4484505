"""Undo and redo on the Match page.

A step changes the organisations that must be in the next run and those left out of it: pin,
drop and swap on a consortium card, or typing and deleting names in the form. Each step keeps
both lists before and after it. A step that runs the match again (drop, swap) also keeps the
result shown before it and, once its run is back, the result it brought: undo and redo show
those again without matching.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.services.matching.runs import MatchResult
from desktop.views.reason_words import fill

translate = QCoreApplication.translate
Chosen = tuple[tuple[int, str], ...]  # (organisation id, name) in the order shown


def _without(chosen: Chosen, organisation_id: int) -> Chosen:
    return tuple(item for item in chosen if item[0] != organisation_id)


def _with(chosen: Chosen, organisation_id: int, name: str) -> Chosen:
    if any(item[0] == organisation_id for item in chosen):
        return chosen
    return (*chosen, (organisation_id, name))


@dataclass(frozen=True)
class Choices:
    """The organisations that must be in the next run (pins) and those left out of it."""

    include: Chosen = ()
    exclude: Chosen = ()

    def pinned(self, organisation_id: int, name: str) -> Choices:
        return Choices(
            _with(self.include, organisation_id, name), _without(self.exclude, organisation_id)
        )

    def unpinned(self, organisation_id: int) -> Choices:
        return Choices(_without(self.include, organisation_id), self.exclude)

    def left_out(self, organisation_id: int, name: str) -> Choices:
        return Choices(
            _without(self.include, organisation_id), _with(self.exclude, organisation_id, name)
        )


@dataclass(frozen=True)
class Shown:
    """A result on screen with the request it answered, and the member selected on a card."""

    result: MatchResult
    fields: dict[str, Any]
    card: int = 0
    member: int | None = None
    demo: frozenset[int] = frozenset()  # the demonstration organisations the result names


class MatchSteps(Protocol):
    """What the steps need of the page."""

    def apply_choices(self, choices: Choices) -> None: ...

    def show_again(self, shown: Shown) -> None: ...

    def run_step(self, step: ChangeChoices) -> None:
        """Run the match with the current choices; ``step.ran(shown)`` when it is back."""

    def stop_run(self) -> None: ...


class ChangeChoices(QUndoCommand):
    def __init__(
        self,
        text: str,
        page: MatchSteps,
        before: Choices,
        after: Choices,
        shown_before: Shown | None = None,
    ) -> None:
        """``shown_before`` is given for a step that runs the match again."""
        super().__init__(text)
        self._page = page
        self.before = before
        self.after = after
        self.shown_before = shown_before
        self.shown_after: Shown | None = None

    def redo(self) -> None:
        self._page.apply_choices(self.after)
        if self.shown_before is None:
            return
        if self.shown_after is None:  # the first time, or its run was stopped or failed
            self._page.run_step(self)
        else:
            self._page.show_again(self.shown_after)

    def undo(self) -> None:
        self._page.apply_choices(self.before)
        if self.shown_before is not None:
            self._page.stop_run()
            self._page.show_again(self.shown_before)

    def ran(self, shown: Shown) -> None:
        # Undo of this step selects again what the user acted on; redo shows the first card.
        self.shown_after = replace(shown, card=0, member=None)


def step_text(kind: str, *names: str) -> str:
    """The words of a step in Edit > Undo: ``kind`` is pin, unpin, drop, swap (the candidate's
    name, then the member's), leave_out or take_back."""
    texts = {
        "pin": translate("MatchSteps", "Pin %1"),
        "unpin": translate("MatchSteps", "Unpin %1"),
        "drop": translate("MatchSteps", "Drop %1"),
        "swap": translate("MatchSteps", "Swap in %1 for %2"),
        "leave_out": translate("MatchSteps", "Leave out %1"),
        "take_back": translate("MatchSteps", "Stop leaving out %1"),
    }
    return fill(texts[kind], *names)


def typed_change_text(before: Choices, after: Choices) -> str:
    """The words of a change made in the form's lists (typing a name, Delete)."""
    changes = {
        "pin": [n for i, n in after.include if i not in dict(before.include)],
        "unpin": [n for i, n in before.include if i not in dict(after.include)],
        "leave_out": [n for i, n in after.exclude if i not in dict(before.exclude)],
        "take_back": [n for i, n in before.exclude if i not in dict(after.exclude)],
    }
    made = [(kind, names) for kind, names in changes.items() if names]
    if len(made) == 1 and len(made[0][1]) == 1:
        kind, names = made[0]
        return step_text(kind, names[0])
    return translate("MatchSteps", "Change the organisations that must be in or are left out")
