"""The pictures of a proposal, as scenes of ``desktop.services.pictures``: the helix balance,
the map of the partners and the coverage matrix, worded in the proposal's language."""

from __future__ import annotations

from collections import Counter

from desktop.services.exporting.proposal import Proposal
from desktop.services.pictures.coverage_picture import CoverageMember, CoverageWords, coverage_scene
from desktop.services.pictures.helix_picture import HelixWords, helix_scene
from desktop.services.pictures.map_picture import MapMarker, MapWords, map_scene
from desktop.services.pictures.scene import Scene
from desktop.services.pictures.style import LIGHT
from desktop.services.words.catalogue import Words
from matching.kinds import HELIX_ORDER, KNOWLEDGE_CHAIN


def helix_picture(proposal: Proposal, words: Words) -> Scene:
    members = [(m.organisation.kind, m.organisation.type) for m in proposal.members]
    return helix_scene(
        members,
        HelixWords(
            kinds={kind: words.kind(kind) for kind in HELIX_ORDER},
            chain={link: words.chain_link(link) for link in KNOWLEDGE_CHAIN},
            chain_title=words("knowledge_chain"),
            missing=words("missing"),
            tip=words.counted("count_tip"),
        ),
        LIGHT,
    )


def map_picture(proposal: Proposal, words: Words) -> Scene:
    counts = Counter(
        m.organisation.province_code for m in proposal.members if m.organisation.province_code
    )
    markers = tuple(
        MapMarker(
            m.organisation.province_code,
            words.organisation(m.organisation.name, m.organisation.origin),
            m.organisation.kind,
        )
        for m in proposal.members
        if m.organisation.province_code
    )
    return map_scene(
        dict(counts),
        MapWords(
            legend_title=words("members_per_province"),
            none=words("none"),
            province_tip=lambda n: words.counted("count_tip")(n).replace("{what}", "{name}"),
            members_title=words("members"),
            kinds={kind: words.kind(kind) for kind in HELIX_ORDER},
            attribution=words("map_source"),
        ),
        LIGHT,
        markers=markers,
    )


def coverage_picture(proposal: Proposal, words: Words) -> Scene:
    return coverage_scene(
        [(c.code, c.word(words.language)) for c in proposal.competences],
        [
            CoverageMember(
                words.organisation(m.organisation.name, m.organisation.origin),
                m.organisation.kind,
                frozenset(m.covers),
            )
            for m in proposal.members
        ],
        CoverageWords(
            gap=words("not_covered"),
            covered_tip=words.template("covers_tip"),
            missing_tip=words.template("misses_tip"),
            count_tip=words.counted("competence_tip"),
        ),
        LIGHT,
    )
