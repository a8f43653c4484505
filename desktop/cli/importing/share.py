"""``helixmatch import share FILE``: show what a share file brings, then store it. The share
file's schema is imported by ``run`` only, so that defining the command line stays light."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.models.database import Database
from desktop.services.words.counts import counted

if TYPE_CHECKING:
    from desktop.services.importing.share_file import SharePlan


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="show what it brings, store nothing")


def _show(plan: SharePlan) -> None:
    consortium = plan.document.consortium
    print(f"consortium '{consortium.title}' with {counted(len(plan.document.members), 'member')}")
    for placement in plan.placements:
        demo = " [demonstration data: fictional]" if placement.demo else ""
        if placement.existing_id is None:
            print(f"  new       {placement.name}{demo}")
        else:
            evidence = ", ".join(placement.evidence)
            print(
                f"  existing  {placement.name}{demo} -> {placement.existing_id} "
                f"'{placement.existing_name}' ({evidence})"
            )
    for warning in plan.warnings:
        print(f"  warning: {warning}")


def run(database: Database, options: argparse.Namespace) -> None:
    from desktop.services.importing.share_file import apply_share_import, plan_share_import

    plan = plan_share_import(database, options.file)
    _show(plan)
    if options.dry_run:
        print("dry run: nothing was stored")
        return
    consortium_id = apply_share_import(database, plan)
    added = counted(plan.new_organisations, "organisation")
    print(f"stored as consortium {consortium_id}; {added} added")
