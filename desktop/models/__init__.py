"""The database: SQLModel tables (``tables``), the engine and migrations (``database``,
``migrations``) and the queries by subject (``queries``). No Qt, no services."""

from desktop.models.tables.consortium import Consortium, ConsortiumMember, Question
from desktop.models.tables.import_log import ImportBatch, ImportChange
from desktop.models.tables.info import AppInfo
from desktop.models.tables.organisation import (
    Contact,
    Organisation,
    OrganisationMission,
    OrganisationRegion,
    OrganisationTechnology,
    OrganisationTopsector,
)
from desktop.models.tables.project import Participation, Project
from desktop.models.tables.reference import (
    Instrument,
    Mission,
    Region,
    Technology,
    Theme,
    Tki,
    Topsector,
)

__all__ = [
    "AppInfo",
    "Consortium",
    "ConsortiumMember",
    "Contact",
    "ImportBatch",
    "ImportChange",
    "Instrument",
    "Mission",
    "Organisation",
    "OrganisationMission",
    "OrganisationRegion",
    "OrganisationTechnology",
    "OrganisationTopsector",
    "Participation",
    "Project",
    "Question",
    "Region",
    "Technology",
    "Theme",
    "Tki",
    "Topsector",
]
