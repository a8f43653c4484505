"""The BM25 text index: ranking, bilingual and compound matches, typos, files, odd queries."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import resources
from matching.analysis import Analyzer, load_vocabulary
from matching.text_index import IndexLoadError, TextIndex

VOCABULARY = Path(resources.__file__).parent / "matching" / "vocabulary.csv"
ANALYZER = Analyzer(load_vocabulary(VOCABULARY))

PROFILES = {
    1: "Wadgloed Waterstof: ontwikkelt PEM-elektrolysers voor groene waterstof in de Eemsdelta.",
    2: "Hydrogen Valley Ltd builds electrolysers and hydrogen storage for heavy industry.",
    3: "Zonnedak Coöperatie legt zonnepanelen op daken van boerderijen.",
    4: "Thuiszorg Noord: zorg op afstand met sensoren voor ouderen met dementie.",
    5: "CareSense develops sensors and artificial intelligence for elderly care at home.",
    6: "Dijkwerk BV inspecteert dijken met drones voor het waterschap.",
    7: "Batterijfabriek Brabant maakt batterijen voor elektrische bussen.",
    8: "Polymeer Recycling sorteert kunststof afval voor een circulaire economie.",
    9: "Kaasmakerij De Weide maakt kaas van weidemelk.",
    10: "Noordzee Services onderhoudt kabels van wind op zee.",
}


INDEX = TextIndex.build(PROFILES.items(), ANALYZER, fingerprint="v1")


@pytest.fixture
def index() -> TextIndex:
    return INDEX


def ids(hits) -> list[int]:
    return [hit.doc_id for hit in hits]


def test_bulk_build_indexes_what_the_analyzer_says(index: TextIndex) -> None:
    for doc_id, text in PROFILES.items():
        assert index.doc_terms(doc_id) == set(index.analyzer.terms(text)), doc_id
    assert "@offshore" in index.doc_terms(10) and "@ai" in index.doc_terms(5)


def test_exact_terms_rank_first(index: TextIndex) -> None:
    hits = index.search("waterstof elektrolyse")
    assert ids(hits)[:2] == [1, 2]
    assert hits[0].score > hits[1].score > 0
    assert ids(index.search("kaas")) == [9]


def test_dutch_query_finds_english_profile_and_back(index: TextIndex) -> None:
    assert 2 in ids(index.search("waterstofopslag"))
    assert ids(index.search("dementie sensoren"))[:2] == [4, 5]
    assert ids(index.search("kunstmatige intelligentie"))[0] == 5
    assert 1 in ids(index.search("hydrogen"))
    assert 6 in ids(index.search("dikes"))
    assert ids(index.search("batteries")) == [7]


def test_compounds_and_plurals(index: TextIndex) -> None:
    assert ids(index.search("waterstofproductie"))[:2] == [1, 2]
    assert ids(index.search("zon")) == [3]
    assert ids(index.search("zonne-energie"))[0] == 3
    assert ids(index.search("batterij")) == [7]
    assert set(ids(index.search("sensor"))) == {4, 5}


def test_a_translation_counts_nearly_as_much_as_the_word_itself() -> None:
    index = TextIndex.build([(1, "waterstof"), (2, "hydrogen"), (3, "kaas")], ANALYZER)
    for query, exact, translated in (("waterstof", 1, 2), ("hydrogen", 2, 1)):
        scores = dict(zip(index.doc_ids.tolist(), index.scores(query).tolist(), strict=True))
        assert scores[translated] == pytest.approx(0.8 * scores[exact])
        assert scores[3] == 0


def test_a_phrase_counts_as_its_concept() -> None:
    """The rare words of "artificial intelligence" do not outweigh the concept AI."""
    index = TextIndex.build(
        [
            (1, "Kunstmatige intelligentie voor de zorg."),
            (2, "Business intelligence en rapportages."),
            (3, "Bakkerij."),
        ],
        ANALYZER,
    )
    hits = index.search("artificial intelligence in healthcare")
    assert ids(hits)[0] == 1
    assert hits[0].matched_words == ("artificial intelligence", "healthcare")


def test_request_boilerplate_hardly_counts(index: TextIndex) -> None:
    weights = {word.word: word.weight for word in index.plan("Zoekt partners voor kaas").words}
    assert weights["kaas"] > 0.8
    assert ids(index.search("Zoekt partners voor kaas")) == [9]


def test_accents_do_not_matter(index: TextIndex) -> None:
    assert ids(index.search("cooperatie")) == ids(index.search("Coöperatie")) == [3]


def test_typos_are_tolerated(index: TextIndex) -> None:
    hits = index.search("waterstf")
    assert ids(hits)[:2] == [1, 2]
    assert "@hydrogen" in hits[0].matched_terms
    assert ids(index.search("dementei")) == [4]
    assert ids(index.search("batterijn")) == [7]


def test_matched_terms_explain_a_hit(index: TextIndex) -> None:
    hit = index.search("elektrolyse van waterstof en kaas", limit=1)[0]
    assert hit.doc_id == 1
    assert {"waterstof", "@hydrogen", "@electrolysis"} <= set(hit.matched_terms)
    assert set(hit.matched_words) == {"elektrolyse", "waterstof"}
    english = next(h for h in index.search("waterstof") if h.doc_id == 2)
    assert "@hydrogen" in english.matched_terms and "waterstof" not in english.matched_terms


def test_limit_and_restrict(index: TextIndex) -> None:
    assert len(index.search("zorg sensoren waterstof", limit=2)) == 2
    assert ids(index.search("waterstof", restrict=[2, 3, 99])) == [2]
    assert index.search("waterstof", restrict=[]) == []
    assert index.search("waterstof", limit=0) == []


def test_scores_cover_every_document(index: TextIndex) -> None:
    scores = index.scores("waterstof")
    assert scores.shape == (len(PROFILES),)
    assert list(index.doc_ids) == sorted(PROFILES)
    by_id = dict(zip(index.doc_ids.tolist(), scores.tolist(), strict=True))
    assert by_id[1] > 0 and by_id[2] > 0 and by_id[9] == 0
    hits = {h.doc_id: h.score for h in index.search("waterstof")}
    assert hits[1] == pytest.approx(by_id[1])


def test_doc_terms_and_competences(index: TextIndex) -> None:
    assert {"kaasmakerij", "@dairy"} <= index.doc_terms(9)
    assert index.doc_terms(12345) == frozenset()
    assert index.competences("waterstof en kaas")[:2] == ["hydrogen", "dairy"]


@pytest.mark.parametrize("query", ["", "   ", "de het een", "!!!", "2030", "a", "x" * 500])
def test_odd_queries_find_nothing(index: TextIndex, query: str) -> None:
    assert index.search(query) == []
    assert not np.any(index.scores(query))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_query_never_raises(query: str) -> None:
    for hit in INDEX.search(query, limit=5):
        assert hit.score > 0 and hit.doc_id in PROFILES


def test_empty_index() -> None:
    empty = TextIndex.build([], ANALYZER)
    assert len(empty) == 0
    assert empty.search("waterstof") == []
    assert empty.scores("waterstof").shape == (0,)


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(ValueError):
        TextIndex.build([(1, "a"), (1, "b")], ANALYZER)


def test_progress_is_reported_and_can_cancel() -> None:
    seen: list[tuple[int, int]] = []
    TextIndex.build(PROFILES.items(), ANALYZER, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and seen[-1][1] > 0

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        TextIndex.build(PROFILES.items(), ANALYZER, progress=stop)


def test_save_and_load_round_trip(index: TextIndex, tmp_path: Path) -> None:
    index.save(tmp_path / "profiles")
    assert (tmp_path / "profiles.npz").exists() and (tmp_path / "profiles.json").exists()
    loaded = TextIndex.load(tmp_path / "profiles", ANALYZER)
    assert loaded.fingerprint == "v1"
    assert loaded.analyzer.learned == index.analyzer.learned
    for query in ("waterstof", "dementia sensors", "waterstf", "zonneenergie"):
        assert loaded.search(query) == index.search(query)


def test_load_refuses_what_it_cannot_use(index: TextIndex, tmp_path: Path) -> None:
    with pytest.raises(IndexLoadError):
        TextIndex.load(tmp_path / "missing", ANALYZER)
    index.save(tmp_path / "profiles")
    other = Analyzer(load_vocabulary(["concept,nl,en", "x,iets,something"]))
    with pytest.raises(IndexLoadError):
        TextIndex.load(tmp_path / "profiles", other)
    (tmp_path / "profiles.npz").write_bytes(b"not a zip file")
    with pytest.raises(IndexLoadError):
        TextIndex.load(tmp_path / "profiles", ANALYZER)
    index.save(tmp_path / "profiles")
    TextIndex.build([(1, "x")], ANALYZER).save(tmp_path / "other")
    (tmp_path / "other.json").replace(tmp_path / "profiles.json")
    with pytest.raises(IndexLoadError):
        TextIndex.load(tmp_path / "profiles", ANALYZER)
