"""Name normalisation and the fuzzy name index (no database, no Qt)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from matching.names import NameIndex, normalise_name

INDEX = NameIndex(
    [
        (1, ["Technische Universiteit Delft", "TU Delft", "Delft University of Technology"]),
        (2, ["Technische Universiteit Eindhoven", "TU/e", "TUE"]),
        (3, ["Deltares"]),
        (4, ["Nederlandse Organisatie voor Toegepast Natuurwetenschappelijk Onderzoek TNO", "TNO"]),
        (5, ["Wageningen University & Research", "WUR"]),
        (6, ["Delta Marine Technology B.V."]),
    ]
)


def test_legal_forms_and_punctuation_are_ignored() -> None:
    assert normalise_name("Deltares B.V.") == "deltares"
    assert normalise_name("Stichting Deltares") == "deltares"
    assert normalise_name("Coöperatie Energie U.A.") == "energie"
    assert normalise_name("The Holding") == "the holding"  # never empty


def test_common_spellings_find_the_right_organisation() -> None:
    for query, expected in [
        ("tu delft", 1),
        ("TU/e", 2),
        ("tue", 2),
        ("Deltares BV", 3),
        ("tno", 4),
        ("wur", 5),
        ("Delft university of technolgy", 1),  # typo
        ("delta marine technology", 6),
    ]:
        assert INDEX.search(query, limit=1)[0].key == expected, query


def test_one_hit_per_organisation_ordered_by_score() -> None:
    hits = INDEX.search("delft", limit=5)
    keys = [hit.key for hit in hits]
    assert len(keys) == len(set(keys))
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_an_index_read_back_from_parts_finds_the_same(monkeypatch) -> None:
    monkeypatch.setattr("matching.names.PART", 2)  # parts of two names: several parts
    parts = INDEX.dump_parts()
    assert len(parts) > 3
    again = NameIndex.from_parts(parts)
    assert len(again) == len(INDEX)
    assert again._exact == INDEX._exact  # "tue" stands for positions in two parts
    for query in ("tu delft", "TU/e", "tue", "Deltares BV", "wur", "Delft university of technolgy"):
        assert again.search(query, limit=3) == INDEX.search(query, limit=3), query


def test_nothing_found_for_unrelated_text() -> None:
    assert INDEX.search("zzzz qqqq", limit=5) == []


@given(st.text(max_size=40))
def test_any_query_is_safe(query: str) -> None:
    assert len(INDEX.search(query, limit=3)) <= 3


def test_a_short_acronym_matches_only_as_a_whole_name() -> None:
    index = NameIndex([(1, ["Semmtech", "ST"]), (2, ["Zwaluwstaart Robotics"])])
    assert [hit.key for hit in index.search("Zwaluwstaart")] == [2]
    assert [hit.key for hit in index.search("ST")][:1] == [1]
