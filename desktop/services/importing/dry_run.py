"""Dry runs: all the work of an import inside its transaction, then a rollback."""

from __future__ import annotations

from typing import Any


class RolledBack(Exception):
    """Raised inside the transaction of a dry run so that it rolls back; carries the result."""

    def __init__(self, result: Any = None) -> None:
        super().__init__("dry run")
        self.result = result
