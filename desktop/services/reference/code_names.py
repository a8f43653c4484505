"""The names of the reference codes (provinces, themes, missions, instruments, topsectors) that
pages show in place of the codes."""

from __future__ import annotations

from desktop.models.database import Database
from desktop.models.queries import code_names
from desktop.models.queries.code_names import CodeNames

__all__ = ["CodeNames", "load_code_names"]


def load_code_names(database: Database) -> CodeNames:
    with database.transaction() as session:
        return code_names.load_code_names(session)
