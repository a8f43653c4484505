"""Finding organisations that are the same: by identifiers, website and (fuzzy) names.

Plain data in, plain data out. An ``Entity`` is one organisation as the caller knows it (from the
database or from a file row); ``DuplicateFinder`` holds many and answers, for another, which of
them are likely the same organisation, with the evidence as codes and values:

- ``same_kvk``, ``same_pic``: the same KvK number or PIC, decisive;
- ``same_website``: the same web domain (not a shared host such as linkedin.com), strong;
- ``same_name`` (the normalised name), ``known_name`` (one's name is the other's short name or
  alias: "TU/e", "WUR"), ``similar_name`` (a rapidfuzz score, for typos and word order);
- ``same_place`` / ``different_place``: the place (municipality code or city name) agrees or not.

A different KvK number, PIC or country rules a pair out, and so do different numbers in the names
("Basisschool 12" is not "Basisschool 21"). Names are compared without legal forms
and noise (B.V., Stichting, Holding, "the", punctuation; see ``matching.names``).

Blocking keeps it fast: a pair is only scored when the two share an identifier, a web domain or
a normalised name, or when one of the query's rarest name words (or, for a word no stored name
has, its first or last letters) leads to the other and rapidfuzz finds the names near enough.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from matching.codes import EvidenceCode
from matching.names import compact, normalise_name
from matching.text import fold

DEFAULT_THRESHOLD = 90.0
# Name words that add nothing when comparing (normalise_name already drops legal forms).
_FILLER = frozenset({"and", "en", "of", "in", "at", "te", "nederland", "netherlands", "nl"})
# Hosts that many unrelated organisations share.
_SHARED_HOSTS = frozenset(
    {
        "linkedin.com", "facebook.com", "instagram.com", "twitter.com", "x.com", "youtube.com",
        "google.com", "sites.google.com", "wixsite.com", "wordpress.com", "blogspot.com",
        "github.io", "nl.linkedin.com",
    }
)  # fmt: skip
_BLOCK_LIMIT = 60  # a blocking key shared by more entities than this is too common to use
_MAX_PAIRED_WORDS = 6
_BLOCKS_PER_QUERY = 3  # the rarest keys of a query that are searched
_PLACE_BONUS, _PLACE_PENALTY = 4.0, 12.0
_WEBSITE_BASE = 85.0  # a pair with the same website scores between this and 100 ...
_WEBSITE_BONUS = 10.0  # ... unless each name has a word the other lacks
_SHORT_WORD, _LONG_WORD = 5, 10
_LONG_FORMS = ("stichting", "vereniging", "cooperatie")
# Words that do not tell organisations apart when one name has them and the other not.
_FUNCTION_WORDS = frozenset(
    {"van", "der", "den", "voor", "for", "the", "von", "des", "aan", "bij", "uit", "met", "op"}
)
_EXTRA_WORD_PENALTY = 15.0
_MIN_FUZZY_LENGTH = 5
_SIMILARITY_FLOOR = 60.0  # below this, extra words are not looked for


@dataclass(frozen=True)
class Entity:
    """An organisation to compare. ``names``: its name first, then short name and aliases.
    ``place`` and ``city``: where it is, e.g. a municipality code and a city name; two entities
    are in the same place when any of these agree."""

    key: Hashable
    names: tuple[str, ...]
    kvk: str | None = None
    pic: str | None = None
    website: str | None = None
    place: str | None = None
    country: str | None = None
    city: str | None = None


@dataclass(frozen=True)
class Evidence:
    code: str
    value: str | float | None = None


@dataclass(frozen=True)
class Duplicate:
    """A stored entity (``key``) that is likely the one asked about."""

    key: Hashable
    score: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class DuplicatePair:
    first: Hashable  # the earlier entity
    second: Hashable
    score: float
    evidence: tuple[Evidence, ...]


_DIGITS = re.compile(r"\d+")
_UNSPECIFIC_PATH = re.compile(r"^(?:[a-z]{2}(?:-[a-z]{2})?|home|index\.[a-z]+)$")


def web_domain(website: str | None) -> str | None:
    """``https://www.TUDelft.nl/en/`` -> ``tudelft.nl``; a path that names a part of a shared
    site stays (``rijksoverheid.nl/ministeries/ministerie-van-defensie``). None for a host
    such as linkedin.com."""
    if not website:
        return None
    address = re.sub(r"^[a-z][a-z0-9+.-]*://", "", website.strip().lower()).split("?")[0]
    host, *path = address.split("/")
    host = host.split("@")[-1].split(":")[0].removeprefix("www.")
    if "." not in host or host in _SHARED_HOSTS:
        return None
    parts = [part for part in path if part and not _UNSPECIFIC_PATH.match(part)]
    return "/".join([host, *parts])


@lru_cache(maxsize=1 << 16)
def _is_filler(word: str) -> bool:
    """Filler, or a misspelt long legal form ("Stichtng", "Coöperaie"). Names share most words,
    so the answers are cached."""
    return word in _FILLER or (
        len(word) >= 7
        and any(OSA.distance(word, form, score_cutoff=1) <= 1 for form in _LONG_FORMS)
    )


def _comparable(name: str) -> str:
    return " ".join(w for w in normalise_name(name).split() if not _is_filler(w)) or fold(name)


@lru_cache(maxsize=1 << 12)
def _place(place: str) -> str:
    return fold(place)


@dataclass(slots=True)
class _Prepared:
    entity: Entity
    names: tuple[str, ...]  # comparable forms, the main name first
    compacts: frozenset[str]
    domain: str | None
    places: frozenset[str]


def _prepare(entity: Entity) -> _Prepared:
    names = tuple(dict.fromkeys(c for c in map(_comparable, entity.names) if c))
    return _Prepared(
        entity,
        names,
        frozenset(compact(n) for n in names),
        web_domain(entity.website) if entity.website else None,
        frozenset(_place(p) for p in (entity.place, entity.city) if p and _place(p)),
    )


def _fragments(word: str) -> list[str]:
    """First and last three and four letters of a longer word: a typo leaves some intact."""
    if len(word) < 5:
        return []
    return [f"p:{word[:3]}", f"p:{word[:4]}", f"s:{word[-3:]}", f"s:{word[-4:]}"]


def _pairs(words: list[str]) -> list[str]:
    """Two words of a name together: rarer than either, and a typo in a third leaves them."""
    if len(words) > _MAX_PAIRED_WORDS:
        return []
    return [f"2:{x} {y}" for i, x in enumerate(words) for y in words[i + 1 :]]


def _skeletons(words: list[str]) -> list[str]:
    """The first and the last four letters of every word, in order: one typo leaves one of the
    two intact ("cirr visu" and "link uals" for "Cirrolink Visuals" and "Cirrlink Visuals")."""
    if len(words) < 2:
        return []
    return ["k:" + " ".join(w[:4] for w in words), "j:" + " ".join(w[-4:] for w in words)]


def _block_keys(name: str) -> set[str]:
    """Where a stored name is filed: under each of its words, and under the pairs and skeletons
    of a longer name or the fragments of a one-word name (typos in those have no other way)."""
    words = name.split()
    keys = {f"w:{word}" for word in words}
    keys.update(_pairs(words) + _skeletons(words) if len(words) > 1 else _fragments(words[0]))
    return keys


def _name_evidence(a: _Prepared, b: _Prepared) -> Evidence | None:
    if not a.names or not b.names:
        return None
    if compact(a.names[0]) == compact(b.names[0]):
        return Evidence(EvidenceCode.SAME_NAME, a.names[0])
    shared = a.compacts & b.compacts
    if shared:
        known = next(n for n in a.names if compact(n) in shared)
        return Evidence(EvidenceCode.KNOWN_NAME, known)
    best = max(_similarity(x, y) for x in a.names for y in b.names)
    return Evidence(EvidenceCode.SIMILAR_NAME, round(best, 1)) if best else None


def _near_word(word: str, other: str) -> bool:
    """The same word but for a typo (an edit is a letter added, dropped, changed or two letters
    swapped): one edit in a word of five to nine letters, two in longer
    ones, none in shorter ("Smit" is not "Smits")."""
    longest = max(len(word), len(other))
    allowed = 0 if longest < _SHORT_WORD else 1 if longest < _LONG_WORD else 2
    return OSA.distance(word, other, score_cutoff=allowed) <= allowed


def _extra_words(words: list[str], others: list[str]) -> int:
    """Words (not function words, not one or two letters) with no near-equal word on the other
    side: "Vrije" in "Vrije Universiteit Amsterdam" against "Universiteit van Amsterdam"."""
    return sum(
        1
        for word in words
        if len(word) >= 3
        and word not in _FUNCTION_WORDS
        and not any(_near_word(word, other) for other in others)
    )


def _similarity(x: str, y: str) -> float:
    """Typos and word order cost little, a word that the other name lacks costs much, and
    abbreviations ("WR", "WUR") must match exactly."""
    if min(len(compact(x)), len(compact(y))) < _MIN_FUZZY_LENGTH:
        return 0.0
    base = max(fuzz.token_sort_ratio(x, y), fuzz.ratio(compact(x), compact(y)))
    if base < _SIMILARITY_FLOOR:
        return base
    xs, ys = x.split(), y.split()
    return max(0.0, base - _EXTRA_WORD_PENALTY * (_extra_words(xs, ys) + _extra_words(ys, xs)))


def _numbers(name: str) -> list[str]:
    return _DIGITS.findall(name)


def _website_overlap(a: _Prepared, b: _Prepared) -> float:
    """How much the names of two organisations with one website overlap; 0 when each name has
    a word the other lacks ("Wageningen University" and "Wageningen Research" share a site)."""
    if not a.names or not b.names:
        return 0.0
    x, y = a.names[0], b.names[0]
    xs, ys = x.split(), y.split()
    if _extra_words(xs, ys) and _extra_words(ys, xs):
        return 0.0
    return fuzz.token_set_ratio(x, y)


def _score(a: _Prepared, b: _Prepared) -> tuple[float, tuple[Evidence, ...]] | None:
    """The pair's score (0-100) and evidence, or None when something rules it out."""
    x, y = a.entity, b.entity
    evidence: list[Evidence] = []
    for code, first, second in (
        (EvidenceCode.SAME_KVK, x.kvk, y.kvk),
        (EvidenceCode.SAME_PIC, x.pic, y.pic),
    ):
        if first and second:
            if first != second:
                return None
            evidence.append(Evidence(code, first))
    if evidence:
        named = _name_evidence(a, b)
        return 100.0, tuple(evidence + ([named] if named else []))
    if x.country and y.country and x.country != y.country:
        return None
    if a.names and b.names and _numbers(a.names[0]) != _numbers(b.names[0]):
        return None
    named = _name_evidence(a, b)
    name_score = 100.0 if named and named.code != EvidenceCode.SIMILAR_NAME else 0.0
    if named and named.code == EvidenceCode.SIMILAR_NAME:
        name_score = float(named.value or 0.0)
    if named:
        evidence.append(named)
    score = name_score
    if a.domain and a.domain == b.domain:
        # One site, one organisation: even names that only overlap ("TNO" and "TNO
        # hoofdvestiging") make it nearly certain; the overlap ranks organisations sharing a site.
        overlap = _website_overlap(a, b)
        evidence.append(Evidence(EvidenceCode.SAME_WEBSITE, a.domain))
        if overlap:
            score = max(score, _WEBSITE_BASE + (100.0 - _WEBSITE_BASE) * overlap / 100.0)
        else:
            score += _WEBSITE_BONUS
    if a.places and b.places:
        if a.places & b.places:
            evidence.append(Evidence(EvidenceCode.SAME_PLACE, min(a.places & b.places)))
            score = min(100.0, score + _PLACE_BONUS)
        else:
            evidence.append(
                Evidence(EvidenceCode.DIFFERENT_PLACE, f"{x.place or x.city} / {y.place or y.city}")
            )
            score -= _PLACE_PENALTY
    return score, tuple(evidence)


