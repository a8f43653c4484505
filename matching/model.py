"""The plain data matching works on and answers with. No Qt, no database.

Explanations and rule violations are codes with values, never sentences: the interface words them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Organisation:
    """What matching knows of one organisation."""

    id: int
    name: str
    kind: str  # helix kind: company, knowledge, government, society
    type: str  # organisation type code, see matching.kinds.OrganisationType
    country: str = "NL"
    external_id: str | None = None
    province: str | None = None
    clusters: frozenset[str] = frozenset()  # codes of the clusters its municipality lies in
    is_sme: bool | None = None
    topsectors: frozenset[str] = frozenset()
    technologies: frozenset[str] = frozenset()
    missions: frozenset[str] = frozenset()
    names: str = ""  # name, short name, aliases
    text: str = ""  # the expertise profile: descriptions and keywords, Dutch and English
    open_consortia: int = 0  # memberships in consortia that are still idea/draft/submitted


@dataclass(frozen=True)
class Project:
    """A past project: its text and who took part."""

    id: int
    title: str
    members: tuple[int, ...]
    summary: str = ""
    programme: str | None = None
    start_year: int | None = None
    coordinator: int | None = None


@dataclass(frozen=True)
class Reason:
    """Why something is suggested: ``code`` names the reason, ``values`` carry its details."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Violation:
    """A rule that does not hold: ``code`` names the rule, ``values`` what was required and
    found."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)
