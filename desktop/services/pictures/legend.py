"""A legend column: coloured swatches with labels, under a title."""

from __future__ import annotations

from desktop.services.pictures.scene import Circle, Rect, Shape, Text
from desktop.services.pictures.style import Theme, text_width

ROW = 15.0
SWATCH = 10.0
SIZE = 8.5


def legend(
    x: float,
    y: float,
    title: str,
    entries: list[tuple[str, str]],
    theme: Theme,
    *,
    round_swatches: bool = False,
) -> tuple[list[Shape], float, float]:
    """The shapes of a legend at (x, y), with its width and height. Entries are (colour, label)."""
    shapes: list[Shape] = [Text((x, y + SIZE + 1), title, SIZE + 0.5, theme.text, bold=True)]
    width = text_width(title, SIZE + 0.5, bold=True)
    top = y + ROW + 3
    for number, (colour, label) in enumerate(entries):
        row_top = top + number * ROW
        if round_swatches:
            shapes.append(
                Circle((x + SWATCH / 2, row_top + SWATCH / 2), SWATCH / 2, colour, theme.text, 0.5)
            )
        else:
            shapes.append(Rect(x, row_top, SWATCH, SWATCH, colour, theme.muted, 0.5))
        shapes.append(Text((x + SWATCH + 5, row_top + SWATCH - 1.5), label, SIZE, theme.text))
        width = max(width, SWATCH + 5 + text_width(label, SIZE))
    return shapes, width, top - y + len(entries) * ROW
