"""The data behind the pictures a screen draws: the dashboard's counts, an organisation's
network."""

from __future__ import annotations

from desktop.models.database import Database
from desktop.models.queries.picture_data import (
    DashboardCounts,
    Network,
    dashboard_counts,
    organisation_network,
)

__all__ = ["DashboardCounts", "Network", "load_dashboard", "load_organisation_network"]


def load_dashboard(database: Database) -> DashboardCounts:
    with database.transaction() as session:
        return dashboard_counts(session)


def load_organisation_network(database: Database, organisation_id: int) -> Network:
    """The organisation, its most frequent project partners and the projects they share."""
    with database.transaction() as session:
        return organisation_network(session, organisation_id)
