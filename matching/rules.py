"""Instrument rules: does a consortium meet the rules of a funding instrument?

An instrument's rules are data (``resources/reference/instruments.json``): a list of
``{"code": ..., "value": ...}``. :func:`check_rules` returns every rule that does not hold as a
:class:`~matching.model.Violation` whose ``code`` is the rule's code and whose ``values`` say what
was required and found. It never raises and never returns sentences: the interface words the codes.

Who counts
    *Participants* are the members whose role is not ``subcontractor`` (the lead and the partners),
    each id once. Every count (partners, SMEs, kinds, types, countries) and ``forbidden_kinds``
    look at participants only: a subcontractor may be of any kind (a knowledge institution hired
    by an MIT project is allowed). The *total budget* is the sum of all members' costs,
    subcontractors included; ``max_cost_share_per_partner`` judges the share of each participant,
    ``max_research_share`` the costs of every member of a research type
    (:data:`matching.kinds.RESEARCH_TYPES`).

Budget rules
    ``max_cost_share_per_partner``, ``max_research_share``, ``budget_min`` and ``budget_max`` are
    judged only when every member has a known budget (a finite number >= 0); until then
    :func:`unchecked_rules` names them and :func:`check_rules` is silent about them.

The lead
    When the rules hold ``lead_kinds`` or ``lead_types``, the consortium must have exactly one
    lead: otherwise ``lead_count`` (once, however many lead rules there are). Without lead rules
    the number of leads is not judged. Every lead that is not of the allowed kinds/types is named.

Violation codes and their ``values`` (``members`` is always a sorted list of member ids):

- ``min_partners``: ``required``, ``actual`` (participants).
- ``max_partners``: ``maximum``, ``actual`` (participants).
- ``min_independent_smes``: ``required``, ``actual`` (participants of kind ``company`` with
  ``is_sme`` true).
- ``min_of_kind``: ``kind``, ``required``, ``actual``.
- ``min_of_type``: ``type``, ``required``, ``actual``.
- ``forbidden_kinds``: ``kinds`` (the forbidden kinds, sorted), ``members`` (participants of them).
- ``min_countries``: ``required``, ``actual`` (distinct countries of participants).
- ``max_cost_share_per_partner``: ``maximum`` (fraction), ``actual`` (largest share found),
  ``members`` (participants above the maximum).
- ``max_research_share``: ``maximum``, ``actual`` (fraction), ``members`` (research members).
- ``budget_min``: ``required``, ``actual`` (total budget).
- ``budget_max``: ``maximum``, ``actual`` (total budget).
- ``lead_kinds`` / ``lead_types``: ``allowed`` (sorted), ``members`` (leads not allowed).
- ``lead_count``: ``required`` (1), ``actual``, ``members`` (the leads; empty when none).
- ``unknown_rule``: ``index`` (position in the list), ``code``, ``rule`` (as given).
- ``malformed_rule``: ``index``, ``code`` (None when the rule has no string code), ``rule`` (as
  given) and ``expected``: ``rule_list`` (the rules are not a list), ``rule`` (not a mapping with a
  string ``code``), ``count`` (integer >= 0), ``fraction`` (number 0..1), ``amount`` (number >= 0),
  ``kinds`` / ``types`` (non-empty list of known kind/type codes), ``kind_count`` /
  ``type_count`` (``{"kind"/"type": code, "count": count}``), ``flag`` (``true``).

``subsidy_rate`` and ``max_subsidy`` are informational: see :func:`subsidy`.

Conditions
    Some rules say what must be true outside the consortium and cannot be judged from its members;
    :func:`conditions` names them. ``government_challenge`` (value ``true``): the instrument is a
    procurement, so there is a contract only in answer to a government body's open challenge
    (SBIR).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from matching.codes import MemberRole, RuleCode, ViolationCode
from matching.kinds import RESEARCH_TYPES, HelixKind, OrganisationType
from matching.model import Violation

_KINDS = frozenset(k.value for k in HelixKind)
_TYPES = frozenset(t.value for t in OrganisationType)
LEAD_CODES = frozenset({RuleCode.LEAD_KINDS, RuleCode.LEAD_TYPES})


@dataclass(frozen=True)
class MemberFacts:
    """What the rules need to know of one consortium member."""

    id: int
    kind: str
    type: str
    is_sme: bool | None
    country: str
    role: str  # "lead", "partner" or "subcontractor"
    budget: float | None  # total costs, cash + in kind; None while not known


@dataclass(frozen=True)
class Constraints:
    """The rules as hard constraints for composing a consortium; the defaults constrain nothing."""

    min_partners: int = 0
    max_partners: int | None = None
    min_independent_smes: int = 0
    min_of_kind: dict[str, int] = field(default_factory=dict)
    min_of_type: dict[str, int] = field(default_factory=dict)
    forbidden_kinds: frozenset[str] = frozenset()
    min_countries: int = 0
    lead_kinds: frozenset[str] | None = None
    lead_types: frozenset[str] | None = None


# --- reading rule values: the value in usable form, or None when malformed -----------------------


def _number(value: Any) -> int | float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return value if math.isfinite(value) else None
    except OverflowError:  # an int beyond the float range
        return None


def _count(value: Any) -> int | None:
    number = _number(value)
    if number is None or number < 0 or not float(number).is_integer():
        return None
    return int(number)


def _fraction(value: Any) -> float | None:
    number = _number(value)
    return number if number is not None and 0 <= number <= 1 else None


def _amount(value: Any) -> int | float | None:
    number = _number(value)
    return number if number is not None and number >= 0 else None


def _flag(value: Any) -> bool | None:
    return True if value is True else None


def _names(allowed: frozenset[str]) -> Callable[[Any], tuple[str, ...] | None]:
    def read(value: Any) -> tuple[str, ...] | None:
        if not isinstance(value, list | tuple) or not value:
            return None
        if not all(isinstance(name, str) and name in allowed for name in value):
            return None
        return tuple(sorted(set(value)))

    return read


def _name_count(key: str, allowed: frozenset[str]) -> Callable[[Any], tuple[str, int] | None]:
    def read(value: Any) -> tuple[str, int] | None:
        if not isinstance(value, Mapping):
            return None
        name, count = value.get(key), _count(value.get("count"))
        if not isinstance(name, str) or name not in allowed or count is None:
            return None
        return name, count

    return read


# --- facts of a consortium ------------------------------------------------------------------------


def _participants(members: Sequence[MemberFacts]) -> list[MemberFacts]:
    seen: dict[int, MemberFacts] = {}
    for member in members:
        if member.role != MemberRole.SUBCONTRACTOR:
            seen.setdefault(member.id, member)
    return list(seen.values())


def _leads(members: Sequence[MemberFacts]) -> list[MemberFacts]:
    return [m for m in _participants(members) if m.role == MemberRole.LEAD]


def _ids(members: Sequence[MemberFacts]) -> list[int]:
    return sorted({m.id for m in members})


def _known_budget(member: MemberFacts) -> bool:
    budget = _number(member.budget)
    return budget is not None and budget >= 0


def _total(members: Sequence[MemberFacts]) -> float:
    return float(sum(m.budget or 0.0 for m in members))


def _too_few(code: ViolationCode, required: float, actual: float, **extra: Any) -> Violation | None:
    if actual >= required:
        return None
    return Violation(code, {**extra, "required": required, "actual": actual})


def _too_many(code: ViolationCode, maximum: float, actual: float, **extra: Any) -> Violation | None:
    if actual <= maximum:
        return None
    return Violation(code, {"maximum": maximum, "actual": actual, **extra})


# --- one check per rule code: (rule value, members) -> Violation | None ---------------------------

Check = Callable[[Any, Sequence[MemberFacts]], Violation | None]


def _min_partners(required: int, members: Sequence[MemberFacts]) -> Violation | None:
    return _too_few(ViolationCode.MIN_PARTNERS, required, len(_participants(members)))


def _max_partners(maximum: int, members: Sequence[MemberFacts]) -> Violation | None:
    return _too_many(ViolationCode.MAX_PARTNERS, maximum, len(_participants(members)))


def _min_independent_smes(required: int, members: Sequence[MemberFacts]) -> Violation | None:
    smes = [m for m in _participants(members) if m.is_sme is True and m.kind == HelixKind.COMPANY]
    return _too_few(ViolationCode.MIN_INDEPENDENT_SMES, required, len(smes))


def _min_of_kind(value: tuple[str, int], members: Sequence[MemberFacts]) -> Violation | None:
    kind, required = value
    actual = sum(1 for m in _participants(members) if m.kind == kind)
    return _too_few(ViolationCode.MIN_OF_KIND, required, actual, kind=kind)


def _min_of_type(value: tuple[str, int], members: Sequence[MemberFacts]) -> Violation | None:
    type_, required = value
    actual = sum(1 for m in _participants(members) if m.type == type_)
    return _too_few(ViolationCode.MIN_OF_TYPE, required, actual, type=type_)


def _forbidden_kinds(kinds: tuple[str, ...], members: Sequence[MemberFacts]) -> Violation | None:
    wrong = _ids([m for m in _participants(members) if m.kind in kinds])
    return (
        Violation(ViolationCode.FORBIDDEN_KINDS, {"kinds": list(kinds), "members": wrong})
        if wrong
        else None
    )


def _min_countries(required: int, members: Sequence[MemberFacts]) -> Violation | None:
    countries = {m.country.strip().upper() for m in _participants(members)} - {""}
    return _too_few(ViolationCode.MIN_COUNTRIES, required, len(countries))


def _max_cost_share(maximum: float, members: Sequence[MemberFacts]) -> Violation | None:
    total = _total(members)
    if not total > 0:
        return None
    costs: dict[int, float] = {}
    for member in members:
        if member.role != MemberRole.SUBCONTRACTOR:
            costs[member.id] = costs.get(member.id, 0.0) + (member.budget or 0.0)
    over = {i: cost / total for i, cost in costs.items() if cost / total > maximum}
    if not over:
        return None
    largest = max(over.values())
    return _too_many(
        ViolationCode.MAX_COST_SHARE_PER_PARTNER, maximum, largest, members=sorted(over)
    )


def _max_research_share(maximum: float, members: Sequence[MemberFacts]) -> Violation | None:
    total = _total(members)
    research = [m for m in members if m.type in RESEARCH_TYPES]
    if not total > 0 or not research:
        return None
    share = _total(research) / total
    return _too_many(ViolationCode.MAX_RESEARCH_SHARE, maximum, share, members=_ids(research))


def _budget_min(required: float, members: Sequence[MemberFacts]) -> Violation | None:
    return _too_few(ViolationCode.BUDGET_MIN, required, _total(members))


def _budget_max(maximum: float, members: Sequence[MemberFacts]) -> Violation | None:
    return _too_many(ViolationCode.BUDGET_MAX, maximum, _total(members))


def _lead_kinds(kinds: tuple[str, ...], members: Sequence[MemberFacts]) -> Violation | None:
    wrong = _ids([m for m in _leads(members) if m.kind not in kinds])
    return (
        Violation(ViolationCode.LEAD_KINDS, {"allowed": list(kinds), "members": wrong})
        if wrong
        else None
    )


def _lead_types(types: tuple[str, ...], members: Sequence[MemberFacts]) -> Violation | None:
    wrong = _ids([m for m in _leads(members) if m.type not in types])
    return (
        Violation(ViolationCode.LEAD_TYPES, {"allowed": list(types), "members": wrong})
        if wrong
        else None
    )


def _lead_count(members: Sequence[MemberFacts]) -> Violation | None:
    leads = _leads(members)
    if len(leads) == 1:
        return None
    return Violation(
        ViolationCode.LEAD_COUNT, {"required": 1, "actual": len(leads), "members": _ids(leads)}
    )


@dataclass(frozen=True)
class _Rule:
    expected: str  # what a well-formed value is, named in malformed_rule
    read: Callable[[Any], Any]  # the value in usable form, None when malformed
    check: Check | None  # None: informational, never violated
    budget: bool = False  # needs every member's budget


_RULES: dict[RuleCode, _Rule] = {
    RuleCode.MIN_PARTNERS: _Rule("count", _count, _min_partners),
    RuleCode.MAX_PARTNERS: _Rule("count", _count, _max_partners),
    RuleCode.MIN_INDEPENDENT_SMES: _Rule("count", _count, _min_independent_smes),
    RuleCode.MIN_OF_KIND: _Rule("kind_count", _name_count("kind", _KINDS), _min_of_kind),
    RuleCode.MIN_OF_TYPE: _Rule("type_count", _name_count("type", _TYPES), _min_of_type),
    RuleCode.FORBIDDEN_KINDS: _Rule("kinds", _names(_KINDS), _forbidden_kinds),
    RuleCode.MIN_COUNTRIES: _Rule("count", _count, _min_countries),
    RuleCode.MAX_COST_SHARE_PER_PARTNER: _Rule("fraction", _fraction, _max_cost_share, budget=True),
    RuleCode.MAX_RESEARCH_SHARE: _Rule("fraction", _fraction, _max_research_share, budget=True),
    RuleCode.BUDGET_MIN: _Rule("amount", _amount, _budget_min, budget=True),
    RuleCode.BUDGET_MAX: _Rule("amount", _amount, _budget_max, budget=True),
    RuleCode.MAX_SUBSIDY: _Rule("amount", _amount, None),
    RuleCode.SUBSIDY_RATE: _Rule("fraction", _fraction, None),
    RuleCode.LEAD_KINDS: _Rule("kinds", _names(_KINDS), _lead_kinds),
    RuleCode.LEAD_TYPES: _Rule("types", _names(_TYPES), _lead_types),
    RuleCode.GOVERNMENT_CHALLENGE: _Rule("flag", _flag, None),
}
RULE_CODES = frozenset(_RULES)
BUDGET_CODES = frozenset(code for code, rule in _RULES.items() if rule.budget)
CONDITION_CODES = frozenset({RuleCode.GOVERNMENT_CHALLENGE})


def _read_rules(rules: Any) -> list[tuple[str, Any] | Violation]:
    """Each rule in order as (code, usable value), or as the Violation that says what is wrong."""
    if not isinstance(rules, list | tuple):
        values = {"index": None, "code": None, "rule": rules, "expected": "rule_list"}
        return [Violation(ViolationCode.MALFORMED_RULE, values)]
    read: list[tuple[str, Any] | Violation] = []
    for index, rule in enumerate(rules):
        code = rule.get("code") if isinstance(rule, Mapping) else None
        known = _RULES.get(code) if isinstance(code, str) else None
        if not isinstance(code, str):
            values = {"index": index, "code": None, "rule": rule, "expected": "rule"}
            read.append(Violation(ViolationCode.MALFORMED_RULE, values))
        elif known is None:
            read.append(
                Violation(ViolationCode.UNKNOWN_RULE, {"index": index, "code": code, "rule": rule})
            )
        elif (value := known.read(rule.get("value"))) is None:
            values = {"index": index, "code": code, "rule": rule, "expected": known.expected}
            read.append(Violation(ViolationCode.MALFORMED_RULE, values))
        else:
            read.append((code, value))
    return read


def _well_formed(rules: Any) -> list[tuple[str, Any]]:
    return [item for item in _read_rules(rules) if not isinstance(item, Violation)]


# --- the API --------------------------------------------------------------------------------------


def check_rules(
    rules: Sequence[Mapping[str, Any]], members: Sequence[MemberFacts]
) -> list[Violation]:
    """Every violated rule, in the order of the rules; unknown and malformed rules included."""
    budgets_known = all(_known_budget(m) for m in members)
    violations: list[Violation] = []
    lead_counted = False
    for item in _read_rules(rules):
        if isinstance(item, Violation):
            violations.append(item)
            continue
        code, value = item
        found: list[Violation | None] = []
        if code in LEAD_CODES and not lead_counted:
            lead_counted = True
            found.append(_lead_count(members))
        rule = _RULES[code]
        if rule.check is not None and (budgets_known or not rule.budget):
            found.append(rule.check(value, members))
        violations.extend(v for v in found if v is not None)
    return violations


def unchecked_rules(
    rules: Sequence[Mapping[str, Any]], members: Sequence[MemberFacts]
) -> list[str]:
    """Codes of the budget rules that cannot be judged yet because a member's budget is unknown."""
    if all(_known_budget(m) for m in members):
        return []
    codes = [code for code, _ in _well_formed(rules) if code in BUDGET_CODES]
    return list(dict.fromkeys(codes))


