"""The words of every code, (English, Dutch) per member of its enum."""

from __future__ import annotations

from desktop.services.words.phrases import Plural
from matching.codes import (
    ConsortiumStatus,
    EvidenceCode,
    MemberRole,
    Origin,
    ParticipationRole,
    ProblemCode,
    QuestionStatus,
    ReasonCode,
    RuleCode,
    ViolationCode,
)
from matching.kinds import HelixKind, OrganisationType

KINDS: dict[HelixKind, tuple[str, str]] = {
    HelixKind.COMPANY: ("Business", "Bedrijfsleven"),
    HelixKind.KNOWLEDGE: ("Knowledge", "Kennis"),
    HelixKind.GOVERNMENT: ("Government", "Overheid"),
    HelixKind.SOCIETY: ("Civil society", "Maatschappij"),
}

TYPES: dict[OrganisationType, tuple[str, str]] = {
    OrganisationType.STARTUP: ("Start-up", "Start-up"),
    OrganisationType.SCALEUP: ("Scale-up", "Scale-up"),
    OrganisationType.SME: ("SME", "Mkb-onderneming"),
    OrganisationType.LARGE_COMPANY: ("Large company", "Grote onderneming"),
    OrganisationType.UNIVERSITY: ("Research university", "Universiteit"),
    OrganisationType.HOGESCHOOL: ("University of applied sciences", "Hogeschool"),
    OrganisationType.TO2: ("TO2 institute", "TO2-instituut"),
    OrganisationType.UMC: ("University medical centre", "Universitair medisch centrum"),
    OrganisationType.RESEARCH_INSTITUTE: ("Research institute", "Onderzoeksinstituut"),
    OrganisationType.MINISTRY: ("Ministry", "Ministerie"),
    OrganisationType.PROVINCE: ("Province", "Provincie"),
    OrganisationType.MUNICIPALITY: ("Municipality", "Gemeente"),
    OrganisationType.WATER_BOARD: ("Water board", "Waterschap"),
    OrganisationType.ROM: ("Regional development agency", "Regionale ontwikkelingsmaatschappij"),
    OrganisationType.TKI: ("TKI", "TKI"),
    OrganisationType.NGO: ("NGO", "Ngo"),
    OrganisationType.FOUNDATION: ("Foundation", "Stichting"),
    OrganisationType.COOPERATIVE: ("Cooperative", "Coöperatie"),
    OrganisationType.BRANCH_ASSOCIATION: ("Branch association", "Brancheorganisatie"),
    OrganisationType.FUNDER: ("Funder", "Financier"),
    OrganisationType.STATE_BODY: ("State body", "Overheidsorgaan"),
    OrganisationType.OTHER: ("Other", "Overig"),
}

QUESTION_STATUSES: dict[QuestionStatus, tuple[str, str]] = {
    QuestionStatus.NEW: ("New", "Nieuw"),
    QuestionStatus.IN_PROGRESS: ("In progress", "In behandeling"),
    QuestionStatus.ANSWERED: ("Answered", "Beantwoord"),
    QuestionStatus.CLOSED: ("Closed", "Gesloten"),
}

# The links of the knowledge chain, named as the chain names them.
CHAIN_LINKS: dict[OrganisationType, tuple[str, str]] = {
    OrganisationType.UNIVERSITY: ("University", "Universiteit"),
    OrganisationType.TO2: ("TO2 institute", "TO2-instituut"),
    OrganisationType.HOGESCHOOL: ("Hogeschool", "Hogeschool"),
}

MEMBER_ROLES: dict[MemberRole, tuple[str, str]] = {
    MemberRole.LEAD: ("Lead", "Penvoerder"),
    MemberRole.PARTNER: ("Partner", "Partner"),
    MemberRole.SUBCONTRACTOR: ("Subcontractor", "Onderaannemer"),
}

CONSORTIUM_STATUSES: dict[ConsortiumStatus, tuple[str, str]] = {
    ConsortiumStatus.IDEA: ("Idea", "Idee"),
    ConsortiumStatus.DRAFT: ("Draft", "Concept"),
    ConsortiumStatus.SUBMITTED: ("Submitted", "Ingediend"),
    ConsortiumStatus.AWARDED: ("Awarded", "Toegekend"),
    ConsortiumStatus.REJECTED: ("Rejected", "Afgewezen"),
}

