"""Places named in a question ("in de Rotterdamse haven", "in Twente", "Zeeuwse") read as a
regional preference, and taken out of the text so that they are never matched as expertise.

A :class:`Gazetteer` holds place names as folded word sequences, each standing for a region code
(a province or a cluster). The longest name found first in the text wins. Names that are also
common words ("Best", "Goes", "Beek") are given with ``capitalised=True``: they count only when
the question writes them with a capital letter and not as its first word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from matching.text import fold

_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class PlaceName:
    name: str  # as written in the reference data, e.g. "Rotterdamse haven", "Twente"
    region: str  # province or cluster code
    capitalised: bool = False  # only when written with a capital letter, not as the first word


@dataclass(frozen=True)
class PlaceReading:
    region: str | None  # the region preference read from the text
    places: tuple[str, ...]  # the place names found, as written in the text
    text: str  # the text without them


def _words(text: str) -> list[tuple[str, str, int, int]]:
    """(folded word, surface, start, end) of every word of a text."""
    out = []
    for match in _WORD.finditer(text):
        for folded in fold(match.group()).split():
            out.append((folded, match.group(), match.start(), match.end()))
    return out


class Gazetteer:
    def __init__(self, names: Iterable[PlaceName] = ()) -> None:
        self._names: dict[tuple[str, ...], PlaceName] = {}
        for place in names:
            key = tuple(fold(place.name).split())
            if key and key not in self._names:
                self._names[key] = place
        self.longest = max((len(k) for k in self._names), default=0)

    def __len__(self) -> int:
        return len(self._names)

    def read(self, text: str) -> PlaceReading:
        """The first place found decides the region; every place found leaves the text."""
        words = _words(text)
        found: list[tuple[int, int, str]] = []  # (start, end, region) in characters
        i = 0
        while i < len(words):
            match = self._match(words, i)
            if match is None:
                i += 1
                continue
            length, place = match
            found.append((words[i][2], words[i + length - 1][3], place.region))
            i += length
        if not found:
            return PlaceReading(None, (), text)
        places = tuple(text[start:end] for start, end, _ in found)
        rest, last = [], 0
        for start, end, _ in found:
            rest.append(text[last:start])
            last = end
        rest.append(text[last:])
        return PlaceReading(found[0][2], places, " ".join("".join(rest).split()))

    def _match(
        self, words: list[tuple[str, str, int, int]], i: int
    ) -> tuple[int, PlaceName] | None:
        for length in range(min(self.longest, len(words) - i), 0, -1):
            key = tuple(w[0] for w in words[i : i + length])
            place = self._names.get(key)
            if place is None:
                continue
            if place.capitalised and (i == 0 or not words[i][1][:1].isupper()):
                continue
            return length, place
        return None
