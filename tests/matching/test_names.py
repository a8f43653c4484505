"""Name normalisation and the name index: what matches, in which order (no database, no Qt)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from matching.name_index import How, NameIndex
from matching.names import normalise_name

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
    monkeypatch.setattr("matching.name_index.PART", 2)  # parts of two names: several parts
    parts = INDEX.dump_parts()
    assert len(parts) > 3
    again = NameIndex.from_parts(parts)
    assert len(again) == len(INDEX)
    assert again._exact == INDEX._exact  # "tue" stands for positions in two parts
    assert again._words == INDEX._words
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


# Names as the built-in data has them: name, short name ("" for none), aliases.
RANKED = NameIndex(
    [
        (14, ["Open Universiteit", "OU", "Open University of the Netherlands"]),
        (1893, ["Oude Maas Katalysetechniek B.V.", "Oude Maas"]),
        (127, ["Waterschap Aa en Maas", "Aa en Maas"]),
        (10, ["Wageningen University", "WU", "WUR", "Wageningen University & Research"]),
        (27, ["Wageningen Research", "WR", "Stichting Wageningen Research"]),
        (501, ["Bakkerij Wageningen", ""]),
        (69, ["Hogeschool Utrecht", "HU", "University of Applied Sciences Utrecht"]),
        (70, ["Hogeschool van Amsterdam", "HvA"]),
        (11, ["Technische Universiteit Delft", "TU Delft"]),
        (12, ["Technische Universiteit Eindhoven", "TU/e"]),
        (600, ["Univé", ""]),
    ]
)


def keys(query: str) -> list[int]:
    return [hit.key for hit in RANKED.search(query, limit=20)]


def test_the_best_match_comes_first_not_the_first_name_in_the_alphabet() -> None:
    assert keys("oude maas")[0] == 1893
    assert 14 not in keys("oude maas")  # Open Universiteit shares no word
    first = RANKED.search("oude maas", limit=1)[0]
    assert (first.how, first.field, first.matched) == (How.EXACT, "short_name", "Oude Maas")


def test_exact_then_prefix_then_words_then_similar() -> None:
    hits = RANKED.search("wageningen univ", limit=5)
    assert [h.key for h in hits][:1] == [10] and hits[0].how == How.PREFIX
    assert 27 in [h.key for h in hits]  # Wageningen Research: below, but found
    assert [h.how for h in hits] == sorted(h.how for h in hits)
    assert RANKED.search("university wageningen", limit=1)[0].how == How.WORDS
    assert RANKED.search("wur", limit=1)[0].field == "alias"


def test_a_name_sharing_only_common_words_is_no_match() -> None:
    assert keys("Hydrohub") == []
    assert keys("Hogeschool Hydrohub") == []  # "hogeschool" alone carries nothing
    assert keys("Hydrohub University") == []
    assert 12 not in keys("tu delft")  # "tu" is too short to carry a match
    assert keys("hogeschool")[:2] == [69, 70]  # a common word still finds names that have it


def test_typos_are_tolerated_in_distinctive_words() -> None:
    hit = RANKED.search("Technsche Universiteit Delft", limit=1)[0]
    assert (hit.key, hit.how) == (11, How.SIMILAR)
    assert keys("Wageningn Research")[:1] == [27]


def test_sorting_in_steps_gives_the_order_of_one_sort() -> None:
    from matching.name_index import SORT_STEP, sorted_in_steps

    items = [(n * 7919 % 10_007, f"name {n % 13}", n) for n in range(2 * SORT_STEP + 17)]
    assert sorted_in_steps(items) == sorted(items)
