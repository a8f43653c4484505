"""The words of an exported proposal, in English and Dutch.

The command line runs without Qt, so exports cannot use Qt's translations: this small catalogue
holds every sentence a proposal file contains, including the words for the codes of helix kinds,
organisation types, roles, match reasons and rule violations.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from matching.model import Reason, Violation

LANGUAGES = ("en", "nl")


class Plural(NamedTuple):
    """A phrase that reads differently for one: ``count`` names the value that decides (a number,
    or a list whose length counts)."""

    count: str
    one: str
    other: str


def plural_form(phrase: str | Plural, values: Mapping[str, Any]) -> str:
    """The phrase for the values: its singular form when the counted value is one."""
    if isinstance(phrase, str):
        return phrase
    counted = values.get(phrase.count)
    number = len(counted) if isinstance(counted, list | tuple) else counted
    return phrase.one if number == 1 else phrase.other


# key -> (English, Dutch); {placeholders} are filled with str.format.
_PHRASES: dict[str, tuple[str | Plural, str | Plural]] = {
    "proposal": ("Consortium proposal", "Consortiumvoorstel"),
    "mission": ("Mission", "Missie"),
    "target_year": ("target year {year}", "doeljaar {year}"),
    "instrument": ("Instrument", "Instrument"),
    "question": ("Knowledge question", "Kennisvraag"),
    "government_challenge": (
        "A government body buys this through a challenge it puts out: apply only in answer to "
        "its open call.",
        "Een overheidsorganisatie koopt dit in via een uitdaging die zij uitzet: alleen aan te "
        "vragen als antwoord op haar open oproep.",
    ),
    "asked_by": ("{title} (asked by {asker})", "{title} (gesteld door {asker})"),
    "question_text": ("Question", "Vraag"),
    "summary_sheet": ("Proposal", "Voorstel"),
    "notes": ("Notes", "Notities"),
    "status": ("Status", "Status"),
    "date": ("Date", "Datum"),
    "version": ("Version", "Versie"),
    "description": ("Description", "Beschrijving"),
    "consortium": ("Consortium", "Consortium"),
    "organisation": ("Organisation", "Organisatie"),
    "helix_kind": ("Helix kind", "Helix"),
    "type": ("Type", "Type"),
    "role": ("Role", "Rol"),
    "province": ("Province", "Provincie"),
    "country": ("Country", "Land"),
    "city": ("City", "Plaats"),
    "sme": ("SME", "Mkb"),
    "kvk": ("KvK number", "KvK-nummer"),
    "website": ("Website", "Website"),
    "budget": ("Budget", "Begroting"),
    "cash": ("Cash", "In geld"),
    "in_kind": ("In kind", "In natura"),
    "total": ("Total", "Totaal"),
    "share": ("Share", "Aandeel"),
    "partners_sheet": ("Partners", "Partners"),
    "budget_sheet": ("Budget", "Begroting"),
    "rule_check": ("Rule check", "Toets aan de regels"),
    "no_instrument": (
        "No instrument chosen: the rules were not checked.",
        "Geen instrument gekozen: de regels zijn niet getoetst.",
    ),
    "rules_met": (
        "The consortium meets every rule of {instrument} that can be judged.",
        "Het consortium voldoet aan elke toetsbare regel van {instrument}.",
    ),
    "rules_broken": (
        Plural(
            "count",
            "{count} rule of {instrument} is not met:",
            "{count} rules of {instrument} are not met:",
        ),
        Plural(
            "count",
            "{count} regel van {instrument} wordt niet gehaald:",
            "{count} regels van {instrument} worden niet gehaald:",
        ),
    ),
    "unchecked": (
        "Not judged until every member has a budget: {rules}.",
        "Pas te toetsen als elk lid een begroting heeft: {rules}.",
    ),
    "instrument_expired": (
        "The rules of {instrument} apply from {start} until {end}; the date of this proposal "
        "is outside that period.",
        "De regels van {instrument} gelden van {start} tot en met {end}; de datum van dit "
        "voorstel valt daarbuiten.",
    ),
    "subsidy": (
        "Most the instrument pays for this budget: {amount}.",
        "Maximale bijdrage van het instrument bij deze begroting: {amount}.",
    ),
    "source": ("Source of the rules: {source}", "Bron van de regels: {source}"),
    "reasons": ("Why each partner is there", "Waarom elke partner meedoet"),
    "independent_sme": ("an independent SME", "een zelfstandig mkb-bedrijf"),
    "allowed_lead": ("a lead the instrument allows", "een penvoerder die het instrument toestaat"),
    "rationale": ("Rationale", "Motivering"),
    "no_reasons": ("No reasons recorded.", "Geen redenen vastgelegd."),
    "coverage": ("Coverage of the competences", "Dekking van de competenties"),
    "competence": ("Competence", "Competentie"),
    "covered_by": ("Covered by", "Gedekt door"),
    "not_covered": ("not covered", "niet gedekt"),
    "no_competences": (
        "The consortium's description names no known competences.",
        "De beschrijving van het consortium noemt geen bekende competenties.",
    ),
    "helix_balance": ("Helix balance", "Helixbalans"),
    "knowledge_chain": ("Knowledge chain", "Kennisketen"),
    "chain_university": ("University", "Universiteit"),
    "chain_to2": ("TO2 institute", "TO2-instituut"),
    "chain_hogeschool": ("Hogeschool", "Hogeschool"),
    "missing": ("missing", "ontbreekt"),
    "count_tip": (
        Plural("count", "{what}: {count} member", "{what}: {count} members"),
        Plural("count", "{what}: {count} lid", "{what}: {count} leden"),
    ),
    "partners_map": ("Where the partners are", "Waar de partners zitten"),
    "members_per_province": ("Members per province", "Leden per provincie"),
    "members": ("Members", "Leden"),
    "map_source": ("Source: CBS, PDOK", "Bron: CBS, PDOK"),
    "coverage_matrix": ("Competences against members", "Competenties per lid"),
    "covers_tip": ("{member} covers {competence}", "{member} dekt {competence}"),
    "misses_tip": ("{member} does not cover {competence}", "{member} dekt {competence} niet"),
    "competence_tip": (
        Plural("count", "{competence}: {count} member", "{competence}: {count} members"),
        Plural("count", "{competence}: {count} lid", "{competence}: {count} leden"),
    ),
    "contacts": ("Contacts", "Contactpersonen"),
    "contact_name": ("Name", "Naam"),
    "contact_function": ("Function", "Functie"),
    "contact_email": ("E-mail", "E-mail"),
    "contact_phone": ("Phone", "Telefoon"),
    "no_contacts": ("No contact persons recorded.", "Geen contactpersonen vastgelegd."),
    "footer": (
        "Made with HelixMatch on {date}, version {version}",
        "Gemaakt met HelixMatch op {date}, versie {version}",
    ),
    "page": ("page {number}", "pagina {number}"),
    "yes": ("yes", "ja"),
    "no": ("no", "nee"),
    "none": ("none", "geen"),
    "demo_name": ("{name} [Demo]", "{name} [Demo]"),
    "demo_note": (
        Plural(
            "count",
            "Contains demonstration data: {names} is a fictional organisation that exists only "
            "to show HelixMatch working, marked [Demo]. Replace it before handing in this "
            "proposal.",
            "Contains demonstration data: {names} are fictional organisations that exist only to "
            "show HelixMatch working, marked [Demo]. Replace them before handing in this proposal.",
        ),
        Plural(
            "count",
            "Bevat demonstratiegegevens: {names} is een verzonnen organisatie die er alleen is om "
            "HelixMatch te laten zien, gemarkeerd met [Demo]. Vervang deze voordat u dit voorstel "
            "indient.",
            "Bevat demonstratiegegevens: {names} zijn verzonnen organisaties die er alleen zijn "
            "om HelixMatch te laten zien, gemarkeerd met [Demo]. Vervang ze voordat u dit "
            "voorstel indient.",
        ),
    ),
}

_KINDS: dict[str, tuple[str, str]] = {
    "company": ("Business", "Bedrijfsleven"),
    "knowledge": ("Knowledge", "Kennis"),
    "government": ("Government", "Overheid"),
    "society": ("Civil society", "Maatschappij"),
}

_TYPES: dict[str, tuple[str, str]] = {
    "startup": ("Start-up", "Start-up"),
    "scaleup": ("Scale-up", "Scale-up"),
    "sme": ("SME", "Mkb-onderneming"),
    "large_company": ("Large company", "Grote onderneming"),
    "university": ("Research university", "Universiteit"),
    "hogeschool": ("University of applied sciences", "Hogeschool"),
    "to2": ("TO2 institute", "TO2-instituut"),
    "umc": ("University medical centre", "Universitair medisch centrum"),
    "research_institute": ("Research institute", "Onderzoeksinstituut"),
    "ministry": ("Ministry", "Ministerie"),
    "province": ("Province", "Provincie"),
    "municipality": ("Municipality", "Gemeente"),
    "water_board": ("Water board", "Waterschap"),
    "rom": ("Regional development agency", "Regionale ontwikkelingsmaatschappij"),
    "tki": ("TKI", "TKI"),
    "ngo": ("NGO", "Ngo"),
    "foundation": ("Foundation", "Stichting"),
    "cooperative": ("Cooperative", "Coöperatie"),
    "branch_association": ("Branch association", "Brancheorganisatie"),
    "funder": ("Funder", "Financier"),
    "state_body": ("State body", "Overheidsorgaan"),
    "other": ("Other", "Overig"),
}

_ROLES: dict[str, tuple[str, str]] = {
    "lead": ("Lead", "Penvoerder"),
    "partner": ("Partner", "Partner"),
    "subcontractor": ("Subcontractor", "Onderaannemer"),
}

_STATUSES: dict[str, tuple[str, str]] = {
    "idea": ("Idea", "Idee"),
    "draft": ("Draft", "Concept"),
    "submitted": ("Submitted", "Ingediend"),
    "awarded": ("Awarded", "Toegekend"),
    "rejected": ("Rejected", "Afgewezen"),
}

# Rule codes as names (for "unchecked" lists and unknown rules).
_RULE_NAMES: dict[str, tuple[str, str]] = {
    "min_partners": ("minimum number of partners", "minimum aantal partners"),
    "max_partners": ("maximum number of partners", "maximum aantal partners"),
    "min_independent_smes": ("minimum number of independent SMEs", "minimum aantal mkb'ers"),
    "min_of_kind": ("minimum per helix kind", "minimum per helix"),
    "min_of_type": ("minimum per organisation type", "minimum per type organisatie"),
    "forbidden_kinds": ("helix kinds not allowed", "niet toegestane helixen"),
    "min_countries": ("minimum number of countries", "minimum aantal landen"),
    "max_cost_share_per_partner": (
        "largest share of the costs per partner",
        "grootste kostenaandeel per partner",
    ),
    "max_research_share": (
        "largest share of research organisations",
        "grootste aandeel van onderzoeksorganisaties",
    ),
    "budget_min": ("minimum budget", "minimale begroting"),
    "budget_max": ("maximum budget", "maximale begroting"),
    "max_subsidy": ("maximum subsidy", "maximale subsidie"),
    "subsidy_rate": ("subsidy rate", "subsidiepercentage"),
    "lead_kinds": ("helix kind of the lead", "helix van de penvoerder"),
    "lead_types": ("type of the lead", "type van de penvoerder"),
}

_REASONS: dict[str, tuple[str | Plural, str | Plural]] = {
    "matched_terms": ("Matches: {terms}", "Past bij: {terms}"),
    "related_concepts": (
        "Works on related topics: {concepts}",
        "Werkt aan verwante onderwerpen: {concepts}",
    ),
    "needed": (
        "Needed for the consortium: {requirement}",
        "Nodig voor het consortium: {requirement}",
    ),
    "projects_on_topic": (
        Plural(
            "count", "{count} earlier project on the topic", "{count} earlier projects on the topic"
        ),
        Plural(
            "count",
            "{count} eerder project over het onderwerp",
            "{count} eerdere projecten over het onderwerp",
        ),
    ),
    "shared_projects": (
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
    "partners_of_partners": (
        "Works with partners of the consortium's partners",
        "Werkt samen met partners van de partners",
    ),
    "mission": ("Works on mission {mission}", "Werkt aan missie {mission}"),
    "same_cluster": ("Located in {cluster}", "Gevestigd in {cluster}"),
    "same_province": ("Located in {province}", "Gevestigd in {province}"),
    "neighbouring_province": (
        "Located in the neighbouring province {province}",
        "Gevestigd in de buurprovincie {province}",
    ),
    "shared_topsectors": (
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
    "shared_technologies": (
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
    "track_record": (
        Plural(
            "projects", "Track record of {projects} project", "Track record of {projects} projects"
        ),
        Plural(
            "projects",
            "Staat van dienst: {projects} project",
            "Staat van dienst: {projects} projecten",
        ),
    ),
    "sme": ("An SME, as the instrument asks", "Een mkb-onderneming, zoals het instrument vraagt"),
    "busy": (
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
    "covers": ("Covers: {concepts}", "Dekt: {concepts}"),
    "built_around": (
        "The SME the collaboration is built around",
        "Het mkb-bedrijf waar de samenwerking om draait",
    ),
}

_VIOLATIONS: dict[str, tuple[str | Plural, str | Plural]] = {
    "min_partners": (
        "At least {required} partners are required; the consortium has {actual}.",
        "Er zijn minstens {required} partners nodig; het consortium heeft er {actual}.",
    ),
    "max_partners": (
        "At most {maximum} partners are allowed; the consortium has {actual}.",
        "Er mogen hooguit {maximum} partners zijn; het consortium heeft er {actual}.",
    ),
    "min_independent_smes": (
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
    "min_of_kind": (
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
    "min_of_type": (
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
    "forbidden_kinds": (
        "Partners of kind {kinds} may not take part: {members}.",
        "Partners uit de helix {kinds} mogen niet deelnemen: {members}.",
    ),
    "min_countries": (
        "Partners from at least {required} countries are required; there are {actual}.",
        "Er zijn partners uit minstens {required} landen nodig; het zijn er {actual}.",
    ),
    "max_cost_share_per_partner": (
        "No partner may bear more than {maximum} of the costs; the largest share is {actual} "
        "({members}).",
        "Geen partner mag meer dan {maximum} van de kosten dragen; het grootste aandeel is "
        "{actual} ({members}).",
    ),
    "max_research_share": (
        "Research organisations may bear at most {maximum} of the costs; they bear {actual}.",
        "Onderzoeksorganisaties mogen hooguit {maximum} van de kosten dragen; het is {actual}.",
    ),
    "budget_min": (
        "The budget must be at least {required}; it is {actual}.",
        "De begroting moet minstens {required} zijn; ze is {actual}.",
    ),
    "budget_max": (
        "The budget may be at most {maximum}; it is {actual}.",
        "De begroting mag hooguit {maximum} zijn; ze is {actual}.",
    ),
    "lead_kinds": (
        "The lead must be of kind {allowed}: {members} is not.",
        "De penvoerder moet uit de helix {allowed} komen: {members} niet.",
    ),
    "lead_types": (
        "The lead must be of type {allowed}: {members} is not.",
        "De penvoerder moet van het type {allowed} zijn: {members} niet.",
    ),
    "lead_count": (
        "The consortium needs exactly one lead; it has {actual}.",
        "Het consortium heeft precies één penvoerder nodig; het heeft er {actual}.",
    ),
    "unknown_rule": (
        "The instrument has a rule HelixMatch does not know ({code}); check it by hand.",
        "Het instrument heeft een regel die HelixMatch niet kent ({code}); toets die zelf.",
    ),
    "malformed_rule": (
        "Rule {index} of the instrument is malformed ({code}); check it by hand.",
        "Regel {index} van het instrument is onjuist vastgelegd ({code}); toets die zelf.",
    ),
}

_MONEY_VALUES = frozenset({"budget_min", "budget_max"})
_SHARE_VALUES = frozenset({"max_cost_share_per_partner", "max_research_share"})


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """``nl`` when the user's locale is Dutch, else ``en`` (the interface follows it too)."""
    environ = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    found = locale.getlocale()[0] or ""
    return "nl" if found.lower().startswith("nl") else "en"


