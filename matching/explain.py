"""Reasons, as codes with values, for a candidate or a member."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from matching.codes import ReasonCode
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
        reasons.append(Reason(ReasonCode.MATCHED_TERMS, {"terms": list(matched_terms)}))
    if related_concepts:
        reasons.append(Reason(ReasonCode.RELATED_CONCEPTS, {"concepts": list(related_concepts)}))
    if parts["topic"][position] > 0:
        on_topic = int(sum(1 for p in corpus.projects_of(position) if project_relevance[p] > 0))
        reasons.append(Reason(ReasonCode.PROJECTS_ON_TOPIC, {"count": on_topic}))
    for seed in seeds:
        if seed == position:  # worked with itself is no reason
            continue
        shared = corpus.shared_projects(position, seed)
        if shared:
            reasons.append(
                Reason(
                    ReasonCode.SHARED_PROJECTS,
                    {"partner": corpus.organisations[seed].id, "count": len(shared)},
                )
            )
    if parts["network"][position] == 0 and parts["network2"][position] >= STRONG_PART:
        reasons.append(Reason(ReasonCode.PARTNERS_OF_PARTNERS, {}))
    if request.mission and request.mission in org.missions:
        reasons.append(Reason(ReasonCode.MISSION, {"mission": request.mission}))
    region = parts["region"][position]
    if region > 0 and org.province:
        if request.region and request.region in org.clusters:
            reasons.append(Reason(ReasonCode.SAME_CLUSTER, {"cluster": request.region}))
        elif region >= 1.0 or (not request.region and region > 0):
            reasons.append(Reason(ReasonCode.SAME_PROVINCE, {"province": org.province}))
        else:
            reasons.append(Reason(ReasonCode.NEIGHBOURING_PROVINCE, {"province": org.province}))
    seed_orgs = [corpus.organisations[s] for s in seeds]
    sectors = sorted(org.topsectors & set().union(*(o.topsectors for o in seed_orgs)))
    if sectors:
        reasons.append(Reason(ReasonCode.SHARED_TOPSECTORS, {"codes": sectors}))
    technologies = sorted(org.technologies & set().union(*(o.technologies for o in seed_orgs)))
    if technologies:
        reasons.append(Reason(ReasonCode.SHARED_TECHNOLOGIES, {"codes": technologies}))
    if corpus.project_count[position] > 0:
        reasons.append(
            Reason(ReasonCode.TRACK_RECORD, {"projects": int(corpus.project_count[position])})
        )
    if parts["sme"][position] > 0:
        reasons.append(Reason(ReasonCode.SME, {}))
    if corpus.open_consortia[position]:
        reasons.append(
            Reason(ReasonCode.BUSY, {"open_consortia": int(corpus.open_consortia[position])})
        )
    return tuple(reasons)
