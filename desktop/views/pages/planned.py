"""Pages that later milestones fill; for now they say what they will be for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.views.pages.base import Page
from desktop.views.widgets.empty_state import EmptyState

translate = QCoreApplication.translate


def _texts() -> dict[str, tuple[str, str]]:
    return {
        "missions": (
            translate("PlannedPage", "Missions"),
            translate(
                "PlannedPage",
                "The missions of the four societal themes, each with its target year, and the "
                "organisations that work on them. Start a consortium for a mission from here.",
            ),
        ),
        "question": (
            translate("PlannedPage", "One-stop desk"),
            translate(
                "PlannedPage",
                "An SME asks one knowledge question in one place. HelixMatch suggests knowledge "
                "partners across the whole chain (university, TO2 institute, hogeschool), "
                "fitting instruments and a draft proposal.",
            ),
        ),
        "match": (
            translate("PlannedPage", "Match"),
            translate(
                "PlannedPage",
                "Suggests triple- and quadruple-helix consortia for a mission or a call: "
                "partners from business, knowledge, government and civil society, with the "
                "reason each one is there.",
            ),
        ),
        "regional": (
            translate("PlannedPage", "Regional matching"),
            translate(
                "PlannedPage",
                "Matches regional SMEs with each other and with knowledge institutions, for "
                "instance for an MIT project with at least two independent SMEs. A region is "
                "a preference, never a wall.",
            ),
        ),
        "consortia": (
            translate("PlannedPage", "Consortia"),
            translate(
                "PlannedPage",
                "The consortia you are building: partners, roles and budget split, ready to "
                "export as a proposal, a budget sheet or a file for a colleague.",
            ),
        ),
    }


PLANNED_KEYS = ("missions", "question", "match", "regional", "consortia")


class PlannedPage(Page):
    def __init__(self, key: str, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title, text = _texts()[key]
        note = translate("PlannedPage", "This page arrives in a coming version of HelixMatch.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_state = EmptyState(icon, title, text, note)
        layout.addWidget(self.empty_state)
