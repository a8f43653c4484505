"""Checking that the rows a record refers to exist, before the record is stored."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, SQLModel


def missing_reference(
    session: Session, references: Iterable[tuple[Any, type[SQLModel], str]]
) -> str | None:
    """For (value, table, what) triples: "what 'value' does not exist" for the first value that
    is given (not None) but names no row of its table; None when all exist."""
    for value, table, what in references:
        if value is not None and session.get(table, value) is None:
            return f"{what} '{value}' does not exist"
    return None
