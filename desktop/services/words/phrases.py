"""Phrases in English and Dutch, some of which read differently for one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple


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


# The sentences of an exported proposal, and the pieces code words are built from.
# key -> (English, Dutch); {placeholders} are filled with str.format.
PHRASES: dict[str, tuple[str | Plural, str | Plural]] = {
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
    "missing": ("missing", "ontbreekt"),
    "independent_smes": ("independent SMEs", "zelfstandige mkb-bedrijven"),
    "may_lead": ("organisations that may lead", "organisaties die penvoerder mogen zijn"),
    "countries": ("countries", "landen"),
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
