"""The EU's participant identification codes (PIC) of Dutch organisations, by their legal name
as CORDIS publishes it ("TECHNISCHE UNIVERSITEIT DELFT").

A built-in organisation gets a PIC only when one of its names (name, short name, aliases) equals
the CORDIS name or one of its comma-separated parts ("STICHTING NIOZ, KONINKLIJK NEDERLANDS
INSTITUUT VOOR ONDERZOEK DER ZEE"), legal forms, case and punctuation aside, and neither side has
a second candidate: an ambiguous match is left out rather than guessed.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from desktop.models.tables.organisation import Organisation
from desktop.services.reference.files import REFERENCE_DIR
from matching.names import normalise_name

PIC_FILE = REFERENCE_DIR / "cordis_organisations_nl.csv"


@dataclass(frozen=True)
class Participant:
    pic: str
    name: str
    short_name: str
    activity_type: str
    city: str


def read_participants(path: Path = PIC_FILE) -> list[Participant]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [Participant(**row) for row in csv.DictReader(handle)]


def pics_by_organisation(
    organisations: Iterable[tuple[int, Iterable[str]]], participants: Iterable[Participant]
) -> dict[int, str]:
    """Organisation id -> PIC, for the pairs whose names meet one to one."""
    by_name: dict[str, set[str]] = defaultdict(set)
    for participant in participants:
        for name in {participant.name, *participant.name.split(",")}:
            if name.strip():
                by_name[normalise_name(name)].add(participant.pic)
    candidates: dict[int, set[str]] = {}
    claimed: dict[str, set[int]] = defaultdict(set)
    for organisation_id, names in organisations:
        pics = set().union(*(by_name.get(normalise_name(n), set()) for n in names if n))
        candidates[organisation_id] = pics
        for pic in pics:
            claimed[pic].add(organisation_id)
    return {
        organisation_id: next(iter(pics))
        for organisation_id, pics in candidates.items()
        if len(pics) == 1 and len(claimed[next(iter(pics))]) == 1
    }


def assign_pics(session: Session) -> int:
    """Give the built-in organisations without a PIC theirs; returns how many got one."""
    statement = select(Organisation).where(Organisation.origin == "reference")
    organisations = list(session.exec(statement))
    used = set(session.exec(select(Organisation.pic).where(Organisation.pic.is_not(None))))
    found = pics_by_organisation(
        ((o.id, [o.name, o.short_name or "", *o.aliases]) for o in organisations if o.pic is None),
        read_participants(),
    )
    by_id = {o.id: o for o in organisations}
    assigned = 0
    for organisation_id, pic in found.items():
        if pic not in used:
            by_id[organisation_id].pic = pic
            assigned += 1
    session.flush()
    return assigned
