"""The names of the codes a screen shows in lists and filters (helix kinds, types, provinces,
sectors, missions), read once per screen."""

from __future__ import annotations

from desktop.models.database import Database
from desktop.models.queries.code_names import CodeNames, load_code_names

__all__ = ["CodeNames", "code_names"]


def code_names(database: Database) -> CodeNames:
    with database.transaction() as session:
        return load_code_names(session)
