"""Benchmark: windows saving into one database file at the same time.

A database file with the built-in data and 5,000 synthetic organisations. Four processes (four
windows) save for 20 seconds without pause: each save is the Organisations page's own, an edit of
one of 40 shared organisations (read it with its version in one transaction, add one to its
employee count, save with the version check in the next; a conflict is reloaded and retried).
Two more processes search the organisations list (a count and the first page) meanwhile.

A save told that the database is busy is counted as such, and any other failure as an error.
Afterwards each shared organisation's employee count must have grown by exactly the number of
saves the processes counted: otherwise an update was lost.

    .venv/bin/python benchmarks/file_saves.py
    .venv/bin/python benchmarks/file_saves.py --write-readme   # update benchmarks/README.md
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from harness import machine, run_helixmatch, write_block
from postgres_load import (
    SEARCHES,
    _edit,
    _employees,
    _ms,
    _percentile,
    _run_processes,
    _search,
    _shared_ids,
)

WRITERS = 4
READERS = 2
ORGANISATIONS = 5_000


def worker(number: int, url: str, shared: list[int], start_at: float, seconds: float, out) -> None:
    """Save (writers) or search (readers) until the time is up; report times and failures."""
    from desktop.models.database import Database
    from desktop.models.errors import DatabaseBusy

    database = Database(url)
    chance = random.Random(number)
    writing = number < WRITERS
    times: list[float] = []
    saves: Counter[int] = Counter()
    busy, conflicts, errors = 0, 0, []
    time.sleep(max(0.0, start_at - time.time()))
    ends = time.time() + seconds
    while time.time() < ends:
        started = time.perf_counter()
        try:
            if writing:
                organisation_id = chance.choice(shared)
                conflicts += _edit(database, organisation_id)
                saves[organisation_id] += 1
            else:
                _search(database, chance.choice(SEARCHES))
        except DatabaseBusy:
            busy += 1
            continue
        except Exception as error:  # noqa: BLE001 - every error is counted and reported
            errors.append(f"{type(error).__name__}: {error}")
            continue
        times.append(time.perf_counter() - started)
    database.close()
    out.put(
        {
            "writing": writing,
            "times": times,
            "saves": dict(saves),
            "busy": busy,
            "conflicts": conflicts,
            "errors": errors,
        }
    )


def measure(folder: Path, seconds: float) -> dict[str, Any]:
    path = folder / "helixmatch.db"
    url = f"sqlite:///{path}"
    run_helixmatch("--db", str(path), "init")
    run_helixmatch("--db", str(path), "generate", "--organisations", str(ORGANISATIONS))
    shared = _shared_ids(url)
    before = _employees(url, shared)
    start_at = time.time() + 5.0  # every process has started by then
    results = _run_processes(
        worker,
        [(number, url, shared, start_at, seconds) for number in range(WRITERS + READERS)],
    )
    after = _employees(url, shared)
    saves: Counter[int] = Counter()
    for result in results:
        saves.update({int(k): v for k, v in result["saves"].items()})
    writers = [r for r in results if r["writing"]]
    return {
        "seconds": seconds,
        "save_times": [t for r in writers for t in r["times"]],
        "search_times": [t for r in results if not r["writing"] for t in r["times"]],
        "saves": sum(saves.values()),
        "busy": sum(r["busy"] for r in results),
        "conflicts": sum(r["conflicts"] for r in writers),
        "errors": [e for r in results for e in r["errors"]],
        "lost_updates": sum(saves[i] - (after[i] - before[i]) for i in shared),
    }


def report(result: dict[str, Any]) -> str:
    lines = [
        f"Latest run: {date.today().isoformat()}, {machine()}; a database file on local disk. "
        "The machine was shared with other work during the run.",
        "",
        f"Built-in data and {ORGANISATIONS:,} synthetic organisations; {WRITERS} processes "
        f"saving and {READERS} searching for {result['seconds']:.0f} s.",
        "",
        "| | count | median | p95 | slowest |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, values in (
        ("save with version check", result["save_times"]),
        ("search (count + first page)", result["search_times"]),
    ):
        if values:
            lines.append(
                f"| {label} | {len(values):,} | {_ms(statistics.median(values))} | "
                f"{_ms(_percentile(values, 0.95))} | {_ms(max(values))} |"
            )
    lines += [
        "",
        f"Saves told the database is busy: {result['busy']:,}. Other errors: "
        f"{len(result['errors'])}. Saves: {result['saves']:,}, of which {result['conflicts']:,} "
        "first met a conflict (another process saved the same organisation in between) and were "
        f"reloaded and saved again. Lost updates: {result['lost_updates']}.",
    ]
    if result["errors"]:
        lines.append("First errors: " + "; ".join(result["errors"][:3]))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--write-readme", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        text = report(measure(Path(folder), options.seconds))
    print(text)
    if options.write_readme:
        write_block(
            "file_saves", text, "## Saves from several windows on one file: `file_saves.py`"
        )


if __name__ == "__main__":
    main()
