"""Reasons, as codes with values, for a candidate or a member."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from matching.corpus import Corpus
from matching.model import Reason
from matching.request import Request

STRONG_PART = 0.3  # a part counts as a reason from this share of the best candidate's


def reasons_for(
    corpus: Corpus,
    position: int,
    request: Request,
    seeds: Sequence[int],
    parts: dict,
    project_relevance: np.ndarray,
    matched_terms: Sequence[str],
    related_concepts: Sequence[str] = (),
) -> tuple[Reason, ...]:
    """``matched_terms``: the request's words its profile or names contain; ``related_concepts``:
    broader or narrower concepts of the request's that it works on instead."""
    org = corpus.organisations[position]
    reasons: list[Reason] = []
    if matched_terms:
        reasons.append(Reason("matched_terms", {"terms": list(matched_terms)}))
    if related_concepts:
        reasons.append(Reason("related_concepts", {"concepts": list(related_concepts)}))
    if parts["topic"][position] > 0:
        on_topic = int(sum(1 for p in corpus.projects_of(position) if project_relevance[p] > 0))
        reasons.append(Reason("projects_on_topic", {"count": on_topic}))
    for seed in seeds:
        if seed == position:  # worked with itself is no reason
            continue
        shared = corpus.shared_projects(position, seed)
        if shared:
            reasons.append(
                Reason(
                    "shared_projects",
                    {"partner": corpus.organisations[seed].id, "count": len(shared)},
                )
            )
    if parts["network"][position] == 0 and parts["network2"][position] >= STRONG_PART:
        reasons.append(Reason("partners_of_partners", {}))
    if request.mission and request.mission in org.missions:
        reasons.append(Reason("mission", {"mission": request.mission}))
    region = parts["region"][position]
    if region > 0 and org.province:
        if request.region and request.region in org.clusters:
            reasons.append(Reason("same_cluster", {"cluster": request.region}))
        elif region >= 1.0 or (not request.region and region > 0):
            reasons.append(Reason("same_province", {"province": org.province}))
        else:
            reasons.append(Reason("neighbouring_province", {"province": org.province}))
    seed_orgs = [corpus.organisations[s] for s in seeds]
    sectors = sorted(org.topsectors & set().union(*(o.topsectors for o in seed_orgs)))
    if sectors:
        reasons.append(Reason("shared_topsectors", {"codes": sectors}))
    technologies = sorted(org.technologies & set().union(*(o.technologies for o in seed_orgs)))
    if technologies:
        reasons.append(Reason("shared_technologies", {"codes": technologies}))
    if corpus.project_count[position] > 0:
        reasons.append(Reason("track_record", {"projects": int(corpus.project_count[position])}))
    if parts["sme"][position] > 0:
        reasons.append(Reason("sme", {}))
    if corpus.open_consortia[position]:
        reasons.append(Reason("busy", {"open_consortia": int(corpus.open_consortia[position])}))
    return tuple(reasons)
