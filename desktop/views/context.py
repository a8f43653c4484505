"""The one object a page gets: the database, the settings, the task runner, the locale.

Like git-cola's ``ApplicationContext``: passed in, never imported as a global.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QLocale

from desktop.services.lifecycle.opening import Database
from desktop.services.organisations.finder import OrganisationFinder
from desktop.views.settings_store import SettingsStore
from desktop.views.tasks import Failure, TaskRunner

T = TypeVar("T")


@dataclass
class AppContext:
    database: Database
    settings: SettingsStore
    tasks: TaskRunner
    locale: QLocale
    language: str  # "en" or "nl"
    # The one fuzzy index of organisation names, shared by every page that finds organisations.
    finder: OrganisationFinder = field(default_factory=OrganisationFinder)

    def run(
        self,
        operation: Callable[[Database], T],
        on_success: Callable[[T], None],
        on_failure: Failure | None = None,
        *,
        key: str | None = None,
        priority: int = 0,
    ) -> int:
        """Run ``operation(database)`` off the GUI thread (``TaskRunner.call``); the operation, a
        function of desktop.services, opens its own transaction."""
        return self.tasks.call(
            partial(operation, self.database), on_success, on_failure, key=key, priority=priority
        )

    def number(self, value: int) -> str:
        """A count written the way the interface language writes it (12,345 or 12.345)."""
        return self.locale.toString(value)
