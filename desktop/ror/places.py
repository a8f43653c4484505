"""From a town, as ROR names it (Zaandam, Voorburg, The Hague), to its municipality and province.

CBS's list of towns (woonplaatsen) gives each town its municipality. A town name that two
municipalities share is decided by a municipality of that name (Hoorn is the municipality Hoorn,
not the village on Terschelling) or else left open: ``ambiguous`` says which those are.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from desktop.models.repositories.reference import Vocabulary
from matching.text import fold

_PREFIXES = ("gemeente ", "municipality of ")
_SUFFIXES = (" municipality",)


@dataclass(frozen=True)
class Place:
    municipality_code: str | None
    province_code: str | None


class Places:
    def __init__(self, towns_file: Path, vocabulary: Vocabulary) -> None:
        self._vocabulary = vocabulary
        self._towns: dict[str, set[str]] = defaultdict(set)
        with towns_file.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                self._towns[fold(row["town"])].add(row["municipality_code"])

    def ambiguous(self, town: str) -> bool:
        """Whether the town's name leaves its municipality open."""
        return len(self._towns.get(_plain(town), ())) > 1 and self._municipality(town) is None

    def place(self, town: str | None) -> Place:
        municipality = self._municipality(town) if town else None
        province = (
            self._vocabulary.municipality_province.get(municipality) if municipality else None
        )
        return Place(municipality, province)

    def _municipality(self, town: str) -> str | None:
        name = _plain(town)
        candidates = self._towns.get(name, set())
        by_name = self._vocabulary.municipalities.get(name)
        if len(candidates) == 1:
            return next(iter(candidates))
        if by_name and (not candidates or by_name in candidates):
            return by_name
        return None


def _plain(town: str) -> str:
    """The folded town name, without the "Gemeente"/"Municipality" some records add to it."""
    name = fold(town)
    for prefix in _PREFIXES:
        name = name.removeprefix(prefix)
    for suffix in _SUFFIXES:
        name = name.removesuffix(suffix)
    return name.strip()
