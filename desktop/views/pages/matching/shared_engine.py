"""What the matching pages share: one engine kept in memory and the code names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QObject

from desktop.services.matching.runs import Matcher
from desktop.services.reference.code_names import CodeNames, load_code_names
from desktop.views.context import AppContext
from desktop.views.error_reporting import error_message


@dataclass
class MatchingServices:
    context: AppContext
    matcher: Matcher
    names: CodeNames | None = None
    _waiting: list[Callable[[CodeNames], None]] = field(default_factory=list)

    @classmethod
    def create(cls, context: AppContext) -> MatchingServices:
        return cls(context, Matcher(context.database))

    def with_names(self, use: Callable[[CodeNames], None]) -> None:
        """Call ``use`` with the reference names: at once when loaded, else once they are."""
        if self.names is not None:
            use(self.names)
            return
        self._waiting.append(use)
        if len(self._waiting) == 1:
            self.context.run(
                load_code_names,
                self._loaded,
                self._failed,
                key="matching-code-names",
            )

    def _failed(self, error: BaseException, details: str) -> None:
        """Nothing waits any longer; the next page that asks tries again."""
        self._waiting = []
        self.context.tasks.taskFailed.emit(error_message(error), details)

    def _loaded(self, names: CodeNames) -> None:
        self.names = names
        waiting, self._waiting = self._waiting, []
        for use in waiting:
            owner = getattr(use, "__self__", None)
            if not isinstance(owner, QObject) or shiboken6.isValid(owner):
                use(names)  # not for a page that was closed meanwhile
