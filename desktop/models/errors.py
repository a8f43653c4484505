"""What can go wrong with a database, in words for the user.

Every failure here leaves the database as it was: the transaction it happened in is rolled back.
"""

from __future__ import annotations

import sqlite3

import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError


class DatabaseError(Exception):
    """A database that cannot be opened or changed as asked; the message says why, for the user."""


class ConcurrentEdit(DatabaseError):
    """A record was changed by another window or user between reading and writing it."""


class DatabaseBusy(DatabaseError):
    """Another process holds the database's write lock for longer than HelixMatch waits."""


class ReadOnlyDatabase(DatabaseError):
    """The database may be read but not written (file or folder permissions)."""


# (words in the driver's message, exception class, explanation; {where} is the database)
_KNOWN = (
    (
        ("database is locked", "database is busy", "deadlock detected"),
        DatabaseBusy,
        "{where} is busy: another HelixMatch window or user is writing to it. Nothing was "
        "saved; try again in a moment.",
    ),
    (
        ("readonly database", "read-only"),
        ReadOnlyDatabase,
        "{where} is read-only here (no permission to write the file or its folder). "
        "Nothing was saved.",
    ),
    (
        ("disk is full", "no space left"),
        DatabaseError,
        "the disk that holds {where} is full. Nothing was saved; make room and try again.",
    ),
    (
        ("malformed", "file is not a database", "disk i/o error"),
        DatabaseError,
        "{where} is damaged ({detail}). Nothing was saved; restore a backup "
        "(File > Backups, or 'helixmatch restore').",
    ),
    (
        ("value too long", "cannot contain nul"),
        DatabaseError,
        "{where} cannot store a value as given ({detail}). Nothing was saved.",
    ),
    (
        ("server closed the connection", "connection failed", "terminating connection"),
        DatabaseError,
        "the connection to {where} was lost ({detail}). Nothing was saved.",
    ),
)


def explain(error: Exception, where: str) -> DatabaseError | None:
    """The user's version of a driver error, or None for an error the program caused."""
    if isinstance(error, StaleDataError):
        return ConcurrentEdit(
            f"a record in {where} was changed by another window or user meanwhile. Nothing "
            "was saved; reload it to see the other change, then edit again."
        )
    if not isinstance(error, sa.exc.DBAPIError | sqlite3.Error):
        return None
    detail = str(getattr(error, "orig", error)).strip().splitlines()[0]
    lowered = detail.lower()
    for words, kind, text in _KNOWN:
        if any(word in lowered for word in words):
            return kind(text.format(where=where, detail=detail))
    return None
