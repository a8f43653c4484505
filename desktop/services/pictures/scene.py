"""A picture as plain shapes: what every renderer (QPainter, reportlab, Pillow) draws.

Coordinates are points with the origin at the top left and y pointing down. Colours are
``#rrggbb`` strings. A shape with a ``key`` can be clicked (the view reports the key); a shape
with a ``tip`` shows that text as a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Point = tuple[float, float]
# Words whose form depends on a count ("1 member", "2 members"): the template for that count.
Counted = Callable[[int], str]


@dataclass(frozen=True)
class Polygon:
    rings: tuple[tuple[Point, ...], ...]  # outer rings and holes; filled even-odd
    fill: str | None
    stroke: str | None = None
    stroke_width: float = 0.5
    key: str | None = None
    tip: str | None = None


@dataclass(frozen=True)
class Line:
    start: Point
    end: Point
    colour: str
    width: float = 1.0
    tip: str | None = None


@dataclass(frozen=True)
class Circle:
    centre: Point
    radius: float
    fill: str | None
    stroke: str | None = None
    stroke_width: float = 1.0
    key: str | None = None
    tip: str | None = None


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    fill: str | None
    stroke: str | None = None
    stroke_width: float = 0.5
    key: str | None = None
    tip: str | None = None
    dashed: bool = False


@dataclass(frozen=True)
class Text:
    position: Point  # the baseline point the anchor refers to
    text: str
    size: float = 9.0
    colour: str = "#000000"
    anchor: Literal["start", "middle", "end"] = "start"
    bold: bool = False
    vertical: bool = False  # turned a quarter anticlockwise: reads upwards from ``position``


Shape = Polygon | Line | Circle | Rect | Text


@dataclass(frozen=True)
class Scene:
    width: float
    height: float
    shapes: tuple[Shape, ...]
    title: str = ""
    # What the picture says in numbers, for tests and for screen readers.
    facts: dict[str, object] = field(default_factory=dict)

    def of_kind(self, kind: type) -> list:
        return [shape for shape in self.shapes if isinstance(shape, kind)]

    def texts(self) -> list[str]:
        return [shape.text for shape in self.shapes if isinstance(shape, Text)]

    def shape_at(self, x: float, y: float) -> Shape | None:
        """The topmost shape with a key or a tip under the point (for clicks and tooltips)."""
        for shape in reversed(self.shapes):
            if getattr(shape, "key", None) is None and getattr(shape, "tip", None) is None:
                continue
            if _contains(shape, x, y):
                return shape
        return None


def _contains(shape: Shape, x: float, y: float) -> bool:
    match shape:
        case Rect():
            return shape.x <= x <= shape.x + shape.width and shape.y <= y <= shape.y + shape.height
        case Circle():
            cx, cy = shape.centre
            return (x - cx) ** 2 + (y - cy) ** 2 <= (shape.radius + 2) ** 2
        case Polygon():
            inside = False
            for ring in shape.rings:
                inside ^= _in_ring(ring, x, y)
            return inside
        case Line():
            return _near_segment(shape, x, y)
    return False


def _in_ring(ring: tuple[Point, ...], x: float, y: float) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _near_segment(line: Line, x: float, y: float) -> bool:
    (x1, y1), (x2, y2) = line.start, line.end
    dx, dy = x2 - x1, y2 - y1
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length))
    px, py = x1 + t * dx, y1 + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= (line.width / 2 + 3) ** 2
