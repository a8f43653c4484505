"""De-duplication of organisations (matching.dedupe), without a database."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from matching.dedupe import DuplicateFinder, Entity, duplicate_pairs, web_domain

ROOT = Path(__file__).resolve().parents[2]
VARIANTS = Path(__file__).parents[1] / "data" / "dedupe" / "name_variants.csv"


def reference_finder() -> DuplicateFinder:
    with (ROOT / "resources" / "reference" / "organisations_reference.csv").open() as handle:
        return DuplicateFinder(
            Entity(
                row["external_id"],
                tuple(n for n in (row["name"], row["short_name"], *row["aliases"].split(";")) if n),
                website=row["website"] or None,
                place=row["city"] or None,
            )
            for row in csv.DictReader(handle)
        )


FINDER = reference_finder()


def codes(entity: Entity) -> dict[str, object]:
    found = FINDER.find(entity, limit=1)
    return {e.code: e.value for e in found[0].evidence} if found else {}


def test_precision_and_recall_on_labelled_name_variants() -> None:
    """The labelled set: spellings of the real reference organisations and real names of other
    organisations (municipalities, regions, near misses) that must not match."""
    with VARIANTS.open() as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 1000
    right = wrong = missed = 0
    for row in rows:
        query = Entity("q", (row["variant"],), website=row["website"] or None,
                       place=row["place"] or None)  # fmt: skip
        found = FINDER.find(query, limit=1)
        got = found[0].key if found else ""
        if got and got == row["expected"]:
            right += 1
            continue
        wrong += bool(got)
        missed += bool(row["expected"])
    precision, recall = right / (right + wrong), right / (right + missed)
    assert precision >= 0.99, (precision, wrong)
    assert recall >= 0.97, (recall, missed)


def test_legal_forms_aliases_and_abbreviations_are_the_same_organisation() -> None:
    assert codes(Entity("q", ("Stichting Deltares B.V.",))) == {"same_name": "deltares"}
    assert codes(Entity("q", ("TU/e",))) == {"known_name": "tu e"}
    assert codes(Entity("q", ("WUR",))) == {"known_name": "wur"}
    assert "similar_name" in codes(Entity("q", ("Technische Universitet Delft",)))


def test_identifiers_decide_and_contradict() -> None:
    stored = DuplicateFinder(
        [
            Entity(1, ("Waterstof Noord BV",), kvk="12345678", place="GM0014"),
            Entity(2, ("Zorgdata Twente",), pic="999999999", website="zorgdata.nl", country="NL"),
        ]
    )
    by_kvk = stored.find(Entity("q", ("Heel Andere Naam",), kvk="12345678"))
    assert [(d.key, d.score, d.evidence[0].code) for d in by_kvk] == [(1, 100.0, "same_kvk")]
    assert stored.find(Entity("q", ("Waterstof Noord",), kvk="87654321")) == []
    assert stored.find(Entity("q", ("Zorgdata Twente",), pic="111111111")) == []
    assert stored.find(Entity("q", ("Zorgdata Twente",), country="DE"), limit=1) == []
    by_site = stored.find(Entity("q", ("Zorgdata",), website="http://www.zorgdata.nl/en/"))
    assert by_site[0].key == 2
    assert {e.code for e in by_site[0].evidence} >= {"same_website"}


def test_a_different_place_outweighs_a_same_name() -> None:
    stored = DuplicateFinder([Entity(1, ("Bakkerij Jansen",), place="Delft")])
    assert stored.find(Entity("q", ("Bakkerij Jansen BV",), place="Delft"))[0].score == 100.0
    assert stored.find(Entity("q", ("Bakkerij Jansen BV",), place="Zwolle")) == []


def test_different_numbers_in_names_are_different_organisations() -> None:
    stored = DuplicateFinder([Entity(1, ("Basisschool De Regenboog 12",), place="Delft")])
    assert stored.find(Entity("q", ("Basisschool De Regenboog 21",), place="Delft")) == []
    assert stored.find(Entity("q", ("Basisschool De Regenboog",), place="Delft")) == []
    assert stored.find(Entity("q", ("Basisschool de Regenboog 12 BV",), place="Delft"))


def test_pairs_within_one_collection_are_found_once() -> None:
    entities = [
        Entity("a", ("Hydroflow B.V.",)),
        Entity("b", ("Voltmatic",)),
        Entity("c", ("HYDROFLOW",)),
        Entity("d", ("Hydroflow Holding",)),
    ]
    pairs = {(p.first, p.second) for p in duplicate_pairs(entities)}
    assert pairs == {("a", "c"), ("a", "d"), ("c", "d")}


def test_web_domains_ignore_scheme_www_language_and_shared_hosts() -> None:
    assert web_domain("https://www.TUDelft.nl/en/") == "tudelft.nl"
    assert web_domain("tue.nl") == "tue.nl"
    assert web_domain("https://www.rijksoverheid.nl/ministeries/ministerie-van-defensie") == (
        "rijksoverheid.nl/ministeries/ministerie-van-defensie"
    )
    assert web_domain("https://nl.linkedin.com/company/x") is None
    assert web_domain("not a site") is None


@given(st.text(max_size=40), st.text(max_size=40))
def test_any_names_are_safe_and_symmetric_in_outcome(first: str, second: str) -> None:
    one = DuplicateFinder([Entity(1, (first,))]).find(Entity(2, (second,)))
    other = DuplicateFinder([Entity(2, (second,))]).find(Entity(1, (first,)))
    assert bool(one) == bool(other)
