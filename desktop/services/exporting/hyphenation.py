"""Where a word too long for its column may break in the PDF: at a syllable the language's
hyphenation dictionary allows (pyphen: "ontwikkelings-maatschappij"), or after a hyphen the word
has. A word that fits its column is never broken; it moves to the next line whole."""

from __future__ import annotations

from functools import cache

import pyphen
from reportlab.pdfbase.pdfmetrics import stringWidth

DICTIONARIES = {"nl": "nl_NL", "en": "en_GB"}


@cache
def _dictionary(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=DICTIONARIES.get(language, DICTIONARIES["en"]))


def break_points(word: str, language: str) -> list[int]:
    """The places (character offsets) where ``word`` may break, in order."""
    dictionary = _dictionary(language)
    points: list[int] = []
    start = 0
    for part in word.split("-"):
        points += [start + p for p in dictionary.positions(part)]
        start += len(part) + 1
        if start < len(word):
            points.append(start)  # after the hyphen, which stays at the end of the line
    return points


class ColumnHyphenator:
    """reportlab's hyphenator for paragraphs ``width`` points wide: for a word that does not fit
    that width, the (head, tail) pairs to try, the longest head first; none for a word that fits.
    A head that does not end in a hyphen gets one from reportlab."""

    def __init__(self, language: str, font: str, size: float, width: float) -> None:
        self._language = language
        self._font = font
        self._size = size
        self._width = width

    def __call__(self, word: str) -> list[tuple[str, str]]:
        if stringWidth(word, self._font, self._size) <= self._width:
            return []
        points = break_points(word, self._language)
        return [(word[:p], word[p:]) for p in reversed(points)]
