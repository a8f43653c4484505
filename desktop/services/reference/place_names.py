"""The place names a question may mention, for reading a regional preference from its text.

Explicit place words (adjectives such as "Zeeuwse", nicknames such as "Brainport") come from
``resources/matching/place_words.csv``; then the regions of the database: clusters, provinces,
COROP regions and municipalities (a COROP region or municipality stands for its province).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from sqlmodel import Session, select

import resources
from desktop.models.tables.reference import Region
from matching.places import PlaceName
from matching.text import fold

PLACE_WORDS = Path(resources.__file__).parent / "matching" / "place_words.csv"
_QUALIFIER = re.compile(r"\s*\(.*?\)")  # "Twente (HTSM)" -> "Twente"


def _place_words() -> Iterator[PlaceName]:
    with PLACE_WORDS.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield PlaceName(row["name"], row["region"])


def place_names(session: Session) -> list[PlaceName]:
    """Every place name, the most specific meaning first (the first of a name wins)."""
    regions = session.exec(select(Region)).all()
    municipalities = {fold(r.name) for r in regions if r.kind == "municipality"}
    names = list(_place_words())
    for region in (r for r in regions if r.kind == "cluster"):
        names.append(PlaceName(region.name, region.code))
        short = _QUALIFIER.sub("", region.name)
        if fold(short) not in municipalities:
            names.append(PlaceName(short, region.code))
    for region in (r for r in regions if r.kind == "province"):
        names.extend(PlaceName(n, region.code) for n in (region.name, *region.aliases))
    for region in (r for r in regions if r.kind in ("corop", "municipality")):
        if region.province_code:
            names.extend(
                PlaceName(_QUALIFIER.sub("", n), region.province_code, capitalised=True)
                for n in (region.name, *region.aliases)
            )
    return names
