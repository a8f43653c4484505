"""Benchmark: how fast ``helixmatch suggest`` answers, at 1,000, 10,000 and 100,000 organisations.

For every size it creates a fresh database in a temporary folder (``helixmatch init``), adds
synthetic organisations with about three participations per organisation (``helixmatch
generate --organisations N --projects P``), and then, each in a new Python process so that
start-up is real:

1. **cold**: an empty index cache; ``load_engine`` builds the text indexes, then one suggestion;
2. **warm**: the cache from step 1; ``load_engine`` must load it (not rebuild), then a first
   suggestion and 30 varied requests (median, p95 and worst), and the peak memory;
3. ``helixmatch suggest --text ... --format json`` end to end, on the warm cache.

A request goes the way of ``helixmatch suggest``: its fields are resolved against the database
(``desktop.services.matching.request_input.resolve``), answered by ``Engine.suggest`` and turned
into the command's JSON (``desktop.cli.suggest_answers.answer``). The index cache lives in the
temporary folder (``XDG_CACHE_HOME``), where the command line finds it too.

    .venv/bin/python benchmarks/suggest_speed.py                    # 1,000, 10,000, 100,000
    .venv/bin/python benchmarks/suggest_speed.py --sizes 1000 10000
    .venv/bin/python benchmarks/suggest_speed.py --write-readme     # update benchmarks/README.md
    .venv/bin/python benchmarks/suggest_speed.py --profile DIR      # cProfile files, top functions

``--write-readme`` replaces the results block of its section in ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from harness import machine, run_helixmatch, write_block

SIZES = (1_000, 10_000, 100_000)
PARTICIPATIONS_PER_ORGANISATION = 3
# The generator's mean team size: 86,277 participations in 20,000 projects at 100,000
# organisations with the default seed (benchmarks/generate.py). Projects = 3 * N / 4.31.
PARTICIPANTS_PER_PROJECT = 4.31
CLI_TEXT = "waterstof en elektrolyse voor een klimaatneutrale industrie"

# The targets, checked at the largest size.
TARGET_MEDIAN_S = 0.300
TARGET_FIRST_S = 3.0
TARGET_BUILD_S = 20.0
TARGET_RSS_MIB = 600.0

# The first request after start; its answer is timed on its own.
FIRST: dict[str, Any] = {"text": "waterstof elektrolyse voor de chemische industrie"}
# 30 varied requests, as ``helixmatch suggest --batch`` lines (without ids).
REQUESTS: tuple[dict[str, Any], ...] = (
    # free text, Dutch
    {"text": "zorg thuis met sensoren en telemonitoring voor ouderen"},
    {"text": "kringlooplandbouw en het benutten van reststromen uit de voedselverwerking"},
    {"text": "cyberveiligheid van vitale infrastructuur en industriële besturingssystemen"},
    {"text": "klimaatadaptatie, dijkversterking en waterbeheer in de delta"},
    {"text": "circulair bouwen met hergebruik van materialen en biobased isolatie"},
    {"text": "emissieloze binnenvaart met batterijen en waterstof"},
    {"text": "kwaliteit van leven met dementie, technologie thuis en mantelzorg"},
    # free text, English
    {"text": "green hydrogen production and electrolysers for heavy industry"},
    {"text": "artificial intelligence for medical imaging in hospitals"},
    {"text": "offshore wind maintenance with robots and drones"},
    {"text": "circular plastics recycling and chemical recycling of waste"},
    {"text": "photonic chips for optical satellite communication"},
    {"text": "precision agriculture with computer vision and weeding robots"},
    # a mission (its title and text are added to the request's text)
    {"mission": "ET-A"},
    {"mission": "GZ-2"},
    {"mission": "LWV-F"},
    {"mission": "V-4", "text": "data en intelligence"},
    # with one or two partners to include
    {"text": "quantum sensors and quantum computing hardware", "include": ["ref:tu-delft"]},
    {"text": "duurzame eiwittransitie en plantaardige voeding", "include": ["ref:tno", "ref:wur"]},
    {"mission": "ET-C", "include": ["ref:tno"]},
    # with a region (a province or a cluster)
    {"text": "slimme warmtenetten in bestaande wijken", "region": "Noord-Brabant"},
    {
        "text": "mechatronica en lithografie voor de halfgeleiderindustrie",
        "region": "Brainport Eindhoven",
    },
    {"text": "groene waterstof uit wind op zee", "region": "Groningen"},
    # with an instrument's rules
    {"text": "batterijpakket voor elektrische veerboten", "instrument": "mit-rd"},
    {"text": "autonome inspectie van windturbines op zee", "instrument": "pps-innovatie"},
    {"text": "digital twins for smart manufacturing", "instrument": "raak-mkb"},
    # quadruple helix, whole knowledge chain, and everything at once
    {"text": "energiecoöperaties en lokaal eigendom van zonneparken", "helix": "quadruple"},
    {"text": "biobased materials from agricultural residues", "whole_chain": True},
    {
        "text": "gezonde leefomgeving en luchtkwaliteit in de stad",
        "helix": "quadruple",
        "whole_chain": True,
        "region": "Utrecht",
    },
    {
        "text": "veilige drones voor inspectie van dijken",
        "include": ["syn:1:42"],
        "region": "Zuid-Holland",
        "instrument": "pps-innovatie",
        "helix": "quadruple",
        "whole_chain": True,
    },
)

# ``load_engine``'s steps, timed by wrapping the names it calls (nothing is changed).
LOAD_STEPS = {
    "data_fingerprint": "fingerprint",
    "_data": "data",  # the corpus: from the cache, or read from the database and built
    "_cached": "cache",
    "build_indexes": "build",
    "Engine": "engine",
}


# --- the measuring process (one per phase) ----------------------------------------------------


def _timed(function: Callable, step: str, times: dict[str, float]) -> Callable:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            times[step] = times.get(step, 0.0) + time.perf_counter() - started

    return wrapper


def _instrument_load(times: dict[str, float]) -> None:
    from desktop.services.matching import engine_data
    from matching.text_index import TextIndex

    for name, step in LOAD_STEPS.items():
        original = getattr(engine_data, name, None)
        if original is not None:
            setattr(engine_data, name, _timed(original, step, times))
    TextIndex.save = _timed(TextIndex.save, "save", times)


def child(phase: str, db: str, spawned: float, profile: str | None) -> None:
    """Runs in a fresh process: load the engine, answer requests, print the numbers as JSON."""
    import resource

    started = time.perf_counter()
    from desktop.cli.suggest_answers import answer
    from desktop.models.database import resolve_url
    from desktop.models.queries.reference import load_code_lookup
    from desktop.services.lifecycle.opening import open_database
    from desktop.services.matching.engine_data import load_engine
    from desktop.services.matching.request_input import resolve

    imported = time.perf_counter()
    database = open_database(resolve_url(db), create=False).database
    opened = time.perf_counter()
    steps: dict[str, float] = {}
    _instrument_load(steps)
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
    if profiler and phase == "cold":
        profiler.enable()
    loaded = load_engine(database)
    if profiler and phase == "cold":
        profiler.disable()
    with database.transaction() as session:
        vocabulary = load_code_lookup(session)
    ready = time.perf_counter()

    def ask(fields: dict[str, Any]) -> dict[str, Any]:
        began = time.perf_counter()
        with database.transaction() as session:
            resolved = resolve(session, vocabulary, fields)
        asked = time.perf_counter()
        suggestion = loaded.engine.suggest(resolved.request)
        answered = time.perf_counter()
        result = answer(None, suggestion, loaded.organisations, resolved.warnings)
        done = time.perf_counter()
        if resolved.warnings:
            raise SystemExit(f"request {fields}: {resolved.warnings}")
        return {
            "seconds": done - began,
            "engine": answered - asked,
            "candidates": len(result["candidates"]),
            "consortia": len(result["consortia"]),
            "problems": [p["code"] for p in result["problems"]],
        }

    first = ask(FIRST)
    since_spawn = time.time() - spawned
    answers = []
    if phase == "warm":
        if profiler:
            profiler.enable()
        answers = [{**ask(fields), "request": fields} for fields in REQUESTS]
        if profiler:
            profiler.disable()
    if profiler:
        profiler.dump_stats(profile)
    database.close()
    print(
        json.dumps(
            {
                "built": loaded.built,
                "organisations": len(loaded.organisations),
                "imports": imported - started,
                "open": opened - imported,
                "load_engine": ready - opened,
                "load_steps": steps,
                "first": first,
                "start_to_first": since_spawn,
                "answers": answers,
                "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


# --- the driving process ----------------------------------------------------------------------


def _environment(folder: Path) -> dict[str, str]:
    """Children keep their index cache in the temporary folder (platformdirs reads XDG)."""
    env = dict(os.environ, XDG_CACHE_HOME=str(folder / "cache"))
    env.pop("HELIXMATCH_DB", None)
    return env


def run_child(env: dict[str, str], phase: str, db: str, profile: Path | None) -> dict[str, Any]:
    argv = [sys.executable, __file__, "--child", phase, "--db", db, "--spawned", repr(time.time())]
    if profile:
        argv += ["--profile", str(profile)]
    started = time.perf_counter()
    result = subprocess.run(argv, capture_output=True, text=True, check=False, env=env)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"the {phase} run failed:\n{result.stderr}")
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    return {**measured, "wall": wall}


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("organisation", "project", "participation")
        }


def _cache_state(folder: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in sorted(folder.rglob("*")) if p.is_file()}


def _nearest_rank(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def measure(organisations: int, profile: Path | None) -> dict[str, Any]:
    projects = round(PARTICIPATIONS_PER_ORGANISATION * organisations / PARTICIPANTS_PER_PROJECT)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env = _environment(folder)
        db = str(folder / "benchmark.db")
        print(f"[{organisations}] init, generate {projects} projects ...", file=sys.stderr)
        run_helixmatch("--db", db, "init", env=env)
        generated = run_helixmatch(
            "--db", db, "generate", "--organisations", str(organisations),
            "--projects", str(projects), env=env,
        )  # fmt: skip
        counts = _counts(Path(db))
        print(f"[{organisations}] {counts}; cold run ...", file=sys.stderr)
        cold_profile = profile / f"cold-{organisations}.prof" if profile else None
        cold = run_child(env, "cold", db, cold_profile)
        if not cold["built"]:
            raise SystemExit("the cold run found indexes in an empty cache")
        print(f"[{organisations}] warm run ...", file=sys.stderr)
        warm_profile = profile / f"warm-{organisations}.prof" if profile else None
        warm = run_child(env, "warm", db, warm_profile)
        if warm["built"]:
            raise SystemExit("the warm run rebuilt the indexes instead of loading them")
        cache = folder / "cache"
        before = _cache_state(cache)
        cache_mib = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file()) / 2**20
        print(f"[{organisations}] helixmatch suggest ...", file=sys.stderr)
        cli = run_helixmatch("--db", db, "suggest", "--text", CLI_TEXT, "--format", "json", env=env)
        cli_answer = json.loads(cli.output)
        cli_rebuilt = _cache_state(cache) != before
    seconds = [a["seconds"] for a in warm["answers"]]
    return {
        "size": organisations,
        "projects_asked": projects,
        "generated": generated.output.strip(),
        "generate_s": generated.seconds,
        "counts": counts,
        "cold": cold,
        "warm": warm,
        "cache_mib": cache_mib,
        "median": statistics.median(seconds),
        "p95": _nearest_rank(seconds, 0.95),
        "worst": max(seconds),
        "slowest": max(warm["answers"], key=lambda a: a["seconds"])["request"],
        "engine_median": statistics.median(a["engine"] for a in warm["answers"]),
        "five_consortia": sum(a["consortia"] == 5 for a in warm["answers"]),
        "problems": {
            json.dumps(a["request"], ensure_ascii=False): a["problems"]
            for a in warm["answers"]
            if a["problems"]
        },
        "cli": {
            "seconds": cli.seconds,
            "peak_mib": cli.peak_mib,
            "consortia": len(cli_answer["consortia"]),
            "rebuilt": cli_rebuilt,
        },
    }


# --- the report -------------------------------------------------------------------------------


def _s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _mib(value: float) -> str:
    return f"{value:.0f} MiB"


def _missed(text: str, ok: bool) -> str:
    return text if ok else f"**{text}** ✗"


ROWS: tuple[tuple[str, Callable[[dict], str], str], ...] = (
    ("organisations / projects / participations (database)",
     lambda r: "{organisation:,} / {project:,} / {participation:,}".format(**r["counts"]), ""),
    ("`helixmatch generate`", lambda r: _s(r["generate_s"]), ""),
    ("**cold** (empty cache): `load_engine`, indexes built",
     lambda r: _missed(_s(r["cold"]["load_engine"]), r["cold"]["load_engine"] <= TARGET_BUILD_S),
     f"≤ {TARGET_BUILD_S:.0f} s"),
    ("&nbsp;&nbsp;of which reading the database and building the corpus",
     lambda r: _s(_step(r["cold"], "data")), ""),
    ("&nbsp;&nbsp;of which building the text indexes",
     lambda r: _s(_step(r["cold"], "build")), ""),
    ("&nbsp;&nbsp;of which saving them", lambda r: _s(_step(r["cold"], "save")), ""),
    ("&nbsp;&nbsp;of which setting up the engine", lambda r: _s(_step(r["cold"], "engine")), ""),
    ("cold: first suggestion", lambda r: _s(r["cold"]["first"]["seconds"]), ""),
    ("cold: process start to first answer", lambda r: _s(r["cold"]["start_to_first"]), ""),
    ("cold: peak memory",
     lambda r: _missed(_mib(r["cold"]["peak_mib"]), r["cold"]["peak_mib"] <= TARGET_RSS_MIB),
     f"≤ {TARGET_RSS_MIB:.0f} MB"),
    ("**warm** (cached corpus and indexes): imports + opening the database",
     lambda r: _s(r["warm"]["imports"] + r["warm"]["open"]), ""),
    ("warm: `load_engine` (loaded, not rebuilt)",
     lambda r: _s(r["warm"]["load_engine"]), ""),
    ("&nbsp;&nbsp;of which the data's fingerprint",
     lambda r: _s(_step(r["warm"], "fingerprint")), ""),
    ("&nbsp;&nbsp;of which loading the cached corpus", lambda r: _s(_step(r["warm"], "data")), ""),
    ("&nbsp;&nbsp;of which loading the cached indexes",
     lambda r: _s(_step(r["warm"], "cache")), ""),
    ("&nbsp;&nbsp;of which setting up the engine", lambda r: _s(_step(r["warm"], "engine")), ""),
    ("warm: first suggestion", lambda r: _s(r["warm"]["first"]["seconds"]), ""),
    ("warm: process start to first answer",
     lambda r: _missed(_s(r["warm"]["start_to_first"]),
                       r["warm"]["start_to_first"] <= TARGET_FIRST_S),
     f"≤ {TARGET_FIRST_S:.0f} s"),
    ("warm: 30 requests, median",
     lambda r: _missed(_s(r["median"]), r["median"] <= TARGET_MEDIAN_S),
     f"≤ {TARGET_MEDIAN_S * 1000:.0f} ms"),
    ("&nbsp;&nbsp;of which `Engine.suggest` (median)", lambda r: _s(r["engine_median"]), ""),
    ("warm: 30 requests, p95 / worst", lambda r: f"{_s(r['p95'])} / {_s(r['worst'])}", ""),
    ("warm: answers with five consortia", lambda r: f"{r['five_consortia']} of 30", ""),
    ("warm: peak memory",
     lambda r: _missed(_mib(r["warm"]["peak_mib"]), r["warm"]["peak_mib"] <= TARGET_RSS_MIB),
     f"≤ {TARGET_RSS_MIB:.0f} MB"),
    ("`helixmatch suggest --text ... --format json` (warm cache)",
     lambda r: _missed(_s(r["cli"]["seconds"]), r["cli"]["seconds"] <= TARGET_FIRST_S),
     f"≤ {TARGET_FIRST_S:.0f} s"),
    ("&nbsp;&nbsp;its peak memory",
     lambda r: _missed(_mib(r["cli"]["peak_mib"]), r["cli"]["peak_mib"] <= TARGET_RSS_MIB), ""),
    ("index cache on disk", lambda r: f"{r['cache_mib']:.1f} MiB", ""),
)  # fmt: skip


def _step(run: dict[str, Any], step: str) -> float:
    return run["load_steps"].get(step, 0.0)


def report(results: list[dict[str, Any]]) -> str:
    sizes = " | ".join(f"{r['size']:,} orgs" for r in results)
    lines = [
        f"Latest run: {date.today().isoformat()}, {machine()}.",
        "",
        f"| | {sizes} | target |",
        "|---|" + "---:|" * len(results) + "---|",
    ]
    for label, value, target in ROWS:
        lines.append(f"| {label} | " + " | ".join(value(r) for r in results) + f" | {target} |")
    lines += [
        "",
        "Generated with `--projects "
        + ", ".join(f"{r['projects_asked']:,}" for r in results)
        + "` (three participations per organisation at the generator's mean of "
        f"{PARTICIPANTS_PER_PROJECT} participants per project). Bold ✗: the target is missed "
        "(targets are for 100,000 organisations; MB read as MiB). p95 is the nearest-rank 95th "
        "percentile of the 30 requests (the second slowest).",
    ]
    for r in results:
        problems = "; ".join(f"`{k}`: {', '.join(v)}" for k, v in r["problems"].items())
        rebuilt = "rebuilt the indexes" if r["cli"]["rebuilt"] else "used the cached indexes"
        lines.append(
            f"- {r['size']:,}: slowest request `{json.dumps(r['slowest'], ensure_ascii=False)}`; "
            f"{r['generated']}; requests answered with a problem: {problems or 'none'}; "
            f"the command line {rebuilt}."
        )
    return "\n".join(lines)


SECTION = """## Suggestion speed: `suggest_speed.py`

