"""Helix balance: which of the four helix kinds a consortium has, and within knowledge, which
links of the knowledge chain (research university, TO2 institute, hogeschool)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from desktop.services.pictures.scene import Counted, Line, Rect, Scene, Shape, Text
from desktop.services.pictures.style import (
    Theme,
    helix_colour,
    readable_on,
    text_width,
)
from matching.kinds import HELIX_ORDER, KNOWLEDGE_CHAIN

CHAIN_FILL = "#9ecae1"  # a light tint of the knowledge colour
TILE_WIDTH, TILE_HEIGHT, GAP = 104.0, 50.0, 8.0
COMPACT_TILE_WIDTH = 80.0  # narrow enough for a card, wide enough for every label
CHAIN_HEIGHT = 32.0


@dataclass(frozen=True)
class HelixWords:
    kinds: dict[str, str]  # helix kind -> word
    chain: dict[str, str]  # "university", "to2", "hogeschool" -> word
    chain_title: str  # "Knowledge chain"
    missing: str
    tip: Counted  # "{what}: {count} members"


def helix_scene(
    members: list[tuple[str, str]],
    words: HelixWords,
    theme: Theme,
    tile_width: float = TILE_WIDTH,
) -> Scene:
    """``members`` are (helix kind, organisation type) pairs; the tiles of the helix kinds and
    of the chain links are ``tile_width`` wide (``COMPACT_TILE_WIDTH`` where room is short)."""
    kinds = Counter(kind for kind, _ in members)
    types = Counter(type_ for kind, type_ in members if kind == "knowledge")
    shapes: list[Shape] = []
    for number, kind in enumerate(HELIX_ORDER):
        x = number * (tile_width + GAP)
        shapes += _tile(
            x, 0, tile_width, TILE_HEIGHT, words.kinds.get(kind, kind), kinds[kind],
            helix_colour(kind), words, theme, big=True,
        )  # fmt: skip
    # The knowledge tile branches into the three links of the chain below it.
    stem = tile_width + GAP + tile_width / 2
    chain_top = TILE_HEIGHT + 24
    branch = chain_top - 10
    shapes.append(Line((stem, TILE_HEIGHT), (stem, branch), theme.muted, 1.0))
    middles = [n * (tile_width + GAP) + tile_width / 2 for n in range(len(KNOWLEDGE_CHAIN))]
    shapes.append(Line((middles[0], branch), (middles[-1], branch), theme.muted, 1.0))
    shapes += [Line((x, branch), (x, chain_top), theme.muted, 1.0) for x in middles]
    title_x = len(KNOWLEDGE_CHAIN) * (tile_width + GAP) + 4
    title_y = chain_top + CHAIN_HEIGHT / 2 + 3
    shapes.append(Text((title_x, title_y), words.chain_title, 8.5, theme.muted, bold=True))
    for number, link in enumerate(KNOWLEDGE_CHAIN):
        x = number * (tile_width + GAP)
        shapes += _tile(
            x, chain_top, tile_width, CHAIN_HEIGHT, words.chain.get(link, link), types[link],
            CHAIN_FILL, words, theme, big=False,
        )  # fmt: skip
    return Scene(
        max(4 * tile_width + 3 * GAP, title_x + text_width(words.chain_title, 8.5, bold=True)),
        chain_top + CHAIN_HEIGHT + 2,
        tuple(shapes),
        words.chain_title,
        facts={
            "present": [k for k in HELIX_ORDER if kinds[k]],
            "missing": [k for k in HELIX_ORDER if not kinds[k]],
            "chain_missing": [link for link in KNOWLEDGE_CHAIN if not types[link]],
        },
    )


def _tile(
    x: float,
    y: float,
    width: float,
    height: float,
    label: str,
    count: int,
    colour: str,
    words: HelixWords,
    theme: Theme,
    *,
    big: bool,
) -> list[Shape]:
    tip = words.tip(count).format(what=label, count=count)
    middle = x + width / 2
    if count == 0:
        return [
            Rect(x, y, width, height, None, theme.muted, 1.0, tip=tip, dashed=True),
            Text((middle, y + height / 2 - 2), label, 8.5, theme.muted, "middle"),
            Text((middle, y + height / 2 + 10), words.missing, 8.5, theme.muted, "middle", True),
        ]
    ink = readable_on(colour)
    if big:
        return [
            Rect(x, y, width, height, colour, None, tip=tip),
            Text((middle, y + 17), label, 8.5, ink, "middle"),
            Text((middle, y + 40), str(count), 17, ink, "middle", True),
        ]
    return [
        Rect(x, y, width, height, colour, None, tip=tip),
        Text((middle, y + height / 2 + 3.5), f"{label}: {count}", 8.5, ink, "middle"),
    ]
