"""``helixmatch suggest``: one request from options, or many from a JSON-lines file. The matching
engine (NumPy, SciPy) is imported by ``run`` only, so that defining the command line stays light."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from desktop.cli.suggest_answers import answer
from desktop.models.database import Database
from desktop.models.queries.organisations.origins import DEMO, demo_ids
from desktop.models.queries.reference import load_code_lookup
from desktop.services.matching.request_input import RequestError, resolve
from desktop.services.user_error import UserError
from desktop.services.words.catalogue import Words, system_language
from matching.model import Reason

# The table gives organisations by id and reference data by code; the words are the proposal's.
_WORDS = Words(system_language(), lambda organisation_id: f"#{organisation_id}")


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


def _request_fields(options: argparse.Namespace) -> dict[str, Any]:
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


def _name(item: dict[str, Any]) -> str:
    """The name in the table's 40 columns; a demonstration organisation keeps its [Demo] tag."""
    if not item["demo"]:
        return item["name"][:40]
    return _WORDS.organisation(item["name"][:33], DEMO)


def _words(item: dict[str, Any]) -> str:
    return _WORDS.reason(Reason(item["code"], {k: v for k, v in item.items() if k != "code"}))


def _print_table(result: dict[str, Any], out: TextIO) -> None:
    if result["competences"]:
        out.write(f"competences: {', '.join(result['competences'])}\n")
    if result["places"]:
        out.write(f"region: {result['region']} (read from {', '.join(result['places'])})\n")
    out.write("\ncandidates\n")
    for c in result["candidates"]:
        reasons = "; ".join(_words(r) for r in c["reasons"][:4])
        out.write(f"{c['score']:6.3f}  {c['id']:>7}  {_name(c):<40}  {c['kind']:<10}  {reasons}\n")
    for number, consortium in enumerate(result["consortia"], start=1):
        out.write(f"\nconsortium {number}  score {consortium['score']:.3f}\n")
        for m in consortium["members"]:
            covers = ", ".join(m["covers"]) or "-"
            out.write(f"  {m['role']:<8} {_name(m):<40}  {m['kind']:<10}  covers: {covers}\n")
        if consortium["uncovered"]:
            out.write(f"  uncovered: {', '.join(consortium['uncovered'])}\n")
        for v in consortium["violations"]:
            out.write(f"  violates {v['code']}: {json.dumps(v)}\n")
    for problem in result["problems"]:
        out.write(f"\ncannot be met: {json.dumps(problem)}\n")


def _answer_line(
    database: Database, loaded, vocabulary, demo: frozenset[int], fields: dict[str, Any]
) -> dict[str, Any]:
    with database.transaction() as session:
        resolved = resolve(session, vocabulary, fields)
    suggestion = loaded.engine.suggest(resolved.request)
    return answer(fields.get("id"), suggestion, loaded.organisations, resolved.warnings, demo)


def _batch(
    database: Database, loaded, vocabulary, demo: frozenset[int], path: Path, out: TextIO
) -> int:
    failures = 0
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"{path}: cannot be read ({error})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        fields: Any = None
        try:
            fields = json.loads(line)
            if not isinstance(fields, dict):
                raise RequestError("a request line must be a JSON object")
            result = _answer_line(database, loaded, vocabulary, demo, fields)
        except (json.JSONDecodeError, RecursionError, RequestError) as error:
            failures += 1
            request_id = fields.get("id") if isinstance(fields, dict) else None
            result = {"id": request_id, "line": number, "error": str(error)}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 1 if failures else 0


def run(database: Database, options: argparse.Namespace) -> int:
    from desktop.services.matching.engine_data import load_engine

    if options.top < 1:
        raise UserError("--top must be at least 1")
    if options.batch is not None and not options.batch.is_file():
        raise UserError(f"{options.batch}: file not found")
    loaded = load_engine(database)
    with database.transaction() as session:
        vocabulary = load_code_lookup(session)
        demo = demo_ids(session)  # read once: a batch's requests share it
    if options.batch is not None:
        return _batch(database, loaded, vocabulary, demo, options.batch, sys.stdout)
    try:
        result = _answer_line(database, loaded, vocabulary, demo, _request_fields(options))
    except RequestError as error:
        raise UserError(str(error)) from None
    if result["warnings"]:
        unknown = ", ".join(w["value"] for w in result["warnings"])
        raise UserError(f"unknown organisation(s): {unknown}")
    if options.format == "json":
        sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    else:
        _print_table(result, sys.stdout)
    return 0
