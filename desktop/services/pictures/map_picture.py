"""The map of the Netherlands: organisations per province as a choropleth, members as markers."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from desktop.services.pictures.legend import legend
from desktop.services.pictures.provinces import bounds, centroid, province_outlines, ring_area
from desktop.services.pictures.scene import Circle, Counted, Polygon, Scene, Shape, Text
from desktop.services.pictures.style import RAMP, Theme, helix_colour
from matching.kinds import HELIX_ORDER

MAP_WIDTH = 300.0
LEGEND_GAP = 16.0
MARKER_RADIUS = 5.0


@dataclass(frozen=True)
class MapMarker:
    province_code: str
    label: str
    kind: str  # helix kind: the marker's colour


@dataclass(frozen=True)
class MapWords:
    legend_title: str
    none: str  # the class of provinces without any
    province_tip: Counted  # "{name}: {count} organisations"
    members_title: str = ""
    kinds: dict[str, str] | None = None  # helix kind -> word, for the markers' legend
    attribution: str = "Bron: CBS, PDOK"


def classes(values: list[int], wanted: int = len(RAMP)) -> list[tuple[int, int]]:
    """Up to ``wanted`` ranges (low, high) splitting the positive values at their quantiles."""
    positive = sorted(v for v in values if v > 0)
    if not positive:
        return []
    uppers: list[int] = []
    for number in range(1, wanted + 1):
        upper = positive[min(len(positive) - 1, math.ceil(number * len(positive) / wanted) - 1)]
        if not uppers or upper > uppers[-1]:
            uppers.append(upper)
    ranges, low = [], positive[0]
    for upper in uppers:
        ranges.append((low, upper))
        low = upper + 1
    return ranges


def _ramp(count: int) -> list[str]:
    """``count`` colours spread over the ramp, light to dark."""
    if count == 1:
        return [RAMP[-2]]
    return [RAMP[round(i * (len(RAMP) - 1) / (count - 1))] for i in range(count)]


def _range_label(low: int, high: int, number: Callable[[int], str]) -> str:
    return number(low) if low == high else f"{number(low)}–{number(high)}"


def map_scene(
    counts: dict[str, int],
    words: MapWords,
    theme: Theme,
    *,
    markers: tuple[MapMarker, ...] = (),
    selected: str | None = None,
    number: Callable[[int], str] = str,
) -> Scene:
    """Provinces coloured by ``counts`` (province code -> number), with a legend and markers.

    Each province's key is its code, so a click on it can filter by province.
    """
    outlines = province_outlines()
    left, top, right, bottom = bounds(outlines)
    scale = MAP_WIDTH / (right - left)
    map_height = (bottom - top) * scale

    def project(point: tuple[float, float]) -> tuple[float, float]:
        return (point[0] - left) * scale, (point[1] - top) * scale

    ranges = classes([counts.get(o.code, 0) for o in outlines])
    colours = _ramp(len(ranges))

    def fill(count: int) -> str:
        for (low, high), colour in zip(ranges, colours, strict=True):
            if low <= count <= high:
                return colour
        return theme.empty

    shapes: list[Shape] = []
    coloured: list[str] = []
    centres: dict[str, tuple[float, float]] = {}
    for outline in outlines:
        count = counts.get(outline.code, 0)
        if count > 0:
            coloured.append(outline.code)
        rings = tuple(tuple(project(p) for p in ring) for ring in outline.rings)
        tip = words.province_tip(count).format(name=outline.name, count=number(count))
        shapes.append(Polygon(rings, fill(count), theme.outline, 0.8, outline.code, tip))
        centres[outline.code] = centroid(max(rings, key=ring_area))
    for outline in outlines:  # drawn last, so its outline is not covered by a neighbour
        if outline.code == selected:
            rings = tuple(tuple(project(p) for p in ring) for ring in outline.rings)
            shapes.append(Polygon(rings, None, theme.text, 2.0))

    shapes += _markers(markers, centres)
    pairs = zip(ranges, colours, strict=True)
    entries = [(colour, _range_label(low, high, number)) for (low, high), colour in pairs]
    entries.append((theme.empty, words.none))
    legend_x = MAP_WIDTH + LEGEND_GAP
    legend_shapes, legend_width, legend_height = legend(
        legend_x, 4, words.legend_title, entries, theme
    )
    shapes += legend_shapes
    if markers and words.kinds:
        present = [k for k in HELIX_ORDER if any(m.kind == k for m in markers)]
        marker_entries = [(helix_colour(k), words.kinds.get(k, k)) for k in present]
        more, more_width, _ = legend(
            legend_x, legend_height + 18, words.members_title, marker_entries, theme,
            round_swatches=True,
        )  # fmt: skip
        shapes += more
        legend_width = max(legend_width, more_width)
    shapes.append(Text((MAP_WIDTH, map_height + 12), words.attribution, 7, theme.muted, "end"))
    return Scene(
        MAP_WIDTH + LEGEND_GAP + legend_width + 4,
        map_height + 16,
        tuple(shapes),
        words.legend_title,
        facts={
            "coloured": coloured,
            "classes": ranges,
            "markers": len(markers),
            "selected": selected,
        },
    )


def _markers(markers: tuple[MapMarker, ...], centres: dict[str, tuple[float, float]]) -> list:
    """Markers in their province's centre; several in one province sit on a small circle."""
    by_province: dict[str, list[MapMarker]] = defaultdict(list)
    for marker in markers:
        if marker.province_code in centres:
            by_province[marker.province_code].append(marker)
    shapes = []
    for code, group in by_province.items():
        cx, cy = centres[code]
        spread = 0.0 if len(group) == 1 else MARKER_RADIUS * (1.2 + 0.35 * len(group))
        for number, marker in enumerate(group):
            angle = 2 * math.pi * number / len(group) - math.pi / 2
            centre = (cx + spread * math.cos(angle), cy + spread * math.sin(angle))
            colour = helix_colour(marker.kind)
            shapes.append(Circle(centre, MARKER_RADIUS, colour, "#000000", 0.8, tip=marker.label))
    return shapes
