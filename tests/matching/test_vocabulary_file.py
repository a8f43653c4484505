"""The shipped vocabulary file: it loads, its ids are well formed, and its ``broader`` links
name concepts of the file and never run in a circle."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import resources
from matching.analysis import load_vocabulary

VOCABULARY = Path(resources.__file__).parent / "matching" / "vocabulary.csv"
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def broader_links() -> dict[str, tuple[str, ...]]:
    """Concept id -> the ids in its ``broader`` cell, read with csv (not through the loader)."""
    with VOCABULARY.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        assert reader.fieldnames == ["concept", "nl", "en", "broader"]
        return {
            row["concept"]: tuple(b.strip() for b in (row["broader"] or "").split(";") if b.strip())
            for row in reader
        }


def test_the_file_loads_with_well_formed_ids() -> None:
    concepts = load_vocabulary(VOCABULARY)
    assert [c.id for c in concepts] == list(broader_links())
    for concept in concepts:
        assert ID.match(concept.id), concept.id
        assert concept.nl and concept.en, concept.id


def test_every_broader_concept_exists() -> None:
    links = broader_links()
    unknown = {(c, b) for c, bs in links.items() for b in bs if b not in links}
    assert not unknown
    assert not [c for c, bs in links.items() if c in bs], "a concept broader than itself"
    assert not [c for c, bs in links.items() if len(set(bs)) != len(bs)], "a repeated link"


def find_cycle(links: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """A circle of broader links (its concepts, the first repeated at the end), or None."""
    done: set[str] = set()

    def walk(concept: str, path: tuple[str, ...]) -> tuple[str, ...] | None:
        if concept in path:
            return (*path[path.index(concept) :], concept)
        if concept in done:
            return None
        for broader in links.get(concept, ()):
            cycle = walk(broader, (*path, concept))
            if cycle:
                return cycle
        done.add(concept)
        return None

    return next((cycle for concept in links if (cycle := walk(concept, ()))), None)


def test_broader_links_have_no_cycles() -> None:
    cycle = find_cycle(broader_links())
    assert cycle is None, "broader links run in a circle: " + " -> ".join(cycle or ())


def test_the_cycle_check_finds_a_cycle() -> None:
    assert find_cycle({"a": ("b",), "b": ("c",), "c": ("a",), "d": ()}) == ("a", "b", "c", "a")
    assert find_cycle({"a": ("b", "c"), "b": ("c",), "c": ()}) is None
    assert find_cycle({"a": ("a",)}) == ("a", "a")
