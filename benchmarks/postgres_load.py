"""Benchmark: a team database on PostgreSQL under load.

A PostgreSQL server on loopback (started with ``.ci/postgres.sh``, fsync on, unless ``--url``
names an empty database) gets 100,000 synthetic organisations with their project histories
(``helixmatch generate``). Then:

1. **one user**: one process loads the matching engine and answers 30 varied requests
   (the requests of ``suggest_speed.py``); the median is the single-user suggestion time;
2. **ten users**: ten processes, each with its own connection and engine, for a minute at the
   same time. Each one in turn *searches* (the organisations list filtered by a piece of a
   name: ILIKE on the trigram index, a count and the first page), *matches* (one of the 30
   requests) and *edits* (one of 40 shared organisations: read it with its version, add one
   to its employee count, save with the version check; a conflict is reloaded and retried).

Every error is counted. After the minute each shared organisation's employee count must have
grown by exactly the number of saves the clients counted: otherwise an update was lost.

    .venv/bin/python benchmarks/postgres_load.py                  # start a server, 100,000 orgs
    .venv/bin/python benchmarks/postgres_load.py --organisations 10000 --seconds 20
    .venv/bin/python benchmarks/postgres_load.py --write-readme   # update benchmarks/README.md
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import statistics
import subprocess
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from harness import machine, run_helixmatch, write_block
from suggest_speed import PARTICIPANTS_PER_PROJECT, REQUESTS

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = 10
SHARED = 40  # organisations every client edits: conflicts are meant to happen
SEARCHES = ("water", "tech", "zorg", "energie", "bio", "delta", "lab", "bouw", "agri", "data")


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


# --- what runs in a client process -------------------------------------------------------------


def _load(url: str, cache: str):
    from desktop.models.queries.reference import load_code_lookup
    from desktop.services.lifecycle.opening import open_database
    from desktop.services.matching.engine_data import load_engine

    database = open_database(url).database
    loaded = load_engine(database, Path(cache))
    with database.transaction() as session:
        vocabulary = load_code_lookup(session)
    return database, loaded, vocabulary


def _suggest(database, loaded, vocabulary, fields: dict[str, Any]) -> None:
    from desktop.cli.suggest_answers import answer
    from desktop.services.matching.request_input import resolve

    with database.transaction() as session:
        resolved = resolve(session, vocabulary, fields)
    answer(None, loaded.engine.suggest(resolved.request), loaded.organisations, [])


def single_user(url: str, cache: str, out: multiprocessing.Queue) -> None:
    database, loaded, vocabulary = _load(url, cache)
    times = []
    for fields in REQUESTS:
        started = time.perf_counter()
        _suggest(database, loaded, vocabulary, fields)
        times.append(time.perf_counter() - started)
    database.close()
    out.put({"times": times, "built": loaded.built})


def _search(database, text: str) -> None:
    from desktop.models.queries.organisations.records import count_organisations, page_of_summaries

    with database.transaction() as session:
        count_organisations(session, text)
        page_of_summaries(session, 0, 100, text=text)


def _edit(database, organisation_id: int) -> int:
    """One save of employees + 1 with the version check; returns how many conflicts it met."""
    from desktop.models.errors import ConcurrentEdit
    from desktop.models.queries.organisations.detail_data import load_details
    from desktop.services.organisations.editing import save_organisation_data

    conflicts = 0
    while True:
        try:
            with database.transaction() as session:
                details = load_details(session, organisation_id)
            details.data.employees = (details.data.employees or 0) + 1
            with database.transaction() as session:
                save_organisation_data(session, organisation_id, details.data, details.version)
            return conflicts
        except ConcurrentEdit:
            conflicts += 1


def client(
    number: int,
    url: str,
    cache: str,
    shared: list[int],
    start_at: float,
    seconds: float,
    out: multiprocessing.Queue,
) -> None:
    database, loaded, vocabulary = _load(url, cache)
    chance = random.Random(number)
    times: dict[str, list[float]] = {"search": [], "match": [], "edit": []}
    saves: Counter[int] = Counter()
    errors: list[str] = []
    conflicts = 0
    time.sleep(max(0.0, start_at - time.time()))
    ends = time.time() + seconds
    while time.time() < ends:
        operation = chance.choice(("search", "match", "edit"))
        started = time.perf_counter()
        try:
            if operation == "search":
                _search(database, chance.choice(SEARCHES))
            elif operation == "match":
                _suggest(database, loaded, vocabulary, chance.choice(REQUESTS))
            else:
                organisation_id = chance.choice(shared)
                conflicts += _edit(database, organisation_id)
                saves[organisation_id] += 1
        except Exception as error:  # noqa: BLE001 - every error is counted and reported
            errors.append(f"{operation}: {type(error).__name__}: {error}")
            continue
        times[operation].append(time.perf_counter() - started)
    database.close()
    out.put({"times": times, "saves": dict(saves), "errors": errors, "conflicts": conflicts})


# --- the driving process ------------------------------------------------------------------------


def _employees(url: str, ids: list[int]) -> dict[int, int]:
    from sqlmodel import select

    from desktop.models.database import Database
    from desktop.models.tables.organisation import Organisation

    database = Database(url)
    with database.transaction() as session:
        rows = session.exec(
            select(Organisation.id, Organisation.employees).where(Organisation.id.in_(ids))
        )
        found = {id_: employees or 0 for id_, employees in rows}
    database.close()
    return found


def _shared_ids(url: str) -> list[int]:
    from sqlmodel import select

    from desktop.models.database import Database
    from desktop.models.tables.organisation import Organisation

    database = Database(url)
    with database.transaction() as session:
        statement = select(Organisation.id).where(Organisation.origin == "synthetic").limit(SHARED)
        ids = list(session.exec(statement))
    database.close()
    return ids


def _run_processes(target, argument_lists: list[tuple]) -> list[dict[str, Any]]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    processes = [context.Process(target=target, args=(*args, queue)) for args in argument_lists]
    for process in processes:
        process.start()
    results = [queue.get(timeout=1800) for _ in processes]
    for process in processes:
        process.join()
        if process.exitcode != 0:
            raise SystemExit(f"a client failed (exit code {process.exitcode})")
    return results


def _start_server(folder: Path) -> str:
    env = dict(os.environ, PG_FSYNC="on")
    result = subprocess.run(
        [str(ROOT / ".ci" / "postgres.sh"), "start", str(folder)],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    return result.stdout.strip().splitlines()[-1]


def measure(url: str, organisations: int, seconds: float, cache: str) -> dict[str, Any]:
    projects = round(3 * organisations / PARTICIPANTS_PER_PROJECT)
    run_helixmatch("--db", url, "init")
    generated = run_helixmatch(
        "--db", url, "generate", "--organisations", str(organisations),
        "--projects", str(projects),
    )  # fmt: skip
    [alone] = _run_processes(single_user, [(url, cache)])
    shared = _shared_ids(url)
    before = _employees(url, shared)
    start_at = time.time() + 5.0 + 2.0 * CLIENTS  # every client has loaded its engine by then
    clients = _run_processes(
        client,
        [(number, url, cache, shared, start_at, seconds) for number in range(CLIENTS)],
    )
    after = _employees(url, shared)
    saves: Counter[int] = Counter()
    for result in clients:
        saves.update({int(k): v for k, v in result["saves"].items()})
    lost = sum(saves[i] - (after[i] - before[i]) for i in shared)
    return {
        "organisations": organisations,
        "projects": projects,
        "generate_seconds": generated.seconds,
        "alone": alone["times"],
        "times": {
            operation: [t for result in clients for t in result["times"][operation]]
            for operation in ("search", "match", "edit")
        },
        "errors": [e for result in clients for e in result["errors"]],
        "conflicts": sum(result["conflicts"] for result in clients),
        "saves": sum(saves.values()),
        "lost_updates": lost,
        "seconds": seconds,
    }


def report(result: dict[str, Any]) -> str:
    alone = result["alone"]
    times = result["times"]
    lines = [
        f"Latest run: {date.today().isoformat()}, {machine()}; PostgreSQL on loopback "
        "(fsync on). The machine was shared with other work during the run.",
        "",
        f"{result['organisations']:,} organisations, {result['projects']:,} projects "
        f"(generated in {result['generate_seconds']:.0f} s); {CLIENTS} clients for "
        f"{result['seconds']:.0f} s.",
        "",
        "| | count | median | p95 |",
        "|---|---:|---:|---:|",
        f"| one user: suggestion (30 requests) | {len(alone)} | {_ms(statistics.median(alone))}"
        f" | {_ms(_percentile(alone, 0.95))} |",
    ]
    labels = {
        "match": "ten users: suggestion",
        "search": "ten users: search (count + first page)",
        "edit": "ten users: edit with version check",
    }
    for operation in ("match", "search", "edit"):
        values = times[operation]
        median = _ms(statistics.median(values)) if values else "-"
        p95 = _ms(_percentile(values, 0.95)) if values else "-"
        lines.append(f"| {labels[operation]} | {len(values):,} | {median} | {p95} |")
    lines += [
        "",
        f"Errors: {len(result['errors'])}. Saves: {result['saves']:,}, of which "
        f"{result['conflicts']:,} first met a conflict (another client saved the same "
        f"organisation in between) and were reloaded and saved again. Lost updates: "
        f"{result['lost_updates']}.",
    ]
    if result["errors"]:
        lines.append("First errors: " + "; ".join(result["errors"][:3]))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an empty PostgreSQL database (default: start a server)")
    parser.add_argument("--organisations", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--write-readme", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        server = Path(tempfile.mkdtemp(prefix="helixmatch-load-"))
        server.rmdir()
        url = options.url or _start_server(server)
        try:
            result = measure(url, options.organisations, options.seconds, folder)
        finally:
            if not options.url:
                script = str(ROOT / ".ci" / "postgres.sh")
                subprocess.run([script, "stop", str(server)], check=False)
    text = report(result)
    print(text)
    print(json.dumps({k: v for k, v in result.items() if k != "times"}, default=str)[:2000])
    if options.write_readme:
        write_block("postgres_load", text, "## A team database under load: `postgres_load.py`")


if __name__ == "__main__":
    main()
