"""A BM25 text index over organisation profiles, stored as a sparse matrix.

Rows are documents (sorted by id), columns are analysed terms. A cell holds the term's BM25
saturated frequency ``tf * (k1 + 1) / (tf + k1 * (1 - b + b * len / avglen))``: 1.0 for a term
that occurs once in a document of average length, at most ``k1 + 1`` (2.2). Length counts the
words that yield terms, not the terms: a word with two stems does not make a profile longer.

A query is scored word by word. A word's terms are alternatives (its Dutch and English stems,
its concept, its compound parts), so a document gets the best of them, discounted by how loosely
the term stands for the word (:data:`EXACT`, :data:`CONCEPT`, :data:`PART`). The words are then
averaged with idf weights (a word weighs as the most common of its own terms), so a score is 0
for no match and about 1 when every query word occurs once, as such, in a profile of average
length; short profiles and repeated words score up to 2.2, so clip where 0..1 is needed.

A word the index does not know at all is taken for a typo and replaced by up to three close
index terms (rapidfuzz), discounted by their similarity.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
import zipfile
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from matching.analysis import CONCEPT_PREFIX, Analyzer, Token, learnable_words
from matching.text import fold

FORMAT = 1
K1 = 1.2
B = 0.75
TYPO_CUTOFF = 85.0
TYPO_CHOICES = 3
MIN_TYPO_LENGTH = 4
PROGRESS_EVERY = 2000
PLANS_KEPT = 64
# How closely a term stands for a query word: its own stem, its concept (a translation or a
# synonym), one part of it (the query asks for "waterstofproductie", a profile says "waterstof").
EXACT = 1.0
CONCEPT = 0.8
PART = 0.5
RELATED = 0.4  # a broader or narrower concept ("pfas" asked, "drinkwater" found)


class IndexLoadError(Exception):
    """A saved index is missing, unreadable, or made with another analyzer: rebuild it."""


@dataclass(frozen=True)
class Hit:
    doc_id: int
    score: float
    matched_terms: tuple[str, ...]  # index terms of the query the document contains
    matched_words: tuple[str, ...] = ()  # the query words (folded) met by their own terms
    related: tuple[str, ...] = ()  # concepts met only as broader or narrower ones (ids)


@dataclass(frozen=True)
class QueryWord:
    """One word of a query: its weight among the words and the columns that can match it."""

    word: str  # folded; words joined by spaces for a vocabulary phrase
    weight: float  # the words' weights sum to 1
    terms: dict[int, float]  # column -> fidelity


@dataclass(frozen=True)
class QueryPlan:
    words: tuple[QueryWord, ...]

    @property
    def columns(self) -> list[int]:
        return list(dict.fromkeys(c for word in self.words for c in word.terms))


class TextIndex:
    """BM25 over analysed terms. Build once with :meth:`build`, then :meth:`save` and
    :meth:`load`; the ``fingerprint`` given at build time tells the caller if it is stale."""

    def __init__(
        self,
        analyzer: Analyzer,
        matrix: sparse.csr_matrix,
        doc_ids: np.ndarray,
        terms: list[str],
        idf: np.ndarray,
        fingerprint: str = "",
        b: float = B,
    ) -> None:
        self.analyzer = analyzer
        self.matrix = matrix  # rows = documents in doc_ids order, float32
        self.doc_ids = doc_ids  # int64, ascending
        self.terms = terms  # column -> term
        self.columns = {term: column for column, term in enumerate(terms)}
        self.idf = idf
        self.fingerprint = fingerprint
        self.b = b  # the length normalisation the matrix was made with
        self._by_term: sparse.csc_matrix | None = None
        self._plain_terms: list[str] | None = None
        self._plans: dict[str, QueryPlan] = {}
        self._plans_lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.doc_ids)

    # -- building ---------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        documents: Iterable[tuple[int, str]],
        analyzer: Analyzer,
        fingerprint: str = "",
        learn_words: bool = True,
        progress: Callable[[int, int], None] | None = None,
        b: float = B,
    ) -> TextIndex:
        """Index ``(doc_id, text)`` pairs. ``learn_words`` adds frequent corpus words to the
        analyzer's compound lexicon first. ``progress(done, total)`` is called now and then;
        raise from it to cancel. ``b`` is BM25's length normalisation (0: none, 1: full).

        Every distinct word is analysed once: documents x terms is the product of documents x
        words (counts) and words x terms, plus the concepts of the phrases found."""
        docs = sorted(documents, key=lambda doc: doc[0])
        ids = np.fromiter((doc_id for doc_id, _ in docs), dtype=np.int64, count=len(docs))
        if len(ids) > 1 and np.any(ids[1:] == ids[:-1]):
            raise ValueError("document ids must be unique")
        words, stream, lengths = _word_streams([text for _, text in docs], progress)
        phrases = _phrase_hits(analyzer, words, stream, lengths)
        word_counts = _count(stream, lengths, len(words))  # takes over (and sorts) the stream
        del stream
        if learn_words:
            frequency = np.bincount(word_counts.indices, minlength=len(words)).tolist()
            learned = learnable_words(dict(zip(words, frequency, strict=True)), len(docs))
            analyzer = analyzer.with_words(learned)
        columns: dict[str, int] = {}
        word_terms = _word_terms(analyzer, words, columns)
        phrase_cells = _phrase_cells(phrases, len(docs), columns)
        counts = word_counts @ _resize(word_terms, len(columns))
        # A document's length is its number of words that yield terms, however many each yields.
        words_with_terms = (np.diff(word_terms.indptr) > 0).astype(np.float32)
        content = np.asarray(word_counts @ words_with_terms).ravel()
        del word_counts
        matrix, idf = _bm25((counts + phrase_cells).tocsr(), content, b)
        if progress:
            progress(len(docs), len(docs))
        return cls(analyzer, matrix, ids, list(columns), idf, fingerprint, b)

    # -- querying ---------------------------------------------------------------------------

    def plan(self, query: str) -> QueryPlan:
        """The query's words with their weights and columns, typos replaced; the last
        ``PLANS_KEPT`` plans are kept (one suggestion scores and explains the same text often)."""
        with self._plans_lock:
            kept = self._plans.get(query)
        if kept is not None:
            return kept
        plan = self._make_plan(query)
        with self._plans_lock:
            if len(self._plans) >= PLANS_KEPT:
                self._plans.pop(next(iter(self._plans)))
            self._plans[query] = plan
        return plan

    def _make_plan(self, query: str) -> QueryPlan:
        found: dict[str, dict[str, float]] = {}
        for token in self.analyzer.tokens(query):
            known = token.concept is not None or any(s in self.columns for s in token.stems)
            wanted = self._wanted(token)
            if not known:
                wanted = self._typo(token.word) or wanted
            if wanted:
                merged = found.setdefault(token.word, {})
                for term, fidelity in wanted.items():
                    merged[term] = max(merged.get(term, 0.0), fidelity)
        # A word weighs as the most common of its own terms (stems, concept), or, known only by
        # its parts, as the rarest part.
        idf = {}
        for word, terms in found.items():
            own = [self.idf[self.columns[t]] for t, fidelity in terms.items() if fidelity > PART]
            parts = [self.idf[self.columns[t]] for t in terms]
            idf[word] = min(own) if own else max(parts)
        total = sum(idf.values())
        return QueryPlan(
            tuple(
                QueryWord(
                    word, float(idf[word] / total), {self.columns[t]: f for t, f in terms.items()}
                )
                for word, terms in found.items()
            )
        )

    def scores(self, query: str | QueryPlan) -> np.ndarray:
        """A score for every document, aligned with :attr:`doc_ids` (the scorer's fast path)."""
        plan = self.plan(query) if isinstance(query, str) else query
        by_term = self._term_major()
        total = np.zeros(len(self.doc_ids))
        for word in plan.words:
            best = np.zeros(len(self.doc_ids), dtype=np.float32)
            for column, fidelity in word.terms.items():
                start, end = by_term.indptr[column], by_term.indptr[column + 1]
                rows = by_term.indices[start:end]
                best[rows] = np.maximum(best[rows], by_term.data[start:end] * fidelity)
            total += word.weight * best
        return total

    def search(
        self, query: str, limit: int | None = None, restrict: Iterable[int] | None = None
    ) -> list[Hit]:
        """Documents that match, best first (ties by id); ``restrict`` limits to those ids."""
        plan = self.plan(query)
        scores = self.scores(plan)
        if restrict is None:
            rows = np.flatnonzero(scores > 0)
        else:
            rows = self.rows_of(restrict)
            rows = rows[scores[rows] > 0]
        values = scores[rows]
        if limit is not None and len(rows) > limit:
            top = np.argpartition(-values, limit - 1)[:limit] if limit > 0 else []
            rows, values = rows[top], values[top]
        if not len(rows):
            return []
        order = np.lexsort((self.doc_ids[rows], -values))
        rows, values = rows[order], values[order]
        columns = plan.columns
        asked = {c: [w.word for w in plan.words if w.terms.get(c, 0) > RELATED] for c in columns}
        matched = self._term_major()[:, columns].tocsr()[rows]
        hits = []
        for i, (row, value) in enumerate(zip(rows.tolist(), values.tolist(), strict=True)):
            local = np.sort(matched.indices[matched.indptr[i] : matched.indptr[i + 1]])
            terms = tuple(self.terms[columns[j]] for j in local)
            words = tuple(dict.fromkeys(w for j in local for w in asked[columns[j]]))
            related = tuple(
                self.terms[columns[j]].removeprefix(CONCEPT_PREFIX)
                for j in local
                if not asked[columns[j]]
            )
            hits.append(Hit(int(self.doc_ids[row]), value, terms, words, related))
        return hits

    def documents_with(self, terms: Iterable[str]) -> np.ndarray:
        """The rows (positions) of the documents that contain any of ``terms``."""
        by_term = self._term_major()
        found = [
            by_term.indices[by_term.indptr[c] : by_term.indptr[c + 1]]
            for c in (self.columns.get(t) for t in terms)
            if c is not None
        ]
        return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)

    def doc_terms(self, doc_id: int) -> frozenset[str]:
        """The terms a document was indexed with (empty for an unknown id)."""
        rows = self.rows_of((doc_id,))
        if not len(rows):
            return frozenset()
        start, end = self.matrix.indptr[rows[0]], self.matrix.indptr[rows[0] + 1]
        return frozenset(self.terms[c] for c in self.matrix.indices[start:end].tolist())

    def rows_of(self, doc_ids: Iterable[int]) -> np.ndarray:
        """Matrix rows of the given ids; ids not in the index are left out."""
        wanted = np.unique(np.fromiter(doc_ids, dtype=np.int64))
        rows = np.searchsorted(self.doc_ids, wanted)
        inside = rows < len(self.doc_ids)
        rows = rows[inside]
        return rows[self.doc_ids[rows] == wanted[inside]]

    def competences(self, text: str, max_share: float = 0.05) -> list[str]:
        """:meth:`Analyzer.concepts` without words found in more than ``max_share`` of the
        documents (too common to say what a request needs)."""
        limit = max_share * len(self.doc_ids)
        out = []
        for item in self.analyzer.concepts(text):
            if item in self.analyzer.vocabulary or self._frequency(item) <= limit:
                out.append(item)
        return out

    def _frequency(self, word: str) -> int:
        by_term = self._term_major()
        tokens = self.analyzer.tokens(word)
        stems = tokens[0].stems if tokens else ()
        found = [self.columns[s] for s in stems if s in self.columns]
        return max((by_term.indptr[c + 1] - by_term.indptr[c] for c in found), default=0)

    def _wanted(self, token: Token) -> dict[str, float]:
        """The token's terms that the index knows, with their fidelity."""
        wanted = dict.fromkeys(token.parts, PART)
        if token.concept:
            related = self.analyzer.related.get(token.concept, ())
            wanted.update((CONCEPT_PREFIX + r, RELATED) for r in sorted(related))
            wanted[CONCEPT_PREFIX + token.concept] = CONCEPT
        wanted.update(dict.fromkeys(token.stems, EXACT))
        return {t: f for t, f in wanted.items() if t in self.columns}

    def _typo(self, word: str) -> dict[str, float]:
        """Close index terms for an unknown word, and their own terms, discounted by similarity."""
        if len(word) < MIN_TYPO_LENGTH or word.isdigit() or " " in word:
            return {}
        if self._plain_terms is None:
            self._plain_terms = [t for t in self.terms if not t.startswith(CONCEPT_PREFIX)]
        found = process.extract(
            word, self._plain_terms, scorer=fuzz.ratio, limit=TYPO_CHOICES, score_cutoff=TYPO_CUTOFF
        )
        wanted: dict[str, float] = {}
        for term, similarity, _ in found:
            for token in self.analyzer.tokens(term)[:1]:
                for t, fidelity in {**self._wanted(token), term: EXACT}.items():
                    wanted[t] = max(wanted.get(t, 0.0), fidelity * similarity / 100.0)
        return wanted

    def _term_major(self) -> sparse.csc_matrix:
        """The matrix by column, made on first use: a query reads only its terms' columns."""
        if self._by_term is None:
            self._by_term = self.matrix.tocsc()
        return self._by_term

    # -- files ------------------------------------------------------------------------------

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write ``<path>.npz`` (matrix, ids, idf) and ``<path>.json`` (terms, settings)."""
        arrays, meta = _paths(path)
        build = uuid.uuid4().hex
        info = {
            "format": FORMAT,
            "build": build,
            "fingerprint": self.fingerprint,
            "analyzer": self.analyzer.signature,
            "learned": list(self.analyzer.learned),
            "k1": K1,
            "b": self.b,
            "terms": self.terms,
        }
        temporary = arrays.with_name(arrays.name + ".tmp")
        with temporary.open("wb") as file:
            np.savez(
                file,
                data=self.matrix.data,
                indices=self.matrix.indices,
                indptr=self.matrix.indptr,
                shape=np.asarray(self.matrix.shape, dtype=np.int64),
                doc_ids=self.doc_ids,
                idf=self.idf,
                build=np.asarray(build),
            )
        os.replace(temporary, arrays)
        temporary = meta.with_name(meta.name + ".tmp")
        temporary.write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, meta)

    @classmethod
    def load(cls, path: str | os.PathLike[str], analyzer: Analyzer) -> TextIndex:
        """Read an index written by :meth:`save` for an analyzer with the same vocabulary."""
        arrays, meta = _paths(path)
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            if info.get("format") != FORMAT or info.get("analyzer") != analyzer.signature:
                raise IndexLoadError(f"{arrays} was made by another version or vocabulary")
            with np.load(arrays, allow_pickle=False) as stored:
                loaded = {name: stored[name] for name in stored.files}
            if str(loaded["build"]) != info["build"]:
                raise IndexLoadError(f"{arrays} and {meta} do not belong together")
            shape = tuple(int(n) for n in loaded["shape"])
            parts = (loaded["data"], loaded["indices"], loaded["indptr"])
            matrix = sparse.csr_matrix(parts, shape=shape)
            return cls(
                analyzer.with_words(info["learned"]),
                matrix,
                loaded["doc_ids"],
                info["terms"],
                loaded["idf"],
                info["fingerprint"],
                float(info["b"]),
            )
        except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as error:
            raise IndexLoadError(f"cannot read text index {arrays}: {error}") from error


def _word_streams(
    texts: list[str], progress: Callable[[int, int], None] | None
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The distinct folded words, every text as a stream of their numbers, and its length.

    Folding goes by whitespace-separated piece, cached: most pieces repeat."""
    numbers: dict[str, int] = {}
    pieces: dict[str, tuple[int, ...]] = {}

    def new(piece: str) -> tuple[int, ...]:
        folded = fold(piece).split()
        found = pieces[piece] = tuple(numbers.setdefault(w, len(numbers)) for w in folded)
        return found

    stream = array("i")
    lengths = np.zeros(len(texts), dtype=np.int64)
    for n, text in enumerate(texts):
        split = text.split()
        found = [pieces.get(piece) for piece in split]
        if None in found:
            found = [f if f is not None else new(p) for f, p in zip(found, split, strict=True)]
        before = len(stream)
        stream.extend(chain.from_iterable(found))
        lengths[n] = len(stream) - before
        if progress and n % PROGRESS_EVERY == 0:
            progress(n, len(texts))
    return list(numbers), np.frombuffer(stream, dtype=np.int32), lengths


