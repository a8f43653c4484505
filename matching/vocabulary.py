"""The matching vocabulary shipped with HelixMatch: concepts with their Dutch and English words.

A request's competences are concept ids (``hydrogen``) or plain words; shown to a user, a
concept reads as its first word in the interface language (``waterstof``, ``hydrogen``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import resources
from matching.analysis import Analyzer, Concept, load_vocabulary

VOCABULARY = Path(resources.__file__).parent / "matching" / "vocabulary.csv"


@cache
def concepts() -> tuple[Concept, ...]:
    return load_vocabulary(VOCABULARY)


def make_analyzer() -> Analyzer:
    return Analyzer(concepts())


def concept_words() -> dict[str, tuple[str, str]]:
    """Concept id -> its (Dutch, English) word."""
    return {c.id: (c.nl[0] if c.nl else c.id, c.en[0] if c.en else c.id) for c in concepts()}
