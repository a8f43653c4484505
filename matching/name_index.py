"""Finding organisations by a typed name: an index of the words of every name, short name and
alias, ranked by how well a name matches.

A hit is one of, best first:

- ``exact``: the whole name, short name or alias ("TU/e", "Deltares BV" for "Deltares");
- ``prefix``: a name that begins with the query ("oude maas" -> "Oude Maas Katalysetechniek");
- ``words``: every word of the query begins a word of the name, in any order ("wageningen univ"
  -> "Wageningen University");
- ``similar``: most of the query is in the name, words spelt a little differently count
  ("Technsche Universiteit Delft"), and at least one *distinctive* word matched: a word such as
  "hogeschool", "university", a word of one or two letters or one that begins thousands of names
  never makes a match alone: "Hydrohub" does not find "Hogeschool Utrecht", nor "tu delft" "TU/e";
  "wageningen univ" finds Wageningen Research too, below Wageningen University.

Within a kind, the name that the query covers more of comes first, then the alphabet. Looking up a
word costs a binary search in the sorted words and, for a word no name has, one rapidfuzz pass
over the distinct words (not over every name).
"""

from __future__ import annotations

import heapq
import pickle
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from rapidfuzz import fuzz, process

from matching.names import compact, forms, normalise_name

PART = 1_000  # names per stored part of the index: read back in a millisecond or two each
SORT_STEP = 5_000  # items sorted at a time: a few milliseconds each
MIN_PREFIX = 2  # a shorter query word matches only a whole word ("u" is not "utrecht")
MIN_FUZZY_LENGTH = 4  # a shorter word is matched only as typed
MIN_DISTINCTIVE = 3  # a shorter word ("tu", "e") is common: it never makes a match alone
FUZZY_CUTOFF = 80.0  # rapidfuzz ratio of two words spelt alike: one letter wrong in five
FUZZY_WORDS = 20  # similar words looked at per query word
PREFIX_QUALITY = 0.9  # a word that begins a name's word, against the whole word
COMMON_WEIGHT = 0.25  # how much a common word counts towards a similar match
COMMON_SHARE = 0.02  # a word in more than this share of the names is common ...
COMMON_MIN = 50  # ... and in more than this many
MIN_COVERAGE = 0.5  # of the query's (weighted) words, for a similar match
# Words of organisation names that say what kind of organisation it is, not which one.
GENERIC_WORDS = frozenset(
    {
        "university", "universiteit", "universities", "hogeschool", "hogescholen", "school",
        "college", "academy", "academie", "institute", "instituut", "institut", "centre",
        "center", "centrum", "research", "onderzoek", "technology", "technologies", "technische",
        "technisch", "technical", "applied", "sciences", "science", "medical", "medisch",
        "ziekenhuis", "hospital", "national", "nationaal", "nationale", "international",
        "nederland", "nederlandse", "netherlands", "dutch", "and", "en", "of", "van", "voor",
        "for", "in", "der", "den", "company", "services", "solutions", "foundation",
        "association", "bedrijf", "bedrijven", "gemeente", "provincie", "ministerie",
    }
)  # fmt: skip
FIELDS = ("name", "short_name", "alias")  # what the n-th name of an organisation is


class How(IntEnum):
    """How a name matched, best first (the codes a caller words)."""

    EXACT = 0
    PREFIX = 1
    WORDS = 2
    SIMILAR = 3


# The scores of each kind of match lie in their own band, so the score alone orders the hits.
_BANDS = {How.EXACT: (100.0, 0.0), How.PREFIX: (95.0, 4.0), How.WORDS: (85.0, 9.0)}
_SIMILAR_BASE, _SIMILAR_QUERY, _SIMILAR_NAME = 50.0, 30.0, 4.0


@dataclass(frozen=True)
class NameHit:
    key: int
    score: float
    matched: str  # the name, short name or alias that matched, as stored
    field: str  # "name", "short_name" or "alias"
    how: How


