"""Benchmark: the BM25 text index over 100,000 synthetic organisation profiles.

Without ``--db`` it creates a fresh database in a temporary folder (``helixmatch init`` and
``helixmatch generate --organisations N``). A profile is an organisation's name, description and
keywords plus the titles of its projects. The index is measured twice: over the profiles as
generated, and over the same profiles padded to at least 80 words with the text of other
profiles (real profiles are longer than synthetic ones). For each, one process reads the
profiles and builds and saves the index; a second loads it and runs 50 realistic queries. Peak
memory is each process's maximum resident set size.

    .venv/bin/python benchmarks/text_index.py [--db FILE] [--organisations N] [--write-readme]

``--write-readme`` replaces the results section in ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from harness import machine, run_helixmatch, write_block

ROOT = Path(__file__).resolve().parent.parent
VOCABULARY = ROOT / "resources" / "matching" / "vocabulary.csv"
PADDED_WORDS = 80

QUERIES = (
    "waterstof elektrolyse",
    "groene waterstofproductie in de Eemsdelta",
    "green hydrogen electrolysis",
    "batterijopslag bij windparken op zee",
    "offshore wind maintenance",
    "zonnepanelen op agrarische daken",
    "zonne-energie en netcongestie",
    "warmtepompen voor de gebouwde omgeving",
    "aardgasvrije wijk warmtenet",
    "geothermie",
    "CO2-afvang in de chemische industrie",
    "circulaire kunststoffen en chemische recycling",
    "biobased bouwmaterialen",
    "recycling of plastic waste",
    "kringlooplandbouw en mestverwerking",
    "precisielandbouw met drones en sensoren",
    "plantaardige eiwitten voor vleesvervangers",
    "protein transition plant-based food",
    "zuivel methaanreductie melkveehouderij",
    "glastuinbouw energiebesparing LED-belichting",
    "verzilting zoetwatervoorziening",
    "dijkversterking en waterveiligheid",
    "flood protection delta",
    "waterkwaliteit microverontreinigingen PFAS",
    "duurzame visserij Noordzee",
    "zorg op afstand voor ouderen met dementie",
    "dementia care at home sensors",
    "kunstmatige intelligentie in de zorg",
    "artificial intelligence for diagnostics",
    "gezonde leefstijl preventie jongeren",
    "revalidatie en wearables",
    "geneesmiddelenontwikkeling organ-on-chip",
    "vaccins en pandemische paraatheid",
    "fotonica chips",
    "integrated photonics semiconductors",
    "kwantumcomputing en kwantumnetwerk",
    "quantum technology",
    "cybersecurity voor het mkb",
    "ondermijning en georganiseerde criminaliteit",
    "emissieloze binnenvaart",
    "zero-emissie stadslogistiek",
    "smart industry robotica in de maakindustrie",
    "additive manufacturing metal",
    "digitale tweeling van infrastructuur",
    "serious gaming voor training",
    "burgerparticipatie energiecooperatie",
    "waterstf",  # typos
    "batterijn opslag",
    "dementei",
    "Zoekt kennispartner voor het testen van waterstofbrandstofcellen in zware voertuigen",
)

# Runs inside a child process: prints one JSON line with its measurements.
PHASES = ("build", "query")


def read_profiles(db: Path) -> list[tuple[int, str]]:
    """Each organisation's name, description, keywords and project titles, by id."""
    sql = """
        SELECT o.id, o.name, o.description, o.keywords,
               (SELECT group_concat(p.title, ' ') FROM participation AS pa
                JOIN project AS p ON p.id = pa.project_id WHERE pa.organisation_id = o.id)
        FROM organisation AS o ORDER BY o.id
    """
    with sqlite3.connect(db) as connection:
        rows = connection.execute(sql).fetchall()
    profiles = []
    for doc_id, name, description, keywords, titles in rows:
        words = " ".join(json.loads(keywords or "[]"))
        profiles.append((doc_id, " ".join(filter(None, (name, description, words, titles)))))
    return profiles


def pad(profiles: list[tuple[int, str]], words: int) -> list[tuple[int, str]]:
    """Each profile extended with the text of others (deterministically) up to ``words``."""
    padded = []
    for n, (doc_id, text) in enumerate(profiles):
        step = 1
        while len(text.split()) < words:
            text += " " + profiles[(n + 7919 * step) % len(profiles)][1]
            step += 1
        padded.append((doc_id, text))
    return padded


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_build(db: Path, out: Path, words: int) -> dict:
    from matching.analysis import Analyzer, load_vocabulary
    from matching.text_index import TextIndex

    started = time.perf_counter()
    profiles = read_profiles(db)
    if words:
        profiles = pad(profiles, words)
    read = time.perf_counter()
    read_peak = peak_mib()
    analyzer = Analyzer(load_vocabulary(VOCABULARY))
    cpu = time.process_time()
    index = TextIndex.build(profiles, analyzer, fingerprint="benchmark")
    cpu = time.process_time() - cpu
    built = time.perf_counter()
    index.save(out)
    saved = time.perf_counter()
    files = [out.with_name(out.name + suffix) for suffix in (".npz", ".json")]
    return {
        "documents": len(profiles),
        "words": statistics.mean(len(text.split()) for _, text in profiles),
        "terms": len(index.terms),
        "cells": int(index.matrix.nnz),
        "learned": len(index.analyzer.learned),
        "read_s": read - started,
        "build_s": built - read,
        "build_cpu_s": cpu,
        "save_s": saved - built,
        "size_mib": sum(f.stat().st_size for f in files) / 2**20,
        "read_peak_mib": read_peak,
        "build_peak_mib": peak_mib(),
    }


