"""Benchmark: synthetic data at scale, and the commands that read it.

Creates a fresh database in a temporary folder, generates organisations (100,000 by default) with
the default number of projects, then runs ``helixmatch stats`` and ``helixmatch search "tu delft"``
on it. Every command runs in its own Python process, as a user would run it; the wall time
includes start-up, and the peak memory is that process's maximum resident set size.

    .venv/bin/python benchmarks/generate.py [--organisations N] [--write-readme]

``--write-readme`` replaces the results section in ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from harness import machine, run_helixmatch, write_block


def database_size_mib(path: Path) -> float:
    files = [path, path.with_name(path.name + "-wal")]
    return sum(f.stat().st_size for f in files if f.exists()) / 2**20


def name_spread(path: Path) -> tuple[int, int]:
    """How many synthetic organisations there are, and how many distinct names they have."""
    with sqlite3.connect(path) as connection:
        query = "SELECT count(*), count(DISTINCT name) FROM organisation WHERE origin = 'synthetic'"
        total, distinct = connection.execute(query).fetchone()
    return total, distinct


def search_phases(db: str, text: str) -> dict[str, float]:
    """Where a first search's time goes: reading the names, building the index, the query."""
    from desktop.models.database import Database
    from desktop.models.queries.organisations.records import name_entries
    from matching.name_index import NameIndex

    database = Database(f"sqlite:///{db}")
    try:
        with database.transaction() as session:
            started = time.perf_counter()
            entries = name_entries(session)
            read = time.perf_counter()
            index = NameIndex((entry.id, entry.names) for entry in entries)
            built = time.perf_counter()
            index.search(text)
            searched = time.perf_counter()
    finally:
        database.close()
    return {"read": read - started, "index": built - read, "query": searched - built}


def measure(organisations: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "benchmark.db")
        init = run_helixmatch("--db", db, "init")
        generate = run_helixmatch("--db", db, "generate", "--organisations", str(organisations))
        size = database_size_mib(Path(db))
        total, distinct = name_spread(Path(db))
        stats = run_helixmatch("--db", db, "stats")
        # The name index is stored in the user's cache: the first search builds it, the next
        # ones read it back.
        env = dict(os.environ, XDG_CACHE_HOME=str(Path(folder) / "cache"))
        search = run_helixmatch("--db", db, "search", "tu delft", env=env)
        search_again = run_helixmatch("--db", db, "search", "tu delft", env=env)
        phases = search_phases(db, "tu delft")
    return {
        "organisations": organisations,
        "generated": generate.output.strip(),
        "init": init,
        "generate": generate,
        "stats": stats,
        "search": search,
        "search_again": search_again,
        "size_mib": size,
        "distinct_names": distinct / total,
        "top_hit": " ".join(search.output.split("\n", 1)[0].split()),
        "search_phases": phases,
    }


def report(results: dict) -> str:
    lines = [
        f"Latest run: {date.today().isoformat()}, {machine()}.",
        "",
        f"`helixmatch generate --organisations {results['organisations']}`: "
        f"{results['generated']}.",
        "",
        "| step | wall time | peak memory |",
        "|---|---:|---:|",
    ]
    for step, label in (
        ("init", "`helixmatch init` (fresh database)"),
        ("generate", "`helixmatch generate`"),
        ("stats", "`helixmatch stats`"),
        ("search", '`helixmatch search "tu delft"` (builds and stores the name index)'),
        ("search_again", '`helixmatch search "tu delft"` again (reads the stored index)'),
    ):
        lines.append(
            f"| {label} | {results[step].seconds:.2f} s | {results[step].peak_mib:.0f} MiB |"
        )
    lines += [
        "",
        f"Database file after generating: {results['size_mib']:.1f} MiB. "
        f"Distinct names among the synthetic organisations: {results['distinct_names']:.1%}. "
        f"Top search hit: `{results['top_hit']}`.",
        "",
        "Inside the search (in-process): reading every name {read:.2f} s, building the word "
        "index {index:.2f} s, the query itself {query:.2f} s.".format(**results["search_phases"]),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=100_000)
    parser.add_argument("--write-readme", action="store_true", help="update benchmarks/README.md")
    options = parser.parse_args()
    text = report(measure(options.organisations))
    print(text)
    if options.write_readme:
        write_block("generate", text)


if __name__ == "__main__":
    main()
