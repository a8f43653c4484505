"""SQLModel tables, the engine and migrations, and the repositories. No Qt."""

from desktop.models.consortium import Consortium, ConsortiumMember, Question
from desktop.models.import_log import ImportBatch, ImportChange
from desktop.models.info import AppInfo
from desktop.models.organisation import (
    Contact,
    Organisation,
    OrganisationMission,
    OrganisationRegion,
    OrganisationTechnology,
    OrganisationTopsector,
)
from desktop.models.project import Participation, Project
from desktop.models.reference import (
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