def conditions(rules: Sequence[Mapping[str, Any]]) -> list[str]:
    """Codes of the conditions outside the consortium that the instrument needs (see above)."""
    codes = [code for code, _ in _well_formed(rules) if code in CONDITION_CODES]
    return list(dict.fromkeys(codes))


def subsidy(rules: Sequence[Mapping[str, Any]], total_budget: float) -> float | None:
    """The most the instrument pays: min(subsidy_rate * total, max_subsidy), never above the total.

    A rate alone gives rate * total; a maximum alone gives min(total, maximum); several rates or
    maxima: the lowest counts. None when the rules give neither, or the total is not a number >= 0.
    """
    read = _well_formed(rules)
    rates = [value for code, value in read if code == "subsidy_rate"]
    maxima = [value for code, value in read if code == "max_subsidy"]
    total = _amount(total_budget)
    if (not rates and not maxima) or total is None:
        return None
    return float(min([min(rates, default=1.0) * total, *maxima]))


def structural_rules(rules: Sequence[Mapping[str, Any]]) -> Constraints:
    """What composing a consortium must respect; repeated rules combine to the strictest."""
    found: dict[str, Any] = {"min_of_kind": {}, "min_of_type": {}, "forbidden_kinds": frozenset()}
    for code, value in _well_formed(rules):
        match code:
            case RuleCode.MIN_PARTNERS | RuleCode.MIN_INDEPENDENT_SMES | RuleCode.MIN_COUNTRIES:
                found[code] = max(found.get(code, 0), value)
            case RuleCode.MAX_PARTNERS:
                found[code] = min(found.get(code, value), value)
            case RuleCode.MIN_OF_KIND | RuleCode.MIN_OF_TYPE:
                name, count = value
                found[code][name] = max(found[code].get(name, 0), count)
            case RuleCode.FORBIDDEN_KINDS:
                found[code] = found[code] | frozenset(value)
            case RuleCode.LEAD_KINDS | RuleCode.LEAD_TYPES:
                found[code] = found.get(code, frozenset(value)) & frozenset(value)
    return Constraints(**found)


def instrument_is_valid(valid_from: date | None, valid_until: date | None, on: date) -> bool:
    """Whether the instrument's rules apply on a day; both ends inclusive, None is open."""
    return (valid_from is None or valid_from <= on) and (valid_until is None or on <= valid_until)
