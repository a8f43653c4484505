"""One synthetic organisation or project: its row, links and the numbers that describe it.

``desktop.services.synthetic`` decides how many and who works with whom; this module decides
what one organisation or project looks like.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import accumulate
from random import Random

from desktop.models.queries.generation import Named, RegionRow
from desktop.services.synthetic import names as words
from desktop.services.synthetic import places
from desktop.services.synthetic.world import Programme, World, place_name

KIND_SHARES = {"company": 0.82, "knowledge": 0.05, "government": 0.02, "society": 0.11}
TYPE_SHARES = {
    "company": {"sme": 0.82, "startup": 0.12, "scaleup": 0.04, "large_company": 0.02},
    "knowledge": {"research_institute": 0.6, "other": 0.4},
    # Not water boards: the reference data holds all 21 real ones.
    "government": {"municipality": 0.5, "other": 0.5},
    "society": {"foundation": 0.35, "ngo": 0.25, "cooperative": 0.2, "branch_association": 0.2},
}
# Employees (log-uniform between the bounds) by company type, else by helix kind.
EMPLOYEES = {
    "startup": (1, 30), "sme": (1, 249), "scaleup": (20, 400), "large_company": (250, 20_000),
    "knowledge": (5, 800), "government": (30, 5_000), "society": (1, 120),
}  # fmt: skip
LABELS = {
    "sme": "Mkb-bedrijf", "startup": "Startup", "scaleup": "Scale-up",
    "large_company": "Groot bedrijf", "research_institute": "Onderzoeksinstituut",
    "municipality": "Gemeente", "ngo": "Maatschappelijke organisatie", "foundation": "Stichting",
    "cooperative": "Coöperatie", "branch_association": "Brancheorganisatie",
    "knowledge": "Kennisorganisatie", "government": "Overheidsorganisatie",
}  # fmt: skip
NAME_TRIES = 5
# Hubs-to-be: how often a new organisation of this type counts before it joined any project.
START_WEIGHT = {"large_company": 3, "scaleup": 1, "research_institute": 2, "municipality": 1}
EU_PROGRAMMES = ("FP7", "Horizon 2020", "Horizon Europe")  # their projects have acronyms


@dataclass(frozen=True)
class Made:
    """One organisation row and its links, plus what the project network needs to know."""

    row: dict
    topsectors: tuple[str, ...]
    technologies: tuple[str, ...]
    missions: tuple[str, ...]
    clusters: tuple[str, ...]
    mission_indices: tuple[int, ...]
    province_index: int
    topsector_index: int
    start_weight: int


def _log_uniform(rng: Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def _cumulative(shares: dict[str, float]) -> tuple[list[str], list[float]]:
    return list(shares), list(accumulate(shares.values()))


_KINDS = _cumulative(KIND_SHARES)
_TYPES = {kind: _cumulative(shares) for kind, shares in TYPE_SHARES.items()}


def _draw(rng: Random, cumulative: tuple[list[str], list[float]]) -> str:
    return rng.choices(cumulative[0], cum_weights=cumulative[1])[0]


def _name(
    rng: Random, kind: str, type_: str, city: str, flavours: tuple[str, ...], keyword: str
) -> str:
    flavour = rng.choice(flavours)
    if kind == "company":
        return words.company_name(rng, city, flavours)
    if kind == "knowledge":
        return words.knowledge_name(rng, city, flavour, keyword, type_ == "research_institute")
    if kind == "government":
        return words.government_name(rng, type_, city)
    return words.society_name(rng, type_, city, flavour, keyword)


def _new_name(
    rng: Random, world: World, kind: str, type_: str, city: str, t: int, topics: list[str]
) -> tuple[str, str]:
    """A type and a name nobody has yet, in a few tries; a municipality that is already there
    becomes another government body. Failing that, a company keeps the name (a rare repeat);
    other organisations become a department of the one with the name."""
    for _ in range(NAME_TRIES):
        name = _name(rng, kind, type_, city, world.flavours[t], rng.choice(topics))
        if name not in world.taken_names:
            return type_, name
        if type_ == "municipality":
            type_ = "other"
    return type_, name if kind == "company" else words.department(rng, name)


def _place(rng: Random, world: World, kind: str) -> tuple[int, RegionRow]:
    """A province and municipality by economic weight; for a government body, any alike."""
    if kind == "government":
        return rng.choice(world.every_municipality)
    p = rng.choices(range(len(world.provinces)), cum_weights=world.province_cum)[0]
    return p, rng.choices(world.municipalities[p], cum_weights=world.municipality_cum[p])[0]


def _topsector(rng: Random, world: World, clusters: list[RegionRow]) -> int:
    """Half of the organisations in a cluster's municipality work in one of its topsectors."""
    index = world.topsector_index
    local = [index[code] for c in clusters for code in c.topsector_codes if code in index]
    if local and rng.random() < 0.5:
        return rng.choice(local)
    return rng.randrange(len(world.topsectors))


