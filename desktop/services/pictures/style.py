"""Colours and text measures shared by every picture.

Helix kinds use the Okabe-Ito palette and the choropleth a ColorBrewer YlGnBu ramp: both stay
distinguishable with the common forms of colour blindness. A ``Theme`` carries the colours that
follow the light or dark system palette.
"""

from __future__ import annotations

from dataclasses import dataclass

HELIX_COLOURS = {
    "company": "#E69F00",
    "knowledge": "#0072B2",
    "government": "#009E73",
    "society": "#CC79A7",
}
OTHER_COLOUR = "#999999"
RAMP = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")
MARKER_COLOUR = "#D55E00"


@dataclass(frozen=True)
class Theme:
    background: str
    text: str
    muted: str
    outline: str
    grid: str
    empty: str  # a province or cell without anything in it


LIGHT = Theme("#ffffff", "#1b1b1b", "#5f6368", "#ffffff", "#d0d4d9", "#eceff2")
DARK = Theme("#232629", "#eeeeee", "#a8adb3", "#232629", "#4a4f55", "#676d75")


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of a text in points: Helvetica metrics with room for wider sans fonts."""
    # ReportLab (and Pillow with it) loads with the first picture, not with the window.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return 1.22 * stringWidth(text, "Helvetica-Bold" if bold else "Helvetica", size)


def helix_colour(kind: str) -> str:
    return HELIX_COLOURS.get(kind, OTHER_COLOUR)


def readable_on(fill: str) -> str:
    """Black or white, whichever reads better on the fill."""
    red, green, blue = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * red + 0.587 * green + 0.114 * blue > 150 else "#ffffff"
