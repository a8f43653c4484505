"""A picture's scene (``desktop.services.pictures``) as a PNG image (Pillow), for the Word document.

Word takes bitmaps from python-docx, so the scene is drawn at three pixels per point: sharp on
screen and in print at the size it is placed.
"""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageChops, ImageDraw, ImageFont

from desktop.services.exporting.cells import xml_safe
from desktop.services.exporting.fonts import BOLD_FILE, REGULAR_FILE
from desktop.services.pictures import scene as picture

PIXELS_PER_POINT = 3
ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}
DASH, GAP = 3.0, 2.0


@cache
def _font(size: float, bold: bool) -> ImageFont.FreeTypeFont:
    path = BOLD_FILE if bold else REGULAR_FILE
    return ImageFont.truetype(str(path), max(1, round(size * PIXELS_PER_POINT)))


def _dashed(draw: ImageDraw.ImageDraw, points: list[tuple[float, float]], colour, width) -> None:
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        step = (DASH + GAP) * PIXELS_PER_POINT
        position = 0.0
        while position < length:
            end = min(position + DASH * PIXELS_PER_POINT, length)
            a, b = position / length, end / length
            draw.line(
                [
                    (x1 + (x2 - x1) * a, y1 + (y2 - y1) * a),
                    (x1 + (x2 - x1) * b, y1 + (y2 - y1) * b),
                ],
                fill=colour,
                width=width,
            )
            position += step


def _polygon(image: Image.Image, shape: picture.Polygon, at) -> None:
    draw = ImageDraw.Draw(image)
    rings = [[at(p) for p in ring] for ring in shape.rings if len(ring) > 2]
    if not rings:
        return
    if shape.fill and len(rings) == 1:
        draw.polygon(rings[0], fill=shape.fill)
    elif shape.fill:
        # Even-odd over the polygon's bounding box: a ring inside another is a hole.
        xs = [x for ring in rings for x, _ in ring]
        ys = [y for ring in rings for _, y in ring]
        left, top = int(min(xs)), int(min(ys))
        size = (int(max(xs)) - left + 2, int(max(ys)) - top + 2)
        mask = Image.new("1", size, 0)
        for ring in rings:
            ring_mask = Image.new("1", size, 0)
            ImageDraw.Draw(ring_mask).polygon([(x - left, y - top) for x, y in ring], fill=1)
            mask = ImageChops.logical_xor(mask, ring_mask)
        image.paste(shape.fill, (left, top, left + size[0], top + size[1]), mask)
    if shape.stroke:
        width = max(1, round(shape.stroke_width * PIXELS_PER_POINT))
        for ring in rings:
            draw.line([*ring, ring[0]], fill=shape.stroke, width=width, joint="curve")


def _text(image: Image.Image, shape: picture.Text, at) -> None:
    font = _font(shape.size, shape.bold)
    text = xml_safe(shape.text)
    if not shape.vertical:
        ImageDraw.Draw(image).text(
            at(shape.position), text, fill=shape.colour, font=font, anchor=ANCHORS[shape.anchor]
        )
        return
    left, top, right, bottom = font.getbbox(text, anchor="ls")
    label = Image.new("RGBA", (right - left + 2, bottom - top + 2), (0, 0, 0, 0))
    ImageDraw.Draw(label).text((-left, -top), text, fill=shape.colour, font=font, anchor="ls")
    turned = label.rotate(90, expand=True)  # reads upwards; the baseline is now on the right
    x, y = at(shape.position)
    image.paste(turned, (round(x - turned.width - top), round(y - turned.height)), turned)


def scene_png(scene: picture.Scene, background: str = "#ffffff") -> bytes:
    size = (
        max(1, round(scene.width * PIXELS_PER_POINT)),
        max(1, round(scene.height * PIXELS_PER_POINT)),
    )
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)

    def at(point: tuple[float, float]) -> tuple[float, float]:
        return point[0] * PIXELS_PER_POINT, point[1] * PIXELS_PER_POINT

    for shape in scene.shapes:
        match shape:
            case picture.Rect():
                x1, y1 = at((shape.x, shape.y))
                x2, y2 = at((shape.x + shape.width, shape.y + shape.height))
                width = max(1, round(shape.stroke_width * PIXELS_PER_POINT))
                if shape.dashed:
                    if shape.fill:
                        draw.rectangle([x1, y1, x2, y2], fill=shape.fill)
                    corners = [(x1, y1), (x2, y1), (x2, y2), (x1, y2), (x1, y1)]
                    _dashed(draw, corners, shape.stroke, width)
                else:
                    outline = shape.stroke if shape.stroke else None
                    draw.rectangle([x1, y1, x2, y2], fill=shape.fill, outline=outline, width=width)
            case picture.Circle():
                cx, cy = at(shape.centre)
                radius = shape.radius * PIXELS_PER_POINT
                width = max(1, round(shape.stroke_width * PIXELS_PER_POINT))
                draw.ellipse(
                    [cx - radius, cy - radius, cx + radius, cy + radius],
                    fill=shape.fill,
                    outline=shape.stroke,
                    width=width if shape.stroke else 0,
                )
            case picture.Line():
                width = max(1, round(shape.width * PIXELS_PER_POINT))
                draw.line([at(shape.start), at(shape.end)], fill=shape.colour, width=width)
            case picture.Polygon():
                _polygon(image, shape, at)
            case picture.Text():
                _text(image, shape, at)
    output = io.BytesIO()
    image.save(output, format="PNG")
    return output.getvalue()
