"""Turning what a user asks (ids, mission codes, region names) into a matching request."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, select

from desktop.models.queries.reference import CodeLookup
from desktop.models.tables.organisation import Organisation
from desktop.models.tables.reference import Instrument, Mission
from desktop.services.importing.fields import BadValue, choice
from matching.request import QUADRUPLE, TRIPLE, Request
from matching.text import fold

LARGEST_ID = 2**31 - 1  # ids are INTEGER: a larger number is no database id on any back-end

DEFAULT_TOP = 20
FIELDS = ("id", "text", "mission", "include", "exclude", "helix", "size", "region", "instrument",
          "country", "top", "whole_chain")  # fmt: skip


class RequestError(ValueError):
    """A request that cannot be answered as asked (unknown mission, malformed size, ...)."""


@dataclass
class Resolved:
    request: Request
    warnings: list[dict[str, Any]] = field(default_factory=list)


def _organisation_ids(
    session: Session, values: Any, field_name: str, warnings: list
) -> tuple[int, ...]:
    """Database ids or external ids; unknown ones become warnings."""
    if isinstance(values, str | int):
        values = [values]
    if not isinstance(values, list):
        raise RequestError(f"{field_name} must be a list of organisation ids")
    found: list[int] = []
    for value in values:
        text = str(value).strip()
        organisation = None
        if text.isdigit() and int(text) <= LARGEST_ID:
            organisation = session.get(Organisation, int(text))
        if organisation is None:
            organisation = session.exec(
                select(Organisation).where(Organisation.external_id == text)
            ).first()
        if organisation is None:
            warnings.append({"code": "unknown_organisation", "field": field_name, "value": text})
        elif organisation.id not in found:
            found.append(organisation.id)
    return tuple(found)


def _size(value: Any) -> tuple[int | None, int | None]:
    """``"3-6"``, ``"4"``, ``[3, 6]`` or ``{"min": 3, "max": 6}``."""
    try:
        if isinstance(value, dict):
            low, high = value.get("min"), value.get("max")
        elif isinstance(value, list | tuple) and len(value) == 2:
            low, high = value
        elif isinstance(value, int):
            low = high = value
        else:
            text = str(value).replace(" ", "")
            low, _, high = text.partition("-")
            high = high or low
        low = int(low) if low not in (None, "") else None
        high = int(high) if high not in (None, "") else None
    except (TypeError, ValueError):
        raise RequestError(f"size '{value}' is not a range such as 3-6") from None
    if (low is not None and low < 1) or (high is not None and high < 1):
        raise RequestError(f"size '{value}' must be at least 1")
    if low is not None and high is not None and low > high:
        raise RequestError(f"size '{value}' has its minimum above its maximum")
    return low, high


def _region(vocabulary: CodeLookup, value: str) -> str:
    allowed = vocabulary.provinces | vocabulary.clusters
    try:
        return choice(
            value, allowed, "a province or cluster, such as Noord-Brabant or Brainport Eindhoven"
        )
    except BadValue as bad:
        raise RequestError(f"region '{value}' is unknown (expected {bad.expected})") from None


def resolve(session: Session, vocabulary: CodeLookup, fields: dict[str, Any]) -> Resolved:
    """A matching request from the fields of a suggest request (command line or batch line)."""
    unknown = sorted(set(fields) - set(FIELDS))
    if unknown:
        raise RequestError(f"unknown field(s): {', '.join(unknown)}")
    warnings: list[dict[str, Any]] = []
    text = str(fields.get("text") or "")
    mission_code = None
    if fields.get("mission"):
        wanted = fold(str(fields["mission"]))
        mission = next((m for m in session.exec(select(Mission)) if fold(m.code) == wanted), None)
        if mission is None:
            raise RequestError(f"mission '{fields['mission']}' is unknown")
        mission_code = mission.code
        text = f"{text} {mission.title} {mission.text}".strip()
    rules: tuple[dict, ...] = ()
    if fields.get("instrument"):
        instrument = session.get(Instrument, str(fields["instrument"]))
        if instrument is None:
            raise RequestError(f"instrument '{fields['instrument']}' is unknown")
        rules = tuple(instrument.rules)
    helix = fields.get("helix") or TRIPLE
    if helix not in (TRIPLE, QUADRUPLE):
        raise RequestError(f"helix '{helix}' must be triple or quadruple")
    size_min, size_max = _size(fields["size"]) if fields.get("size") else (None, None)
    top = fields.get("top", DEFAULT_TOP)
    if not isinstance(top, int) or isinstance(top, bool) or not 1 <= top <= 1000:
        raise RequestError(f"top '{top}' must be a whole number from 1 to 1000")
    country = fields.get("country")
    if country is not None and (not isinstance(country, str) or len(country) != 2):
        raise RequestError(f"country '{country}' must be a two-letter code such as NL")
    if not text and not mission_code and not fields.get("include"):
        raise RequestError("a request needs a text, a mission or organisations to include")
    request = Request(
        text=text,
        mission=mission_code,
        include=_organisation_ids(session, fields.get("include") or [], "include", warnings),
        exclude=_organisation_ids(session, fields.get("exclude") or [], "exclude", warnings),
        helix=helix,
        size_min=size_min,
        size_max=size_max,
        region=_region(vocabulary, str(fields["region"])) if fields.get("region") else None,
        rules=rules,
        country=country.upper() if country else None,
        whole_chain=bool(fields.get("whole_chain", False)),
        top=top,
    )
    return Resolved(request, warnings)