class Words:
    """The catalogue in one language. ``name_of`` turns a member id into its name;
    ``code_names`` holds the (English, Dutch) words of concept, topsector, technology, region and
    mission codes."""

    def __init__(
        self,
        language: str,
        name_of: Callable[[int], str] = str,
        code_names: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"language '{language}' is not available (choose en or nl)")
        self.language = language
        self._index = LANGUAGES.index(language)
        self._name_of = name_of
        self._code_names = code_names or {}

    def __call__(self, key: str, **values: Any) -> str:
        return plural_form(_PHRASES[key][self._index], values).format(**values)

    def template(self, key: str) -> str:
        """The phrase with its {placeholders}, for code that fills them in later."""
        phrase = _PHRASES[key][self._index]
        if isinstance(phrase, Plural):
            raise ValueError(f"'{key}' depends on a count: fill it in with its values")
        return phrase

    def counted(self, key: str) -> Callable[[int], str]:
        """The phrase with its {placeholders} for a count, for code that fills them in later."""
        phrase = _PHRASES[key][self._index]
        return lambda count: plural_form(phrase, {"count": count})

    def _pick(self, table: Mapping[str, tuple[str, str]], code: str) -> str:
        words = table.get(code)
        return words[self._index] if words else code

    def kind(self, code: str) -> str:
        return self._pick(_KINDS, code)

    def type(self, code: str) -> str:
        return self._pick(_TYPES, code)

    def role(self, code: str) -> str:
        return self._pick(_ROLES, code)

    def status(self, code: str) -> str:
        return self._pick(_STATUSES, code)

    def rule_name(self, code: str) -> str:
        return self._pick(_RULE_NAMES, code)

    def organisation(self, name: str, origin: str) -> str:
        """An organisation's name as every export shows it: demonstration data carries a tag."""
        return self("demo_name", name=name) if origin == "demo" else name

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self("yes") if value else self("no")

    def money(self, amount: float) -> str:
        """Whole euros: ``€ 1.250.000`` in Dutch, ``€1,250,000`` in English."""
        grouped = f"{round(amount):,}"
        if self.language == "nl":
            return "€ " + grouped.replace(",", ".")
        return "€" + grouped

    def percent(self, fraction: float) -> str:
        text = f"{fraction * 100:.1f}%"
        return text.replace(".", ",") if self.language == "nl" else text

    def reason(self, reason: Reason) -> str:
        """Why a member is there, in one sentence: the one wording of every reason code, in the
        interface and in the exports alike."""
        phrase = _REASONS.get(reason.code)
        if phrase is None:
            return reason.code
        chosen = plural_form(phrase[self._index], reason.values)
        values = dict(reason.values)
        if "partner" in values:
            values["partner"] = self._name_of(values["partner"])
        if "terms" in values:
            values["terms"] = ", ".join(values["terms"])
        for key in ("codes", "concepts"):
            if key in values:
                values[key] = ", ".join(self._pick(self._code_names, c) for c in values[key])
        for key in ("mission", "cluster", "province"):
            if key in values:
                values[key] = self._pick(self._code_names, values[key])
        if reason.code == "needed":
            values["requirement"] = self._requirement(values)
        return chosen.format_map(_Lenient(values))

    def _requirement(self, values: dict) -> str:
        """A hard requirement a member meets: a helix kind, a type, an SME, the lead."""
        constraint, value = values.get("constraint"), values.get("value")
        if constraint == "helix_kind":
            return self.kind(str(value))
        if constraint == "org_type":
            return self.type(str(value))
        if constraint == "min_independent_smes":
            return self("independent_sme")
        return self("allowed_lead")

    def violation(self, violation: Violation) -> str:
        values = dict(violation.values)
        code = violation.code
        for key in ("required", "maximum", "actual"):
            if key in values and code in _MONEY_VALUES:
                values[key] = self.money(values[key])
            elif key in values and code in _SHARE_VALUES:
                values[key] = self.percent(values[key])
        if "members" in values:
            values["members"] = ", ".join(self._name_of(m) for m in values["members"]) or "-"
        for key in ("kind", "kinds", "allowed"):
            if key in values:
                codes = values[key] if isinstance(values[key], list) else [values[key]]
                words = self.kind if code != "lead_types" else self.type
                values[key] = " / ".join(words(c) for c in codes)
        if "type" in values:
            values["type"] = self.type(values["type"])
        if code == "malformed_rule" and isinstance(values.get("index"), int):
            values["index"] = values["index"] + 1
        phrase = _VIOLATIONS.get(code)
        if phrase is None:
            return code
        return plural_form(phrase[self._index], violation.values).format_map(_Lenient(values))


class _Lenient(dict):
    """Format values where a missing key shows as ``?`` instead of failing the export."""

    def __missing__(self, key: str) -> str:
        return "?"