def _keywords(
    rng: Random, world: World, mission: int, topsector: int, techs: list[Named]
) -> list[str]:
    """A few words of the mission's text, two of the topsector's name and activity words, the
    names of the technologies."""
    pool = world.mission_words[mission]
    chosen = rng.sample(pool, min(len(pool), rng.randint(2, 5)))
    chosen += rng.sample(world.topsector_words[topsector], 2)
    return chosen + [place_name(tech.name).lower() for tech in techs]


def make_organisation(rng: Random, world: World, seed: int, n: int, origin: str) -> Made:
    kind = _draw(rng, _KINDS)
    type_ = _draw(rng, _TYPES[kind])
    p, municipality = _place(rng, world, kind)
    city = world.cities[municipality.code]
    clusters = world.clusters_of.get(municipality.code, [])
    t = _topsector(rng, world, clusters)
    topsector = world.topsectors[t]
    affine = world.topsector_missions[t]
    missions = list(dict.fromkeys(rng.choice(affine) for _ in range(1 + (rng.random() < 0.3))))
    usual = world.topsector_technologies[t] if rng.random() < 0.8 else world.technologies
    techs = rng.sample(usual, min(len(usual), rng.choice((0, 1, 1, 2))))
    keywords = _keywords(rng, world, missions[0], t, techs)
    type_, name = _new_name(rng, world, kind, type_, city, t, keywords[:2])
    world.taken_names.add(name)
    label = LABELS.get(type_) or LABELS[kind]
    employees = round(_log_uniform(rng, *EMPLOYEES.get(type_) or EMPLOYEES[kind]))
    row = {
        "name": name, "short_name": None, "aliases": [], "kind": kind, "type": type_,
        "external_id": f"syn:{seed}:{n}", "country": "NL", "city": city,
        "postcode": places.postcode(rng, world.postcode_areas[municipality.code]),
        "municipality_code": municipality.code,
        "province_code": world.provinces[p].code,
        "website": words.website(name) if kind == "company" and rng.random() < 0.8 else None,
        "description": f"{label} in {city}, actief in {topsector.name}: {', '.join(keywords[:3])}.",
        "keywords": keywords, "employees": employees,
        "is_sme": employees < 250 if kind == "company" else None,
        "origin": origin, "created_at": world.now, "updated_at": world.now,
    }  # fmt: skip
    member_of = tuple(
        cluster.code
        for cluster in clusters
        if topsector.code in cluster.topsector_codes or not cluster.topsector_codes
        if rng.random() < 0.7
    )
    return Made(
        row=row,
        topsectors=(topsector.code,),
        technologies=tuple(tech.code for tech in techs),
        missions=tuple(world.missions[m].code for m in missions),
        clusters=member_of,
        mission_indices=tuple(missions),
        province_index=p,
        topsector_index=t,
        start_weight=START_WEIGHT.get(type_, 2 if kind == "knowledge" else 0),
    )


def choose_programme(rng: Random, world: World) -> tuple[int, Programme]:
    """A start year (later years more often) and a programme that ran that year."""
    years = range(2010, 2026)
    year = rng.choices(years, weights=[1 + 0.15 * (y - 2010) for y in years])[0]
    running = [p for p in world.programmes if p.first_year <= year <= p.last_year]
    return year, rng.choices(running, weights=[p.weight for p in running])[0]


def project_size(rng: Random, programme: Programme) -> int:
    """Between the programme's bounds, small consortia more often than large ones."""
    spread = programme.max_size - programme.min_size + 1
    return programme.min_size + min(spread - 1, int(spread * rng.random() ** 2))


@dataclass(frozen=True)
class ProjectFocus:
    year: int
    programme: Programme
    mission: int
    province: int  # -1: none known
    topsector: int


def project_row(
    rng: Random, world: World, seed: int, n: int, origin: str, focus: ProjectFocus
) -> dict:
    pool = world.mission_words[focus.mission]
    keywords = rng.sample(pool, min(3, len(pool)))
    place = world.provinces[focus.province].name if focus.province >= 0 else "Nederland"
    flavour = rng.choice(world.flavours[focus.topsector])
    topic = world.mission_topics[focus.mission]
    title = words.project_title(rng, keywords, topic, place, flavour)
    acronym = None
    if focus.programme.name in EU_PROGRAMMES:
        acronym = "".join(w[:3] for w in words.content_words(title)[:2]).upper() or None
    mission_title = world.missions[focus.mission].title
    return {
        "external_id": f"syn-p:{seed}:{n}", "acronym": acronym, "title": title,
        "summary": f"Bijdrage aan de missie '{mission_title}' met {', '.join(keywords)}.",
        "programme": focus.programme.name, "instrument_code": focus.programme.instrument_code,
        "start_year": focus.year, "end_year": focus.year + rng.randint(1, 4),
        "budget": round(_log_uniform(rng, *focus.programme.budget), -3),
        "origin": origin, "created_at": world.now, "updated_at": world.now,
    }  # fmt: skip
