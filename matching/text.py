"""Text folding shared by name matching and lookups: lower case, accents and punctuation gone."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """``"Fryslân"`` -> ``"fryslan"``; ``"TU/e"`` -> ``"tu e"``: lower case ASCII words."""
    folded = text.casefold()
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", folded).strip()
