"""Benchmark: importing 100,000 organisations from CSV with de-duplication against 100,000
already in the database.

1. A database with 100,000 synthetic organisations (``helixmatch init`` and ``helixmatch
   generate --organisations 100000 --seed 1``).
2. A CSV file as a Dutch Excel export writes it (UTF-8 with BOM, semicolons, Dutch headers) with
   100,000 rows: 89,000 new organisations (synthetic ones of another seed, made in a second
   database, half of them with a KvK number; leaving out those whose name and place are already
   stored or repeat in the file), 10,000 spellings of organisations already stored
   (legal form added or dropped, upper case, a one-letter typo; same place) and 1,000 rows
   that carry a stored organisation's external id (updates).
3. ``helixmatch import organisations FILE --on-duplicate skip --report REPORT`` timed in its own
   process, and the report checked: how many of the 10,000 spellings were caught, and how many
   of the 89,000 new rows were taken for a duplicate.

    .venv/bin/python benchmarks/import_dedupe.py [--rows N] [--write-readme]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import sqlite3
import tempfile
from datetime import date
from pathlib import Path
from random import Random

from harness import machine, run_helixmatch, write_block

from matching.names import normalise_name

HEADER = ("Bedrijfsnaam", "Vestigingsplaats", "Postcode", "Website", "KvK-nummer",
          "Omschrijving", "Trefwoorden", "Eigen id")  # fmt: skip
LEGAL_FORMS = ("{} B.V.", "{} BV", "Stichting {}", "{} Holding", "{} N.V.")


def _organisations(db: Path, limit: int | None = None) -> list[dict]:
    query = (
        "SELECT name, city, postcode, website, description, keywords, external_id "
        "FROM organisation WHERE origin = 'synthetic' ORDER BY id"
    )
    with sqlite3.connect(db) as connection:
        connection.row_factory = sqlite3.Row
        rows = [dict(row) for row in connection.execute(query)]
    return rows[:limit] if limit is not None else rows


def _variant(rng: Random, name: str) -> str:
    """Another spelling of the same name: legal form, case, or a typo in the longest word."""
    choice = rng.randrange(3)
    if choice == 0:
        return rng.choice(LEGAL_FORMS).format(name)
    if choice == 1:
        return name.upper()
    words = name.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) >= 6:
        at = rng.randrange(1, len(word) - 1)
        words[longest] = word[:at] + word[at + 1 :]
    return " ".join(words)


def _row(org: dict, name: str, kvk: str = "", external_id: str = "") -> list[str]:
    keywords = ";".join(json.loads(org["keywords"] or "[]"))
    return [name, org["city"] or "", org["postcode"] or "", org["website"] or "", kvk,
            org["description"] or "", keywords, external_id]  # fmt: skip


def build_file(path: Path, stored: list[dict], fresh: list[dict], rows: int) -> dict[int, str]:
    """Write the import file; returns row number -> 'new', 'variant' or 'update'."""
    rng = Random(7)
    variants, updates = rows // 10, rows // 100
    kinds: list[tuple[str, list[str]]] = []
    # The other seed draws names from the same words: leave out the ones that are, by name and
    # place, organisations already stored, so that "new" means new.
    taken = {(normalise_name(org["name"]), org["city"]) for org in stored}
    unique = []
    for org in fresh:
        key = (normalise_name(org["name"]), org["city"])
        if key not in taken:
            taken.add(key)
            unique.append(org)
    fresh = unique
    for n, org in enumerate(fresh[: rows - variants - updates]):
        kvk = f"{30000000 + n}" if n % 2 else ""
        kinds.append(("new", _row(org, org["name"], kvk)))
    for org in rng.sample(stored, variants):
        kinds.append(("variant", _row(org, _variant(rng, org["name"]))))
    for org in rng.sample(stored, updates):
        kinds.append(("update", _row(org, org["name"], external_id=org["external_id"])))
    rng.shuffle(kinds)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(row for _, row in kinds)
    return {number: kind for number, (kind, _) in enumerate(kinds, start=2)}


def measure(rows: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        target, source = work / "target.db", work / "source.db"
        run_helixmatch("--db", str(target), "init")
        run_helixmatch("--db", str(target), "generate", "--organisations", str(rows), "--seed", "1")
        run_helixmatch("--db", str(source), "init", "--empty")
        run_helixmatch("--db", str(source), "generate", "--organisations", str(rows), "--seed", "2")
        path = work / "relaties.csv"
        kinds = build_file(path, _organisations(target), _organisations(source), rows)
        report = work / "report.csv"
        load = os.getloadavg()[0]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        run = run_helixmatch("--db", str(target), "import", "organisations", str(path),
                             "--on-duplicate", "skip", "--report", str(report))  # fmt: skip
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        with report.open(encoding="utf-8-sig") as handle:
            actions = {int(r["row"]): r["action"] for r in csv.DictReader(handle)}
    caught = sum(
        1 for row, kind in kinds.items() if kind == "variant" and actions[row] == "skipped"
    )
    taken = sum(1 for row, kind in kinds.items() if kind == "new" and actions[row] == "skipped")
    updated = sum(
        1 for row, kind in kinds.items() if kind == "update" and actions[row] == "updated"
    )
    counted = {kind: list(kinds.values()).count(kind) for kind in ("new", "variant", "update")}
    return {
        "run": run, "caught": caught, "taken": taken, "updated": updated, "counts": counted,
        "load": (load + os.getloadavg()[0]) / 2, "cpu": cpu,
    }  # fmt: skip


def report_text(rows: int, result: dict) -> str:
    run, counts = result["run"], result["counts"]
    summary = next(line for line in run.output.splitlines() if line.startswith("organisations:"))
    return "\n".join(
        [
            f"Latest run: {date.today().isoformat()}, {machine()}; load average during the "
            f"import about {result['load']:.1f} (other work on the machine when above 1; the CPU "
            "time is what the import itself used).",
            "",
            f"Importing {rows:,} rows into a database of {rows:,} synthetic organisations "
            "(`--on-duplicate skip`):",
            "",
            "| step | wall time | CPU time | peak memory |",
            "|---|---:|---:|---:|",
            f"| `helixmatch import organisations` | {run.seconds:.2f} s | {result['cpu']:.2f} s "
            f"| {run.peak_mib:.0f} MiB |",
            "",
            f"Result: `{summary}`.",
            f"Spellings of stored organisations caught: {result['caught']:,} of "
            f"{counts['variant']:,}; new organisations taken for a duplicate: "
            f"{result['taken']:,} of {counts['new']:,}; updates by external id: "
            f"{result['updated']:,} of {counts['update']:,}.",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--write-readme", action="store_true")
    options = parser.parse_args()
    text = report_text(options.rows, measure(options.rows))
    print(text)
    if options.write_readme:
        write_block("import-dedupe", text, "## Import with de-duplication: `import_dedupe.py`")


if __name__ == "__main__":
    main()