def _count(stream: np.ndarray, lengths: np.ndarray, words: int) -> sparse.csr_matrix:
    """Documents x words: how often each word occurs in each document. The stream, in document
    order, becomes the matrix's column indices as it is."""
    indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    index = np.int32 if len(stream) < np.iinfo(np.int32).max else np.int64
    data = np.ones(len(stream), np.float32)
    cells = (data, stream.astype(index, copy=False), indptr.astype(index))
    counts = sparse.csr_matrix(cells, shape=(len(lengths), words))
    counts.sum_duplicates()
    return counts


def _word_terms(analyzer: Analyzer, words: list[str], columns: dict[str, int]) -> sparse.csr_matrix:
    """Words x terms: which terms each word yields (columns are numbered as met)."""
    indptr, indices = [0], array("i")
    for word in words:
        indices.extend([columns.setdefault(t, len(columns)) for t in analyzer.word_terms(word)])
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    cells = (data, np.frombuffer(indices, np.int32), indptr)
    return sparse.csr_matrix(cells, shape=(len(words), len(columns)))


def _phrase_hits(
    analyzer: Analyzer, words: list[str], stream: np.ndarray, lengths: np.ndarray
) -> list[tuple[str, np.ndarray]]:
    """The vocabulary phrases in each document: (concept, the documents of each occurrence).

    Phrase by phrase in the analyzer's order, over all positions at once; a position that
    starts a phrase is not matched by a later (shorter) one, as in Analyzer.terms."""
    stems = [analyzer.stems(w) for w in words]
    table = {"nl": np.array([s[0] for s in stems]), "en": np.array([s[1] for s in stems])}
    masks: dict[tuple[str, str], np.ndarray] = {}  # (language, stem) -> which words have it

    def having(language: str, stem: str) -> np.ndarray:
        if (language, stem) not in masks:
            masks[language, stem] = table[language] == stem
        return masks[language, stem]

    ends = np.cumsum(lengths)
    starts = np.zeros(len(words), dtype=bool)
    for language, pattern, _ in analyzer.phrase_patterns:
        starts |= having(language, pattern[0])
    positions = np.flatnonzero(starts[stream]) if len(words) else np.zeros(0, np.int64)
    documents = np.searchsorted(ends, positions, side="right")
    room = ends[documents] - positions  # words left in the document from each position
    free = np.ones(len(positions), dtype=bool)
    by_first = np.argsort(stream[positions], kind="stable")  # positions grouped by first word
    bounds = np.searchsorted(stream[positions][by_first], np.arange(len(words) + 1))
    found = []
    for language, pattern, concept in analyzer.phrase_patterns:
        firsts = np.flatnonzero(having(language, pattern[0]))
        hit = np.concatenate([by_first[bounds[w] : bounds[w + 1]] for w in firsts] or [[]])
        hit = hit.astype(np.int64)
        hit = hit[free[hit] & (room[hit] >= len(pattern))]
        for offset, stem in enumerate(pattern[1:], start=1):
            hit = hit[having(language, stem)[stream[positions[hit] + offset]]]
        free[hit] = False
        found.append((CONCEPT_PREFIX + concept, documents[hit]))
    return found


