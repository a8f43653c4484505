"""Desk benchmark: do the right real organisations come first for a judged question?

    .venv/bin/python benchmarks/desk/run.py [--bench DIR] [--show N] [--write-readme]

The questions and their judgements live outside this repository (``--bench``, or the variable
``HELIXMATCH_DESK_BENCH``; default ``/work/shared/bench/desk``): ``questions.jsonl`` (``id``,
``text``, ``judged``: key -> grade 2 or 1) and ``aliases.json`` (key -> the names an organisation
goes by). Nothing of them is copied into HelixMatch.

For each of two fresh databases made by ``helixmatch init`` (the built-in data a new user gets),
one with and one without the demonstration data, every question goes through
``helixmatch suggest --batch`` (top 20). Candidates are matched to the judged organisations by
name, short name and aliases from ``helixmatch export organisations``, and scored as nDCG@10
(gain 2^grade - 1, the ideal from every judged organisation, also those the database lacks),
P@10 (share of the top 10 judged relevant) and R@20 (share of the grade-2 organisations in the
top 20), beside the plain BM25 baseline of the benchmark's README.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/, for the harness
from harness import BenchmarkError, machine, run_helixmatch, write_block  # noqa: E402

BASELINE = {"ndcg10": 0.210, "p10": 0.167, "r20": 0.219}  # plain BM25, from the bench README
TOP = 20
_LEGAL = re.compile(r"\b(b\.?v\.?|n\.?v\.?|u\.?a\.?|bv|nv|holding|the netherlands|netherlands)\b")


def _norm(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    folded = _LEGAL.sub(" ", folded.replace("(netherlands)", " "))
    return " ".join(re.sub(r"[^a-z0-9&+/]+", " ", folded).split())


@dataclass
class Scores:
    ndcg10: float
    p10: float
    r20: float
    present: float  # share of the judged organisations in the database at all
    per_query: list[tuple[str, float, float, list[tuple[str, int]]]]


def _dcg(gains: list[int]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains[:10]))


def score(questions: list[dict], answers: dict[str, list[str]], key_of: dict[str, str]) -> Scores:
    present = set(key_of.values())
    totals = [0.0, 0.0, 0.0, 0.0]
    per_query = []
    for question in questions:
        judged = question["judged"]
        names = answers.get(question["id"], [])
        keys = [key_of.get(n) for n in names]
        seen: set[str] = set()
        gains = []
        for key in keys:
            gains.append(judged.get(key, 0) if key and key not in seen else 0)
            if key:
                seen.add(key)
        ideal = _dcg(sorted(judged.values(), reverse=True))
        ndcg = _dcg(gains) / ideal if ideal else 0.0
        p10 = sum(1 for g in gains[:10] if g > 0) / 10
        best = [k for k, g in judged.items() if g == 2]
        r20 = len(set(keys[:TOP]) & set(best)) / len(best) if best else 0.0
        totals = [
            totals[0] + ndcg,
            totals[1] + p10,
            totals[2] + r20,
            totals[3] + len(set(judged) & present) / len(judged),
        ]
        per_query.append((question["text"], ndcg, p10, list(zip(names, gains, strict=True))))
    n = max(len(questions), 1)
    return Scores(*(t / n for t in totals), per_query)


def run_set(bench: Path, work: Path, keep_demo: bool) -> Scores:
    questions = [json.loads(line) for line in (bench / "questions.jsonl").open() if line.strip()]
    aliases = json.loads((bench / "aliases.json").read_text(encoding="utf-8"))
    key_of_name: dict[str, str] = {}
    for key, names in aliases.items():
        for name in names:
            key_of_name.setdefault(_norm(name), key)
    db = work / ("with-demo.db" if keep_demo else "real-only.db")
    run_helixmatch("--db", str(db), "init")
    if not keep_demo:
        run_helixmatch("--db", str(db), "demo", "remove")
    listing = work / "organisations.csv"
    run_helixmatch(
        "--db", str(db), "export", "organisations", "--format", "csv", "-o", str(listing)
    )
    key_of: dict[str, str] = {}
    with listing.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            names = [row["name"], row.get("short_name", ""), *row.get("aliases", "").split(";")]
            key = next((key_of_name[_norm(n)] for n in names if _norm(n) in key_of_name), None)
            if key:
                key_of[row["name"]] = key
    requests = work / "questions.jsonl"
    with requests.open("w", encoding="utf-8") as handle:
        for question in questions:
            handle.write(json.dumps({"id": question["id"], "text": question["text"], "top": TOP}))
            handle.write("\n")
    out = run_helixmatch("--db", str(db), "suggest", "--batch", str(requests), "--format", "json")
    answers = {}
    for line in out.output.splitlines():
        if line.startswith("{"):
            answer = json.loads(line)
            answers[answer["id"]] = [c["name"] for c in answer.get("candidates", [])]
    return score(questions, answers, key_of)


def table(results: dict[str, Scores]) -> str:
    lines = [
        "| data | nDCG@10 | P@10 | R@20 | judged organisations present |",
        "|---|---|---|---|---|",
        f"| plain BM25 baseline (bench README) | {BASELINE['ndcg10']:.3f} | "
        f"{BASELINE['p10']:.3f} | {BASELINE['r20']:.3f} | |",
    ]
    for name, s in results.items():
        lines.append(f"| {name} | {s.ndcg10:.3f} | {s.p10:.3f} | {s.r20:.3f} | {s.present:.2f} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = os.environ.get("HELIXMATCH_DESK_BENCH", "/work/shared/bench/desk")
    parser.add_argument("--bench", type=Path, default=Path(default))
    parser.add_argument("--show", type=int, default=0, help="print the top N of each question")
    parser.add_argument("--write-readme", action="store_true")
    args = parser.parse_args()
    if not (args.bench / "questions.jsonl").exists():
        print(f"no questions.jsonl in {args.bench}: give --bench DIR", file=sys.stderr)
        return 2
    try:
        with tempfile.TemporaryDirectory() as folder:
            results = {
                "built-in data without demonstration data": run_set(
                    args.bench, Path(folder), False
                ),
                "built-in data with demonstration data": run_set(args.bench, Path(folder), True),
            }
    except BenchmarkError as error:
        print(error, file=sys.stderr)
        return 1
    if args.show:
        for text, ndcg, p10, ranked in results[
            "built-in data without demonstration data"
        ].per_query:
            print(f"ndcg={ndcg:.2f} p10={p10:.1f} | {text[:70]}")
            for name, gain in ranked[: args.show]:
                print(f"     {gain}  {name}")
    text = table(results)
    print(text)
    if args.write_readme:
        write_block("desk", f"{machine()}\n\n{text}", "## Desk benchmark: `desk/run.py`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