# Rule codes as names (for the rules that wait for the members' budgets).
RULE_NAMES: dict[RuleCode, tuple[str, str]] = {
    RuleCode.MIN_PARTNERS: ("minimum number of partners", "minimum aantal partners"),
    RuleCode.MAX_PARTNERS: ("maximum number of partners", "maximum aantal partners"),
    RuleCode.MIN_INDEPENDENT_SMES: ("minimum number of independent SMEs", "minimum aantal mkb'ers"),
    RuleCode.MIN_OF_KIND: ("minimum per helix kind", "minimum per helix"),
    RuleCode.MIN_OF_TYPE: ("minimum per organisation type", "minimum per type organisatie"),
    RuleCode.FORBIDDEN_KINDS: ("helix kinds not allowed", "niet toegestane helixen"),
    RuleCode.MIN_COUNTRIES: ("minimum number of countries", "minimum aantal landen"),
    RuleCode.MAX_COST_SHARE_PER_PARTNER: (
        "largest share of the costs per partner",
        "grootste kostenaandeel per partner",
    ),
    RuleCode.MAX_RESEARCH_SHARE: (
        "largest share of research organisations",
        "grootste aandeel van onderzoeksorganisaties",
    ),
    RuleCode.BUDGET_MIN: ("minimum budget", "minimale begroting"),
    RuleCode.BUDGET_MAX: ("maximum budget", "maximale begroting"),
    RuleCode.MAX_SUBSIDY: ("maximum subsidy", "maximale subsidie"),
    RuleCode.SUBSIDY_RATE: ("subsidy rate", "subsidiepercentage"),
    RuleCode.LEAD_KINDS: ("helix kind of the lead", "helix van de penvoerder"),
    RuleCode.LEAD_TYPES: ("type of the lead", "type van de penvoerder"),
    RuleCode.GOVERNMENT_CHALLENGE: (
        "purchase through a government challenge",
        "inkoop via een uitdaging van de overheid",
    ),
}

# What a condition of an instrument asks of an applicant, as a short note.
CONDITIONS: dict[RuleCode, tuple[str, str]] = {
    RuleCode.GOVERNMENT_CHALLENGE: (
        "Only in answer to a government body's open challenge (an SBIR call)",
        "Alleen als antwoord op een open uitdaging van een overheidsorganisatie (een SBIR-oproep)",
    ),
}

REASONS: dict[ReasonCode, tuple[str | Plural, str | Plural]] = {
    ReasonCode.MATCHED_TERMS: ("Matches: {terms}", "Past bij: {terms}"),
    ReasonCode.RELATED_CONCEPTS: (
        "Works on related topics: {concepts}",
        "Werkt aan verwante onderwerpen: {concepts}",
    ),
    ReasonCode.NEEDED: (
        "Needed for the consortium: {requirement}",
        "Nodig voor het consortium: {requirement}",
    ),
    ReasonCode.PROJECTS_ON_TOPIC: (
        Plural(
            "count", "{count} earlier project on the topic", "{count} earlier projects on the topic"
        ),
        Plural(
            "count",
            "{count} eerder project over het onderwerp",
            "{count} eerdere projecten over het onderwerp",
        ),
    ),
    ReasonCode.SHARED_PROJECTS: (
        Plural(
            "count",
            "Worked with {partner} before ({count} shared project)",
            "Worked with {partner} before ({count} shared projects)",
        ),
        Plural(
            "count",
            "Werkte eerder samen met {partner} ({count} gedeeld project)",
            "Werkte eerder samen met {partner} ({count} gedeelde projecten)",
        ),
    ),
    ReasonCode.PARTNERS_OF_PARTNERS: (
        "Works with partners of the consortium's partners",
        "Werkt samen met partners van de partners",
    ),
    ReasonCode.MISSION: ("Works on mission {mission}", "Werkt aan missie {mission}"),
    ReasonCode.SAME_CLUSTER: ("Located in {cluster}", "Gevestigd in {cluster}"),
    ReasonCode.SAME_PROVINCE: ("Located in {province}", "Gevestigd in {province}"),
    ReasonCode.NEIGHBOURING_PROVINCE: (
        "Located in the neighbouring province {province}",
        "Gevestigd in de buurprovincie {province}",
    ),
    ReasonCode.SHARED_TOPSECTORS: (
        Plural(
            "codes",
            "Shares a topsector with the consortium: {codes}",
            "Shares topsectors with the consortium: {codes}",
        ),
        Plural(
            "codes",
            "Deelt een topsector met het consortium: {codes}",
            "Deelt topsectoren met het consortium: {codes}",
        ),
    ),
    ReasonCode.SHARED_TECHNOLOGIES: (
        Plural(
            "codes",
            "Shares a key technology with the consortium: {codes}",
            "Shares key technologies with the consortium: {codes}",
        ),
        Plural(
            "codes",
            "Deelt een sleuteltechnologie met het consortium: {codes}",
            "Deelt sleuteltechnologieën met het consortium: {codes}",
        ),
    ),
    ReasonCode.TRACK_RECORD: (
        Plural(
            "projects", "Track record of {projects} project", "Track record of {projects} projects"
        ),
        Plural(
            "projects",
            "Staat van dienst: {projects} project",
            "Staat van dienst: {projects} projecten",
        ),
    ),
    ReasonCode.SME: (
        "An SME, as the instrument asks",
        "Een mkb-onderneming, zoals het instrument vraagt",
    ),
    ReasonCode.BUSY: (
        Plural(
            "open_consortia",
            "Already in {open_consortia} other open consortium",
            "Already in {open_consortia} other open consortia",
        ),
        Plural(
            "open_consortia",
            "Zit al in {open_consortia} ander open consortium",
            "Zit al in {open_consortia} andere open consortia",
        ),
    ),
    ReasonCode.COVERS: ("Covers: {concepts}", "Dekt: {concepts}"),
    ReasonCode.BUILT_AROUND: (
        "The SME the collaboration is built around",
        "Het mkb-bedrijf waar de samenwerking om draait",
    ),
}

