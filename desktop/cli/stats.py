"""``helixmatch stats``: count organisations per helix kind, type, province and origin."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from desktop.models.database import Database
from desktop.models.queries.stats import statistics

REFERENCE_LABELS = {
    "provinces": "provinces",
    "municipalities": "municipalities",
    "corop_regions": "COROP regions",
    "clusters": "clusters",
    "topsectors": "topsectors",
    "tkis": "TKIs",
    "themes": "themes",
    "missions": "missions",
    "key_technologies": "key technologies",
    "instruments": "instruments",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(database: Database, options: argparse.Namespace) -> None:
    with database.transaction() as session:
        numbers = statistics(session)
    if options.format == "json":
        print(json.dumps(asdict(numbers), indent=2, ensure_ascii=False))
        return
    print(f"organisations: {numbers.organisations}")
    for title, table in (
        ("per helix kind", numbers.by_kind),
        ("per type", numbers.by_type),
        ("per province", numbers.by_province),
        ("per origin", numbers.by_origin),
    ):
        print(f"{title}:")
        for key, count in table.items():
            print(f"  {key or '(none)':<24}{count:>8}")
    print(f"projects: {numbers.projects}")
    print(f"participations: {numbers.participations}")
    print("reference data:")
    for key, count in numbers.reference.items():
        print(f"  {REFERENCE_LABELS[key]:<24}{count:>8}")
