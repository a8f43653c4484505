"""The Export dialog: one consortium to a proposal document, a sheet, JSON or a share file.

The export runs in the task runner; the window stays responsive and Cancel stops it before the
file is moved into place (no file appears). Format and folder are remembered; the language starts
as the interface language every time, and the choice to include contact persons (personal data)
starts off every time. A
consortium with demonstration organisations says so, and is exported only after the user
confirms.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.consortia.operations import demo_member_names
from desktop.services.exporting.consortium_export import export_consortium
from desktop.services.exporting.formats import SHARE_SUFFIX
from desktop.services.progress import Cancelled, TaskState
from desktop.services.user_error import UserError
from desktop.views.context import AppContext
from desktop.views.error_reporting import show_unexpected

SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "json": ".json", "share": SHARE_SUFFIX}


def file_stem(title: str) -> str:
    """A file name from a consortium title: letters, digits and dashes."""
    stem = re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-_")
    return stem[:60] or "consortium"


class ExportDialog(QDialog):
    exported = Signal(str)  # the file written

    def __init__(
        self, context: AppContext, consortium_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._consortium_id = consortium_id
        self._state: TaskState | None = None
        self._running = False
        self._title = title
        self.demo_names: list[str] | None = None  # members that are demonstration data, once read
        self._start_when_read = False
        self.setWindowTitle(self.tr("Export consortium"))
        self.setMinimumWidth(560)
        settings = context.settings

        heading = QLabel(self.tr("Export “%1”").replace("%1", title))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold; font-size: 14px;")

        self.format = QComboBox()
        for label, code in (
            (self.tr("PDF document (.pdf)"), "pdf"),
            (self.tr("Word document, editable (.docx)"), "docx"),
            (self.tr("Excel workbook: partners and budget (.xlsx)"), "xlsx"),
            (self.tr("JSON data (.json)"), "json"),
            (self.tr("Share file for another HelixMatch (.helixshare)"), "share"),
        ):
            self.format.addItem(label, code)
        self._select(self.format, settings.export_format)

        self.language = QComboBox()
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.addItem(self.tr("English"), "en")
        self._select(self.language, context.language)

        self.contacts = QCheckBox(self.tr("Include contact persons (personal data)"))
        self.contacts.setToolTip(
            self.tr(
                "Names, e-mail addresses and phone numbers of the members' contact persons. "
                "Leave this off for files that leave your organisation."
            )
        )

        folder = settings.export_folder
        self.path = QLineEdit(str(Path(folder) / (file_stem(title) + self._suffix())))
        self.path.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.contacts)
        form.addRow(self.tr("&File:"), path_row)
        for field, buddy in ((0, self.format), (1, self.language), (3, self.path)):
            label = form.itemAt(field, QFormLayout.ItemRole.LabelRole).widget()
            if isinstance(label, QLabel):
                label.setBuddy(buddy)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.demo_note = QLabel()
        self.demo_note.setWordWrap(True)
        self.demo_note.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.export_button.setToolTip(self.tr("Export (Ctrl+Return)"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.start)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.format.currentIndexChanged.connect(self._format_changed)
        self.path.textChanged.connect(lambda _text: self._show(""))
        self._update_language()
        context.run(
            partial(demo_member_names, consortium_id=consortium_id),
            self._demo_read,
            key=f"export-demo-{id(self)}",
        )

    def _demo_read(self, names: list[str]) -> None:
        self.demo_names = names
        self.demo_note.setText(
            self.tr(
                "Contains demonstration data: %1 are fictional organisation(s), marked [Demo] in "
                "the file.",
                "",
                len(names),
            ).replace("%1", ", ".join(names))
        )
        self.demo_note.setVisible(bool(names))
        if self._start_when_read:
            self._start_when_read = False
            self.start()

    # --- choices -------------------------------------------------------------------------------

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _code(self) -> str:
        return self.format.currentData()

    def _suffix(self) -> str:
        return SUFFIXES[self._code()]

    def _update_language(self) -> None:
        # JSON and share files hold codes, not words: their language does not matter.
        self.language.setEnabled(self._code() in ("pdf", "docx", "xlsx"))

    @Slot()
    def _format_changed(self) -> None:
        text = self.path.text().strip()
        if text:
            current = Path(text)
            stem = current.name[: -len(current.suffix)] if current.suffix else current.name
            self.path.setText(str(current.with_name(stem + self._suffix())))
        self._update_language()

    @Slot()
    def browse(self) -> None:
        code = self._code()
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "docx": self.tr("Word documents (*.docx)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "json": self.tr("JSON files (*.json)"),
            "share": self.tr("HelixMatch share files (*.helixshare)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), filters[code]
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != self._suffix():
                path = path.with_name(path.name + self._suffix())
            self.path.setText(str(path))

    def confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Export consortium"),
            self.tr("%1 already exists. Replace it?").replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_demo_data(self, names: list[str]) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Export consortium"),
            self.tr(
                "“%1” contains demonstration data: %2 are fictional organisation(s) that exist "
                "only to show HelixMatch working, marked [Demo] in the file; replace them before "
                "handing in a proposal.\n\nExport anyway?",
                "",
                len(names),
            )
            .replace("%1", self._title)
            .replace("%2", ", ".join(names)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- running -------------------------------------------------------------------------------

    def _show(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")

    def _busy(self, busy: bool) -> None:
        self._running = busy
        self.progress.setVisible(busy)
        for widget in (self.format, self.contacts, self.path, self.browse_button):
            widget.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.language.setEnabled(not busy and self._code() in ("pdf", "docx", "xlsx"))

    @Slot()
    def start(self) -> None:
        if self._running:
            return
        text = self.path.text().strip()
        if not text:
            self._show(self.tr("Choose a file to export to."), error=True)
            return
        path = Path(text).expanduser()
        if not path.suffix:
            path = path.with_name(path.name + self._suffix())
        if self.demo_names is None:  # not read yet: start once it is
            self._start_when_read = True
            return
        if self.demo_names and not self.confirm_demo_data(self.demo_names):
            return
        if path.is_file() and not self.confirm_replace(path):
            return
        code, language = self._code(), self.language.currentData()
        with_contacts = self.contacts.isChecked()
        database, consortium_id = self._context.database, self._consortium_id
        self._busy(True)
        self._show(self.tr("Exporting…"))

        def work(state: TaskState) -> Path:
            export_consortium(
                database,
                consortium_id,
                code,
                path,
                language=language,
                with_contacts=with_contacts,
                state=state,
            )
            return path

        self._state = self._context.tasks.start(work, self._done, self._failed, key="export-dialog")

    def _done(self, path: Path) -> None:
        self._busy(False)
        settings = self._context.settings
        settings.export_format = self._code()
        settings.export_folder = str(path.parent)
        self._show(self.tr("Written to %1").replace("%1", str(path)))
        self.exported.emit(str(path))
        self.accept()

    def _failed(self, error: BaseException, details: str) -> None:
        self._busy(False)
        if isinstance(error, Cancelled):
            self._show(self.tr("Export cancelled: no file was written."))
        elif isinstance(error, UserError):
            self._show(str(error), error=True)
        else:
            self._show(self.tr("The export failed: no file was written."), error=True)
            show_unexpected(self, error, details, title=self.tr("Export consortium"))

    def reject(self) -> None:
        """Cancel stops a running export before its file is moved into place."""
        if self._running and self._state is not None:
            self._state.cancel()
        super().reject()