VIOLATIONS: dict[ViolationCode, tuple[str | Plural, str | Plural]] = {
    ViolationCode.MIN_PARTNERS: (
        "At least {required} partners are required; the consortium has {actual}.",
        "Er zijn minstens {required} partners nodig; het consortium heeft er {actual}.",
    ),
    ViolationCode.MAX_PARTNERS: (
        "At most {maximum} partners are allowed; the consortium has {actual}.",
        "Er mogen hooguit {maximum} partners zijn; het consortium heeft er {actual}.",
    ),
    ViolationCode.MIN_INDEPENDENT_SMES: (
        Plural(
            "required",
            "At least {required} independent SME is required; the consortium has {actual}.",
            "At least {required} independent SMEs are required; the consortium has {actual}.",
        ),
        Plural(
            "required",
            "Er is minstens {required} zelfstandig mkb-bedrijf nodig; het consortium heeft er "
            "{actual}.",
            "Er zijn minstens {required} zelfstandige mkb'ers nodig; het consortium heeft er "
            "{actual}.",
        ),
    ),
    ViolationCode.MIN_OF_KIND: (
        Plural(
            "required",
            "At least {required} partner of kind {kind} is required; there are {actual}.",
            "At least {required} partners of kind {kind} are required; there are {actual}.",
        ),
        Plural(
            "required",
            "Er is minstens {required} partner uit de helix {kind} nodig; er zijn er {actual}.",
            "Er zijn minstens {required} partners uit de helix {kind} nodig; er zijn er {actual}.",
        ),
    ),
    ViolationCode.MIN_OF_TYPE: (
        Plural(
            "required",
            "At least {required} partner of type {type} is required; there are {actual}.",
            "At least {required} partners of type {type} are required; there are {actual}.",
        ),
        Plural(
            "required",
            "Er is minstens {required} partner van het type {type} nodig; er zijn er {actual}.",
            "Er zijn minstens {required} partners van het type {type} nodig; er zijn er {actual}.",
        ),
    ),
    ViolationCode.FORBIDDEN_KINDS: (
        "Partners of kind {kinds} may not take part: {members}.",
        "Partners uit de helix {kinds} mogen niet deelnemen: {members}.",
    ),
    ViolationCode.MIN_COUNTRIES: (
        "Partners from at least {required} countries are required; there are {actual}.",
        "Er zijn partners uit minstens {required} landen nodig; het zijn er {actual}.",
    ),
    ViolationCode.MAX_COST_SHARE_PER_PARTNER: (
        "No partner may bear more than {maximum} of the costs; the largest share is {actual} "
        "({members}).",
        "Geen partner mag meer dan {maximum} van de kosten dragen; het grootste aandeel is "
        "{actual} ({members}).",
    ),
    ViolationCode.MAX_RESEARCH_SHARE: (
        "Research organisations may bear at most {maximum} of the costs; they bear {actual}.",
        "Onderzoeksorganisaties mogen hooguit {maximum} van de kosten dragen; het is {actual}.",
    ),
    ViolationCode.BUDGET_MIN: (
        "The budget must be at least {required}; it is {actual}.",
        "De begroting moet minstens {required} zijn; ze is {actual}.",
    ),
    ViolationCode.BUDGET_MAX: (
        "The budget may be at most {maximum}; it is {actual}.",
        "De begroting mag hooguit {maximum} zijn; ze is {actual}.",
    ),
    ViolationCode.LEAD_KINDS: (
        "The lead must be of kind {allowed}: {members} is not.",
        "De penvoerder moet uit de helix {allowed} komen: {members} niet.",
    ),
    ViolationCode.LEAD_TYPES: (
        "The lead must be of type {allowed}: {members} is not.",
        "De penvoerder moet van het type {allowed} zijn: {members} niet.",
    ),
    ViolationCode.LEAD_COUNT: (
        "The consortium needs exactly one lead; it has {actual}.",
        "Het consortium heeft precies één penvoerder nodig; het heeft er {actual}.",
    ),
    ViolationCode.UNKNOWN_RULE: (
        "The instrument has a rule HelixMatch does not know ({code}); check it by hand.",
        "Het instrument heeft een regel die HelixMatch niet kent ({code}); toets die zelf.",
    ),
    ViolationCode.MALFORMED_RULE: (
        "Rule {index} of the instrument is malformed ({code}); check it by hand.",
        "Regel {index} van het instrument is onjuist vastgelegd ({code}); toets die zelf.",
    ),
}

