"""The helix kinds and organisation types, as codes.

A type implies a default helix kind (a university is knowledge), but an organisation stores its
kind separately: some types (``other``, ``foundation``) occur in more than one helix.

Two government types are public bodies that do not join innovation consortia: a ``funder``
(research and innovation funders and grant agencies fund consortia) and a ``state_body``
(parliament, the government as a whole, courts, advisory councils, inspectorates and
supervisors, international treaty bodies). Matching never suggests them (``NEVER_SUGGESTED``).
"""

from __future__ import annotations

from enum import StrEnum


class HelixKind(StrEnum):
    COMPANY = "company"
    KNOWLEDGE = "knowledge"
    GOVERNMENT = "government"
    SOCIETY = "society"


class OrganisationType(StrEnum):
    STARTUP = "startup"
    SCALEUP = "scaleup"
    SME = "sme"
    LARGE_COMPANY = "large_company"
    UNIVERSITY = "university"
    HOGESCHOOL = "hogeschool"
    TO2 = "to2"
    UMC = "umc"
    RESEARCH_INSTITUTE = "research_institute"
    MINISTRY = "ministry"
    PROVINCE = "province"
    MUNICIPALITY = "municipality"
    WATER_BOARD = "water_board"
    ROM = "rom"
    TKI = "tki"
    NGO = "ngo"
    FOUNDATION = "foundation"
    COOPERATIVE = "cooperative"
    BRANCH_ASSOCIATION = "branch_association"
    FUNDER = "funder"
    STATE_BODY = "state_body"
    OTHER = "other"


# The order the helix is shown in, everywhere: business first, civil society last.
HELIX_ORDER: tuple[HelixKind, ...] = tuple(HelixKind)

# The knowledge chain from fundamental to applied research: its links are organisation types.
KNOWLEDGE_CHAIN: tuple[OrganisationType, ...] = (
    OrganisationType.UNIVERSITY,
    OrganisationType.TO2,
    OrganisationType.HOGESCHOOL,
)

DEFAULT_KIND: dict[OrganisationType, HelixKind] = {
    OrganisationType.STARTUP: HelixKind.COMPANY,
    OrganisationType.SCALEUP: HelixKind.COMPANY,
    OrganisationType.SME: HelixKind.COMPANY,
    OrganisationType.LARGE_COMPANY: HelixKind.COMPANY,
    OrganisationType.UNIVERSITY: HelixKind.KNOWLEDGE,
    OrganisationType.HOGESCHOOL: HelixKind.KNOWLEDGE,
    OrganisationType.TO2: HelixKind.KNOWLEDGE,
    OrganisationType.UMC: HelixKind.KNOWLEDGE,
    OrganisationType.RESEARCH_INSTITUTE: HelixKind.KNOWLEDGE,
    OrganisationType.MINISTRY: HelixKind.GOVERNMENT,
    OrganisationType.PROVINCE: HelixKind.GOVERNMENT,
    OrganisationType.MUNICIPALITY: HelixKind.GOVERNMENT,
    OrganisationType.WATER_BOARD: HelixKind.GOVERNMENT,
    OrganisationType.ROM: HelixKind.GOVERNMENT,
    OrganisationType.FUNDER: HelixKind.GOVERNMENT,
    OrganisationType.STATE_BODY: HelixKind.GOVERNMENT,
    OrganisationType.TKI: HelixKind.SOCIETY,
    OrganisationType.NGO: HelixKind.SOCIETY,
    OrganisationType.FOUNDATION: HelixKind.SOCIETY,
    OrganisationType.COOPERATIVE: HelixKind.SOCIETY,
    OrganisationType.BRANCH_ASSOCIATION: HelixKind.SOCIETY,
}

# The EU's organisation categories (CORDIS ``activityType``) mapped onto the helix.
EU_ACTIVITY_KIND: dict[str, HelixKind] = {
    "PRC": HelixKind.COMPANY,
    "HES": HelixKind.KNOWLEDGE,
    "REC": HelixKind.KNOWLEDGE,
    "PUB": HelixKind.GOVERNMENT,
    "OTH": HelixKind.SOCIETY,
}

# Types that run research: the ones a "research organisation share" rule counts.
RESEARCH_TYPES = frozenset(
    {
        OrganisationType.UNIVERSITY,
        OrganisationType.HOGESCHOOL,
        OrganisationType.TO2,
        OrganisationType.UMC,
        OrganisationType.RESEARCH_INSTITUTE,
    }
)

# Types that fund or oversee consortia rather than join them: suggested only when pinned.
NEVER_SUGGESTED = frozenset({OrganisationType.FUNDER, OrganisationType.STATE_BODY})

# Public bodies with a territory of their own: with a regional preference they are suggested only
# inside the region (a province does not take part for another province), unless pinned.
TERRITORIAL = frozenset(
    {
        OrganisationType.PROVINCE,
        OrganisationType.MUNICIPALITY,
        OrganisationType.WATER_BOARD,
        OrganisationType.ROM,
    }
)
