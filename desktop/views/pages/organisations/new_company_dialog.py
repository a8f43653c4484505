"""Adding the asking company on the spot, at the desk: name, type, place; the rest later."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.services.matching.questions import OrganisationRecord
from desktop.views.labels import CodeLabels

COMPANY_TYPES = ("sme", "startup", "scaleup", "large_company")
SME_TYPES = ("sme", "startup", "scaleup")


class NewCompanyDialog(QDialog):
    def __init__(
        self, provinces: dict[str, str], name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New company"))
        labels = CodeLabels()
        self.name = QLineEdit(name)
        self.type = QComboBox()
        for code in COMPANY_TYPES:
            self.type.addItem(labels.type(code), code)
        self.city = QLineEdit()
        self.province = QComboBox()
        self.province.addItem(self.tr("Unknown"), None)
        for code, province in provinces.items():
            self.province.addItem(province, code)
        self.kvk = QLineEdit()
        self.kvk.setPlaceholderText(self.tr("8 digits, optional"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Name"), self.name)
        layout.addRow(self.tr("&Type"), self.type)
        layout.addRow(self.tr("&City"), self.city)
        layout.addRow(self.tr("&Province"), self.province)
        layout.addRow(self.tr("&KvK number"), self.kvk)
        layout.addRow(self.problem)
        layout.addRow(buttons)

    def problems(self) -> list[str]:
        found = []
        if not self.name.text().strip():
            found.append(self.tr("Fill in the company's name."))
        kvk = self.kvk.text().strip()
        if kvk and not (kvk.isdigit() and len(kvk) == 8):
            found.append(self.tr("A KvK number has 8 digits."))
        return found

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.problem.setText("\n".join(problems))
            self.problem.show()
            return
        super().accept()

    def record(self) -> OrganisationRecord:
        org_type = self.type.currentData()
        return OrganisationRecord(
            name=self.name.text().strip(),
            kind="company",
            type=org_type,
            city=self.city.text().strip() or None,
            province_code=self.province.currentData(),
            kvk=self.kvk.text().strip() or None,
            is_sme=org_type in SME_TYPES,
        )
