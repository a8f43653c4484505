"""Organisation names: normalisation without legal forms, and a fuzzy name index.

"Deltares BV", "Stichting Deltares" and "deltares" normalise alike; short names and aliases
("TU/e", "WUR") count as names of their own.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from matching.text import fold

# Legal forms and noise words that say nothing about which organisation is meant. Dotted forms
# ("B.V.", "U.A.") fold to spaced letters and are removed as a whole.
_DOTTED_FORMS = re.compile(r"\b(?:b v|n v|v o f|c v|u a|b a)\b")
CHUNK = 5_000  # names scored per call: a few milliseconds each
PART = 1_000  # names per stored part of the index: read back in a millisecond or two each
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


@dataclass(frozen=True)
class NameHit:
    key: int
    score: float
    matched: str


MIN_FUZZY_LENGTH = 4


class NameIndex:
    """Fuzzy lookup of keys (organisation ids) by any of their names.

    An exact match of the normalised or compacted name scores 100; otherwise rapidfuzz's WRatio
    over every normalised name decides, best name per key. A name shorter than
    ``MIN_FUZZY_LENGTH`` (an acronym such as "ST") matches only exactly: inside a longer word it
    is a coincidence ("zwaluwSTaart").
    """

    def __init__(self, entries: Iterable[tuple[int, Iterable[str]]]) -> None:
        self._keys: list[int] = []
        self._names: list[str] = []
        self._originals: list[str] = []
        self._exact: dict[str, list[int]] = {}
        for key, names in entries:
            for original in names:
                if not original or not original.strip():
                    continue
                normalised = normalise_name(original)
                self._keys.append(key)
                self._names.append(normalised)
                self._originals.append(original)
                for form in forms(normalised):
                    self._exact.setdefault(form, []).append(len(self._names) - 1)

    def dump_parts(self) -> list[bytes]:
        """The index as pickled parts of ``PART`` names each, for ``from_parts``: one pickle of
        the whole index would hold the interpreter lock for a tenth of a second at 100,000 names
        while it is read back (a window stutters); part by part, a few milliseconds at a time,
        and nothing to compute afterwards."""
        parts = []
        for start in range(0, len(self._names), PART):
            end = min(start + PART, len(self._names))
            exact: dict[str, list[int]] = {}
            for position in range(start, end):
                for form in forms(self._names[position]):
                    exact.setdefault(form, []).append(position)
            piece = (self._keys[start:end], self._names[start:end], self._originals[start:end])
            parts.append(pickle.dumps((*piece, exact), protocol=pickle.HIGHEST_PROTOCOL))
        return parts

    @classmethod
    def from_parts(cls, parts: Iterable[bytes]) -> NameIndex:
        """The index ``dump_parts`` wrote (to be read only from a source as trusted as code)."""
        index = cls(())
        for part in parts:
            keys, names, originals, exact = pickle.loads(part)  # noqa: S301 - see the docstring
            index._keys += keys
            index._names += names
            index._originals += originals
            # A form met in an earlier part too (the same name twice) keeps every position.
            for form in exact.keys() & index._exact.keys():
                exact[form] = index._exact[form] + exact[form]
            index._exact.update(exact)
        return index

    def __len__(self) -> int:
        return len(self._names)

    def search(self, query: str, limit: int = 10, cutoff: float = 60.0) -> list[NameHit]:
        normalised = normalise_name(query)
        if not normalised:
            return []
        best: dict[int, NameHit] = {}

        def offer(position: int, score: float) -> None:
            key = self._keys[position]
            if key not in best or score > best[key].score:
                best[key] = NameHit(key, score, self._originals[position])

        for form in forms(normalised):
            for position in self._exact.get(form, ()):
                offer(position, 100.0)
        # In chunks: rapidfuzz holds the interpreter lock while it scores a list, so a long list
        # in one call would stall every other thread (a window's event loop) until it is done.
        for start in range(0, len(self._names), CHUNK):
            candidates = process.extract(
                normalised,
                self._names[start : start + CHUNK],
                scorer=fuzz.WRatio,
                processor=None,
                limit=limit * 4,
                score_cutoff=cutoff,
            )
            for name, score, position in candidates:
                if len(name) >= MIN_FUZZY_LENGTH:
                    offer(start + position, min(float(score), 99.0))
        ranked = sorted(best.values(), key=lambda hit: (-hit.score, hit.key))
        return ranked[:limit]
