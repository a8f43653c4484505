"""The window's operations on organisations, each in its own transaction on the database, and
the organisations list loaded a block at a time, without Qt."""

from __future__ import annotations

from desktop.models.queries.questions import QuestionDraft, create_question
from desktop.services.organisations.finder import OrganisationFinder
from desktop.services.organisations.listing import (
    BLOCK_SIZE,
    RELEVANCE,
    OrganisationFilter,
    Query,
    load_block,
    load_first,
)
from desktop.services.organisations.operations import (
    OrganisationData,
    delete_an_organisation,
    find_organisations,
    load_organisation,
    merge_two_organisations,
    restore_an_organisation,
    save_entered_organisation,
    undo_merge,
    write_organisation_data,
)
from desktop.services.overview import RECENT, load_overview


def new_data(**values) -> OrganisationData:
    base = {"name": "Getijdenstroom Techniek", "kind": "company", "type": "sme", "is_sme": True}
    return OrganisationData(**(base | values))


def test_saved_written_back_deleted_and_restored(database):
    organisation_id = save_entered_organisation(database, None, new_data(city="Delft"))
    stored = load_organisation(database, organisation_id)
    assert stored.data.city == "Delft"

    write_organisation_data(database, organisation_id, new_data(city="Leiden"))
    assert load_organisation(database, organisation_id).data.city == "Leiden"

    deleted = delete_an_organisation(database, organisation_id)
    assert load_organisation(database, organisation_id) is None
    restore_an_organisation(database, deleted)
    assert load_organisation(database, organisation_id).data.name == "Getijdenstroom Techniek"


def test_a_merge_is_undone(database):
    keep = save_entered_organisation(database, None, new_data())
    drop = save_entered_organisation(database, None, new_data(name="Getijdenstroom Techniek BV"))
    merged = merge_two_organisations(database, keep, drop)
    assert merged.kept == keep and merged.removed == "Getijdenstroom Techniek BV"
    assert load_organisation(database, drop) is None
    undo_merge(database, merged.record)
    assert load_organisation(database, drop).data.name == "Getijdenstroom Techniek BV"


def test_a_new_organisation_is_found_by_its_name(database):
    organisation_id = save_entered_organisation(
        database, None, new_data(name="Kwikstaart Robotica")
    )
    found = find_organisations(database, OrganisationFinder(), "Kwikstaart Robotica")
    assert found[0].id == organisation_id


def test_the_list_counts_and_loads_blocks(database):
    first = load_first(Query(), database)
    assert first.count == first.total > BLOCK_SIZE
    assert len(first.rows) == BLOCK_SIZE and first.provinces
    second = load_block(Query(), 1, database)
    assert second[0].id not in {row.id for row in first.rows}


def test_a_search_lists_the_name_search_hits_within_the_filters(database):
    query = Query(text="deltares", sort=RELEVANCE)
    found = load_first(query, database, finder=OrganisationFinder())
    assert found.rows[0].name.startswith("Deltares")
    assert found.count == len(found.hits) and set(found.matches) >= set(found.hits)
    assert load_first(query, database).count == 0  # without a finder nothing is looked up

    narrowed = load_first(
        Query(text="deltares", sort=RELEVANCE, filters=OrganisationFilter(kind="society")),
        database,
        finder=OrganisationFinder(),
    )
    assert narrowed.count < found.count


def test_the_overview_lists_the_recent_questions_only(database):
    with database.transaction() as session:
        for number in range(RECENT + 1):
            create_question(session, QuestionDraft(f"Vraag {number}", "", None))
    overview = load_overview(database)
    assert overview.statistics.organisations == load_first(Query(), database).total
    assert [q.title for q in overview.questions] == [f"Vraag {n}" for n in range(RECENT, 0, -1)]
