"""The request form of the Match page: what to match for and under which constraints."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.services.reference.code_names import CodeNames
from desktop.views.context import AppContext
from desktop.views.reason_words import ReasonWords
from desktop.views.widgets.organisation_picker import OrganisationPicker

MAX_SIZE = 30


def fill_combo(combo: QComboBox, none_label: str, choices: list[tuple[str, str]]) -> None:
    """``none_label`` first (data None), then (code, label) pairs; keeps the current code."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(none_label, None)
    for code, label in choices:
        combo.addItem(label, code)
    found = combo.findData(current)
    combo.setCurrentIndex(found if found >= 0 else 0)


def select_code(combo: QComboBox, code: str | None) -> None:
    found = combo.findData(code)
    combo.setCurrentIndex(found if found >= 0 else 0)


def region_choices(names: CodeNames, clusters_label: str) -> list[tuple[str, str]]:
    return list(names.provinces.items()) + [
        (code, cluster_label(name, clusters_label)) for code, name in names.clusters.items()
    ]


def cluster_label(name: str, kind: str) -> str:
    """A cluster's name with its kind, unless the name says it already: "Greenport Venlo
    (cluster)", "Delft (HTSM, cluster)", "Rotterdam-Rijnmond (chemisch cluster)"."""
    if kind.casefold() in name.casefold():
        return name
    if name.endswith(")"):
        return f"{name[:-1]}, {kind})"
    return f"{name} ({kind})"


class MatchForm(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mission = self._combo()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            self.tr("A knowledge question or call text, in Dutch or English")
        )
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().height() * 4 + 12)
        self.helix = self._combo()
        self.helix.addItem(self.tr("Triple helix: business, knowledge, government"), "triple")
        self.helix.addItem(self.tr("Quadruple helix: plus civil society"), "quadruple")
        self.size_min = self._size_box()
        self.size_max = self._size_box()
        self.region = self._combo()
        self.instrument = self._combo()
        self.whole_chain = QCheckBox(self.tr("Whole knowledge chain"))
        self.whole_chain.setToolTip(
            self.tr("A research university, a TO2 institute and a hogeschool together")
        )
        self.include = OrganisationPicker(context, self.tr("Type a name to pin…"))
        self.exclude = OrganisationPicker(context, self.tr("Type a name to leave out…"))

        size = QHBoxLayout()
        size.setContentsMargins(0, 0, 0, 0)
        size.addWidget(self.size_min)
        size.addWidget(QLabel(self.tr("to")))
        size.addWidget(self.size_max)
        size.addStretch(1)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.tr("&Mission"), self.mission)
        layout.addRow(self.tr("&Question"), self.text)
        layout.addRow(self.tr("&Helix"), self.helix)
        size_label = QLabel(self.tr("Si&ze"))
        size_label.setBuddy(self.size_min)
        layout.addRow(size_label, size)
        layout.addRow(self.tr("&Region"), self.region)
        layout.addRow(self.tr("&Instrument"), self.instrument)
        layout.addRow("", self.whole_chain)
        layout.addRow(self.tr("Must be &in"), self.include)
        layout.addRow(self.tr("&Leave out"), self.exclude)
        for label in (layout.labelForField(self.include), layout.labelForField(self.exclude)):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._settings = context.settings
        self.apply_defaults()

    def apply_defaults(self) -> None:
        """Start from the defaults under Settings > Matching (read again: they may have
        changed since the form was made)."""
        defaults = self._settings.matching_defaults
        self.helix.setCurrentIndex(max(0, self.helix.findData(defaults.helix)))
        self.size_min.setValue(defaults.size_min)
        self.size_max.setValue(defaults.size_max)
        self.whole_chain.setChecked(defaults.whole_chain)
        self.top = defaults.top

    @staticmethod
    def _combo() -> QComboBox:
        """A combo box that fits a narrow form; long entries show in full in its list."""
        combo = QComboBox()
        combo.setMinimumContentsLength(16)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _size_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, MAX_SIZE)
        box.setSpecialValueText(self.tr("any"))
        return box

    def fill_choices(self, names: CodeNames, words: ReasonWords) -> None:
        fill_combo(
            self.mission,
            self.tr("No mission: match the question"),
            [(code, words.mission(code)) for code in names.missions],
        )
        fill_combo(
            self.region,
            self.tr("Anywhere"),
            region_choices(names, self.tr("cluster")),
        )
        fill_combo(
            self.instrument,
            self.tr("No instrument"),
            [(code, words.instrument(code)) for code in names.instruments],
        )

    def set_mission(self, code: str) -> None:
        select_code(self.mission, code)

    def has_subject(self) -> bool:
        return bool(
            self.text.toPlainText().strip() or self.mission.currentData() or self.include.ids()
        )

    def fields(self) -> dict[str, Any]:
        """The request in the fields of ``helixmatch suggest``."""
        fields: dict[str, Any] = {"top": self.top, "helix": self.helix.currentData()}
        text = self.text.toPlainText().strip()
        if text:
            fields["text"] = text
        for name, combo in (
            ("mission", self.mission),
            ("region", self.region),
            ("instrument", self.instrument),
        ):
            if combo.currentData():
                fields[name] = combo.currentData()
        low, high = self.size_min.value(), self.size_max.value()
        if low or high:
            fields["size"] = {"min": low or None, "max": high or None}
        if self.whole_chain.isChecked():
            fields["whole_chain"] = True
        if self.include.ids():
            fields["include"] = self.include.ids()
        if self.exclude.ids():
            fields["exclude"] = self.exclude.ids()
        return fields
