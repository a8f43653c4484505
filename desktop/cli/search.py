"""``helixmatch search TEXT``: find organisations by name, short name or alias."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from desktop.models.database import Database
from desktop.services.organisations.name_search import search_organisations
from desktop.services.user_error import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text")
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(database: Database, options: argparse.Namespace) -> None:
    if options.limit < 1:
        raise UserError("--limit must be at least 1")
    with database.transaction() as session:
        found = search_organisations(session, options.text, options.limit)
    if options.format == "json":
        rows = [
            {
                **asdict(f.organisation),
                "score": f.hit.score,
                "matched": f.hit.matched,
                "matched_field": f.hit.field,
                "match": f.hit.how.name.lower(),
            }
            for f in found
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not found:
        print(f"no organisation matches '{options.text}'")
    for f in found:
        org, hit = f.organisation, f.hit
        place = org.city or org.province_code or ""
        how = hit.how.name.lower() + ("" if hit.field == "name" else f", {hit.field} {hit.matched}")
        print(f"{hit.score:5.1f}  {org.id:>7}  {org.name}  [{org.type}]  {place}  ({how})")
