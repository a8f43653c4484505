"""How much each part of a candidate's score counts: the one place to tune.

Every part is scaled to 0..1 over the candidates of one request before it is weighted, so a
weight says how much that kind of evidence matters relative to the others. The values were tuned
on the CORDIS development benchmark (see benchmarks/README.md) and by judgement where that data
has nothing to say (it has no texts, regions or missions).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Weights:
    text: float = 1.0  # the profile text (name, description, keywords) matches the request
    topic: float = 1.0  # past projects on the request's topic, recent ones counting more
    network: float = 1.0  # projects shared with the must-include partners
    network_topic: float = 0.5  # of those, the projects on the request's topic
    network2: float = 0.25  # projects shared with the partners of those partners
    activity: float = 0.3  # size of the track record
    recency: float = 0.2  # how recent the last project is
    mission: float = 0.5  # linked to the request's mission
    sector: float = 0.3  # topsectors and technologies in common with the partners
    region: float = 0.3  # in the preferred region (same province or cluster; neighbours half)
    sme: float = 0.3  # an SME, where the instrument asks for SMEs
    load: float = 0.15  # subtracted: already in many open consortia


WEIGHTS = Weights()