PROBLEMS: dict[ProblemCode, tuple[str | Plural, str | Plural]] = {
    ProblemCode.SIZE_CONFLICT: (
        Plural(
            "min",
            "The size cannot be met: at least {min} member needed, at most {max} allowed",
            "The size cannot be met: at least {min} members needed, at most {max} allowed",
        ),
        Plural(
            "min",
            "De omvang is niet haalbaar: minstens {min} lid nodig, hooguit {max} toegestaan",
            "De omvang is niet haalbaar: minstens {min} leden nodig, hooguit {max} toegestaan",
        ),
    ),
    ProblemCode.UNSATISFIABLE: (
        "Cannot be met: {required} needed of {what}, only {available} available",
        "Niet haalbaar: {required} nodig van {what}, maar {available} beschikbaar",
    ),
    ProblemCode.NO_CONSORTIUM: (
        "No consortium meets every constraint",
        "Geen consortium voldoet aan alle voorwaarden",
    ),
}


# What makes two organisations look like one.
EVIDENCE: dict[EvidenceCode, tuple[str, str]] = {
    EvidenceCode.SAME_EXTERNAL_ID: ("same id", "zelfde id"),
    EvidenceCode.SAME_KVK: ("same KvK number", "zelfde KvK-nummer"),
    EvidenceCode.SAME_PIC: ("same PIC", "zelfde PIC"),
    EvidenceCode.SAME_WEBSITE: ("same website", "zelfde website"),
    EvidenceCode.SAME_NAME: ("same name", "zelfde naam"),
    EvidenceCode.KNOWN_NAME: ("known short name or alias", "bekende afkorting of andere naam"),
    EvidenceCode.SIMILAR_NAME: ("similar name", "gelijkende naam"),
    EvidenceCode.SAME_PLACE: ("same place", "zelfde plaats"),
    EvidenceCode.DIFFERENT_PLACE: ("another place", "andere plaats"),
}

ORIGINS: dict[Origin, tuple[str, str]] = {
    Origin.REFERENCE: ("Reference", "Referentie"),
    Origin.DEMO: ("Demo", "Demonstratie"),
    Origin.SYNTHETIC: ("Synthetic", "Synthetisch"),
    Origin.USER: ("Entered", "Ingevoerd"),
    Origin.IMPORT: ("Imported", "Geïmporteerd"),
}

PARTICIPATION_ROLES: dict[ParticipationRole, tuple[str, str]] = {
    ParticipationRole.COORDINATOR: ("Coordinator", "Coördinator"),
    ParticipationRole.PARTNER: ("Partner", "Partner"),
    ParticipationRole.PARTICIPANT: ("Participant", "Deelnemer"),
    ParticipationRole.ASSOCIATED: ("Associated partner", "Geassocieerde partner"),
    ParticipationRole.THIRD_PARTY: ("Third party", "Derde partij"),
}
