"""A ROR record as an organisation: which helix kind and type, which name, which place.

The ROR type alone does not decide: ``education`` also covers secondary schools and research
schools, ``healthcare`` both UMCs and care homes. The record's names decide within its types;
``ror_choices.csv`` holds the decisions taken record by record (a company known to be large,
an organisation a rule types wrongly). Records that a consortium builder does not look for
(secondary schools, graduate and research schools, learned societies, archives) are left out.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from desktop.models.records import OrganisationRecord
from desktop.services.importing.ror.dump import RorRecord
from desktop.services.reference.town_places import Places
from matching.kinds import DEFAULT_KIND, HelixKind, OrganisationType
from matching.text import fold

_COUNTRY_SUFFIX = re.compile(r"\s*\((?:the )?netherlands\)\s*$", re.IGNORECASE)
T = OrganisationType

# (pattern on the folded names, type); the first that matches decides, None leaves it out.
_EDUCATION = (
    (r"graduate|research school|onderzoekschool|onderzoeksschool|postmaster|\bschool for\b", None),
    (r"gymnasium|lyceum|scholengemeenschap|college\b|\bmbo\b|middelbaar beroeps|\bstudy\b", None),
    (r"university medical|universitair medisch", T.UMC),
    (
        r"applied sciences|hogeschool|\bacademie\b|academy of art|conservator"
        r"|university of the arts|\barts\b|design academy|\bpabo\b|hotelschool|saxion|codarts"
        r"|rietveld",
        T.HOGESCHOOL,
    ),
    (r"universit", T.UNIVERSITY),
    (r"institut|center|centre|centrum", T.RESEARCH_INSTITUTE),
    (r".", T.OTHER),
)
_HEALTHCARE = (
    (r"university medical|universitair medisch|\bumc\b|^erasmus mc$|prin\w+ maxima", T.UMC),
    (r"institut|research|onderzoek|kennis", T.RESEARCH_INSTITUTE),
    (r".", T.OTHER),  # hospitals and care providers: civil society
)
_GOVERNMENT = (
    (r"^ministry|^ministerie", T.MINISTRY),
    (r"^provinc", T.PROVINCE),
    (r"^gemeente|^municipality|municipality$", T.MUNICIPALITY),
    (r"waterschap|hoogheemraadschap|wetterskip|water board", T.WATER_BOARD),
    (r".", T.OTHER),
)
_OTHERS = (
    (r"society (?:of|for)\b|genootschap|\bsocietas|research school|graduate school", None),
    (
        r"institut|research|onderzoek|laborator|observator|kenniscentrum|centre for|center for",
        T.RESEARCH_INSTITUTE,
    ),
    (r"vereniging|association|federat|\bbond\b|branche|koepel", T.BRANCH_ASSOCIATION),
    (r"stichting|foundation|fonds|\bfund\b|funds\b", T.FOUNDATION),
    (r"cooperati", T.COOPERATIVE),
)
# The helix kind of a type that implies none (``other``), by the record's ROR type.
_KIND_OF_OTHER = {
    "education": HelixKind.KNOWLEDGE,
    "facility": HelixKind.KNOWLEDGE,
    "government": HelixKind.GOVERNMENT,
}


@dataclass(frozen=True)
class Choice:
    """A decision for one ROR record: left out, or this kind and type."""

    kind: str | None
    type: str | None

    @property
    def left_out(self) -> bool:
        return self.type is None


def read_choices(path: Path) -> dict[str, Choice]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["ror_id"]: Choice(row["kind"] or None, row["type"] or None)
            for row in csv.DictReader(handle)
        }


def plain_name(name: str) -> str:
    """Without the " (Netherlands)" ROR appends to a company's Dutch branch."""
    return _COUNTRY_SUFFIX.sub("", name).strip()


def _first(rules, names: str, default: OrganisationType | None = None):
    for pattern, org_type in rules:
        if re.search(pattern, names):
            return org_type
    return default


def kind_and_type(record: RorRecord) -> tuple[str, str] | None:
    """The helix kind and organisation type by the record's types and names; None: left out."""
    name = fold(record.name)
    types = set(record.types)
    if "archive" in types:
        return None
    if "company" in types:
        return HelixKind.COMPANY.value, T.OTHER.value  # its size is not known: never guessed
    if "education" in types:
        names = fold(" | ".join([record.name, *(n.value for n in record.labels)]))
        return _with_kind(_first(_EDUCATION, names), "education")
    if "healthcare" in types:
        is_unit = any(kind == "parent" for kind, _ in record.relationships)
        org_type = _first(_HEALTHCARE, name)
        if org_type is T.UMC and is_unit:
            org_type = T.RESEARCH_INSTITUTE  # a UMC's institute or hospital, not a UMC
        return _with_kind(org_type, "healthcare")
    if "government" in types:
        return _with_kind(_first(_GOVERNMENT, name), "government")
    if "facility" in types and "nonprofit" not in types:
        return _with_kind(_first(_OTHERS, name, T.RESEARCH_INSTITUTE), "facility")
    default = T.NGO if "nonprofit" in types else T.OTHER
    return _with_kind(_first(_OTHERS, name, default), "other")


def _with_kind(org_type: OrganisationType | None, ror_type: str) -> tuple[str, str] | None:
    if org_type is None:
        return None
    implied = DEFAULT_KIND.get(org_type) or _KIND_OF_OTHER.get(ror_type, HelixKind.SOCIETY)
    return implied.value, org_type.value


def _dutch_name(record: RorRecord) -> str:
    """The name in Dutch where the record gives one, else its display name."""
    if record.name_lang == "nl":
        return record.name
    return next((label.value for label in record.labels if label.lang == "nl"), record.name)


def to_organisation(
    record: RorRecord, places: Places, choices: dict[str, Choice]
) -> OrganisationRecord | None:
    """The organisation for an active Dutch record; None for a record left out."""
    choice = choices.get(record.ror_id)
    if choice is not None:
        if choice.left_out:
            return None
        decided: tuple[str, str] | None = (choice.kind, choice.type)
    else:
        decided = kind_and_type(record)
    if decided is None:
        return None
    kind, org_type = decided
    name = plain_name(_dutch_name(record))
    others = [record.name, *record.aliases, *(label.value for label in record.labels)]
    aliases = [plain_name(n) for n in [*others, *record.acronyms[1:]]]
    place = places.place(record.city)
    is_sme = {T.LARGE_COMPANY.value: False, T.SME.value: True}.get(org_type)
    return OrganisationRecord(
        name=name,
        kind=kind,
        type=org_type,
        ror_id=record.ror_id,
        short_name=record.acronyms[0] if record.acronyms else None,
        aliases=list(dict.fromkeys(a for a in aliases if a and a != name)),
        country="NL",
        city=record.city,
        municipality_code=place.municipality_code,
        province_code=place.province_code,
        website=record.website,
        is_sme=is_sme,
    )
