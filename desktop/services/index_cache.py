"""The user's cache of what is built from a database to search it (the matching engine's data
and text indexes, the fuzzy name index): one folder per database, in the user's cache folder.

The cache is the user's own (written here), so reading it back with pickle trusts nothing from
elsewhere; it may be deleted at any time and is rebuilt when it no longer fits the data.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from pathlib import Path

from platformdirs import user_cache_dir

# What reading back a damaged or foreign cache file can raise.
UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError)


def default_cache_dir() -> Path:
    return Path(user_cache_dir("HelixMatch", appauthor=False)) / "indexes"


def cache_folder(url: str, cache_dir: Path | None = None) -> Path:
    return (cache_dir or default_cache_dir()) / hashlib.sha1(url.encode()).hexdigest()[:16]


def load_cached(path: Path) -> object | None:
    """What was stored at ``path``; None when there is nothing readable."""
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except UNREADABLE:
        return None


def store_cached(path: Path, value: object) -> None:
    """Keep ``value`` at ``path``, whole or not at all; a cache that cannot be written (a full
    disk, a read-only folder) is left out."""
    temporary = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
