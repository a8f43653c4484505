"""Organisation names: normalisation without legal forms and noise words.

"Deltares BV", "Stichting Deltares" and "deltares" normalise alike (``matching.name_index``
finds organisations by these normalised names).
"""

from __future__ import annotations

import re

from matching.text import fold

# Legal forms and noise words that say nothing about which organisation is meant. Dotted forms
# ("B.V.", "U.A.") fold to spaced letters and are removed as a whole.
_DOTTED_FORMS = re.compile(r"\b(?:b v|n v|v o f|c v|u a|b a)\b")
NOISE_WORDS = frozenset(
    {
        "bv", "nv", "vof", "cv", "ua", "holding", "holdings", "stichting", "vereniging",
        "cooperatie", "coop", "groep", "group", "the", "de", "het", "ltd", "limited", "inc",
        "gmbh", "ag", "sa", "sarl", "srl", "spa", "bvba",
    }
)  # fmt: skip


def normalise_name(name: str) -> str:
    """Folded words with legal forms and noise removed; never empty for a non-empty name."""
    folded = fold(name)
    kept = [w for w in _DOTTED_FORMS.sub(" ", folded).split() if w not in NOISE_WORDS]
    return " ".join(kept) if kept else " ".join(folded.split())


def compact(normalised: str) -> str:
    """Without spaces: lets "tu e" meet "tue" and "t n o" meet "tno"."""
    return normalised.replace(" ", "")


def forms(normalised: str) -> set[str]:
    """The forms of a normalised name that an exact lookup finds."""
    return {normalised, compact(normalised)}
