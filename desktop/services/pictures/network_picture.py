"""The network of a consortium, or of one organisation: organisations as nodes coloured by helix
kind, a line for each pair that did projects together, thicker for more shared projects.

Members sit on a circle (in their given order, so the picture is the same every time); in an
organisation's own network, that organisation sits in the middle.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.models.queries.picture_data import Network
from desktop.services.pictures.legend import legend
from desktop.services.pictures.scene import Circle, Counted, Line, Rect, Scene, Shape, Text
from desktop.services.pictures.style import Theme, helix_colour, text_width
from matching.kinds import HELIX_ORDER

RADIUS = 110.0
NODE = 9.0
SIZE = 8.0
MAX_LABEL = 26


@dataclass(frozen=True)
class NetworkWords:
    kinds: dict[str, str]
    legend_title: str  # "Helix kind"
    lines: str  # "Line: projects done together"
    edge_tip: Counted  # "{first} and {second}: {count} shared projects"
    node_tip: str  # "{name} ({kind})"
    alone: str  # shown when no pair has a shared project


def _label(name: str) -> str:
    return name if len(name) <= MAX_LABEL else name[: MAX_LABEL - 1] + "…"


def line_width(count: int) -> float:
    return min(8.0, 1.0 + 1.6 * math.log2(count)) if count > 0 else 0.0


def network_scene(network: Network, words: NetworkWords, theme: Theme) -> Scene:
    nodes = list(network.nodes)
    ring = [n for n in nodes if n.organisation_id != network.centre]
    labels = {n.organisation_id: _label(n.name) for n in nodes}
    margin = max((text_width(t, SIZE) for t in labels.values()), default=0) + NODE + 8
    cx, cy = margin + RADIUS, RADIUS + 24
    places: dict[int, tuple[float, float]] = {}
    anchors: dict[int, tuple[tuple[float, float], str]] = {}
    for number, node in enumerate(ring):
        angle = -math.pi / 2 + 2 * math.pi * number / max(1, len(ring))
        x, y = cx + RADIUS * math.cos(angle), cy + RADIUS * math.sin(angle)
        places[node.organisation_id] = (x, y)
        cos = math.cos(angle)
        anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
        dx = (NODE + 4) * (1 if anchor == "start" else -1 if anchor == "end" else 0)
        dy = 3 + (NODE + 8) * math.sin(angle) if anchor == "middle" else 3
        anchors[node.organisation_id] = ((x + dx, y + dy), anchor)
    if network.centre is not None:
        places[network.centre] = (cx, cy)
        anchors[network.centre] = ((cx, cy + NODE + 12), "middle")

    shapes: list[Shape] = []
    edges = 0
    for (first, second), count in sorted(network.shared.items(), key=lambda item: item[1]):
        if first in places and second in places and count > 0:
            edges += 1
            tip = words.edge_tip(count).format(
                first=labels[first], second=labels[second], count=count
            )
            shapes.append(Line(places[first], places[second], theme.muted, line_width(count), tip))
    kinds_present = []
    for node in nodes:
        if node.kind not in kinds_present:
            kinds_present.append(node.kind)
        kind_word = words.kinds.get(node.kind, node.kind)
        tip = words.node_tip.format(name=node.name, kind=kind_word)
        radius = NODE * (1.4 if node.organisation_id == network.centre else 1.0)
        shapes.append(
            Circle(
                places[node.organisation_id], radius, helix_colour(node.kind), theme.text, 1.0,
                key=str(node.organisation_id), tip=tip,
            )
        )  # fmt: skip
        position, anchor = anchors[node.organisation_id]
        label = labels[node.organisation_id]
        bold = node.organisation_id == network.centre
        if bold:  # the middle's name sits on the lines: give it a background
            width = text_width(label, SIZE, bold=True)
            x, y = position
            shapes.append(Rect(x - width / 2 - 2, y - SIZE, width + 4, SIZE + 4, theme.background))
        shapes.append(Text(position, label, SIZE, theme.text, anchor, bold))
    legend_x = cx + RADIUS + margin
    entries = [
        (helix_colour(k), words.kinds.get(k, k))
        for k in HELIX_ORDER + tuple(k for k in kinds_present if k not in HELIX_ORDER)
        if k in kinds_present
    ]
    legend_shapes, legend_width, legend_height = legend(
        legend_x + 8, 4, words.legend_title, entries, theme, round_swatches=True
    )
    shapes += legend_shapes
    note = words.lines if edges else words.alone
    note_y = legend_height + 18
    shapes.append(Line((legend_x + 8, note_y - 3), (legend_x + 26, note_y - 3), theme.muted, 3.0))
    shapes.append(Text((legend_x + 31, note_y), note, SIZE, theme.muted))
    width = legend_x + 8 + max(legend_width, 23 + text_width(note, SIZE))
    return Scene(
        width,
        max(cy + RADIUS + 30, note_y + 8),
        tuple(shapes),
        words.legend_title,
        facts={"nodes": len(nodes), "edges": edges},
    )
