"""The database's vocabulary as weighted choices for the synthetic-data generator."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from itertools import accumulate

from sqlmodel import Session

from desktop.models.queries.generation import (
    Located,
    Named,
    RegionRow,
    organisation_names,
    organisations_of_types,
    regions,
    technologies,
    topsectors,
)
from desktop.models.queries.reference import MissionRow, list_missions, load_code_lookup
from desktop.models.tables.base import utcnow
from desktop.services.synthetic import names as words
from desktop.services.synthetic import places
from desktop.services.user_error import UserError
from matching.text import fold

# The existing organisations that join synthetic projects as knowledge partners.
INSTITUTION_TYPES = ("university", "hogeschool", "to2", "umc", "research_institute")
PROGRAMMES = (
    # name, instrument codes or names to look up, years, weight, sizes, share of knowledge
    # partners, budget
    ("MIT R&D-samenwerking", ("mit-rd",), 2013, 2025, 3.0, 2, 3, 0.1, (1e5, 4e5)),
    ("PPS-toeslag", (), 2013, 2023, 3.0, 3, 8, 0.35, (3e5, 3e6)),
    ("PPS-Innovatie", ("pps-innovatie",), 2024, 2025, 3.0, 3, 8, 0.35, (3e5, 3e6)),
    ("FP7", (), 2010, 2013, 1.5, 5, 10, 0.35, (2e6, 1e7)),
    ("Horizon 2020", (), 2014, 2020, 2.0, 5, 10, 0.35, (2e6, 1.2e7)),
    ("Horizon Europe", ("horizon-ria", "horizon-ia"), 2021, 2025, 2.0, 5, 10, 0.35, (2e6, 1.2e7)),
    ("RAAK-mkb", ("raak-mkb",), 2010, 2025, 1.5, 3, 6, 0.3, (2e5, 3.5e5)),
    ("NWO KIC", ("nwo-kic",), 2019, 2025, 1.0, 3, 8, 0.45, (5e5, 3e6)),
    ("Interreg", ("interreg-europe",), 2010, 2025, 1.0, 3, 10, 0.2, (5e5, 5e6)),
    ("EFRO", (), 2010, 2025, 1.0, 2, 6, 0.2, (2e5, 3e6)),
    ("Nationaal Groeifonds", (), 2021, 2025, 0.5, 6, 10, 0.4, (5e6, 5e7)),
)


@dataclass(frozen=True)
class Programme:
    name: str
    instrument_code: str | None
    first_year: int
    last_year: int
    weight: float
    min_size: int
    max_size: int
    knowledge_share: float
    budget: tuple[float, float]


@dataclass
class World:
    provinces: list[RegionRow]
    province_index: dict[str, int]
    province_cum: list[float]
    municipalities: list[list[RegionRow]]
    municipality_cum: list[list[float]]
    every_municipality: list[tuple[int, RegionRow]]  # with its province's index
    cities: dict[str, str]  # municipality code -> name as a place name
    postcode_areas: dict[str, tuple[int, int]]
    clusters_of: dict[str, list[RegionRow]]
    topsectors: list[Named]
    topsector_index: dict[str, int]
    flavours: list[tuple[str, ...]]
    topsector_words: list[list[str]]  # its name and activity words, as keywords
    topsector_missions: list[list[int]]
    topsector_technologies: list[list[Named]]
    missions: list[MissionRow]
    mission_words: list[list[str]]
    mission_topics: list[str | None]
    technologies: list[Named]
    institutions: list[Located]
    programmes: list[Programme]
    taken_names: set[str]  # every organisation's name, the new ones included
    now: datetime = field(default_factory=utcnow)


def place_name(name: str) -> str:
    """``Bergen (NH.)`` -> ``Bergen``: municipality names as place names."""
    return re.sub(r"\s*\(.*\)", "", name)


def _affine_missions(topsector: Named, missions: list[MissionRow]) -> list[int]:
    fragments = words.theme_fragments(topsector.name)
    chosen = [i for i, m in enumerate(missions) if any(f in fold(m.theme_name) for f in fragments)]
    return chosen or list(range(len(missions)))


def _affine_technologies(topsector: Named, technologies: list[Named]) -> list[Named]:
    fragments = words.technology_fragments(topsector.name)
    chosen = [t for t in technologies if any(f in fold(t.name) for f in fragments)]
    return chosen or technologies


def _municipality_weight(municipality: RegionRow, clusters: list[RegionRow]) -> float:
    city = fold(place_name(municipality.name))
    return 1 + 3 * len(clusters) + places.CITY_WEIGHTS.get(city, 0)


def _programme(row: tuple, instruments: dict[str, str]) -> Programme:
    name, names, *rest = row
    code = next((instruments[fold(n)] for n in names if fold(n) in instruments), None)
    return Programme(name, code, *rest)


def load_world(session: Session, origin: str) -> World:
    """The vocabulary as weighted lists; refuses a database without it."""
    by_kind: dict[str, list[RegionRow]] = {}
    for region in regions(session):
        by_kind.setdefault(region.kind, []).append(region)
    provinces = by_kind.get("province", [])
    province_index = {p.code: i for i, p in enumerate(provinces)}
    municipalities: list[list[RegionRow]] = [[] for _ in provinces]
    for m in by_kind.get("municipality", []):
        if m.province_code in province_index:
            municipalities[province_index[m.province_code]].append(m)
    clusters_of: dict[str, list[RegionRow]] = {}
    for cluster in by_kind.get("cluster", []):
        for code in cluster.municipality_codes:
            clusters_of.setdefault(code, []).append(cluster)
    shares = [
        places.PROVINCE_SHARES.get(fold(p.name), 1.0) if municipalities[i] else 0.0
        for i, p in enumerate(provinces)
    ]
    sectors, missions = topsectors(session), list_missions(session)
    if not any(shares) or not sectors or not missions:
        raise UserError(
            "the database has no municipalities, topsectors or missions; run 'helixmatch init'"
        )
    instruments = load_code_lookup(session).instruments
    known_technologies = technologies(session)
    return World(
        provinces=provinces,
        province_index=province_index,
        province_cum=list(accumulate(shares)),
        municipalities=municipalities,
        municipality_cum=[
            list(accumulate(_municipality_weight(m, clusters_of.get(m.code, [])) for m in group))
            for group in municipalities
        ],
        every_municipality=[(p, m) for p, group in enumerate(municipalities) for m in group],
        cities={m.code: place_name(m.name) for group in municipalities for m in group},
        postcode_areas={
            m.code: places.postcode_area(p.name, place_name(m.name), m.code)
            for p, group in zip(provinces, municipalities, strict=True)
            for m in group
        },
        clusters_of=clusters_of,
        topsectors=sectors,
        topsector_index={t.code: i for i, t in enumerate(sectors)},
        flavours=[words.flavour_words(t.name) for t in sectors],
        topsector_words=[
            [t.name.lower(), *(w.lower() for w in words.flavour_words(t.name))] for t in sectors
        ],
        topsector_missions=[_affine_missions(t, missions) for t in sectors],
        topsector_technologies=[_affine_technologies(t, known_technologies) for t in sectors],
        missions=missions,
        mission_words=[words.mission_keywords(m.title, m.text) for m in missions],
        mission_topics=[words.mission_topic(m.title) for m in missions],
        technologies=known_technologies,
        institutions=organisations_of_types(session, INSTITUTION_TYPES, except_origin=origin),
        programmes=[_programme(row, instruments) for row in PROGRAMMES],
        taken_names=organisation_names(session),
    )
