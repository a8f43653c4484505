"""``helixmatch import list``: the imports made so far, newest first."""

from __future__ import annotations

import argparse

from desktop.models.database import Database
from desktop.services.importing.history import import_history


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``import list`` takes no options."""


def run(database: Database, _options: argparse.Namespace) -> None:
    batches = import_history(database)
    if not batches:
        print("no imports yet")
    for batch in batches:
        when = batch.finished_at.strftime("%Y-%m-%d %H:%M")
        state = f"  (undone {batch.undone_at:%Y-%m-%d %H:%M})" if batch.undone_at else ""
        counts = ", ".join(f"{count} {what}" for what, count in batch.counts.items() if count)
        print(f"#{batch.id:<5} {when}  {batch.kind:<13} {batch.source}: {counts}{state}")
