"""The filter bar above the organisations list; the database applies what it says."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QPushButton, QWidget

from desktop.services.organisations.listing import OrganisationFilter
from desktop.services.reference.code_names import CodeNames
from desktop.views.labels import CodeLabels

COLUMNS = 4
MINIMUM_CHARACTERS = 6


class FilterBar(QWidget):
    filtersChanged = Signal(object)  # OrganisationFilter (without text)

    def __init__(self, labels: CodeLabels, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.kind = self._combo(self.tr("Any helix"), list(labels.kinds.items()))
        self.type = self._combo(self.tr("Any type"), list(labels.types.items()))
        self.province = self._combo(self.tr("Any province"), [])
        self.topsector = self._combo(self.tr("Any topsector"), [])
        self.technology = self._combo(self.tr("Any technology"), [])
        self.mission = self._combo(self.tr("Any mission"), [])
        self.sme = self._combo(
            self.tr("SME or not"), [(True, self.tr("SMEs only")), (False, self.tr("No SMEs"))]
        )
        self.demo = self._combo(
            self.tr("With demonstration data"),
            [(False, self.tr("Without demonstration data")), (True, self.tr("Demonstration only"))],
        )
        # The page places the button (beside its other buttons).
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.clear)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        for number, combo in enumerate(self._combos()):
            layout.addWidget(combo, number // COLUMNS, number % COLUMNS)
            layout.setColumnStretch(number % COLUMNS, 1)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.kind, self.type, self.province, self.topsector, self.technology, self.mission,
            self.sme, self.demo,
        )  # fmt: skip

    def _combo(self, anything: str, items: list[tuple[object, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(anything, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(MINIMUM_CHARACTERS)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def set_names(self, names: CodeNames) -> None:
        english = self._language != "nl"
        for combo, items in (
            (self.province, names.provinces),
            (self.topsector, {c: pair[english] for c, pair in names.topsectors.items()}),
            (self.technology, {c: pair[english] for c, pair in names.technologies.items()}),
            (self.mission, {c: f"{c} {m.title}" for c, m in names.missions.items()}),
        ):
            self._fill(combo, items)

    def _fill(self, combo: QComboBox, items: dict[str, str]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for code, text in items.items():
            combo.addItem(text, code)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        found = combo.findData(chosen)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def filters(self) -> OrganisationFilter:
        return OrganisationFilter(
            kind=self.kind.currentData(),
            type=self.type.currentData(),
            province_code=self.province.currentData(),
            topsector_code=self.topsector.currentData(),
            technology_code=self.technology.currentData(),
            mission_code=self.mission.currentData(),
            is_sme=self.sme.currentData(),
            demo=self.demo.currentData(),
        )

    def set_province(self, code: str) -> None:
        """Filter on one province (a click on the map). Before the names are loaded, the code
        stands in for the name until they come."""
        found = self.province.findData(code)
        if found < 0:
            self.province.addItem(code, code)
            found = self.province.count() - 1
        self.province.setCurrentIndex(found)

    @Slot()
    def clear(self) -> None:
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._changed()

    @Slot()
    def _changed(self) -> None:
        filters = self.filters()
        self.clear_button.setEnabled(not filters.is_empty())
        self.filtersChanged.emit(filters)
