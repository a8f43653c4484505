"""The fuzzy name index is kept in the user's cache between sessions and rebuilt when the
organisations changed."""

from __future__ import annotations

from pathlib import Path

from desktop.models.queries.organisations.records import save_organisation
from desktop.models.records import OrganisationRecord
from desktop.services.organisations import finder as organisation_finder
from desktop.services.organisations.finder import (
    OrganisationFinder,
    name_index_state,
    stored_name_index,
)
from desktop.services.organisations.listing import RELEVANCE, Query, load_first
from desktop.services.organisations.name_search import search_organisations
from desktop.services.organisations.operations import (
    delete_an_organisation,
    restore_an_organisation,
)


def stored_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("names.pickle"))


def test_the_index_is_stored_and_read_back_while_the_data_is_unchanged(
    database, isolated_index_cache, monkeypatch
) -> None:
    with database.transaction() as session:
        built = stored_name_index(session, name_index_state(session))
    assert len(stored_files(isolated_index_cache)) == 1

    def not_again(_session):
        raise AssertionError("the names were read again although nothing changed")

    monkeypatch.setattr(organisation_finder, "name_entries", not_again)
    with database.transaction() as session:
        loaded = stored_name_index(session, name_index_state(session))
    assert loaded is not built and len(loaded) == len(built)
    assert loaded.search("tu delft", limit=1)[0].key == built.search("tu delft", limit=1)[0].key


def test_an_added_organisation_is_found_after_a_new_session(database) -> None:
    with database.transaction() as session:
        before = search_organisations(session, "Kwikstaart Robotica")
        assert all(f.organisation.name != "Kwikstaart Robotica" for f in before)
        save_organisation(
            session,
            OrganisationRecord(name="Kwikstaart Robotica", kind="company", type="sme"),
            "user",
        )
    with database.transaction() as session:
        found = search_organisations(session, "Kwikstaart Robotica")
    assert found[0].organisation.name == "Kwikstaart Robotica"


def test_a_deleted_organisation_is_no_longer_listed_and_is_again_after_undo(
    database, isolated_index_cache
) -> None:
    finder = OrganisationFinder()
    query = Query(text="Wageningen University", sort=RELEVANCE)
    listed = load_first(query, database, finder=finder)
    first = listed.hits[0]
    deleted = delete_an_organisation(database, first)
    after = load_first(query, database, finder=finder)
    assert first not in after.hits and after.count == len(after.hits) == listed.count - 1
    restore_an_organisation(database, deleted)
    assert load_first(query, database, finder=finder).hits[0] == first


def test_a_damaged_or_unwritable_cache_is_rebuilt_or_left_out(database, tmp_path) -> None:
    with database.transaction() as session:
        stored_name_index(session, name_index_state(session))
    (stored,) = stored_files(tmp_path / "index-cache")
    stored.write_bytes(b"not a pickle")
    finder = OrganisationFinder()
    with database.transaction() as session:
        assert finder.find(session, "deltares")[0].name.startswith("Deltares")
    assert stored.read_bytes() != b"not a pickle"

    blocked = tmp_path / "a file"
    blocked.write_text("where the cache folder should be")
    with database.transaction() as session:
        found = OrganisationFinder(cache_dir=blocked).find(session, "deltares")
    assert found[0].name.startswith("Deltares")