def _phrase_cells(
    hits: list[tuple[str, np.ndarray]], documents: int, columns: dict[str, int]
) -> sparse.csr_matrix:
    """Documents x terms: the phrase concepts (columns numbered after the words' terms)."""
    hits = [(term, found) for term, found in hits if len(found)]
    rows = [found for _, found in hits]
    cells = [np.full(len(found), columns.setdefault(term, len(columns))) for term, found in hits]
    shape = (documents, len(columns))
    if not hits:
        return sparse.csr_matrix(shape, dtype=np.float32)
    data = np.ones(sum(len(r) for r in rows), dtype=np.float32)
    return sparse.csr_matrix((data, (np.concatenate(rows), np.concatenate(cells))), shape)


def _resize(matrix: sparse.csr_matrix, columns: int) -> sparse.csr_matrix:
    matrix.resize((matrix.shape[0], columns))
    return matrix


def _bm25(
    counts: sparse.csr_matrix, lengths: np.ndarray, b: float
) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Term counts per document to BM25 saturated frequencies (in place), and each term's idf."""
    counts.sum_duplicates()
    documents, terms = counts.shape
    average = max(float(lengths.mean()), 1.0) if documents else 1.0
    per_document = (K1 * (1 - b + b * lengths / average)).astype(np.float32)
    tf = counts.data = counts.data.astype(np.float32, copy=False)
    denominator = np.repeat(per_document, np.diff(counts.indptr))
    denominator += tf
    tf *= K1 + 1
    tf /= denominator
    frequency = np.bincount(counts.indices, minlength=terms)
    idf = np.log1p((documents - frequency + 0.5) / (frequency + 0.5))
    return counts, idf


def _paths(path: str | os.PathLike[str]) -> tuple[Path, Path]:
    base = Path(path)
    if base.suffix in (".npz", ".json"):
        base = base.with_suffix("")
    return base.with_name(base.name + ".npz"), base.with_name(base.name + ".json")
