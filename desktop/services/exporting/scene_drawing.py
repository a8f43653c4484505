"""A picture's scene (``desktop.services.pictures``) as a reportlab drawing: vector graphics in
the PDF.

A scene has its origin at the top left with y pointing down; a reportlab drawing has it at the
bottom left with y pointing up, so every y is turned over. The drawing is scaled to a width.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Rect, String
from reportlab.lib.colors import HexColor

from desktop.services.exporting.cells import xml_safe
from desktop.services.exporting.fonts import BOLD as BOLD_FONT
from desktop.services.exporting.fonts import REGULAR as FONT
from desktop.services.pictures import scene as picture


def _colour(value: str | None):
    return HexColor(value) if value else None


def _text(shape: picture.Text, flip) -> Group | String:
    x, y = shape.position
    string = String(
        0 if shape.vertical else x,
        0 if shape.vertical else flip(y),
        xml_safe(shape.text),
        fontName=BOLD_FONT if shape.bold else FONT,
        fontSize=shape.size,
        fillColor=_colour(shape.colour),
        textAnchor=shape.anchor,
    )
    if not shape.vertical:
        return string
    group = Group(string)
    group.translate(x, flip(y))
    group.rotate(90)
    return group


def _polygon(shape: picture.Polygon, flip) -> Path:
    path = Path(
        fillColor=_colour(shape.fill),
        strokeColor=_colour(shape.stroke),
        strokeWidth=shape.stroke_width,
        fillMode=0,  # even-odd: inner rings are holes
    )
    for ring in shape.rings:
        (x0, y0), rest = ring[0], ring[1:]
        path.moveTo(x0, flip(y0))
        for x, y in rest:
            path.lineTo(x, flip(y))
        path.closePath()
    return path


def scene_drawing(scene: picture.Scene, width: float, height: float) -> Drawing:
    """The scene scaled to fit ``width`` by ``height`` points (never enlarged)."""
    scale = min(1.0, width / max(scene.width, 1.0), height / max(scene.height, 1.0))

    def flip(y: float) -> float:
        return scene.height - y

    group = Group()
    for shape in scene.shapes:
        match shape:
            case picture.Rect():
                group.add(
                    Rect(
                        shape.x,
                        flip(shape.y + shape.height),
                        shape.width,
                        shape.height,
                        fillColor=_colour(shape.fill),
                        strokeColor=_colour(shape.stroke),
                        strokeWidth=shape.stroke_width,
                        strokeDashArray=[3, 2] if shape.dashed else None,
                    )
                )
            case picture.Circle():
                cx, cy = shape.centre
                group.add(
                    Circle(
                        cx,
                        flip(cy),
                        shape.radius,
                        fillColor=_colour(shape.fill),
                        strokeColor=_colour(shape.stroke),
                        strokeWidth=shape.stroke_width,
                    )
                )
            case picture.Line():
                (x1, y1), (x2, y2) = shape.start, shape.end
                group.add(
                    Line(
                        x1,
                        flip(y1),
                        x2,
                        flip(y2),
                        strokeColor=_colour(shape.colour),
                        strokeWidth=shape.width,
                    )
                )
            case picture.Polygon():
                group.add(_polygon(shape, flip))
            case picture.Text():
                group.add(_text(shape, flip))
    group.scale(scale, scale)
    drawing = Drawing(scene.width * scale, scene.height * scale)
    drawing.add(group)
    return drawing