```sh
.venv/bin/python benchmarks/suggest_speed.py                   # 1,000, 10,000, 100,000 orgs
.venv/bin/python benchmarks/suggest_speed.py --write-readme    # and replace the results below
.venv/bin/python benchmarks/suggest_speed.py --sizes 10000 --profile /tmp/prof   # cProfile
```

For each size it creates a fresh database (`helixmatch init`) and adds synthetic organisations
with about three participations per organisation (`helixmatch generate --organisations N
--projects P`). Then, each in a new process so that start-up counts: a **cold** run on an empty
index cache (`load_engine` builds and saves the text indexes, then one suggestion), a **warm** run
on that cache (`load_engine` must load rather than rebuild; a first suggestion, then 30 varied
requests: Dutch and English text, missions, partners to include, regions, instrument rules,
quadruple helix, the whole knowledge chain), and one `helixmatch suggest --text ... --format
json` end to end. A request takes the path of `helixmatch suggest`: `resolve` against the
database, `Engine.suggest` (20 candidates and five consortia), and the command's JSON answer.
Peak memory is each process's maximum resident set size. The targets are the issue's, for
100,000 organisations and 300,000 participations on this two-core machine.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), metavar="N")
    parser.add_argument("--write-readme", action="store_true", help="update benchmarks/README.md")
    parser.add_argument("--profile", type=Path, metavar="DIR", help="write cProfile files here")
    parser.add_argument("--child", choices=("cold", "warm"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--spawned", type=float, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        profile = str(options.profile) if options.profile else None
        child(options.child, options.db, options.spawned, profile)
        return
    if options.profile:
        options.profile.mkdir(parents=True, exist_ok=True)
    results = [measure(size, options.profile) for size in options.sizes]
    text = report(results)
    print(text)
    if options.profile:
        import pstats

        for path in sorted(options.profile.glob("*.prof")):
            print(f"\n--- {path.name} (top 25 by cumulative time)")
            pstats.Stats(str(path)).sort_stats("cumulative").print_stats(25)
    if options.write_readme:
        write_block("suggest", text, SECTION)


if __name__ == "__main__":
    main()
