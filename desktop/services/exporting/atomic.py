"""Writing a file so that a failed export never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.services.progress import TaskState
from desktop.services.user_error import UserError

FILE_MODE = 0o644


def write_atomically(
    path: Path, write: Callable[[Path], None], state: TaskState | None = None
) -> None:
    """Let ``write`` fill a temporary file beside ``path``, then move it into place.

    When ``write`` fails, or ``state`` was cancelled once it is done (:class:`Cancelled`), the
    temporary file is removed and an existing file at ``path`` is left as it was.
    """
    path = Path(path)
    if path.is_dir():
        raise UserError(f"{path}: is a folder, not a file name")
    if not path.parent.is_dir():
        raise UserError(f"{path.parent}: folder not found")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise UserError(f"{path}: cannot write here ({error.strerror})") from None
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        if state is not None:
            state.check()
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise UserError(f"{path}: could not be written ({error.strerror or error})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
