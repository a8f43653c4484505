"""Settings: the interface language, the database file (open another, create one, recent files)
and the defaults for matching."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.lifecycle.opening import resolve_url, sqlite_path
from desktop.views.context import AppContext
from desktop.views.pages.base import Page
from desktop.views.settings_store import MatchingDefaults
from desktop.views.translation import system_language
from desktop.views.widgets.page_header import PageHeader
from desktop.views.widgets.style import mute

# Language names are written in their own language, whatever the interface language is.
LANGUAGE_NAMES = (("en", "English"), ("nl", "Nederlands"))
MAX_WIDTH = 900
DATABASE_FILTER = "HelixMatch (*.db *.sqlite *.sqlite3);;*"


class SettingsPage(Page):
    databaseChosen = Signal(str, bool)  # SQLAlchemy URL, create when missing

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        settings = context.settings

        # --- language
        self.language = QComboBox()
        system = dict(LANGUAGE_NAMES)[system_language()]
        self.language.addItem(self.tr("As the system (%1)").replace("%1", system), "")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        chosen = settings.language
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(
            self.tr("A new language takes effect when HelixMatch starts again.")
        )
        mute(self.language_note)
        self.language_note.setVisible(False)
        language_box = QGroupBox(self.tr("Language"))
        language_layout = QFormLayout(language_box)
        language_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_layout.addRow(self.tr("&Interface language"), self.language)
        language_layout.addRow("", self.language_note)

        # --- database
        self.location = QLabel(context.database.location)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setWordWrap(True)
        open_button = QPushButton(self.tr("&Open another database…"))
        open_button.clicked.connect(self.open_other)
        new_button = QPushButton(self.tr("&New database…"))
        new_button.clicked.connect(self.create_new)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addWidget(new_button)
        buttons.addStretch(1)
        self.recent = QListWidget()
        self.recent.setMaximumHeight(140)
        self.recent.itemActivated.connect(self._recent_chosen)
        self.recent.setToolTip(self.tr("Double-click or press Enter to open"))
        self.no_recent = QLabel(self.tr("Databases you open appear here."))
        mute(self.no_recent)
        database_box = QGroupBox(self.tr("Database"))
        database_layout = QVBoxLayout(database_box)
        database_layout.addWidget(QLabel(self.tr("Open now:")))
        database_layout.addWidget(self.location)
        database_layout.addLayout(buttons)
        database_layout.addWidget(QLabel(self.tr("Recent databases:")))
        database_layout.addWidget(self.recent)
        database_layout.addWidget(self.no_recent)

        # --- matching defaults
        defaults = settings.matching_defaults
        self.helix = QComboBox()
        self.helix.addItem(self.tr("Triple helix: business, knowledge, government"), "triple")
        self.helix.addItem(self.tr("Quadruple helix: plus civil society"), "quadruple")
        self.helix.setCurrentIndex(max(self.helix.findData(defaults.helix), 0))
        self.size_min = QSpinBox()
        self.size_max = QSpinBox()
        for box in (self.size_min, self.size_max):
            box.setRange(1, 30)
        self.size_min.setValue(defaults.size_min)
        self.size_max.setValue(defaults.size_max)
        self.top = QSpinBox()
        self.top.setRange(1, 200)
        self.top.setValue(defaults.top)
        self.whole_chain = QCheckBox(
            self.tr("Ask for the whole knowledge chain (university, TO2 institute, hogeschool)")
        )
        self.whole_chain.setChecked(defaults.whole_chain)
        size = QHBoxLayout()
        size.addWidget(self.size_min)
        size.addWidget(QLabel(self.tr("to")))
        size.addWidget(self.size_max)
        size.addStretch(1)
        matching_box = QGroupBox(self.tr("Defaults for a new match"))
        matching_layout = QFormLayout(matching_box)
        matching_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        matching_layout.addRow(self.tr("&Helix"), self.helix)
        size_label = QLabel(self.tr("Consortium si&ze"))
        size_label.setBuddy(self.size_min)
        matching_layout.addRow(size_label, size)
        matching_layout.addRow(self.tr("&Candidates shown"), self.top)
        matching_layout.addRow("", self.whole_chain)
        for signal in (
            self.helix.currentIndexChanged,
            self.size_min.valueChanged,
            self.size_max.valueChanged,
            self.top.valueChanged,
            self.whole_chain.toggled,
        ):
            signal.connect(self._matching_changed)

        content = QWidget()
        content.setMaximumWidth(MAX_WIDTH)  # a form, not a banner: easier to read
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(PageHeader(self.tr("Settings"), self.tr("Kept for you on this computer.")))
        layout.addWidget(language_box)
        layout.addWidget(database_box)
        layout.addWidget(matching_box)
        layout.addStretch(1)
        self.set_scrolled_content(content)

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        current = self._context.database.location
        for location in self._context.settings.recent_databases:
            if location == current:
                continue
            item = QListWidgetItem(location)
            missing = not Path(location).exists()
            if missing:
                item.setToolTip(self.tr("This file no longer exists."))
                item.setForeground(Qt.GlobalColor.gray)
            item.setData(Qt.ItemDataRole.UserRole, location)
            self.recent.addItem(item)
        self.recent.setVisible(self.recent.count() > 0)
        self.no_recent.setVisible(self.recent.count() == 0)

    # --- slots -------------------------------------------------------------------------------

    @Slot(int)
    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        settings = self._context.settings
        settings.language = code
        settings.sync()
        effective = code or system_language()
        self.language_note.setVisible(effective != self._context.language)
        self.statusMessage.emit(
            self.language_note.text() if effective != self._context.language else ""
        )

    @Slot()
    def _matching_changed(self) -> None:
        low, high = self.size_min.value(), self.size_max.value()
        if low > high:  # keep the range a range: the other end follows
            (self.size_max if self.sender() is self.size_min else self.size_min).setValue(
                low if self.sender() is self.size_min else high
            )
            return
        self._context.settings.matching_defaults = MatchingDefaults(
            self.helix.currentData(), low, high, self.top.value(), self.whole_chain.isChecked()
        )

    def _start_folder(self) -> str:
        path = sqlite_path(self._context.database.url)
        return str(path.parent) if path is not None else str(Path.home())

    @Slot()
    def open_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), self._start_folder(), DATABASE_FILTER
        )
        if path:
            self.databaseChosen.emit(resolve_url(path), False)

    @Slot()
    def create_new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), self._start_folder(), DATABASE_FILTER
        )
        if not path:
            return
        if Path(path).exists():
            self.statusMessage.emit(
                self.tr("%1 exists already; it is opened, not replaced.").replace("%1", path)
            )
        self.databaseChosen.emit(resolve_url(path), True)

    @Slot(QListWidgetItem)
    def _recent_chosen(self, item: QListWidgetItem) -> None:
        location = item.data(Qt.ItemDataRole.UserRole)
        self.databaseChosen.emit(resolve_url(location), False)
