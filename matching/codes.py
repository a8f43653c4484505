"""The codes matching and the desk answer with, the statuses of questions and consortia, the roles
in consortia and projects, and where an organisation came from.

Each is a ``StrEnum``: a member is its stored string, so the database and the files hold exactly
the codes they always held. Words for every code are in the catalogue, ``desktop.services.words``.
"""

from __future__ import annotations

from enum import StrEnum


class ReasonCode(StrEnum):
    """Why an organisation is suggested (``matching.explain``) or is a member."""

    MATCHED_TERMS = "matched_terms"
    RELATED_CONCEPTS = "related_concepts"
    NEEDED = "needed"
    PROJECTS_ON_TOPIC = "projects_on_topic"
    SHARED_PROJECTS = "shared_projects"
    PARTNERS_OF_PARTNERS = "partners_of_partners"
    MISSION = "mission"
    SAME_CLUSTER = "same_cluster"
    SAME_PROVINCE = "same_province"
    NEIGHBOURING_PROVINCE = "neighbouring_province"
    SHARED_TOPSECTORS = "shared_topsectors"
    SHARED_TECHNOLOGIES = "shared_technologies"
    TRACK_RECORD = "track_record"
    SME = "sme"
    BUSY = "busy"
    COVERS = "covers"
    BUILT_AROUND = "built_around"


class RuleCode(StrEnum):
    """The rules an instrument can set (``matching.rules``)."""

    MIN_PARTNERS = "min_partners"
    MAX_PARTNERS = "max_partners"
    MIN_INDEPENDENT_SMES = "min_independent_smes"
    MIN_OF_KIND = "min_of_kind"
    MIN_OF_TYPE = "min_of_type"
    FORBIDDEN_KINDS = "forbidden_kinds"
    MIN_COUNTRIES = "min_countries"
    MAX_COST_SHARE_PER_PARTNER = "max_cost_share_per_partner"
    MAX_RESEARCH_SHARE = "max_research_share"
    BUDGET_MIN = "budget_min"
    BUDGET_MAX = "budget_max"
    MAX_SUBSIDY = "max_subsidy"
    SUBSIDY_RATE = "subsidy_rate"
    LEAD_KINDS = "lead_kinds"
    LEAD_TYPES = "lead_types"
    GOVERNMENT_CHALLENGE = "government_challenge"


class ViolationCode(StrEnum):
    """A rule a consortium does not meet, or a rule that cannot be checked."""

    MIN_PARTNERS = "min_partners"
    MAX_PARTNERS = "max_partners"
    MIN_INDEPENDENT_SMES = "min_independent_smes"
    MIN_OF_KIND = "min_of_kind"
    MIN_OF_TYPE = "min_of_type"
    FORBIDDEN_KINDS = "forbidden_kinds"
    MIN_COUNTRIES = "min_countries"
    MAX_COST_SHARE_PER_PARTNER = "max_cost_share_per_partner"
    MAX_RESEARCH_SHARE = "max_research_share"
    BUDGET_MIN = "budget_min"
    BUDGET_MAX = "budget_max"
    LEAD_KINDS = "lead_kinds"
    LEAD_TYPES = "lead_types"
    LEAD_COUNT = "lead_count"
    UNKNOWN_RULE = "unknown_rule"
    MALFORMED_RULE = "malformed_rule"


class ProblemCode(StrEnum):
    """Why no consortium can be composed (``matching.composition``, ``matching.engine``)."""

    SIZE_CONFLICT = "size_conflict"
    UNSATISFIABLE = "unsatisfiable"
    NO_CONSORTIUM = "no_consortium"


class QuestionStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    CLOSED = "closed"


class ConsortiumStatus(StrEnum):
    IDEA = "idea"
    DRAFT = "draft"
    SUBMITTED = "submitted"
    AWARDED = "awarded"
    REJECTED = "rejected"


class MemberRole(StrEnum):
    LEAD = "lead"
    PARTNER = "partner"
    SUBCONTRACTOR = "subcontractor"


class EvidenceCode(StrEnum):
    """What makes two organisations look like one (``matching.dedupe``, the share-file import)."""

    SAME_EXTERNAL_ID = "same_external_id"
    SAME_KVK = "same_kvk"
    SAME_PIC = "same_pic"
    SAME_WEBSITE = "same_website"
    SAME_NAME = "same_name"
    KNOWN_NAME = "known_name"
    SIMILAR_NAME = "similar_name"
    SAME_PLACE = "same_place"
    DIFFERENT_PLACE = "different_place"


class Origin(StrEnum):
    """Where an organisation's record came from."""

    REFERENCE = "reference"
    DEMO = "demo"
    SYNTHETIC = "synthetic"
    USER = "user"
    IMPORT = "import"


class ParticipationRole(StrEnum):
    """An organisation's role in an earlier project."""

    COORDINATOR = "coordinator"
    PARTNER = "partner"
    PARTICIPANT = "participant"
    ASSOCIATED = "associated"
    THIRD_PARTY = "third_party"
