"""From a town, as addresses name it (Zaandam, Voorburg, The Hague), to its municipality and
province: the one place lookup of every import and of the organisation editor.

CBS's list of towns (woonplaatsen, ``resources/reference/towns.csv``) gives each town its
municipality; a municipality's own name and aliases count as well. A town name that two
municipalities share (Velp, Haarle) is decided by the province where one is given, else by a
municipality of that name (Hoorn is the municipality Hoorn, not the village on Terschelling), else
it stays open: the place then lists the municipalities it could be.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from desktop.models.queries.reference import CodeLookup, load_code_lookup
from desktop.services.reference.files import REFERENCE_DIR
from matching.text import fold

TOWNS_FILE = REFERENCE_DIR / "towns.csv"
_PREFIXES = ("gemeente ", "municipality of ")
_SUFFIXES = (" municipality",)


@dataclass(frozen=True)
class Place:
    municipality_code: str | None
    province_code: str | None
    candidates: tuple[str, ...] = ()  # municipality codes, when the town's name leaves it open

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


class Places:
    def __init__(self, towns_file: Path, vocabulary: CodeLookup) -> None:
        self._vocabulary = vocabulary
        self._towns: dict[str, set[str]] = defaultdict(set)
        with towns_file.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                self._towns[fold(row["town"])].add(row["municipality_code"])

    @property
    def vocabulary(self) -> CodeLookup:
        return self._vocabulary

    def place(self, town: str | None, province: str | None = None) -> Place:
        """The town's municipality and province; ``province`` (a code) decides between
        municipalities that share the town's name."""
        if not town:
            return Place(None, province)
        name = _plain(town)
        by_name = self._vocabulary.municipalities.get(name)
        pool = set(self._towns.get(name, ())) or ({by_name} if by_name else set())
        within = self._vocabulary.municipality_province
        if province:
            pool = {code for code in pool if within.get(code) == province} or pool
        if len(pool) == 1 or by_name in pool:
            municipality = by_name if by_name in pool else next(iter(pool))
            return Place(municipality, within.get(municipality))
        provinces = {within.get(code) for code in pool}
        shared = next(iter(provinces)) if len(provinces) == 1 else None
        return Place(None, province or shared, tuple(sorted(pool)))

    def names(self, codes: tuple[str, ...]) -> str:
        """Municipalities by name, for messages: ``Rheden, Land van Cuijk``."""
        return ", ".join(self._vocabulary.municipality_names.get(code, code) for code in codes)


def load_places(session: Session) -> Places:
    """The towns file read against the session's municipalities."""
    return Places(TOWNS_FILE, load_code_lookup(session))


def _plain(town: str) -> str:
    """The folded town name, without the "Gemeente"/"Municipality" some records add to it."""
    name = fold(town)
    for prefix in _PREFIXES:
        name = name.removeprefix(prefix)
    for suffix in _SUFFIXES:
        name = name.removesuffix(suffix)
    return name.strip()
