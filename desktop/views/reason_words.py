"""Matching reasons, rule violations and problems in words, Dutch or English.

``matching`` explains itself with codes and values; this is the one place in the interface that
turns them into sentences. Reasons, composition problems, conditions and rule names are worded by
the catalogue (``desktop.services.words``), which has no Qt, so the screen, the command line and
the exported proposal word them alike. The short notes on rule violations that fit a table cell
count through Qt's plural forms (build this after the translator is installed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from desktop.services.reference.code_names import CodeNames
from desktop.services.words.catalogue import Words
from desktop.views.labels import CodeLabels
from matching.model import Reason, Violation
from matching.request import Suggestion

translate = QCoreApplication.translate


def fill(template: str, *values: object) -> str:
    """Qt's ``%1``, ``%2``, ... filled in one pass (a value containing ``%2`` stays as it is)."""
    out, i = [], 0
    while i < len(template):
        if template[i] == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            number = int(template[i + 1])
            if 1 <= number <= len(values):
                out.append(str(values[number - 1]))
                i += 2
                continue
        out.append(template[i])
        i += 1
    return "".join(out)


class ReasonWords(QObject):
    """Counts are worded through ``self.tr`` (Qt's plural forms need it), everything else
    through ``translate`` in the same context."""

    def __init__(
        self,
        names: CodeNames,
        language: str,
        organisation_name: Callable[[int], str],
        locale: QLocale | None = None,
    ) -> None:
        super().__init__()
        self.names = names
        self.english = language != "nl"
        self.organisation_name = organisation_name
        self.labels = CodeLabels()
        self.locale = locale or QLocale()
        self._catalogue = Words(
            "nl" if language == "nl" else "en", organisation_name, names.english_and_dutch()
        )
        # rules whose words depend on a count: the value that counts, the words for count n
        # (filled with the number found)
        self._counted: dict[str, tuple[str, Callable[[int], str]]] = {
            "min_partners": (
                "required",
                lambda n: self.tr("At least %n participant(s) required, %1 found", "", n),
            ),
            "max_partners": (
                "maximum",
                lambda n: self.tr("At most %n participant(s) allowed, %1 found", "", n),
            ),
            "min_independent_smes": (
                "required",
                lambda n: self.tr("At least %n independent SME(s) required, %1 found", "", n),
            ),
            "min_countries": (
                "required",
                lambda n: self.tr("At least %n country/countries required, %1 found", "", n),
            ),
        }
        self._violations: dict[str, Callable[[Mapping[str, Any]], str]] = {
            "min_of_kind": lambda v: fill(
                translate("ReasonWords", "At least %1 of %2 required, %3 found"),
                v["required"],
                self.labels.kind(v["kind"]),
                v["actual"],
            ),
            "min_of_type": lambda v: fill(
                translate("ReasonWords", "At least %1 of %2 required, %3 found"),
                v["required"],
                self.labels.type(v["type"]),
                v["actual"],
            ),
            "forbidden_kinds": lambda v: fill(
                translate("ReasonWords", "Not allowed as participants: %1 (%2)"),
                ", ".join(self.labels.kind(k) for k in v["kinds"]),
                self._members(v["members"]),
            ),
            "max_cost_share_per_partner": lambda v: fill(
                translate(
                    "ReasonWords",
                    "No participant may bear more than %1 of the costs; the largest share is %2",
                ),
                self.percent(v["maximum"]),
                self.percent(v["actual"]),
            ),
            "max_research_share": lambda v: fill(
                translate(
                    "ReasonWords", "Research organisations may bear at most %1 of the costs, not %2"
                ),
                self.percent(v["maximum"]),
                self.percent(v["actual"]),
            ),
            "budget_min": lambda v: fill(
                translate("ReasonWords", "A budget of at least %1 is required, not %2"),
                self.euros(v["required"]),
                self.euros(v["actual"]),
            ),
            "budget_max": lambda v: fill(
                translate("ReasonWords", "A budget of at most %1 is allowed, not %2"),
                self.euros(v["maximum"]),
                self.euros(v["actual"]),
            ),
            "lead_kinds": lambda v: fill(
                translate("ReasonWords", "The lead must be %1 (not %2)"),
                self._or(self.labels.kind(k) for k in v["allowed"]),
                self._members(v["members"]),
            ),
            "lead_types": lambda v: fill(
                translate("ReasonWords", "The lead must be %1 (not %2)"),
                self._or(self.labels.type(k) for k in v["allowed"]),
                self._members(v["members"]),
            ),
            "lead_count": lambda v: fill(
                translate("ReasonWords", "Exactly one lead required, %1 found"), v["actual"]
            ),
            "unknown_rule": lambda v: fill(
                translate("ReasonWords", "The instrument has an unknown rule: %1"), v["code"]
            ),
            "malformed_rule": lambda v: fill(
                translate("ReasonWords", "The instrument has a malformed rule: %1"),
                v["code"] or v["index"],
            ),
        }

    # --- pieces --------------------------------------------------------------------------------

    def _bilingual(self, names: Mapping[str, tuple[str, str]], code: str) -> str:
        pair = names.get(code)
        return (pair[1] if self.english else pair[0]) if pair else code

    def _listed(self, names: Mapping[str, tuple[str, str]], codes: Iterable[str]) -> str:
        return ", ".join(self._bilingual(names, c) for c in codes)

    def _members(self, ids: Iterable[int]) -> str:
        return ", ".join(self.organisation_name(i) for i in ids)

    def _or(self, words: Iterable[str]) -> str:
        return translate("ReasonWords", " or ").join(words)

    def mission(self, code: str) -> str:
        mission = self.names.missions.get(code)
        return f"{code} {mission.title}" if mission else code

    def instrument(self, code: str) -> str:
        return self._bilingual(self.names.instruments, code)

    def theme(self, code: str) -> str:
        return self._bilingual(self.names.themes, code)

    def topsector(self, code: str) -> str:
        return self._bilingual(self.names.topsectors, code)

    def competences(self, codes: Iterable[str]) -> str:
        """Competences (vocabulary concepts, or plain words) in the interface language."""
        return self._listed(self.names.competences, codes)

    def percent(self, fraction: float) -> str:
        return f"{self.locale.toString(float(fraction) * 100, 'f', 0)}%"

    def euros(self, amount: float) -> str:
        return f"€ {self.locale.toString(float(amount), 'f', 0)}"

    # --- sentences -----------------------------------------------------------------------------

    def reason(self, reason: Reason) -> str:
        """Worded by the export catalogue, so the screen and the exported files say the same."""
        return self._catalogue.reason(reason)

    def reasons(self, reasons: Iterable[Reason], limit: int | None = None) -> str:
        """Reasons joined into one line, the strongest (first) ones first."""
        listed = [self.reason(r) for r in reasons]
        return "; ".join(listed[:limit] if limit else listed)

    def violation(self, violation: Violation) -> str:
        if violation.code in self._counted:
            key, counted = self._counted[violation.code]
            return fill(counted(int(violation.values[key])), violation.values["actual"])
        words = self._violations.get(violation.code)
        return words(violation.values) if words else violation.code

    def unchecked(self, codes: Iterable[str]) -> str:
        """The budget rules that wait for the members' budgets."""
        rules = ", ".join(self._catalogue.rule_name(c) for c in codes)
        return fill(translate("ReasonWords", "Checked once every member has a budget: %1"), rules)

    def region_note(self, suggestion: Suggestion) -> str | None:
        """The regional preference read from the question's place names, said as such; or that
        a region chosen in the form goes before them."""
        if not suggestion.places or not suggestion.region_read:
            return None
        places = "”, “".join(suggestion.places)
        if suggestion.region == suggestion.region_read:
            return fill(
                translate("ReasonWords", "Regional preference read from the question: %1 (“%2”)"),
                self.names.region(suggestion.region),
                places,
            )
        return fill(
            translate("ReasonWords", "The question names “%1”; the chosen region %2 goes first"),
            places,
            self.names.region(suggestion.region or ""),
        )

    def problem(self, problem: Reason) -> str:
        """A constraint no consortium can meet."""
        return self._catalogue.problem(problem)

    def condition(self, code: str) -> str:
        """What a condition of an instrument asks of an applicant."""
        return self._catalogue.condition(code)

    def warning(self, warning: Mapping[str, Any]) -> str:
        if warning.get("code") == "unknown_organisation":
            return fill(
                translate("ReasonWords", "Unknown organisation: %1"), warning.get("value", "")
            )
        return str(warning.get("code", ""))
