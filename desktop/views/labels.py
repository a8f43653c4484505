"""Words for the codes the data layer stores (helix kind, organisation type, status, role, origin),
and the few words every page shows beside them.

The data layer and ``matching`` speak in codes; the views show them as words, from the catalogue
(``desktop.services.words``) in the interface language. Build a ``CodeLabels`` after the
translators are installed: it reads the interface language once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.words.catalogue import Words
from desktop.views.translation import interface_language
from matching.codes import (
    ConsortiumStatus,
    EvidenceCode,
    MemberRole,
    Origin,
    ParticipationRole,
    QuestionStatus,
)
from matching.kinds import KNOWLEDGE_CHAIN, HelixKind, OrganisationType

translate = QCoreApplication.translate


class CodeLabels:
    def __init__(self) -> None:
        words = Words(interface_language())
        self.kinds = {kind.value: words.kind(kind) for kind in HelixKind}
        self.types = {org_type.value: words.type(org_type) for org_type in OrganisationType}
        self.consortium_statuses = {s.value: words.consortium_status(s) for s in ConsortiumStatus}
        self.question_statuses = {s.value: words.question_status(s) for s in QuestionStatus}
        self.member_roles = {role.value: words.role(role) for role in MemberRole}
        self.chain_links = {link.value: words.chain_link(link) for link in KNOWLEDGE_CHAIN}
        self.origins = {origin.value: words.origin(origin) for origin in Origin}
        self.participation_roles = {
            role.value: words.participation_role(role) for role in ParticipationRole
        }
        self.evidence = {code.value: words.evidence(code) for code in EvidenceCode}
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
