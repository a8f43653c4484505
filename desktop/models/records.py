"""Plain records that the queries store (from imports, built-in data, the generator)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class OrganisationRecord:
    """One organisation as read from a file. ``None`` means "not given": an update keeps the
    stored value."""

    name: str
    kind: str
    type: str
    external_id: str | None = None
    short_name: str | None = None
    aliases: list[str] | None = None
    country: str = "NL"
    city: str | None = None
    municipality_code: str | None = None
    postcode: str | None = None
    province_code: str | None = None
    kvk: str | None = None
    pic: str | None = None
    ror_id: str | None = None
    website: str | None = None
    description: str | None = None
    keywords: list[str] | None = None
    topsectors: list[str] | None = None
    technologies: list[str] | None = None
    missions: list[str] | None = None
    employees: int | None = None
    is_sme: bool | None = None


@dataclass
class ProjectRecord:
    external_id: str
    title: str
    acronym: str | None = None
    summary: str | None = None
    programme: str | None = None
    instrument_code: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    budget: float | None = None


@dataclass
class ParticipationRecord:
    project_external_id: str
    organisation_external_id: str
    role: str = "partner"
