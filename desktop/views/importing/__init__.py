"""The import wizard: a spreadsheet of organisations, checked, reviewed and imported."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.views.context import AppContext
from desktop.views.importing.wizard import ImportWizard

__all__ = ["ImportWizard", "open_import_wizard"]


def open_import_wizard(
    context: AppContext, parent: QWidget, on_imported: Callable[[], None]
) -> ImportWizard:
    """Open the wizard (window-modal); ``on_imported`` runs after an import was stored."""
    wizard = ImportWizard(context, parent)
    wizard.imported.connect(lambda _batch: on_imported())
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
