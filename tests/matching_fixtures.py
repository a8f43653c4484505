"""Small handmade and random corpora for the matching tests (no database, no Qt)."""

from __future__ import annotations

import random
from pathlib import Path

from matching.analysis import Analyzer, load_vocabulary
from matching.corpus import Corpus
from matching.engine import Engine, build_indexes
from matching.features import Geography
from matching.model import Organisation, Project

VOCABULARY = Path(__file__).resolve().parent.parent / "resources" / "matching" / "vocabulary.csv"
NEIGHBOURS = {
    "NL-ZH": frozenset({"NL-NH", "NL-UT", "NL-NB", "NL-ZE", "NL-GE"}),
    "NL-NB": frozenset({"NL-ZH", "NL-ZE", "NL-GE", "NL-LI"}),
    "NL-GR": frozenset({"NL-FR", "NL-DR"}),
}
GEOGRAPHY = Geography(NEIGHBOURS, {"CL-brainport": frozenset({"NL-NB"})})

TYPES = [
    ("company", "sme", True), ("company", "startup", True), ("company", "large_company", False),
    ("knowledge", "university", False), ("knowledge", "to2", False),
    ("knowledge", "hogeschool", False), ("government", "province", False),
    ("government", "municipality", False), ("society", "ngo", False),
    ("society", "cooperative", False),
]  # fmt: skip
TOPICS = [
    "waterstof productie met elektrolyse en opslag",
    "hydrogen storage and fuel cells for heavy transport",
    "plantaardige eiwitten en zeewier voor voedsel",
    "zorg op afstand met sensoren en kunstmatige intelligentie",
    "dijkversterking en klimaatadaptatie in de delta",
    "circulaire kunststoffen en recycling van plastic",
]
PROVINCES = ["NL-ZH", "NL-NB", "NL-GR", "NL-UT", "NL-GE"]


def engine_for(organisations: list[Organisation], projects: list[Project]) -> Engine:
    analyzer = Analyzer(load_vocabulary(VOCABULARY))
    indexes = build_indexes(organisations, projects, analyzer)
    corpus = Corpus(organisations, projects, current_year=2026)
    return Engine(corpus, indexes=indexes, geography=GEOGRAPHY)


def random_corpus(seed: int = 7, size: int = 120) -> tuple[list[Organisation], list[Project]]:
    """Every kind and type several times, in a few provinces, on a few topics, with projects."""
    rng = random.Random(seed)
    organisations = []
    for i in range(1, size + 1):
        kind, org_type, sme = TYPES[i % len(TYPES)]
        topic = TOPICS[rng.randrange(len(TOPICS))]
        organisations.append(
            Organisation(
                id=i,
                name=f"Organisatie {i}",
                kind=kind,
                type=org_type,
                country="NL" if i % 9 else "BE",
                external_id=f"x:{i}",
                province=rng.choice(PROVINCES),
                is_sme=sme,
                text=f"Organisatie {i} {topic}",
            )
        )
    projects = []
    for p in range(1, size // 2):
        members = tuple(rng.sample(range(1, size + 1), rng.randint(2, 6)))
        projects.append(Project(p, rng.choice(TOPICS), members, start_year=rng.randint(2012, 2025)))
    return organisations, projects
