"""A matching request and its answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from matching.model import Reason, Violation

TRIPLE = "triple"
QUADRUPLE = "quadruple"


@dataclass(frozen=True)
class Request:
    """What to match for. ``text`` is the question or call text (a mission's text is added to it
    by the caller); everything else is optional."""

    text: str = ""
    mission: str | None = None
    include: tuple[int, ...] = ()
    exclude: tuple[int, ...] = ()
    helix: str = TRIPLE
    size_min: int | None = None
    size_max: int | None = None
    region: str | None = None  # a province or cluster code
    rules: tuple[dict[str, Any], ...] = ()  # the chosen instrument's rules
    country: str | None = None  # suggestions only from this country
    whole_chain: bool = False  # a research university, a TO2 institute and a hogeschool
    top: int = 20
    consortia: int = 5


@dataclass(frozen=True)
class Candidate:
    id: int
    score: float
    parts: dict[str, float]
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Member:
    id: int
    role: str  # lead | partner
    covers: tuple[str, ...]
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Consortium:
    members: tuple[Member, ...]
    score: float
    parts: dict[str, float]
    covered: tuple[str, ...]
    uncovered: tuple[str, ...]
    violations: tuple[Violation, ...]
    unchecked: tuple[str, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    candidates: tuple[Candidate, ...]
    consortia: tuple[Consortium, ...]
    competences: tuple[str, ...]
    problems: tuple[Reason, ...] = field(default=())  # constraints that cannot be met
    region: str | None = None  # the regional preference used: the request's, else the text's
    places: tuple[str, ...] = ()  # place names read from the text (never competences)
    region_read: str | None = None  # the region those places name