class DuplicateFinder:
    """Entities to compare against; ``find`` returns the likely duplicates of another."""

    def __init__(self, entities: Iterable[Entity] = (), threshold: float = DEFAULT_THRESHOLD):
        self.threshold = threshold
        self._entities: list[_Prepared] = []
        self._exact: dict[str, list[int]] = {}  # key -> entity positions
        # Every name of every entity, flat, and the blocks as lists of indices into these.
        self._names: list[str] = []
        self._compacts: list[str] = []
        self._owners: list[int] = []
        self._blocks: dict[str, list[int]] = {}
        self._last: tuple[Entity, _Prepared] | None = None
        for entity in entities:
            self.add(entity)

    def __len__(self) -> int:
        return len(self._entities)

    def _exact_keys(self, prepared: _Prepared) -> set[str]:
        x = prepared.entity
        keys = {f"n:{c}" for c in prepared.compacts}
        if x.kvk:
            keys.add(f"k:{x.kvk}")
        if x.pic:
            keys.add(f"i:{x.pic}")
        if prepared.domain:
            keys.add(f"d:{prepared.domain}")
        return keys

    def add(self, entity: Entity) -> None:
        """Add an entity; adding the one just looked up with ``find`` reuses its preparation."""
        prepared = self._last[1] if self._last and self._last[0] is entity else _prepare(entity)
        blocks = self._blocks
        position = len(self._entities)
        self._entities.append(prepared)
        for key in self._exact_keys(prepared):
            self._exact.setdefault(key, []).append(position)
        for name in prepared.names:
            index = len(self._names)
            self._names.append(name)
            self._compacts.append(compact(name))
            self._owners.append(position)
            for key in _block_keys(name):
                block = blocks.get(key)
                if block is None:
                    blocks[key] = [index]
                elif len(block) <= _BLOCK_LIMIT:
                    block.append(index)

    def _usable(self, key: str) -> list[int] | None:
        block = self._blocks.get(key)
        return block if block is not None and len(block) <= _BLOCK_LIMIT else None

    def _blocked(self, prepared: _Prepared) -> list[int]:
        """Names filed under the query's rarest words, and under fragments of the words no
        stored name has (probably misspelt)."""
        blocks = []
        for name in prepared.names:
            blocks += [self._usable(key) for key in _pairs(name.split()) + _skeletons(name.split())]
            for word in name.split():
                if f"w:{word}" in self._blocks:
                    blocks.append(self._usable(f"w:{word}"))
                else:
                    blocks += [self._usable(key) for key in _fragments(word)]  # one-word names
        usable = sorted((b for b in blocks if b), key=len)[:_BLOCKS_PER_QUERY]
        return list(set().union(*usable))

    def _similar(self, prepared: _Prepared, indices: list[int]) -> set[int]:
        """Entities with a name among ``indices`` near enough to one of the query's to matter,
        found by rapidfuzz in one call per query name and measure."""
        if not indices:
            return set()
        names = [self._names[i] for i in indices]
        compacts = [self._compacts[i] for i in indices]
        cutoff = self.threshold - _PLACE_BONUS
        near = set()
        for name in prepared.names:
            for query, choices, scorer in (
                (name, names, fuzz.token_sort_ratio),
                (compact(name), compacts, fuzz.ratio),
            ):
                hits = process.extract(
                    query, choices, scorer=scorer, processor=None, score_cutoff=cutoff, limit=None
                )
                near.update(self._owners[indices[at]] for _choice, _score, at in hits)
        return near

    def find(self, entity: Entity, limit: int = 5) -> list[Duplicate]:
        """The stored entities that are likely ``entity``, best first."""
        prepared = _prepare(entity)
        self._last = (entity, prepared)
        exact: set[int] = set()
        for key in self._exact_keys(prepared):
            exact.update(self._exact.get(key, ()))
        candidates = exact | self._similar(prepared, self._blocked(prepared))
        found = []
        for position in candidates:
            other = self._entities[position]
            scored = _score(prepared, other)
            if scored is not None and scored[0] >= self.threshold:
                found.append(Duplicate(other.entity.key, round(scored[0], 1), scored[1]))
        found.sort(key=lambda d: -d.score)
        return found[:limit]


def duplicate_pairs(
    entities: Iterable[Entity], threshold: float = DEFAULT_THRESHOLD
) -> list[DuplicatePair]:
    """Every likely duplicate pair within one collection, each pair once."""
    finder = DuplicateFinder(threshold=threshold)
    pairs = []
    for entity in entities:
        for duplicate in finder.find(entity, limit=50):
            pairs.append(
                DuplicatePair(duplicate.key, entity.key, duplicate.score, duplicate.evidence)
            )
        finder.add(entity)
    return pairs