def phase_query(out: Path) -> dict:
    from matching.analysis import Analyzer, load_vocabulary
    from matching.text_index import TextIndex

    analyzer = Analyzer(load_vocabulary(VOCABULARY))
    started = time.perf_counter()
    index = TextIndex.load(out, analyzer)
    loaded = time.perf_counter()
    first = index.search(QUERIES[0], limit=50)
    cold = time.perf_counter() - loaded
    search_ms, scores_ms, hits = [], [], []
    for query in QUERIES:
        begin = time.perf_counter()
        found = index.search(query, limit=50)
        search_ms.append((time.perf_counter() - begin) * 1000)
        begin = time.perf_counter()
        index.scores(query)
        scores_ms.append((time.perf_counter() - begin) * 1000)
        hits.append(len(found))
    restrict = index.doc_ids[:: max(1, len(index) // 300)]
    begin = time.perf_counter()
    for query in QUERIES:
        index.search(query, restrict=restrict)
    restricted_ms = (time.perf_counter() - begin) * 1000 / len(QUERIES)
    return {
        "load_s": loaded - started,
        "cold_ms": cold * 1000,
        "search_median_ms": statistics.median(search_ms),
        "search_p95_ms": statistics.quantiles(search_ms, n=20)[-1],
        "search_max_ms": max(search_ms),
        "slowest": QUERIES[search_ms.index(max(search_ms))],
        "scores_median_ms": statistics.median(scores_ms),
        "scores_p95_ms": statistics.quantiles(scores_ms, n=20)[-1],
        "restricted_ms": restricted_ms,
        "restricted_to": len(restrict),
        "queries_with_hits": sum(1 for n in hits if n),
        "first_hit_score": first[0].score if first else 0.0,
        "query_peak_mib": peak_mib(),
    }


def child(*argv: str) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, *argv], capture_output=True, text=True, check=False, cwd=ROOT
    )
    if result.returncode != 0:
        raise SystemExit(f"text_index.py {' '.join(argv)} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def generate(folder: Path, organisations: int) -> Path:
    db = folder / "benchmark.db"
    for argv in (("init",), ("generate", "--organisations", str(organisations))):
        run_helixmatch("--db", str(db), *argv)
    return db


def measure(db: Path | None, organisations: int) -> dict:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        db = db or generate(folder, organisations)
        results = {}
        for label, words in (
            ("as generated", 0),
            (f"padded to {PADDED_WORDS} words", PADDED_WORDS),
        ):
            out = folder / f"index-{words}"
            build = child(
                "--phase", "build", "--db", str(db), "--out", str(out), "--words", str(words)
            )
            query = child("--phase", "query", "--out", str(out))
            results[label] = {**build, **query}
    return results


def report(results: dict) -> str:
    lines = [f"Latest run: {date.today().isoformat()}, {machine()}.", ""]
    labels = list(results)
    lines += ["| | " + " | ".join(labels) + " |", "|---|" + "---:|" * len(labels)]
    rows = (
        ("profiles", "{documents:,}"),
        ("words per profile (mean)", "{words:.0f}"),
        ("distinct terms", "{terms:,}"),
        ("matrix cells (non-zero)", "{cells:,}"),
        ("corpus words learned for compounds", "{learned:,}"),
        ("reading the profiles (sqlite3)", "{read_s:.2f} s"),
        ("**building the index** (CPU time)", "**{build_s:.2f} s** ({build_cpu_s:.2f} s)"),
        ("saving it", "{save_s:.2f} s"),
        ("index on disk (npz + json)", "{size_mib:.1f} MiB"),
        ("peak memory, read + build + save", "{build_peak_mib:.0f} MiB"),
        ("of which reading the texts, before building", "{read_peak_mib:.0f} MiB"),
        ("**loading the index**", "**{load_s:.2f} s**"),
        ("first query after loading", "{cold_ms:.0f} ms"),
        (
            "**search, limit 50: median / p95**",
            "**{search_median_ms:.1f} / {search_p95_ms:.1f} ms**",
        ),
        ("search, slowest of the 50", "{search_max_ms:.1f} ms"),
        (
            "`scores()` over all profiles: median / p95",
            "{scores_median_ms:.1f} / {scores_p95_ms:.1f} ms",
        ),
        ("search restricted to {restricted_to} ids (mean)", "{restricted_ms:.1f} ms"),
        ("queries with hits", "{queries_with_hits} of 50"),
        ("peak memory, load + 150 queries", "{query_peak_mib:.0f} MiB"),
    )
    first = next(iter(results.values()))
    for label, template in rows:
        cells = [template.format(**result) for result in results.values()]
        lines.append(f"| {label.format(**first)} | " + " | ".join(cells) + " |")
    slowest = {r["slowest"] for r in results.values()}
    lines += ["", "Slowest query: " + ", ".join(f"`{q}`" for q in sorted(slowest)) + "."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="read profiles from this database")
    parser.add_argument("--organisations", type=int, default=100_000)
    parser.add_argument("--write-readme", action="store_true")
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--words", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "build":
        print(json.dumps(phase_build(args.db, args.out, args.words)))
        return
    if args.phase == "query":
        print(json.dumps(phase_query(args.out)))
        return
    results = measure(args.db, args.organisations)
    print(json.dumps(results, indent=2))
    text = report(results)
    print(text)
    if args.write_readme:
        write_block("text_index", text)


if __name__ == "__main__":
    main()
