"""CORDIS development benchmark: reconstruct 2017 Horizon 2020 consortia from 2014-2016 history.

    .venv/bin/python benchmarks/cordis/run.py [--data DIR] [--work DIR] [--write-readme]

Converts the history to exchange-format CSV, writes the task A and B requests and answer keys,
recomputes the simple baselines, creates a fresh database (``helixmatch init --empty``), imports
the history through ``helixmatch import``, runs ``helixmatch suggest --batch`` once per task and
scores the answers beside the baselines. Every ``helixmatch`` command runs in a process of its own;
wall time includes start-up, peak memory is that process's maximum resident set size.

``--work`` keeps the generated files and the database (default: a temporary folder).
``--write-readme`` replaces the results section of ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import baselines
import convert
import queries
import scoring
import source

# isort: split
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/, for the harness
from harness import README, BenchmarkError, machine, run_helixmatch, write_block  # noqa: E402

ENGINE = "HelixMatch `suggest`"


@dataclass
class Step:
    seconds: float
    peak_mib: float
    stdout: Path
    stderr: str


def run_step(work: Path, name: str, *argv: str) -> Step:
    """Run ``helixmatch ARGV`` with its output in ``work/NAME.out``; raise if it fails."""
    output = work / f"{name}.out"
    run = run_helixmatch(*argv, output=output)
    return Step(run.seconds, run.peak_mib, output, run.errors)


def prepare(data: Path, work: Path) -> dict:
    """Converted history, query files and baselines, all in ``work``."""
    conversion = convert.convert(data, work)
    counts = queries.write_queries(data, work)
    ranked = baselines.all_rankings(work)
    return {
        "conversion": conversion,
        "queries": counts,
        "baseline_rankings": ranked,
        "baselines": baselines.compute(work, ranked),
        "coverage": baselines.coverage(work),
    }


TABLES = ("organisations", "projects", "participations")


def build_database(work: Path, db: Path, expected: dict[str, int]) -> dict[str, Step]:
    """A fresh database with the history imported, checked against the ``expected`` counts."""
    organisations, projects, participations = (str(work / f"{name}.csv") for name in TABLES)
    steps = {
        "init": run_step(work, "init", "--db", str(db), "init", "--empty"),
        "organisations": run_step(
            work, "import-organisations", "--db", str(db), "import", "organisations", organisations
        ),
        "projects": run_step(
            work, "import-projects", "--db", str(db), "import", "projects", projects,
            "--participations", participations,
        ),
    }  # fmt: skip
    check_counts(work, db, expected)
    return steps


def check_counts(work: Path, db: Path, expected: dict[str, int]) -> None:
    """The database holds exactly what was converted: every row was accepted."""
    stats = run_step(work, "stats", "--db", str(db), "stats", "--format", "json")
    stored = json.loads(stats.stdout.read_text(encoding="utf-8"))
    for what in TABLES:
        if stored[what] != expected[what]:
            raise BenchmarkError(f"the database holds {stored[what]} {what}, not {expected[what]}")


def suggest(work: Path, db: Path, task: str) -> Step:
    requests_file, _key = queries.FILES[task]
    try:
        return run_step(
            work,
            f"answers_{task}",
            "--db",
            str(db),
            "suggest",
            "--batch",
            str(work / requests_file),
        )
    except BenchmarkError as error:
        if "invalid choice: 'suggest'" in str(error):
            raise BenchmarkError(
                "`helixmatch suggest` does not exist yet (the matching engine is being written), "
                "so the engine cannot be scored. Everything before it ran: conversion, queries, "
                "baselines and the import above."
            ) from None
        raise


def load_answers(path: Path) -> dict[str, dict]:
    """The answer lines of ``suggest --batch`` by request id."""
    answers = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    answer = json.loads(line)
                except json.JSONDecodeError as error:
                    raise BenchmarkError(f"{path.name} line {number}: not JSON ({error})") from None
                answers[answer.get("id")] = answer
    return answers


def read_answers(path: Path, requests: list[dict], dutch: set[str]) -> tuple[dict, dict]:
    """Rankings (external ids) per request id, and counts of what looks wrong in the answers."""
    answers = load_answers(path)
    missing = [r["id"] for r in requests if r["id"] not in answers]
    if missing:
        raise BenchmarkError(
            f"{path.name}: no answer for {len(missing)} requests ({missing[0]}, ...)"
        )
    rankings = {}
    checks = {"errors": 0, "warnings": 0, "must-include suggested": 0, "not Dutch": 0}
    for request in requests:
        answer = answers[request["id"]]
        candidates = answer.get("candidates", [])
        ranking = [candidate.get("external_id") or "" for candidate in candidates]
        rankings[request["id"]] = ranking
        checks["errors"] += "error" in answer
        checks["warnings"] += len(answer.get("warnings", []))
        checks["must-include suggested"] += len(set(ranking) & set(request["include"]))
        checks["not Dutch"] += sum(candidate not in dutch for candidate in ranking)
    return rankings, checks


def score_engine(work: Path, db: Path) -> dict:
    dutch = baselines.load_history(work).dutch
    scores: dict[str, float] = {}
    steps, checks, rankings = {}, {}, {}
    for task, scorer in (("a", scoring.task_a_scores), ("b", scoring.task_b_scores)):
        requests, keys = baselines.read_task(work, task)
        steps[task] = suggest(work, db, task)
        rankings[task], checks[task] = read_answers(steps[task].stdout, requests, dutch)
        scores |= scorer(rankings[task], keys)
    return {"scores": scores, "steps": steps, "checks": checks, "rankings": rankings}


TASK_OF = {"recall@10": "a", "recall@20": "a", "hit@10": "b", "MRR": "b"}


def gain_report(work: Path, prepared: dict, engine: dict) -> list[str]:
    """The gain over the best baseline on each measure, with a paired bootstrap interval."""
    lines = [
        "Gain over the best baseline on each measure, with its 95% interval from a paired "
        "bootstrap over the queries:",
        "",
    ]
    for metric, task in TASK_OF.items():
        best = max(prepared["baselines"], key=lambda method: prepared["baselines"][method][metric])
        keys = baselines.read_task(work, task)[1]
        theirs = prepared["baseline_rankings"][best][task]
        gain, low, high = scoring.bootstrap_gain(metric, engine["rankings"][task], theirs, keys)
        lines.append(f'- {metric}: {gain:+.0%} ({low:+.0%} to {high:+.0%}) over "{best}"')
    return lines


def import_report(prepared: dict, steps: dict[str, Step]) -> list[str]:
    counts = prepared["conversion"].counts
    total = sum(step.seconds for step in steps.values())
    lines = [
        f"History imported: {counts['organisations']} organisations, {counts['projects']} "
        f"projects, {counts['participations']} participations in {total:.1f} s.",
        "",
        "| step | wall time | peak memory |",
        "|---|---:|---:|",
    ]
    for label, step in (
        ("`helixmatch init --empty`", steps["init"]),
        ("`helixmatch import organisations`", steps["organisations"]),
        ("`helixmatch import projects --participations`", steps["projects"]),
    ):
        lines.append(f"| {label} | {step.seconds:.2f} s | {step.peak_mib:.0f} MiB |")
    return lines


def engine_report(prepared: dict, engine: dict) -> list[str]:
    lines = []
    for task, label in (("a", "task A"), ("b", "task B")):
        step, checks = engine["steps"][task], engine["checks"][task]
        lines.append(
            f"`suggest --batch` {label}: {prepared['queries'][task]} requests in "
            f"{step.seconds:.1f} s, peak {step.peak_mib:.0f} MiB; "
            + ", ".join(f"{what}: {count}" for what, count in checks.items())
            + "."
        )
    return lines


def report(work: Path, prepared: dict, steps: dict[str, Step], engine: dict | None) -> str:
    rows = dict(prepared["baselines"])
    if engine is not None:
        rows = {ENGINE: engine["scores"]} | rows
    lines = [f"Latest run: {date.today().isoformat()}, {machine()}.", ""]
    lines += import_report(prepared, steps) + ["", scoring.table(rows), ""]
    if engine:
        lines += engine_report(prepared, engine) + [""] + gain_report(work, prepared, engine)
    else:
        lines.append("The engine was not scored.")
    return "\n".join(lines)


def benchmark(data: Path, work: Path, write: bool) -> None:
    print(f"Converting the history and writing the queries into {work} ...")
    prepared = prepare(data, work)
    for line in prepared["conversion"].issue_lines() + prepared["coverage"]:
        print(f"  {line}")
    print("Importing the history into a fresh database ...")
    steps = build_database(work, work / "cordis.db", prepared["conversion"].counts)
    print("\n".join(import_report(prepared, steps)))
    print("\nBaselines:\n" + scoring.table(prepared["baselines"], baselines.README_SCORES))
    print("(in brackets: the data set's README)\n")
    print("Running `helixmatch suggest --batch` ...")
    engine = score_engine(work, work / "cordis.db")
    text = report(work, prepared, steps, engine)
    print("\n" + text)
    if write:
        write_block("cordis", text)
        print(f"\nWritten into {README}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=source.DEFAULT_DATA, help="CORDIS extract")
    parser.add_argument("--work", type=Path, help="keep the files and database here")
    parser.add_argument("--write-readme", action="store_true", help="update benchmarks/README.md")
    options = parser.parse_args()
    try:
        if options.work:
            options.work.mkdir(parents=True, exist_ok=True)
            benchmark(options.data, options.work, options.write_readme)
        else:
            with tempfile.TemporaryDirectory(prefix="cordis-benchmark-") as folder:
                benchmark(options.data, Path(folder), options.write_readme)
    except BenchmarkError as error:
        raise SystemExit(f"cordis benchmark: {error}") from None


if __name__ == "__main__":
    main()
