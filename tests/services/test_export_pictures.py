"""Scenes drawn for the documents: the PDF's vector drawing and the Word document's PNG."""

from __future__ import annotations

import io

from PIL import Image

from desktop.services.exporting.scene_drawing import scene_drawing
from desktop.services.exporting.scene_image import PIXELS_PER_POINT, scene_png
from desktop.services.pictures.scene import Circle, Polygon, Rect, Scene, Text

SQUARE = ((10.0, 10.0), (90.0, 10.0), (90.0, 90.0), (10.0, 90.0))
HOLE = ((40.0, 40.0), (60.0, 40.0), (60.0, 60.0), (40.0, 60.0))
SCENE = Scene(
    200,
    100,
    (
        Polygon((SQUARE, HOLE), "#0072b2", "#000000", 1.0),
        Circle((150.0, 50.0), 10.0, "#e69f00"),
        Rect(120.0, 80.0, 60.0, 10.0, None, "#000000", dashed=True),
        Text((195.0, 95.0), "Kennis", 8.0, "#009e73", vertical=True),
    ),
)


def _pixel(image: Image.Image, x: float, y: float) -> tuple[int, int, int]:
    return image.getpixel((round(x * PIXELS_PER_POINT), round(y * PIXELS_PER_POINT)))


def test_the_png_fills_polygons_even_odd_and_draws_circles() -> None:
    image = Image.open(io.BytesIO(scene_png(SCENE))).convert("RGB")
    assert image.size == (200 * PIXELS_PER_POINT, 100 * PIXELS_PER_POINT)
    assert _pixel(image, 25, 25) == (0x00, 0x72, 0xB2)  # inside the square
    assert _pixel(image, 50, 50) == (255, 255, 255)  # in the hole
    assert _pixel(image, 150, 50) == (0xE6, 0x9F, 0x00)  # the circle
    assert _pixel(image, 5, 5) == (255, 255, 255)
    # the vertical text reads upwards from its baseline point, left of x = 195
    column = image.crop((180 * PIXELS_PER_POINT, 60 * PIXELS_PER_POINT,
                         196 * PIXELS_PER_POINT, 95 * PIXELS_PER_POINT))  # fmt: skip
    assert (0x00, 0x9E, 0x73) in {colour for _, colour in column.getcolors(100_000)}


def test_the_drawing_turns_y_over_and_scales_to_fit() -> None:
    drawing = scene_drawing(SCENE, 100, 1000)
    assert (drawing.width, drawing.height) == (100, 50)
    group = drawing.contents[0]
    circle = group.contents[1]
    assert (circle.cx, circle.cy, circle.r) == (150.0, 50.0, 10.0)
    rect = group.contents[2]
    assert (rect.x, rect.y) == (120.0, 100 - 90.0)  # the top edge at y 80 becomes 20 from the top
    assert scene_drawing(SCENE, 1000, 1000).width == 200  # never enlarged
