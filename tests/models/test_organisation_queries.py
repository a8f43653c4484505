"""Listing, sorting and filtering organisations in the data layer."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import select

from desktop.models import OrganisationTopsector
from desktop.models.queries.organisations.records import (
    count_organisations,
    delete_by_origin,
    page_of_summaries,
    save_organisation,
)
from desktop.models.records import OrganisationRecord


def add(session, name: str, **values) -> int:
    record = OrganisationRecord(name=name, kind="company", type="sme", **values)
    return save_organisation(session, record, "user")[0]


def test_names_sort_without_regard_to_case_using_an_index(database) -> None:
    with database.transaction() as session:
        # "!" sorts before every built-in name ("'s Heeren Loo" included)
        for name in ("!aardappel BV", "!Aaltje Zorg", "!AAB Systems"):
            add(session, name)
        first = [s.name for s in page_of_summaries(session, 0, 3)]
        last = page_of_summaries(session, 0, 1, descending=True)[0].name
        connection = session.connection()
        query = "SELECT id FROM organisation ORDER BY lower(name), id LIMIT 5"
        if connection.dialect.name == "sqlite":
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}")
        else:  # PostgreSQL: a table this small is read whole unless told otherwise
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = connection.exec_driver_sql(f"EXPLAIN {query}")
        details = " ".join(str(row[-1]) for row in plan)
    assert first == ["!AAB Systems", "!Aaltje Zorg", "!aardappel BV"]
    assert last.lower() >= first[-1].lower()
    assert "ix_organisation_name_lower" in details


def test_text_filter_counts_and_pages_agree(database) -> None:
    with database.transaction() as session:
        add(session, "Zeewier Delta", short_name="ZDL")
        add(session, "Delta Zeewierkwekers")
        assert count_organisations(session, "zeewier") == 2
        assert count_organisations(session, "ZDL") == 1
        names = [s.name for s in page_of_summaries(session, 0, 10, text="zeewier")]
        assert names == ["Delta Zeewierkwekers", "Zeewier Delta"]
        assert page_of_summaries(session, 1, 10, text="zeewier")[0].name == "Zeewier Delta"


def test_removing_by_origin_takes_links_along(database) -> None:
    with database.transaction() as session:
        demo_links = session.exec(select(sa.func.count()).select_from(OrganisationTopsector)).one()
        removed = delete_by_origin(session, "demo")
        remaining = session.exec(select(sa.func.count()).select_from(OrganisationTopsector)).one()
    assert removed > 100
    assert remaining < demo_links
