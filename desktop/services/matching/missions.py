"""The missions with the organisations linked to each, for the missions page."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.database import Database
from desktop.models.queries import mission_links
from desktop.models.queries.code_names import load_code_names
from desktop.models.queries.organisations.records import OrganisationSummary
from desktop.models.queries.reference import MissionRow, list_missions

__all__ = [
    "MissionRow",
    "MissionsData",
    "OrganisationSummary",
    "load_missions",
    "mission_organisations",
]


@dataclass(frozen=True)
class MissionsData:
    missions: list[MissionRow]
    themes_en: dict[str, str]
    counts: dict[str, int]
    provinces: dict[str, str]


def load_missions(database: Database) -> MissionsData:
    with database.transaction() as session:
        names = load_code_names(session)
        return MissionsData(
            list_missions(session),
            {code: pair[1] for code, pair in names.themes.items()},
            mission_links.organisations_per_mission(session),
            names.provinces,
        )


def mission_organisations(database: Database, mission_code: str) -> list[OrganisationSummary]:
    """The organisations linked to the mission."""
    with database.transaction() as session:
        return mission_links.mission_organisations(session, mission_code)
