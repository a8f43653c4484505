"""The organisations list, a block at a time: the database counts, sorts and filters; a search
lists the name search's hits (``desktop.services.organisations.finder``), best match first."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlmodel import Session

from desktop.models.database import Database
from desktop.models.queries.organisations.filter import OrganisationFilter
from desktop.models.queries.organisations.records import (
    OrganisationSummary,
    count_organisations,
    ids_within,
    page_of_summaries,
    summaries_by_id,
)
from desktop.models.queries.regions import province_names
from desktop.services.organisations.finder import OrganisationFinder
from matching.name_index import NameHit

__all__ = [
    "BLOCK_SIZE",
    "RELEVANCE",
    "FirstLoad",
    "OrganisationFilter",
    "OrganisationSummary",
    "Query",
    "load_block",
    "load_first",
]

BLOCK_SIZE = 200
RELEVANCE = "relevance"  # the sort of a search: best match first


@dataclass(frozen=True)
class Query:
    text: str = ""
    sort: str = "name"
    descending: bool = False
    filters: OrganisationFilter = OrganisationFilter()  # the page's filters, without the text
    hits: tuple[int, ...] = ()  # what the search found within the filters, best first

    def list_filter(self) -> OrganisationFilter:
        return replace(self.filters, ids=self.hits) if self.text else self.filters


@dataclass(frozen=True)
class FirstLoad:
    total: int  # organisations in the database
    count: int  # organisations that match the search text
    rows: list[OrganisationSummary]
    provinces: dict[str, str]
    hits: tuple[int, ...] = ()
    matches: dict[int, NameHit] | None = None  # how each hit matched


def load_first(
    query: Query, database: Database, *, finder: OrganisationFinder | None = None
) -> FirstLoad:
    """Counts, the first block and the province names for a (new) query; without a finder the
    search text is not looked up."""
    with database.transaction() as session:
        matches: dict[int, NameHit] = {}
        if query.text and finder is not None:
            matches = {hit.key: hit for hit in finder.hits(session, query.text)}
            found = ids_within(session, list(matches), query.filters)  # not the deleted ones
            query = replace(query, hits=tuple(found))
        total = count_organisations(session)
        wanted = query.list_filter()
        if query.text:
            count = len(query.hits)
        else:
            count = total if wanted.is_empty() else count_organisations(session, filters=wanted)
        return FirstLoad(
            total=total,
            count=count,
            rows=_block(query, 0, session),
            provinces=province_names(session),
            hits=query.hits,
            matches=matches,
        )


def load_block(query: Query, block: int, database: Database) -> list[OrganisationSummary]:
    with database.transaction() as session:
        return _block(query, block, session)


def _block(query: Query, block: int, session: Session) -> list[OrganisationSummary]:
    first = block * BLOCK_SIZE
    if query.text and query.sort == RELEVANCE:
        return summaries_by_id(session, list(query.hits[first : first + BLOCK_SIZE]))
    return page_of_summaries(
        session,
        first,
        BLOCK_SIZE,
        sort=query.sort,
        descending=query.descending,
        filters=query.list_filter(),
    )
