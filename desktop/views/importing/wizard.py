"""The import wizard: file, columns, check and review, summary, import."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from desktop.views.context import AppContext
from desktop.views.importing.check_page import CheckPage
from desktop.views.importing.import_pages import ImportPage, SummaryPage
from desktop.views.importing.mapping_page import MappingPage
from desktop.views.importing.source_pages import FilePage
from desktop.views.importing.state import WizardState


class ImportWizard(QWizard):
    imported = Signal(int)  # the import's number in the import log

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import organisations"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.state = WizardState()
        self.file_page = FilePage(context, self.state)
        self.mapping_page = MappingPage(context, self.state)
        self.check_page = CheckPage(context, self.state)
        self.summary_page = SummaryPage(context, self.state)
        self.import_page = ImportPage(context, self.state)
        pages = (self.file_page, self.mapping_page, self.check_page, self.summary_page,
                 self.import_page)  # fmt: skip
        for page in pages:
            self.addPage(page)
        self.resize(1040, 680)  # room for the review's tables; fits a 1280x800 screen

    def reject(self) -> None:
        """Cancel: an import under way stops and rolls back."""
        self.import_page.cancel()
        super().reject()
