"""Dutch and English text to index terms: folded, stopwords out, stemmed, compounds split, and
domain words mapped to bilingual concepts.

A word yields its Dutch (``dutch_porter``) and English Snowball stems; both are kept when they
differ, so a text needs no language detection and mixed profiles ("Dutch text, English
keywords") work. Concept terms (``"@hydrogen"``) let "waterstof" meet "hydrogen". Dutch compounds
are split against a lexicon: the vocabulary's Dutch words, a few generic parts, and words learned
from the corpus (see :meth:`Analyzer.with_words`), so "waterstofproductie" also yields the terms
of "waterstof". The newer ``dutch`` Snowball stemmer is not used: it stems "gezondheid" to "zon".
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import snowballstemmer

from matching.text import fold

VERSION = 2  # bump when a change alters the terms of any text: saved indexes become stale
CONCEPT_PREFIX = "@"
MIN_PART = 4  # shortest vocabulary word used as a compound part
MIN_LEARNED = 5  # shortest corpus word used as a compound part
MIN_REST = 3  # a compound keeps at least this much beside a part
MAX_SPLIT = 40  # longer "words" (codes, garbage) are not searched for parts
LINKS = ("", "s", "en", "e", "n")  # Dutch linking letters between compound parts

STOPWORDS = frozenset(
    {
        "aan", "al", "alle", "alleen", "als", "alsof", "ander", "andere", "anders", "ben",
        "bij", "bijvoorbeeld", "binnen", "buiten", "da", "dan", "dat", "de", "der", "des",
        "deze", "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "enkele",
        "er", "erg", "ge", "geen", "geweest", "haar", "had", "heb", "hebben", "heeft", "hem",
        "het", "hier", "hierbij", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja",
        "je", "jij", "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn",
        "moet", "moeten", "na", "naar", "naast", "natuurlijk", "natuurlijke", "niet", "niets",
        "nog", "nu", "of", "om", "omdat", "onder", "ons", "onze", "ook", "op", "over",
        "overwegen", "reeds", "sinds", "te", "tegen", "toch", "toen", "tot", "tussen", "u",
        "uit", "uw", "van", "veel", "via", "voor", "vooral", "waar", "waarbij", "waardoor",
        "waarin", "waarmee", "want", "waren", "was", "wat", "we", "wel", "welke", "werd",
        "werden", "wezen", "wie", "wij", "wil", "willen", "worden", "wordt", "zal", "ze",
        "zelf", "zich", "zij", "zijn", "zo", "zoals", "zodat", "zonder", "zorgen", "zorgvuldig",
        "zorgvuldige", "zou", "zullen", "a", "about", "above", "after", "again", "against",
        "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
        "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "has",
        "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "into",
        "it", "its", "itself", "just", "more", "most", "my", "no", "nor", "not", "now", "off",
        "on", "once", "only", "or", "other", "our", "ours", "out", "own", "same", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us",
        "very", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "within", "would", "you", "your"
    }
)  # fmt: skip
# Words that say nothing about expertise: the boilerplate of questions, calls and profiles
# ("kennispartner", "willen", "inzet", "innovatie"). Neither indexed nor matched nor reported as
# a competence; they may still be part of a vocabulary phrase ("groene waterstof").
EMPTY_WORDS = frozenset(
    {
        "aanpak", "actief", "actieve", "bedrijf", "bedrijven", "behoefte", "beter", "betere",
        "bieden", "biedt", "brengen", "doel", "ervaring", "gaan", "gebied", "gebruik", "gebruiken",
        "gericht", "gerichte", "goed", "goede", "graag", "groen", "groene", "groot", "grote",
        "helpen", "hulp", "idee", "ideeen", "inzet", "inzetten", "jaar", "jaren", "kennis",
        "kennisinstelling", "kennisinstellingen", "kennispartner", "kennispartners", "kijken",
        "klanten", "klein", "kleine", "kleinere", "komen", "komt", "krijgen", "kunnen", "levert",
        "maakt", "maken", "manier", "manieren", "markt", "middelgrote", "mkb", "mogelijk",
        "mogelijke", "mogelijkheden", "nederland", "nederlandse", "nieuw", "nieuwe", "onderneming",
        "ondernemer", "ondernemers", "onderzoek", "onderzoeken", "onderzoeker", "onderzoekers",
        "ontwikkelen", "opschalen", "opschaling", "ontwikkeling", "ontwikkelingen", "ontwikkelt",
        "oplossing", "oplossingen", "organisatie", "organisaties", "partner", "partners",
        "praktijk", "product", "producten", "project", "projecten", "regio", "regionale", "samen",
        "samenwerken", "samenwerking", "samenwerkingen", "slim", "slimme", "snel", "snellere",
        "sneller", "startup", "startups", "sterk", "sterker", "toepassen", "toepassing",
        "toepassingen", "vraag", "vragen", "verbeteren", "verder", "vinden", "innovatie",
        "innovaties", "innovatief", "innovatieve", "werken", "werkt", "zoekt", "zoeken", "zullen",
        "willen", "wensen", "approach", "based", "better", "business", "businesses", "company",
        "companies", "develop", "developing", "develops", "development", "expertise", "faster",
        "find", "green", "help", "improve", "improving", "innovation", "innovative", "large",
        "looking", "need", "needs", "new", "organisation", "organisations", "organization",
        "organizations", "products", "projects", "research", "researchers", "scale", "scaling",
        "seek", "seeking", "small", "smaller", "smart", "solution", "solutions", "use", "using",
        "want", "way", "ways", "work", "works"
    }
)  # fmt: skip
_NOT_PARTS = STOPWORDS | EMPTY_WORDS
# Generic compound heads and tails that are no concept but worth a term of their own.
COMPOUND_PARTS = frozenset(
    {
        "beheer", "centrum", "fabriek", "installatie", "keten", "materiaal", "monitoring",
        "netwerk", "onderzoek", "paneel", "platform", "productie", "proces", "systeem",
        "techniek", "technologie", "transitie"
    }
)  # fmt: skip


@dataclass(frozen=True)
class Concept:
    """One vocabulary row: an id, its folded Dutch and English synonyms, and the ids of the
    broader concepts it falls under ("pfas" under "pollution" and "water-quality")."""

    id: str
    nl: tuple[str, ...]
    en: tuple[str, ...]
    broader: tuple[str, ...] = ()


def load_vocabulary(source: str | os.PathLike[str] | Iterable[str]) -> tuple[Concept, ...]:
    """Read ``concept,nl,en,broader`` rows (lists separated by ``;``) from a path or lines."""
    if isinstance(source, str | os.PathLike):
        text = Path(source).read_text(encoding="utf-8")
        lines: Iterable[str] = io.StringIO(text)
    else:
        lines = source
    concepts: list[Concept] = []
    seen: set[str] = set()
    for number, row in enumerate(csv.DictReader(lines), start=2):
        concept = (row.get("concept") or "").strip()
        if not concept or concept in seen:
            raise ValueError(f"vocabulary line {number}: missing or repeated concept {concept!r}")
        seen.add(concept)

        def synonyms(cell: str | None) -> tuple[str, ...]:
            folded = (fold(s) for s in (cell or "").split(";"))
            return tuple(dict.fromkeys(s for s in folded if s))

        broader = tuple(b.strip() for b in (row.get("broader") or "").split(";") if b.strip())
        concepts.append(Concept(concept, synonyms(row.get("nl")), synonyms(row.get("en")), broader))
    unknown = sorted({b for c in concepts for b in c.broader} - seen)
    if unknown:
        raise ValueError(f"vocabulary: unknown broader concepts {', '.join(unknown)}")
    return tuple(concepts)


@dataclass(frozen=True)
class Token:
    """One word of a text (or a vocabulary phrase) and what it contributes to the index."""

    word: str  # folded surface form; words joined by spaces for a phrase
    stems: tuple[str, ...]  # Dutch and English stem, one when they agree; () for a phrase
    concept: str | None  # vocabulary concept id of the word or phrase itself
    parts: tuple[str, ...]  # terms of its compound parts

    @property
    def terms(self) -> tuple[str, ...]:
        own = (CONCEPT_PREFIX + self.concept,) if self.concept else ()
        return tuple(dict.fromkeys(self.stems + own + self.parts))


@dataclass(frozen=True, slots=True)
class _Word:
    word: str
    nl: str
    en: str
    token: Token | None  # None for stopwords, numbers and single letters
    terms: tuple[str, ...]
    phrases: tuple[tuple[str, tuple[str, ...], str], ...]  # (language, stems, concept) it starts


class Analyzer:
    """Turns text into index terms. Immutable apart from its per-word cache; share one."""

    def __init__(self, concepts: Iterable[Concept] = (), learned: Iterable[str] = ()) -> None:
        self.vocabulary: dict[str, Concept] = {c.id: c for c in concepts}
        related: dict[str, set[str]] = {c: set() for c in self.vocabulary}
        for concept in self.vocabulary.values():
            for broader in concept.broader:
                related[concept.id].add(broader)
                related.setdefault(broader, set()).add(concept.id)
        # Broader and narrower concepts: a query for one meets the others at a lower weight.
        self.related: dict[str, frozenset[str]] = {c: frozenset(r) for c, r in related.items()}
        self.learned: tuple[str, ...] = tuple(sorted(set(learned)))
        self._nl = snowballstemmer.stemmer("dutch_porter")
        self._en = snowballstemmer.stemmer("english")
        self._words: dict[tuple[str, str], str] = {}  # (language, word or stem) -> concept
        self._phrases: dict[tuple[str, str], list[tuple[str, tuple[str, ...], str]]] = {}
        domain: set[str] = set()
        for concept in self.vocabulary.values():
            for language, synonyms in (("nl", concept.nl), ("en", concept.en)):
                for synonym in synonyms:
                    self._add_synonym(language, synonym, concept.id)
                    if language == "nl" and " " not in synonym and len(synonym) >= MIN_PART:
                        domain.add(synonym)
        self._unsplit = frozenset(domain)  # known words: never split ("waterstof" has no "water")
        learned_parts = {w for w in self.learned if _learnable(w)}
        self._parts = frozenset(domain | COMPOUND_PARTS | learned_parts)
        stems = ((self._nl.stemWord(w), w) for w in sorted(self._parts))
        self._part_stems = {stem: w for stem, w in stems if len(stem) >= MIN_PART}
        # Where several phrases start at a word, the longest wins, then Dutch, then file order.
        order = [p for candidates in self._phrases.values() for p in candidates]
        order.sort(key=lambda phrase: (-len(phrase[1]), phrase[0] != "nl"))
        self.phrase_patterns: tuple[tuple[str, tuple[str, ...], str], ...] = tuple(order)
        self.longest_phrase = max((len(p[1]) for p in order), default=0)
        self._cache: dict[str, _Word] = {}
        self._lock = threading.RLock()

    def with_words(self, words: Iterable[str]) -> Analyzer:
        """This analyzer with corpus words added to the compound lexicon."""
        return Analyzer(self.vocabulary.values(), (*self.learned, *words))

    @property
    def signature(self) -> str:
        """Changes whenever the vocabulary, word lists or version change (learned words aside)."""
        digest = hashlib.sha1(repr(VERSION).encode())
        for part in (sorted(STOPWORDS), sorted(EMPTY_WORDS), sorted(COMPOUND_PARTS)):
            digest.update(" ".join(part).encode())
        for concept in self.vocabulary.values():
            digest.update(repr((concept.id, concept.nl, concept.en, concept.broader)).encode())
        return digest.hexdigest()[:16]

    # -- public API -------------------------------------------------------------------------

    def terms(self, text: str) -> list[str]:
        """Index terms of a text, repeated as often as they occur."""
        words = [self._word(w) for w in fold(text).split()]
        out: list[str] = []
        for i, word in enumerate(words):
            out.extend(word.terms)
            if word.phrases:
                phrase = self._phrase_at(words, i)
                if phrase:
                    out.append(CONCEPT_PREFIX + phrase[1])
        return out

    def tokens(self, text: str) -> list[Token]:
        """The words of a text that yield terms. A vocabulary phrase is one token: its concept,
        with the concepts of its words as parts (a query for "artificial intelligence" is about
        the concept, not about the rare word "artificial")."""
        words = [self._word(w) for w in fold(text).split()]
        out: list[Token] = []
        i = 0
        while i < len(words):
            phrase = self._phrase_at(words, i) if words[i].phrases else None
            if phrase:
                inside = words[i : i + phrase[0]]
                surface = " ".join(w.word for w in inside)
                # "antibiotica resistentie" is not plant breeding's "resistentie"
                parts = tuple(
                    dict.fromkeys(
                        t for w in inside for t in w.terms if t.startswith(CONCEPT_PREFIX)
                    )
                )
                out.append(Token(surface, (), phrase[1], parts))
                i += phrase[0]
                continue
            if words[i].token is not None:
                out.append(words[i].token)
            i += 1
        return out

    def concepts(self, text: str) -> list[str]:
        """Concept ids found (in order), then other significant words: a request's competences.

        Concept ids are keys of :attr:`vocabulary`; the other entries are folded words. A phrase
        gives its own concept only ("klimaatneutrale industrie" is industrial decarbonisation,
        not also "climate" and "industry"); a compound word also the concepts of its parts.
        """
        tokens = self.tokens(text)
        found = [
            t[1:]
            for token in tokens
            for t in (token.terms if token.stems else (CONCEPT_PREFIX + str(token.concept),))
            if t.startswith(CONCEPT_PREFIX)
        ]
        words = [t.word for t in tokens if t.concept is None and _significant(t.word)]
        return list(dict.fromkeys(found + words))

    def competence_terms(self, competence: str) -> tuple[str, ...]:
        """The index terms that stand for one entry of :meth:`concepts`."""
        if competence in self.vocabulary:
            return (CONCEPT_PREFIX + competence,)
        return tuple(dict.fromkeys(self.terms(competence)))

    # -- building blocks of terms(), for bulk indexing ------------------------------------------

    def word_terms(self, word: str) -> tuple[str, ...]:
        """The terms of one folded word (phrases aside)."""
        return self._word(word).terms

    def stems(self, word: str) -> tuple[str, str]:
        """The Dutch and English stem of one folded word (stopwords too: phrases hold them)."""
        analysed = self._word(word)
        return analysed.nl, analysed.en

    # -- words ----------------------------------------------------------------------------

    def _word(self, word: str) -> _Word:
        cached = self._cache.get(word)
        if cached is None:
            with self._lock:  # a Snowball stemmer object is not thread-safe
                cached = self._cache[word] = self._analyse(word)
        return cached

    def _analyse(self, word: str) -> _Word:
        nl, en = self._nl.stemWord(word), self._en.stemWord(word)
        starts = (*self._phrases.get(("nl", nl), ()), *self._phrases.get(("en", en), ()))
        starts = tuple(sorted(starts, key=lambda phrase: (-len(phrase[1]), phrase[0] != "nl")))
        if word in _NOT_PARTS or len(word) < 2 or word.isdigit() or _comparative(word):
            return _Word(word, nl, en, None, (), starts)
        concept = self._concept_of(word, nl, en)
        parts: tuple[str, ...] = ()
        if concept is None and word not in self._unsplit and len(word) <= MAX_SPLIT:
            found = self._split(word, nl)
            parts = tuple(dict.fromkeys(t for p in found for t in self._word(p).terms))
        token = Token(word, (nl,) if nl == en else (nl, en), concept, parts)
        return _Word(word, nl, en, token, token.terms, starts)

    def _concept_of(self, word: str, nl: str, en: str) -> str | None:
        lookup = self._words.get
        return (
            lookup(("nl", word))
            or lookup(("en", word))
            or lookup(("nl~", nl))
            or lookup(("en~", en))
        )

    def _add_synonym(self, language: str, synonym: str, concept: str) -> None:
        words = synonym.split()
        stemmer = self._nl if language == "nl" else self._en
        if len(words) > 1:
            stems = tuple(stemmer.stemWord(w) for w in words)
            candidates = self._phrases.setdefault((language, stems[0]), [])
            if all(c[1] != stems for c in candidates):
                candidates.append((language, stems, concept))
            return
        self._words.setdefault((language, synonym), concept)
        stem = stemmer.stemWord(synonym)
        if len(synonym) >= MIN_PART and len(stem) >= MIN_PART:  # short words match only as is
            self._words.setdefault((language + "~", stem), concept)

    def _phrase_at(self, words: list[_Word], i: int) -> tuple[int, str] | None:
        """The longest vocabulary phrase starting at word i: (its length, concept id)."""
        for language, stems, concept in words[i].phrases:
            window = words[i : i + len(stems)]
            if len(window) == len(stems) and all(
                (w.nl if language == "nl" else w.en) == stem
                for w, stem in zip(window, stems, strict=True)
            ):
                return len(stems), concept
        return None

    # -- compounds --------------------------------------------------------------------------

    def _split(self, word: str, stem: str) -> list[str]:
        """Lexicon words inside a compound: the longest head, then the rest or the longest tail."""
        head = next(
            (
                word[:n]
                for n in range(len(word) - MIN_REST, MIN_PART - 1, -1)
                if word[:n] in self._parts
            ),
            None,
        )
        if head is None:
            tail = self._tail(word, stem)
            return [tail] if tail else []
        after = word[len(head) :]
        rests = [after[len(link) :] for link in LINKS if after.startswith(link)]
        for rest in rests:
            known = self._part(rest) if len(rest) >= MIN_REST else None
            if known:
                return [head, known]
        for rest in rests:  # the rest is a compound of its own
            inner = self._split(rest, self._nl.stemWord(rest)) if len(rest) > MIN_PART else []
            if inner:
                return [head, *inner]
        return [head]

    def _tail(self, word: str, stem: str) -> str | None:
        """The longest lexicon word the compound (or its stem) ends with."""
        for n in range(len(word) - MIN_REST, MIN_PART - 1, -1):
            if word[-n:] in self._parts:
                return word[-n:]
            if n <= len(stem) - MIN_REST and stem[-n:] in self._part_stems:
                return self._part_stems[stem[-n:]]
        return None

    def _part(self, text: str) -> str | None:
        if text in self._parts:
            return text
        return self._part_stems.get(self._nl.stemWord(text)) if len(text) >= MIN_PART else None


def _comparative(word: str) -> bool:
    """An inflected Dutch comparative ("hogere", "zuinigere", "snellere"): it says how, not what
    (nouns in -iere such as "barriere" are not)."""
    return len(word) >= 6 and word.endswith("ere") and not word.endswith("iere")


def _learnable(word: str) -> bool:
    return len(word) >= MIN_LEARNED and word.isalpha() and word not in _NOT_PARTS


def _significant(word: str) -> bool:
    return len(word) >= 4 and not word.isdigit()


def learnable_words(counts: dict[str, int], documents: int, limit: int = 5000) -> list[str]:
    """Frequent corpus words worth splitting compounds against (at least 3 documents and
    1 in 2,000), most frequent first."""
    floor = max(3, documents // 2000)
    frequent = [w for w, n in counts.items() if n >= floor and _learnable(w)]
    frequent.sort(key=lambda w: (-counts[w], w))
    return frequent[:limit]
