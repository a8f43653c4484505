"""How much each part of a candidate's score counts: the one place to tune.

Every part is scaled to 0..1 over all organisations for one request before it is weighted, so a
weight says how much that kind of evidence matters relative to the others. ``topic``,
``network``, ``network_topic``, ``network2``, ``activity`` and ``recency`` were tuned with
``benchmarks/cordis/tune.py`` on the CORDIS development benchmark (history to 2016, queries from
2017); ``network2`` did not help there and weighs nothing (it still gives a reason). ``text``,
``mission``, ``sector``, ``region``, ``sme`` and ``load`` are set by judgement: that data has no
profile texts, regions, missions or open consortia. ``text_by_kind`` was set on the desk
development questions (``benchmarks/desk``): a question is first a question for knowledge.
``name`` is small on both: a name alone is weak evidence ("HumanTotalCare" for "human health",
a programme title's "health" in a hospital's name), but lets an organisation known only by its
name come after the ones whose profile matches.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Weights:
    text: float = 1.0  # the expertise profile (descriptions, keywords) matches the request
    name: float = 0.03  # the name, short name or an alias matches it (mostly a tie-breaker)
    topic: float = 0.75  # past projects on the request's topic, recent ones counting more
    network: float = 1.5  # projects shared with the must-include partners
    network_topic: float = 2.0  # of those, the projects on the request's topic
    network2: float = 0.0  # projects shared with the partners of those partners (reason only)
    activity: float = 0.075  # size of the track record
    recency: float = 0.2  # how recent the last project is
    mission: float = 0.5  # linked to the request's mission
    sector: float = 0.3  # topsectors and technologies in common with the partners
    region: float = 0.3  # in the preferred region (same province or cluster; neighbours half)
    sme: float = 0.3  # an SME, where the instrument asks for SMEs
    load: float = 0.15  # subtracted: already in many open consortia
    # Not a part of the candidates' score: how strongly a chosen region draws consortium
    # members in (a score is multiplied by 1 + region_pull in the region, by half that nearby).
    region_pull: float = 2.0
    # How much a profile or name match counts by helix kind: knowledge institutions are who a
    # knowledge question is for; companies, governments and civil society come with them.
    text_by_kind: tuple[tuple[str, float], ...] = (
        ("knowledge", 1.0),
        ("company", 0.7),
        ("government", 0.5),
        ("society", 0.5),
    )


WEIGHTS = Weights()
