"""The one catalogue of words for codes, in English and Dutch, and of the exported proposal.

The command line runs without Qt, so neither the exports nor the code words can use Qt's
translations: ``Words`` turns every code (helix kinds, organisation types, roles, statuses,
origins, match reasons, rule violations, composition problems, duplicate evidence, import
problems and fields) into words, for the exports, the command line and the interface alike (the
interface picks the language it speaks, ``desktop.views.translation.interface_language``).
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable, Mapping
from typing import Any

from desktop.services.importing.problems import FileProblem, Problem
from desktop.services.words.code_words import (
    CHAIN_LINKS,
    CONDITIONS,
    CONSORTIUM_STATUSES,
    EVIDENCE,
    KINDS,
    MEMBER_ROLES,
    ORIGINS,
    PARTICIPATION_ROLES,
    PROBLEMS,
    QUESTION_STATUSES,
    REASONS,
    RULE_NAMES,
    TYPES,
    VIOLATIONS,
)
from desktop.services.words.import_words import FIELDS, FILE_PROBLEMS, NOT_SME_FROM_EMPLOYEES
from desktop.services.words.phrases import PHRASES, Plural, plural_form
from matching.codes import ProblemCode, ReasonCode, ViolationCode
from matching.model import Reason, Violation

LANGUAGES = ("en", "nl")
_MONEY_VALUES = frozenset({ViolationCode.BUDGET_MIN, ViolationCode.BUDGET_MAX})
_SHARE_VALUES = frozenset(
    {ViolationCode.MAX_COST_SHARE_PER_PARTNER, ViolationCode.MAX_RESEARCH_SHARE}
)


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """``nl`` when the user's locale is Dutch, else ``en``: the command line's language (the
    interface reads it from Qt, ``desktop.views.translation.system_language``)."""
    environ = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    found = locale.getlocale()[0] or ""
    return "nl" if found.lower().startswith("nl") else "en"


class Words:
    """The catalogue in one language. ``name_of`` turns a member id into its name;
    ``code_names`` holds the (English, Dutch) words of concept, topsector, technology, region and
    mission codes."""

    def __init__(
        self,
        language: str,
        name_of: Callable[[int], str] = str,
        code_names: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"language '{language}' is not available (choose en or nl)")
        self.language = language
        self._index = LANGUAGES.index(language)
        self._name_of = name_of
        self._code_names = code_names or {}

    def __call__(self, key: str, **values: Any) -> str:
        return plural_form(PHRASES[key][self._index], values).format(**values)

    def template(self, key: str) -> str:
        """The phrase with its {placeholders}, for code that fills them in later."""
        phrase = PHRASES[key][self._index]
        if isinstance(phrase, Plural):
            raise ValueError(f"'{key}' depends on a count: fill it in with its values")
        return phrase

    def counted(self, key: str) -> Callable[[int], str]:
        """The phrase with its {placeholders} for a count, for code that fills them in later."""
        phrase = PHRASES[key][self._index]
        return lambda count: plural_form(phrase, {"count": count})

    def _pick(self, table: Mapping[Any, tuple[str, str]], code: str) -> str:
        words = table.get(code)
        return words[self._index] if words else code

    def kind(self, code: str) -> str:
        return self._pick(KINDS, code)

    def type(self, code: str) -> str:
        return self._pick(TYPES, code)

    def chain_link(self, code: str) -> str:
        """A link of the knowledge chain (``matching.kinds.KNOWLEDGE_CHAIN``)."""
        return self._pick(CHAIN_LINKS, code)

    def role(self, code: str) -> str:
        return self._pick(MEMBER_ROLES, code)

    def participation_role(self, code: str) -> str:
        """An organisation's role in an earlier project."""
        return self._pick(PARTICIPATION_ROLES, code)

    def origin(self, code: str) -> str:
        """Where an organisation's record came from."""
        return self._pick(ORIGINS, code)

    def evidence(self, code: str) -> str:
        """What makes two organisations look like one (``matching.dedupe``, share files)."""
        return self._pick(EVIDENCE, code)

    def consortium_status(self, code: str) -> str:
        return self._pick(CONSORTIUM_STATUSES, code)

    def question_status(self, code: str) -> str:
        return self._pick(QUESTION_STATUSES, code)

    def rule_name(self, code: str) -> str:
        return self._pick(RULE_NAMES, code)

    def condition(self, code: str) -> str:
        """What a condition of an instrument (``matching.rules.CONDITION_CODES``) asks."""
        return self._pick(CONDITIONS, code)

    def field(self, name: str) -> str:
        """A field of the organisations file (``kvk`` is "KvK number"); mapping files and the
        command line keep the field names."""
        return self._pick(FIELDS, name)

    def file_problem(self, problem: Problem) -> str:
        """What is wrong with an input file, a row or a column, without the place: the
        interface shows row and column apart."""
        value, expected = problem.value or "", problem.expected or ""
        if problem.code == FileProblem.SME_FROM_EMPLOYEES and expected == "no":
            template = NOT_SME_FROM_EMPLOYEES[self._index]
        else:
            template = self._pick(FILE_PROBLEMS, problem.code)
        if problem.code == FileProblem.FIELD_MAPPED_TWICE:
            value = self.field(value)
        return template.format(value=value, expected=expected)

    def organisation(self, name: str, origin: str) -> str:
        """An organisation's name as every export shows it: demonstration data carries a tag."""
        return self("demo_name", name=name) if origin == "demo" else name

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self("yes") if value else self("no")

    def money(self, amount: float) -> str:
        """Whole euros: ``€ 1.250.000`` in Dutch, ``€1,250,000`` in English."""
        grouped = f"{round(amount):,}"
        if self.language == "nl":
            return "€ " + grouped.replace(",", ".")
        return "€" + grouped

    def percent(self, fraction: float) -> str:
        text = f"{fraction * 100:.1f}%"
        return text.replace(".", ",") if self.language == "nl" else text

    def reason(self, reason: Reason) -> str:
        """Why a member is there, in one sentence: the one wording of every reason code, in the
        interface and in the exports alike."""
        phrase = REASONS.get(reason.code)
        if phrase is None:
            return reason.code
        chosen = plural_form(phrase[self._index], reason.values)
        values = dict(reason.values)
        if "partner" in values:
            values["partner"] = self._name_of(values["partner"])
        if "terms" in values:
            values["terms"] = ", ".join(values["terms"])
        for key in ("codes", "concepts"):
            if key in values:
                values[key] = ", ".join(self._pick(self._code_names, c) for c in values[key])
        for key in ("mission", "cluster", "province"):
            if key in values:
                values[key] = self._pick(self._code_names, values[key])
        if reason.code == ReasonCode.NEEDED:
            values["requirement"] = self._requirement(values)
        return chosen.format_map(_Lenient(values))

    def _requirement(self, values: dict) -> str:
        """A hard requirement a member meets: a helix kind, a type, an SME, the lead."""
        constraint, value = values.get("constraint"), values.get("value")
        if constraint == "helix_kind":
            return self.kind(str(value))
        if constraint == "org_type":
            return self.type(str(value))
        if constraint == "min_independent_smes":
            return self("independent_sme")
        return self("allowed_lead")

    def violation(self, violation: Violation) -> str:
        values = dict(violation.values)
        code = violation.code
        for key in ("required", "maximum", "actual"):
            if key in values and code in _MONEY_VALUES:
                values[key] = self.money(values[key])
            elif key in values and code in _SHARE_VALUES:
                values[key] = self.percent(values[key])
        if "members" in values:
            values["members"] = ", ".join(self._name_of(m) for m in values["members"]) or "-"
        for key in ("kind", "kinds", "allowed"):
            if key in values:
                codes = values[key] if isinstance(values[key], list) else [values[key]]
                words = self.kind if code != ViolationCode.LEAD_TYPES else self.type
                values[key] = " / ".join(words(c) for c in codes)
        if "type" in values:
            values["type"] = self.type(values["type"])
        if code == ViolationCode.MALFORMED_RULE and isinstance(values.get("index"), int):
            values["index"] = values["index"] + 1
        phrase = VIOLATIONS.get(code)
        if phrase is None:
            return code
        return plural_form(phrase[self._index], violation.values).format_map(_Lenient(values))

    def problem(self, problem: Reason) -> str:
        """Why no consortium can be composed (``matching.codes.ProblemCode``)."""
        phrase = PROBLEMS.get(problem.code)
        if phrase is None:
            return problem.code
        values = dict(problem.values)
        if problem.code == ProblemCode.UNSATISFIABLE:
            values["what"] = self._constrained(values)
        return plural_form(phrase[self._index], values).format_map(_Lenient(values))

    def _constrained(self, values: dict) -> str:
        """What a constraint asks for more of than there is."""
        constraint, value = values.get("constraint"), values.get("value") or ""
        if constraint == "helix_kind":
            return self.kind(str(value))
        if constraint == "org_type":
            return self.type(str(value))
        phrase = {
            "min_independent_smes": "independent_smes",
            "lead": "may_lead",
            "min_countries": "countries",
        }.get(str(constraint))
        return self(phrase) if phrase else str(constraint)


class _Lenient(dict):
    """Format values where a missing key shows as ``?`` instead of failing the export."""

    def __missing__(self, key: str) -> str:
        return "?"
