"""The analyzer: folding, stopwords, stemming, compounds, the bilingual vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import resources
from matching.analysis import Analyzer, load_vocabulary

VOCABULARY = Path(resources.__file__).parent / "matching" / "vocabulary.csv"
ANALYZER = Analyzer(load_vocabulary(VOCABULARY))


@pytest.fixture
def analyzer() -> Analyzer:
    return ANALYZER


def shares_terms(analyzer: Analyzer, a: str, b: str) -> set[str]:
    return set(analyzer.terms(a)) & set(analyzer.terms(b))


def test_shipped_vocabulary_is_bilingual_and_unambiguous() -> None:
    concepts = load_vocabulary(VOCABULARY)
    assert 300 <= len(concepts) <= 700
    assert all(c.nl and c.en for c in concepts)
    for language in ("nl", "en"):
        synonyms = [s for c in concepts for s in getattr(c, language)]
        repeated = {s for s in synonyms if synonyms.count(s) > 1}
        assert not repeated, f"{language} synonyms in more than one concept: {repeated}"


def test_vocabulary_from_lines_and_its_errors() -> None:
    concepts = load_vocabulary(["concept,nl,en", "hydrogen,Waterstof; H2 ,hydrogen"])
    assert concepts[0].nl == ("waterstof", "h2")
    with pytest.raises(ValueError, match="line 3"):
        load_vocabulary(["concept,nl,en", "x,a,b", "x,c,d"])


def test_accents_case_and_punctuation_fold(analyzer: Analyzer) -> None:
    assert analyzer.terms("Coöperatie") == analyzer.terms("cooperatie")
    assert analyzer.terms("FRYSLÂN!") == ["fryslan"]
    assert "@electrolysis" in analyzer.terms("Elektrolyse.")


def test_stopwords_numbers_and_single_letters_are_dropped(analyzer: Analyzer) -> None:
    assert analyzer.terms("de het een van and the of 2030 x") == []


def test_plurals_meet_their_singular(analyzer: Analyzer) -> None:
    assert "batterij" in shares_terms(analyzer, "batterijen", "batterij")
    assert "sensor" in shares_terms(analyzer, "sensors", "sensor")
    assert "sensor" in shares_terms(analyzer, "sensoren", "sensor")
    assert shares_terms(analyzer, "dijken", "dijk")


def test_dutch_meets_english_through_a_concept(analyzer: Analyzer) -> None:
    pairs = [
        ("waterstof", "hydrogen", "@hydrogen"),
        ("zonne-energie", "solar energy", "@solar"),
        ("batterijen", "batteries", "@battery"),
        ("kunstmatige intelligentie", "artificial intelligence", "@ai"),
        ("AI", "kunstmatige intelligentie", "@ai"),
        ("gezondheid", "health", "@health"),
        ("kwantum", "quantum", "@quantum"),
        ("dijk", "dike", "@dike"),
    ]
    for dutch, english, concept in pairs:
        assert concept in shares_terms(analyzer, dutch, english), (dutch, english)


def test_compounds_meet_their_parts(analyzer: Analyzer) -> None:
    assert "@hydrogen" in shares_terms(analyzer, "waterstofproductie", "waterstof")
    assert "waterstof" in analyzer.terms("waterstofproductie")
    for spelling in ("zonne-energie", "zonneenergie"):
        terms = set(analyzer.terms(spelling))
        assert {"@solar", "@energy", "energie"} <= terms, spelling
    assert "@solar" in shares_terms(analyzer, "zonnepanelen", "zon")
    assert {"@battery", "@storage"} <= set(analyzer.terms("batterijopslag"))
    # linking letter s between the parts
    assert {"@health", "@care"} <= set(analyzer.terms("gezondheidszorg"))


def test_a_known_word_is_not_split(analyzer: Analyzer) -> None:
    """Waterstof holds "water" but is no water; short or unknown heads are not parts."""
    assert "@water" not in analyzer.terms("waterstof")
    assert "@water" in analyzer.terms("waterschap")
    assert not [t for t in analyzer.terms("verzekering") if t.startswith("@")]  # no "kering"


def test_learned_words_split_compounds() -> None:
    base = Analyzer(load_vocabulary(VOCABULARY))
    assert "kabel" not in base.terms("kabelmonitoring")
    learned = base.with_words(["kabel"])
    assert {"kabel", "@monitoring"} <= set(learned.terms("kabelmonitoring"))
    assert learned.signature == base.signature
    assert learned.learned == ("kabel",)


def test_phrases_become_concepts(analyzer: Analyzer) -> None:
    assert "@offshore" in analyzer.terms("Onderhoud van wind op zee")
    assert "@offshore" not in analyzer.terms("wind en zee")
    tokens = analyzer.tokens("wind op zee")
    assert [t.word for t in tokens] == ["wind op zee"]
    assert {"@wind", "@sea"} <= set(tokens[0].parts)


def test_concepts_are_competences(analyzer: Analyzer) -> None:
    found = analyzer.concepts(
        "Wij zoeken partners voor waterstofproductie met elektrolyse en kabelmonitoring"
    )
    assert found[:2] == ["hydrogen", "electrolysis"]
    assert "kabelmonitoring" in found
    assert "partners" not in found and "zoeken" not in found
    assert analyzer.concepts("kunstmatige intelligentie") == ["ai"]
    assert analyzer.competence_terms("hydrogen") == ("@hydrogen",)
    assert "batterij" in analyzer.competence_terms("batterijen")


def test_signature_follows_the_vocabulary() -> None:
    one = Analyzer(load_vocabulary(["concept,nl,en", "a,aaaa,bbbb"]))
    two = Analyzer(load_vocabulary(["concept,nl,en", "a,aaaa,cccc"]))
    assert one.signature != two.signature
    assert one.signature == Analyzer(load_vocabulary(["concept,nl,en", "a,aaaa,bbbb"])).signature


@given(st.text())
def test_any_text_is_analysed_without_error(text: str) -> None:
    terms = ANALYZER.terms(text)
    assert all(isinstance(t, str) and t for t in terms)
    ANALYZER.concepts(text)
