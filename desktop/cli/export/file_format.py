"""The format an export writes: the one chosen, else the one the file name tells."""

from __future__ import annotations

from pathlib import Path

from desktop.services.exporting.formats import SHARE_SUFFIX
from desktop.services.user_error import UserError


def file_format(chosen: str | None, path: Path, allowed: tuple[str, ...]) -> str:
    if chosen:
        return chosen
    suffix = path.suffix.lower()
    found = "share" if suffix == SHARE_SUFFIX else suffix.lstrip(".")
    if found not in allowed:
        raise UserError(
            f"{path}: cannot tell the format from the file name; give --format "
            f"({', '.join(allowed)})"
        )
    return found
