"""Benchmark: how long the Organisations page's search takes per keystroke at 100,000 organisations.

It creates a fresh database in a temporary folder (``helixmatch init``) and adds synthetic
organisations (``helixmatch generate``). Then, in this process, with the name index made once (as
the page makes it in the background when it is first shown; and read back from the cache, as a
later session does), it types a few names one key at a
time and times, for every keystroke, what the page's worker does for it: ``load_first``
of ``desktop.services.organisations.listing`` (the check whether the organisations changed, the name
search, the page's filters over the hits, the counts, the first rows, the province names). The
check and the name search are also timed on their own.

    .venv/bin/python benchmarks/search_speed.py                      # 100,000 organisations
    .venv/bin/python benchmarks/search_speed.py --organisations 10000
    .venv/bin/python benchmarks/search_speed.py --write-readme       # update benchmarks/README.md
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from harness import machine, run_helixmatch, write_block

# Names a user types, one key at a time: real organisations, a synthetic-looking company, a
# typo, and a name nobody has.
TYPED = (
    "oude maas",
    "wageningen univ",
    "technsche universiteit delft",
    "hydrohub",
    "energie groningen",
    "tno",
)
TARGET_MS = 30.0
REPEATS = 3  # each keystroke is timed this often; the median counts


def _median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(organisations: int) -> dict:
    from desktop.models.database import Database
    from desktop.services.organisations.finder import OrganisationFinder, name_index_state
    from desktop.services.organisations.listing import Query, load_first

    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "benchmark.db")
        run_helixmatch("--db", db, "init")
        run_helixmatch("--db", db, "generate", "--organisations", str(organisations))
        database = Database(f"sqlite:///{db}")
        finder = OrganisationFinder(cache_dir=Path(folder) / "cache")
        rows: list[tuple[str, float, float, float, int]] = []
        try:
            with database.transaction() as session:
                started = time.perf_counter()
                finder.prepare(session)
                build_s = time.perf_counter() - started
                started = time.perf_counter()  # as the next session does: from the cache
                OrganisationFinder(cache_dir=Path(folder) / "cache").prepare(session)
                load_s = time.perf_counter() - started
                for name in TYPED:
                    for end in range(1, len(name) + 1):
                        text = name[:end]
                        query = Query(text=text, sort="relevance")
                        first = partial(load_first, query, database, finder=finder)
                        keystroke = _median_ms(first)
                        check = _median_ms(partial(name_index_state, session))
                        search = _median_ms(partial(finder.hits, session, text))
                        rows.append((text, keystroke, check, search, first().count))
        finally:
            database.close()
    return {"organisations": organisations, "build_s": build_s, "load_s": load_s, "rows": rows}


def report(results: dict) -> str:
    rows = results["rows"]
    keystrokes = sorted(row[1] for row in rows)
    p95 = keystrokes[min(len(keystrokes) - 1, round(0.95 * (len(keystrokes) - 1)))]
    slowest = max(rows, key=lambda row: row[1])
    lines = [
        f"Latest run: {date.today().isoformat()}, {machine()}.",
        "",
        f"{results['organisations']:,} synthetic organisations plus the built-in ones; the name "
        f"index made once in {results['build_s']:.2f} s (read back from the cache in a later "
        f"session: {results['load_s']:.2f} s). {len(rows)} keystrokes typing "
        + ", ".join(f"`{name}`" for name in TYPED)
        + f" (target: {TARGET_MS:.0f} ms each):",
        "",
        "| per keystroke | median | p95 | slowest |",
        "|---|---:|---:|---:|",
        f"| the page's whole query (`load_first`) | {statistics.median(keystrokes):.1f} ms "
        f"| {p95:.1f} ms | {slowest[1]:.1f} ms (`{slowest[0]}`) |",
        f"| of which the check for changes | {statistics.median(r[2] for r in rows):.2f} ms "
        f"| | {max(r[2] for r in rows):.2f} ms |",
        f"| of which the name search | {statistics.median(r[3] for r in rows):.1f} ms "
        f"| | {max(r[3] for r in rows):.1f} ms |",
        "",
        "| typed | whole query | name search | rows |",
        "|---|---:|---:|---:|",
    ]
    lines += [
        f"| `{name}` | {whole:.1f} ms | {search:.1f} ms | {count} |"
        for name, whole, _check, search, count in rows
        if name in TYPED
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--organisations", type=int, default=100_000)
    parser.add_argument("--write-readme", action="store_true")
    options = parser.parse_args(argv)
    text = report(measure(options.organisations))
    print(text)
    if options.write_readme:
        write_block(
            "search-speed",
            text,
            heading="## Searching organisations as you type: `search_speed.py`\n\n"
            "How long the Organisations page takes to answer one keystroke in its search box "
            "(see the script's docstring for what is timed).\n\n",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
