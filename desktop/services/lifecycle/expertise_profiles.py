"""Expertise profiles of built-in organisations (``resources/reference/profiles/*.csv``), each
written from public pages that its ``source`` names.

A profile's ``key`` is a curated organisation's external id (``ref:tno``) or a short ROR id
(``01bnjb948``). A profile fills an organisation's Dutch and English description and keywords
when the organisation has none from a profile yet; once it has, later loads leave them alone, so
that a user's edits stay.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, or_, select

from desktop.models.tables.organisation import Organisation
from desktop.services.reference.files import REFERENCE_DIR
from desktop.services.user_error import UserError

PROFILE_DIR = REFERENCE_DIR / "profiles"
COLUMNS = (
    "key",
    "name",
    "description_nl",
    "description_en",
    "keywords_nl",
    "keywords_en",
    "source",
)


@dataclass(frozen=True)
class Profile:
    file: str
    key: str
    name: str
    description_nl: str
    description_en: str
    keywords_nl: list[str]
    keywords_en: list[str]
    source: str


def _keywords(text: str) -> list[str]:
    return list(dict.fromkeys(part.strip() for part in text.split(";") if part.strip()))


def read_profiles(folder: Path = PROFILE_DIR) -> list[Profile]:
    profiles = []
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise UserError(f"{path}: missing column {', '.join(missing)}")
            for row in reader:
                profiles.append(
                    Profile(
                        file=path.name,
                        key=row["key"].strip(),
                        name=row["name"],
                        description_nl=row["description_nl"].strip(),
                        description_en=row["description_en"].strip(),
                        keywords_nl=_keywords(row["keywords_nl"]),
                        keywords_en=_keywords(row["keywords_en"]),
                        source=row["source"].strip(),
                    )
                )
    return profiles


def _by_key(session: Session, keys: list[str]) -> dict[str, Organisation]:
    found: dict[str, Organisation] = {}
    for start in range(0, len(keys), 400):
        part = keys[start : start + 400]
        statement = select(Organisation).where(
            or_(Organisation.external_id.in_(part), Organisation.ror_id.in_(part))
        )
        for organisation in session.exec(statement):
            for key in (organisation.external_id, organisation.ror_id):
                if key in part:
                    found[key] = organisation
    return found


def apply_profiles(session: Session, profiles: list[Profile]) -> list[Profile]:
    """Write each profile into its organisation where none was written yet; returns the profiles
    whose key names no organisation."""
    organisations = _by_key(session, [p.key for p in profiles])
    unresolved = []
    for profile in profiles:
        organisation = organisations.get(profile.key)
        if organisation is None:
            unresolved.append(profile)
        elif not organisation.profile_source:
            organisation.description = profile.description_nl
            organisation.keywords = profile.keywords_nl
            organisation.description_en = profile.description_en
            organisation.keywords_en = profile.keywords_en
            organisation.profile_source = profile.source
    session.flush()
    return unresolved
