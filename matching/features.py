"""The parts of a candidate's score, each an array over all organisations scaled to 0..1."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from matching.corpus import Corpus
from matching.places import Gazetteer
from matching.request import Request
from matching.weights import Weights

NEIGHBOUR_SHARE = 0.5
TOPIC_FOCUS = 3.0  # project relevance is raised to this power: the closest projects count most
PARTNER_REGION_SHARE = 0.5  # the partners' provinces count for half a stated preference


@dataclass(frozen=True)
class Geography:
    """Province neighbours, the provinces each cluster lies in (codes), and the place names a
    question may mention."""

    neighbours: Mapping[str, frozenset[str]] = field(default_factory=dict)
    cluster_provinces: Mapping[str, frozenset[str]] = field(default_factory=dict)
    places: Gazetteer = field(default_factory=Gazetteer)

    def provinces_of(self, region: str) -> frozenset[str]:
        """The provinces a region (a province code or a cluster) lies in."""
        return self.cluster_provinces.get(region, frozenset({region}))


@dataclass(frozen=True)
class TextRelevance:
    """How well each organisation's profile, names and projects match the request's text, and
    how much a match counts for its helix kind."""

    profiles: np.ndarray
    names: np.ndarray
    projects: np.ndarray  # over projects, not organisations
    by_kind: np.ndarray


def kind_factors(corpus: Corpus, weights: Weights) -> np.ndarray:
    """Per organisation, the weight of a text match for its helix kind."""
    factors = np.ones(len(corpus), dtype=np.float32)
    for kind, factor in weights.text_by_kind:
        factors[corpus.kind == kind] = factor
    return factors


def _scaled(values: np.ndarray) -> np.ndarray:
    values = np.asarray(values, dtype=np.float32)
    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values)


def _region(
    corpus: Corpus, request: Request, seeds: Sequence[int], geography: Geography
) -> np.ndarray:
    """1 in the preferred province or cluster, half in a neighbouring province; without a stated
    preference the provinces of the must-include partners count for half as much."""
    preference = np.zeros(len(corpus), dtype=np.float32)
    if request.region:
        if request.region in geography.cluster_provinces:
            core = corpus.clusters.having([request.region]) > 0
            provinces = geography.cluster_provinces[request.region]
            preference[np.isin(corpus.province, list(provinces))] = NEIGHBOUR_SHARE
            preference[core] = 1.0
        else:
            near = geography.neighbours.get(request.region, frozenset())
            preference[np.isin(corpus.province, list(near))] = NEIGHBOUR_SHARE
            preference[corpus.province == request.region] = 1.0
        return preference
    partner_provinces = {corpus.province[s] for s in seeds} - {""}
    if partner_provinces:
        preference[np.isin(corpus.province, list(partner_provinces))] = PARTNER_REGION_SHARE
    return preference


def score_parts(
    corpus: Corpus,
    request: Request,
    seeds: Sequence[int],
    relevance: TextRelevance,
    geography: Geography,
    wants_smes: bool,
) -> dict[str, np.ndarray]:
    """Every part of the score for every organisation; ``seeds`` are the must-include positions."""
    recency = corpus.project_recency
    project_relevance = relevance.projects
    focused = _scaled(project_relevance) ** TOPIC_FOCUS
    parts = {
        "text": _scaled(relevance.profiles * relevance.by_kind),
        "name": _scaled(relevance.names * relevance.by_kind),
        "topic": _scaled(np.log1p(corpus.to_projects(focused * recency))),
        "activity": _scaled(np.log1p(corpus.project_count)),
        "recency": corpus.latest_recency,
        "region": _region(corpus, request, seeds, geography),
        "sme": corpus.is_sme.astype(np.float32)
        if wants_smes
        else np.zeros(len(corpus), np.float32),
        "load": _scaled(np.log1p(corpus.open_consortia)),
    }
    if seeds:
        # Every must-include partner counts alike, however many projects it has.
        seed_vector = corpus.indicator(seeds)
        seed_vector[list(seeds)] /= np.sqrt(np.maximum(corpus.project_count[list(seeds)], 1))
        direct = corpus.spread(seed_vector, recency * corpus.project_intimacy)
        direct[list(seeds)] = 0.0
        parts["network"] = _scaled(np.log1p(direct))
        on_topic = corpus.spread(seed_vector, recency * focused * corpus.project_intimacy)
        on_topic[list(seeds)] = 0.0
        parts["network_topic"] = _scaled(np.log1p(on_topic))
        indirect = corpus.spread(_scaled(direct), recency)
        indirect[list(seeds)] = 0.0
        parts["network2"] = _scaled(indirect)
        seed_orgs = [corpus.organisations[s] for s in seeds]
        sectors = sorted(set().union(*(o.topsectors for o in seed_orgs)))
        technologies = sorted(set().union(*(o.technologies for o in seed_orgs)))
        parts["sector"] = _scaled(
            corpus.topsectors.having(sectors) + corpus.technologies.having(technologies)
        )
    else:
        zeros = np.zeros(len(corpus), dtype=np.float32)
        parts["network"] = parts["network_topic"] = parts["network2"] = parts["sector"] = zeros
    parts["mission"] = (
        (corpus.missions.having([request.mission]) > 0).astype(np.float32)
        if request.mission
        else np.zeros(len(corpus), dtype=np.float32)
    )
    return parts


def combine(parts: Mapping[str, np.ndarray], weights: Weights) -> np.ndarray:
    total = np.zeros_like(next(iter(parts.values())))
    for name, values in parts.items():
        weight = getattr(weights, name)
        total += -weight * values if name == "load" else weight * values
    return total
