"""Feeding the matching engine from the database, with its text indexes cached on disk.

The indexes are rebuilt only when the data they were built from has changed (a fingerprint of
counts and latest edits) or the vocabulary has; otherwise they are loaded from the cache folder.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

from sqlmodel import select

import resources
from desktop.models.database import Database
from desktop.models.queries.matching import (
    data_fingerprint,
    matching_organisations,
    matching_projects,
    open_consortium_counts,
)
from desktop.models.tables.reference import Region
from desktop.services.index_cache import cache_folder, load_cached, store_cached
from desktop.services.lifecycle.collector import building_long_lived
from desktop.services.reference.place_names import place_names
from matching.analysis import Analyzer
from matching.corpus import Corpus
from matching.engine import Engine, Indexes, build_indexes
from matching.features import Geography
from matching.model import Organisation
from matching.places import Gazetteer, PlaceName
from matching.text_index import IndexLoadError, TextIndex
from matching.vocabulary import make_analyzer

RESOURCES = Path(resources.__file__).parent
NEIGHBOURS = RESOURCES / "reference" / "province_neighbours.csv"
INDEXES = tuple(f.name for f in fields(Indexes))  # "profiles", "names", "projects"


def _neighbours() -> dict[str, frozenset[str]]:
    with NEIGHBOURS.open(encoding="utf-8", newline="") as handle:
        return {
            row["code"]: frozenset(row["neighbours"].split(";")) for row in csv.DictReader(handle)
        }


@dataclass(frozen=True)
class Loaded:
    engine: Engine
    organisations: dict[int, Organisation]
    built: bool  # the indexes were (re)built rather than loaded


def _cached(folder: Path, base: Analyzer, fingerprint: str) -> Indexes | None:
    try:
        indexes = Indexes(*(TextIndex.load(folder / name, base) for name in INDEXES))
    except IndexLoadError:
        return None
    if any(getattr(indexes, name).fingerprint != fingerprint for name in INDEXES):
        return None
    return indexes


@dataclass(frozen=True)
class _Data:
    fingerprint: str  # of the database's data and the current year (recency depends on it)
    corpus: Corpus
    clusters: list[tuple[str, str | None]]
    places: list[PlaceName]


def _read_data(database: Database, fingerprint: str) -> _Data:
    with database.transaction() as session:
        organisations = matching_organisations(session)
        projects = matching_projects(session)
        clusters = session.exec(
            select(Region.code, Region.province_code).where(Region.kind == "cluster")
        ).all()
        places = place_names(session)
    corpus = Corpus(organisations, projects, date.today().year)
    return _Data(fingerprint, corpus, list(clusters), places)


def _data(database: Database, folder: Path, fingerprint: str) -> _Data:
    """The engine's input, from the cache when it was saved for the same data: it saves
    re-reading every organisation at each start."""
    path = folder / "data.pickle"
    cached = load_cached(path)
    if isinstance(cached, _Data) and cached.fingerprint == fingerprint:
        return cached
    data = _read_data(database, fingerprint)
    store_cached(path, data)
    return data


def load_engine(database: Database, cache_dir: Path | None = None) -> Loaded:
    """The engine on the database's current data; data and indexes from the cache when valid."""
    with database.transaction() as session:
        fingerprint = f"{data_fingerprint(session)}|{date.today().year}"
        load = open_consortium_counts(session)
    folder = cache_folder(database.url, cache_dir)
    with building_long_lived():
        data = _data(database, folder, fingerprint)
        data.corpus.set_open_consortia(load)
        base = make_analyzer()
        indexes = _cached(folder, base, fingerprint)
        built = indexes is None
        if indexes is None:
            corpus = data.corpus
            indexes = build_indexes(corpus.organisations, corpus.projects, base, fingerprint)
            for name in INDEXES:
                getattr(indexes, name).save(folder / name)
        for index in (getattr(indexes, name) for name in INDEXES):
            index.scores("")  # builds the column-ordered copy now, not on the first request
        geography = Geography(
            neighbours=_neighbours(),
            cluster_provinces={code: frozenset({p}) for code, p in data.clusters if p},
            places=Gazetteer(data.places),
        )
        engine = Engine(data.corpus, indexes=indexes, geography=geography)
    return Loaded(engine, {o.id: o for o in data.corpus.organisations}, built)


def refresh_load(database: Database, loaded: Loaded) -> None:
    """Bring a loaded engine's open-consortium counts up to date (a saved consortium changes
    them, and nothing else the engine is built from)."""
    with database.transaction() as session:
        loaded.engine.corpus.set_open_consortia(open_consortium_counts(session))
