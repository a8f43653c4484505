"""What an import says when it is done: its counts, and where it was stored."""

from __future__ import annotations

from desktop.services.importing.importer import ImportReport


def print_counts(report: ImportReport) -> None:
    for what, counts in report.counts.items():
        parts = ", ".join(
            f"{counts[outcome]} {outcome}" for outcome in ("created", "updated", "unchanged")
        )
        print(f"{what}: {parts}")


def print_stored(dry_run: bool, batch_id: int | None) -> None:
    if dry_run:
        print("dry run: nothing was stored")
    else:
        print(f"stored as import #{batch_id} (undo with: helixmatch import undo {batch_id})")
