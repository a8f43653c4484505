"""Coverage: a matrix of the request's competences (rows) against the members (columns).

A filled cell means the member's profile or past projects speak of the competence; a row
without any filled cell is a gap, marked at the row's end.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.pictures.scene import Circle, Counted, Rect, Scene, Shape, Text
from desktop.services.pictures.style import MARKER_COLOUR, Theme, helix_colour, text_width

CELL = 20.0
SIZE = 8.5
MAX_LABEL = 34  # characters of a member's or competence's name shown


@dataclass(frozen=True)
class CoverageMember:
    name: str
    kind: str
    covers: frozenset[str]  # competence codes


@dataclass(frozen=True)
class CoverageWords:
    gap: str  # "not covered"
    covered_tip: str  # "{member} covers {competence}"
    missing_tip: str  # "{member} does not cover {competence}"
    count_tip: Counted  # "{competence}: {count} members"


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def coverage_scene(
    competences: list[tuple[str, str]],
    members: list[CoverageMember],
    words: CoverageWords,
    theme: Theme,
) -> Scene:
    """``competences`` are (code, word) pairs in the order to show."""
    row_labels = [_short(word) for _, word in competences]
    column_labels = [_short(m.name) for m in members]
    left = max((text_width(t, SIZE) for t in row_labels), default=0) + 10
    top = max((text_width(t, SIZE) for t in column_labels), default=0) + 10
    shapes: list[Shape] = []
    gaps: list[str] = []
    filled = 0
    for column, label in enumerate(column_labels):
        x = left + column * CELL + CELL / 2 + SIZE / 2 - 1
        shapes.append(Text((x, top - 6), label, SIZE, theme.text, vertical=True))
    for row, (code, word) in enumerate(competences):
        y = top + row * CELL
        count = sum(code in m.covers for m in members)
        if row % 2 == 0:
            shapes.append(Rect(0, y, left + len(members) * CELL, CELL, theme.empty, None))
        shapes.append(Text((0, y + CELL / 2 + 3), row_labels[row], SIZE, theme.text))
        for column, member in enumerate(members):
            x = left + column * CELL
            centre = (x + CELL / 2, y + CELL / 2)
            covered = code in member.covers
            if covered:
                filled += 1
                tip = words.covered_tip.format(member=member.name, competence=word)
                shapes.append(
                    Circle(centre, CELL * 0.32, helix_colour(member.kind), theme.text, 0.6, tip=tip)
                )
            else:
                tip = words.missing_tip.format(member=member.name, competence=word)
                shapes.append(Circle(centre, 2.0, theme.grid, None, tip=tip))
        end = left + len(members) * CELL + 8
        tip = words.count_tip(count).format(competence=word, count=count)
        if count == 0:
            gaps.append(code)
            shapes.append(
                Rect(
                    end - 4,
                    y + 3,
                    text_width(words.gap, SIZE, True) + 8,
                    CELL - 6,
                    MARKER_COLOUR,
                    None,
                    tip=tip,
                )
            )
            shapes.append(Text((end, y + CELL / 2 + 3), words.gap, SIZE, "#ffffff", bold=True))
        else:
            shapes.append(Text((end, y + CELL / 2 + 3), str(count), SIZE, theme.muted))
    width = left + len(members) * CELL + 22 + text_width(words.gap, SIZE, True)
    return Scene(
        width,
        top + len(competences) * CELL + 2,
        tuple(shapes),
        words.gap,
        facts={"rows": len(competences), "columns": len(members), "filled": filled, "gaps": gaps},
    )
