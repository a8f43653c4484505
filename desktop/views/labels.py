"""Words for the codes the data layer stores (helix kind, organisation type, origin).

The data layer and ``matching`` speak in codes; only the views turn them into text. Build a
``CodeLabels`` after the translator is installed: it reads the translations once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


class CodeLabels:
    def __init__(self) -> None:
        self.kinds: dict[str, str] = {
            "company": translate("CodeLabels", "Business"),
            "knowledge": translate("CodeLabels", "Knowledge"),
            "government": translate("CodeLabels", "Government"),
            "society": translate("CodeLabels", "Civil society"),
        }
        self.types: dict[str, str] = {
            "startup": translate("CodeLabels", "Start-up"),
            "scaleup": translate("CodeLabels", "Scale-up"),
            "sme": translate("CodeLabels", "SME"),
            "large_company": translate("CodeLabels", "Large company"),
            "university": translate("CodeLabels", "Research university"),
            "hogeschool": translate("CodeLabels", "University of applied sciences"),
            "to2": translate("CodeLabels", "TO2 institute"),
            "umc": translate("CodeLabels", "University medical centre"),
            "research_institute": translate("CodeLabels", "Research institute"),
            "ministry": translate("CodeLabels", "Ministry"),
            "province": translate("CodeLabels", "Province"),
            "municipality": translate("CodeLabels", "Municipality"),
            "water_board": translate("CodeLabels", "Water board"),
            "rom": translate("CodeLabels", "Regional development agency"),
            "tki": translate("CodeLabels", "TKI"),
            "ngo": translate("CodeLabels", "NGO"),
            "foundation": translate("CodeLabels", "Foundation"),
            "cooperative": translate("CodeLabels", "Cooperative"),
            "branch_association": translate("CodeLabels", "Branch association"),
            "funder": translate("CodeLabels", "Funder"),
            "state_body": translate("CodeLabels", "State body"),
            "other": translate("CodeLabels", "Other"),
        }
        self.origins: dict[str, str] = {
            "reference": translate("CodeLabels", "Reference"),
            "demo": translate("CodeLabels", "Demo"),
            "synthetic": translate("CodeLabels", "Synthetic"),
            "user": translate("CodeLabels", "Entered"),
            "import": translate("CodeLabels", "Imported"),
        }
        self.consortium_statuses: dict[str, str] = {
            "idea": translate("CodeLabels", "Idea"),
            "draft": translate("CodeLabels", "Draft"),
            "submitted": translate("CodeLabels", "Submitted"),
            "awarded": translate("CodeLabels", "Awarded"),
            "rejected": translate("CodeLabels", "Rejected"),
        }
        self.question_statuses: dict[str, str] = {
            "new": translate("CodeLabels", "New"),
            "in_progress": translate("CodeLabels", "In progress"),
            "answered": translate("CodeLabels", "Answered"),
            "closed": translate("CodeLabels", "Closed"),
        }
        self.member_roles: dict[str, str] = {
            "lead": translate("CodeLabels", "Lead"),
            "partner": translate("CodeLabels", "Partner"),
            "subcontractor": translate("CodeLabels", "Subcontractor"),
        }
        self.participation_roles: dict[str, str] = {
            "coordinator": translate("CodeLabels", "Coordinator"),
            "partner": translate("CodeLabels", "Partner"),
            "participant": translate("CodeLabels", "Participant"),
            "associated": translate("CodeLabels", "Associated partner"),
            "third_party": translate("CodeLabels", "Third party"),
        }
        self.yes = translate("CodeLabels", "Yes")
        self.no = translate("CodeLabels", "No")
        self.no_province = translate("CodeLabels", "No province (abroad or unknown)")
        self.demo_hint = translate(
            "CodeLabels",
            "Demonstration data: a fictional organisation. Remove all of it with "
            "'helixmatch demo remove'.",
        )
        self.demo_name = translate("CodeLabels", "%1 [Demo]")  # the tag after a name

    def kind(self, code: str) -> str:
        return self.kinds.get(code, code)

    def type(self, code: str) -> str:
        return self.types.get(code, code)

    def origin(self, code: str) -> str:
        return self.origins.get(code, code)

    def organisation(self, name: str, demo: bool) -> str:
        """An organisation's name as every page shows it: demonstration data carries a tag."""
        return self.demo_name.replace("%1", name) if demo else name

    def with_demo_hint(self, tooltip: str, demo: bool) -> str:
        """A tooltip that, for demonstration data, also says that it is fictional."""
        return "\n".join(part for part in (tooltip, self.demo_hint) if part) if demo else tooltip

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self.yes if value else self.no

    def province(self, code: str | None, names: dict[str, str]) -> str:
        if not code:
            return ""
        return names.get(code, code)