@dataclass
class _Word:
    """What one query word matches: positions of names with the quality of the best match."""

    quality: dict[int, float]
    typed: bool  # True: the names have the word as typed (whole or its beginning), not alike
    common: bool


class NameIndex:
    """Keys (organisation ids) by any of their names. ``entries``: a key and its names, the
    name first, then the short name ("" or None when there is none), then aliases."""

    def __init__(self, entries: Iterable[tuple[int, Iterable[str | None]]]) -> None:
        self._keys: list[int] = []
        self._fields: list[int] = []
        self._names: list[str] = []
        self._originals: list[str] = []
        self._sizes: list[int] = []  # letters of each normalised name
        for key, names in entries:
            for field, original in enumerate(names):
                if original and original.strip():
                    self._keys.append(key)
                    self._fields.append(min(field, len(FIELDS) - 1))
                    self._names.append(normalise_name(original))
                    self._originals.append(original)
        self._exact: dict[str, list[int]] = {}
        self._postings: dict[str, list[int]] = {}
        self._first: dict[str, list[int]] = {}  # names by their first word
        self._index_from(0)
        self._finish()

    def _index_from(self, start: int) -> None:
        for position in range(start, len(self._names)):
            normalised = self._names[position]
            self._sizes.append(max(1, len(compact(normalised))))
            for form in forms(normalised):
                self._exact.setdefault(form, []).append(position)
            words = normalised.split()
            for word in set(words):
                self._postings.setdefault(word, []).append(position)
            if words:
                self._first.setdefault(words[0], []).append(position)

    def dump_parts(self) -> list[bytes]:
        """The index as pickled parts of ``PART`` names each, for ``from_parts``: one pickle of
        the whole index would hold the interpreter lock for a tenth of a second at 100,000 names
        while it is read back (a window stutters); part by part, a few milliseconds at a time."""
        return [
            pickle.dumps(
                (
                    self._keys[start : start + PART],
                    self._fields[start : start + PART],
                    self._names[start : start + PART],
                    self._originals[start : start + PART],
                ),
                protocol=pickle.HIGHEST_PROTOCOL,
            )
            for start in range(0, len(self._names), PART)
        ]

    @classmethod
    def from_parts(cls, parts: Iterable[bytes]) -> NameIndex:
        """The index ``dump_parts`` wrote (to be read only from a source as trusted as code)."""
        index = cls(())
        for part in parts:
            keys, fields, names, originals = pickle.loads(part)  # noqa: S301 - see the docstring
            start = len(index._names)
            index._keys += keys
            index._fields += fields
            index._names += names
            index._originals += originals
            index._index_from(start)
        index._finish()
        return index

    def _finish(self) -> None:
        """The sorted words, and each name's rank among the names: shorter first, then in the
        order of the alphabet (the order of names that match alike)."""
        self._words = sorted_in_steps(list(self._postings))
        names, sizes = self._names, self._sizes
        self._rank = [0] * len(names)
        order = sorted_in_steps([(sizes[p], names[p], p) for p in range(len(names))])
        for place, (_size, _name, position) in enumerate(order):
            self._rank[position] = place

    def __len__(self) -> int:
        return len(self._names)

    # --- searching ------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 10) -> list[NameHit]:
        """The best ``limit`` organisations for ``query``, one hit each, best first."""
        normalised = normalise_name(query)
        words = list(dict.fromkeys(normalised.split()))
        if not words:
            return []
        ranked = [
            (-100.0, self._rank[position], position, How.EXACT)
            for form in forms(normalised)
            for position in self._exact.get(form, ())
        ]
        matched = [self._word(word) for word in words]
        ranked += self._rank_words(normalised, matched, limit)
        # A similar match ranks below every other: look for them only while there is room.
        if len({self._keys[position] for _score, _rank, position, _how in ranked}) < limit:
            ranked += self._rank_similar(words, matched)
        ranked.sort()
        hits: dict[int, NameHit] = {}
        for negative, _rank, position, how in ranked:
            key = self._keys[position]
            if key not in hits:
                field = FIELDS[self._fields[position]]
                original = self._originals[position]
                hits[key] = NameHit(key, round(-negative, 1), original, field, how)
                if len(hits) == limit:
                    break
        return list(hits.values())

    def _word(self, word: str) -> _Word:
        if len(word) >= MIN_PREFIX:
            first = bisect_left(self._words, word)
            last = bisect_left(self._words, word + "\uffff", first)
            found = self._words[first:last]
        else:
            found = [word] if word in self._postings else []
        quality: dict[int, float] = {}
        for name_word in sorted(found, key=lambda w: w == word):  # the whole word last: it wins
            score = 1.0 if name_word == word else PREFIX_QUALITY
            quality.update(dict.fromkeys(self._postings[name_word], score))
        if not found and len(word) >= MIN_FUZZY_LENGTH:
            similar = process.extract(
                word, self._words, scorer=fuzz.ratio, limit=FUZZY_WORDS, score_cutoff=FUZZY_CUTOFF
            )
            for name_word, ratio, _index in sorted(similar, key=lambda found: found[1]):
                quality.update(
                    dict.fromkeys(self._postings[name_word], PREFIX_QUALITY * ratio / 100)
                )
        common_limit = max(COMMON_MIN, COMMON_SHARE * len(self._names))
        common = word in GENERIC_WORDS or len(word) < MIN_DISTINCTIVE or len(quality) > common_limit
        return _Word(quality, bool(found), common)

    def _rank_words(self, normalised: str, matched: list[_Word], limit: int) -> list:
        """Names in which every query word begins a word: those beginning with the query
        (``prefix``), then the others (``words``); of each, the best ``limit``."""
        if not all(word.typed for word in matched):
            return []
        ordered = sorted(matched, key=lambda m: len(m.quality))
        candidates = list(ordered[0].quality)
        for other in ordered[1:]:
            candidates = [p for p in candidates if p in other.quality]
        first_word = normalised.split()[0]
        start = bisect_left(self._words, first_word)
        end = bisect_left(self._words, first_word + "\uffff", start)
        prefixes = {
            p
            for word in self._words[start:end]
            for p in self._first.get(word, ())
            if self._names[p].startswith(normalised) and all(p in m.quality for m in matched)
        }
        others = [p for p in candidates if p not in prefixes]
        letters = len(compact(normalised))  # every query word is in each of these names
        ranked = []
        for how, chosen in ((How.PREFIX, prefixes), (How.WORDS, others)):
            base, spread = _BANDS[how]
            best = sorted(chosen, key=self._rank.__getitem__)[:limit]  # shortest first
            ranked += [
                (-(base + spread * min(1.0, letters / self._sizes[p])), self._rank[p], p, how)
                for p in best
            ]
        return ranked

    def _rank_similar(self, words: list[str], matched: list[_Word]) -> list:
        """Names that hold most of the query, with at least one distinctive word."""
        weights = [COMMON_WEIGHT if m.common else 1.0 for m in matched]
        total = sum(weights)
        candidates: set[int] = set()
        for word in matched:
            if not word.common:
                candidates.update(word.quality)
        ranked = []
        for position in candidates:
            share = sum(
                weight * word.quality.get(position, 0.0)
                for weight, word in zip(weights, matched, strict=True)
            )
            share /= total
            if share >= MIN_COVERAGE:
                covered = sum(
                    len(w) for w, m in zip(words, matched, strict=True) if position in m.quality
                )
                name_share = min(1.0, covered / self._sizes[position])
                score = _SIMILAR_BASE + _SIMILAR_QUERY * share + _SIMILAR_NAME * name_share
                ranked.append((-score, self._rank[position], position, How.SIMILAR))
        return ranked


def sorted_in_steps(items: list) -> list:
    """``sorted(items)`` in steps: parts sorted in C a few milliseconds at a time, merged in
    Python, where the interpreter may switch threads. One sort of 100,000 names holds the
    interpreter lock for a tenth of a second or more, and a window beside it stutters."""
    parts = [sorted(items[i : i + SORT_STEP]) for i in range(0, len(items), SORT_STEP)]
    return list(heapq.merge(*parts))
