"""The options of ``helixmatch suggest``; light, so that defining the command line loads no
matching code."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_arguments(parser: argparse.ArgumentParser) -> None:
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--mission", metavar="ID", help="a mission code, e.g. ET-A")
    what.add_argument("--text", help="a knowledge question or call text, Dutch or English")
    what.add_argument("--batch", type=Path, metavar="FILE.jsonl", help="one request per line")
    parser.add_argument("--include", nargs="+", default=[], metavar="ID")
    parser.add_argument("--exclude", nargs="+", default=[], metavar="ID")
    parser.add_argument("--helix", choices=("triple", "quadruple"))
    parser.add_argument("--size", metavar="MIN-MAX")
    parser.add_argument("--region", metavar="NAME")
    parser.add_argument("--instrument", metavar="ID")
    parser.add_argument("--country", metavar="CC")
    parser.add_argument("--whole-chain", action="store_true")
    parser.add_argument("--top", type=int, default=20, metavar="N")
    parser.add_argument("--format", choices=("table", "json"), default="table")


def request_fields(options: argparse.Namespace) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "id": 1,
        "text": options.text,
        "mission": options.mission,
        "include": options.include,
        "exclude": options.exclude,
        "helix": options.helix,
        "size": options.size,
        "region": options.region,
        "instrument": options.instrument,
        "country": options.country,
        "top": options.top,
        "whole_chain": options.whole_chain,
    }
    return {key: value for key, value in fields.items() if value not in (None, [], False)}
