"""The frame of the matching pages: a title over a splitter whose sizes are remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout

from desktop.views.pages.base import Page
from desktop.views.settings_store import SettingsStore, WidgetState
from desktop.views.widgets.page_header import PageHeader


class SplitPage(Page):
    def set_body(
        self, title: str, subtitle: str, splitter: QSplitter, kept_as: WidgetState
    ) -> None:
        """Lay out the page: ``title`` and ``subtitle`` over ``splitter``, whose state is kept
        as ``kept_as``."""
        self.splitter = splitter
        self._kept_as = kept_as
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)
        layout.addWidget(PageHeader(title, subtitle))
        layout.addWidget(splitter, 1)

    def restore_settings(self, settings: SettingsStore) -> None:
        """The kept sizes, unless they would hide a part (a splitter dragged shut, a state from
        a larger screen): then the page keeps its own sizes."""
        state = settings.widget_state(self._kept_as)
        if state is None:
            return
        own = self.splitter.saveState()
        if self.splitter.restoreState(state) and not self._sane():
            self.splitter.restoreState(own)

    def _sane(self) -> bool:
        vertical = self.splitter.orientation() == Qt.Orientation.Vertical
        for index, size in enumerate(self.splitter.sizes()):
            least = self.splitter.widget(index).minimumSizeHint()
            if size <= 0 or size < (least.height() if vertical else least.width()):
                return False
        return True

    def save_settings(self, settings: SettingsStore) -> None:
        settings.set_widget_state(self._kept_as, self.splitter.saveState())
