"""Simple charts for the dashboard: horizontal bars, and stacked columns over the years."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.services.pictures.legend import legend
from desktop.services.pictures.scene import Line, Rect, Scene, Shape, Text
from desktop.services.pictures.style import Theme, text_width

SIZE = 8.5
BAR = 14.0
ROW = 20.0
BAR_AREA = 200.0
MAX_LABEL = 32
# Okabe-Ito, for series that are not helix kinds (instruments)
SERIES_COLOURS = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
)  # fmt: skip


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: str
    key: str | None = None
    tip: str | None = None


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def bar_chart(
    title: str, bars: list[Bar], theme: Theme, number: Callable[[int], str] = str
) -> Scene:
    """One horizontal bar per entry, longest for the largest value, with its number beside."""
    labels = [_short(b.label) for b in bars]
    left = max((text_width(t, SIZE) for t in labels), default=0) + 8
    most = max((b.value for b in bars), default=0)
    shapes: list[Shape] = [Text((0, 11), title, SIZE + 1, theme.text, bold=True)]
    top = 22.0
    widest_number = 0.0
    for row, (bar, label) in enumerate(zip(bars, labels, strict=True)):
        y = top + row * ROW
        length = BAR_AREA * bar.value / most if most else 0
        tip = bar.tip or f"{bar.label}: {number(bar.value)}"
        shapes.append(Text((0, y + BAR / 2 + 3), label, SIZE, theme.text))
        shapes.append(Rect(left, y, max(length, 1.0), BAR, bar.colour, None, key=bar.key, tip=tip))
        shown = number(bar.value)
        widest_number = max(widest_number, text_width(shown, SIZE))
        shapes.append(Text((left + length + 4, y + BAR / 2 + 3), shown, SIZE, theme.muted))
    return Scene(
        left + BAR_AREA + 8 + widest_number,
        top + len(bars) * ROW,
        tuple(shapes),
        title,
        facts={"bars": len(bars), "values": [b.value for b in bars]},
    )


def stacked_columns(
    title: str,
    columns: list[tuple[str, dict[str, int]]],
    series: list[tuple[str, str]],
    theme: Theme,
    tip: str = "{column}, {series}: {count}",
) -> Scene:
    """One column per entry of ``columns`` (label, series code -> count), stacked by series.

    ``series`` are (code, label) pairs in stacking order; each gets a colour of its own.
    """
    colours = {code: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, (code, _) in enumerate(series)}
    names = dict(series)
    height, width, gap = 120.0, 26.0, 12.0
    tallest = max((sum(values.values()) for _, values in columns), default=0)
    shapes: list[Shape] = [Text((0, 11), title, SIZE + 1, theme.text, bold=True)]
    top, left = 24.0, 24.0
    base = top + height
    shapes.append(Line((left - 4, base), (left + len(columns) * (width + gap), base), theme.muted))
    shapes.append(Text((left - 6, top + 6), str(tallest), SIZE, theme.muted, "end"))
    shapes.append(Text((left - 6, base), "0", SIZE, theme.muted, "end"))
    for number, (label, values) in enumerate(columns):
        x = left + number * (width + gap)
        y = base
        for code, _ in series:
            count = values.get(code, 0)
            if not count:
                continue
            part = height * count / tallest
            y -= part
            text = tip.format(column=label, series=names[code], count=count)
            shapes.append(Rect(x, y, width, part, colours[code], theme.background, 0.5, tip=text))
        shapes.append(Text((x + width / 2, base + 12), label, SIZE, theme.text, "middle"))
    legend_x = left + len(columns) * (width + gap) + 10
    entries = [(colours[code], _short(name)) for code, name in series]
    legend_shapes, legend_width, legend_height = legend(legend_x, top - 2, "", entries, theme)
    shapes += legend_shapes
    return Scene(
        legend_x + legend_width + 4,
        max(base + 18, top + legend_height),
        tuple(shapes),
        title,
        facts={"columns": len(columns), "series": [code for code, _ in series]},
    )
