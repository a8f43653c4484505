"""Recompute the README's simple baselines from the converted history and the query files.

    .venv/bin/python benchmarks/cordis/baselines.py [--work DIR]

Plain Python, no HelixMatch: it checks that the conversion and the query files reproduce the
numbers in the data set's README. Every count walks ``participations.csv`` in file order, and
ties keep the order of first appearance. Dutch organisations only; the given partners are never
suggested, and each ranking is cut at the request's ``top`` like the engine's answer.

- overall popularity: most history projects;
- popularity within the programme part: most history projects in the query's programme part(s),
  then overall popularity;
- co-participation: most history projects shared with the given partners (one count per given
  partner in the project), then popularity within the programme part, then overall popularity.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import queries
import scoring

DEFAULT_WORK = Path(__file__).with_name("build")
POPULARITY = "overall popularity (most projects in history)"
PROGRAMME = "popularity within the programme part"
COPARTICIPATION = "co-participation with the given partners, then programme popularity"
# The numbers in the data set's README.
README_SCORES = {
    POPULARITY: {"recall@10": 0.272, "recall@20": 0.396},
    PROGRAMME: {"recall@10": 0.351, "recall@20": 0.463, "hit@10": 0.334, "MRR": 0.184},
    COPARTICIPATION: {"recall@10": 0.342, "recall@20": 0.435, "hit@10": 0.378, "MRR": 0.214},
}


@dataclass
class History:
    """The converted history, counted for the baselines."""

    dutch: set[str] = field(default_factory=set)
    popularity: Counter = field(default_factory=Counter)
    by_part: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    members: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    projects_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    order: dict[str, int] = field(default_factory=dict)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_history(work: Path) -> History:
    history = History()
    history.dutch = {
        row["external_id"] for row in _rows(work / "organisations.csv") if row["country"] == "NL"
    }
    parts = {
        row["external_id"]: [code for code in row["programme"].split(";") if code]
        for row in _rows(work / "projects.csv")
    }
    history.order = {project: number for number, project in enumerate(parts)}
    for row in _rows(work / "participations.csv"):
        project, organisation = row["project_id"], row["organisation_id"]
        history.members[project].append(organisation)
        history.projects_of[organisation].append(project)
        if organisation in history.dutch:
            history.popularity[organisation] += 1
            for code in parts[project]:
                history.by_part[code][organisation] += 1
    return history


def chain(exclude: Iterable[str], top: int, *counters: Counter) -> list[str]:
    """Organisations by the first counter, then the ones it lacks by the next, and so on."""
    ranking: list[str] = []
    seen = set(exclude)
    for counter in counters:
        for organisation, _count in counter.most_common():
            if organisation not in seen:
                seen.add(organisation)
                ranking.append(organisation)
            if len(ranking) == top:
                return ranking
    return ranking


def programme_popularity(history: History, programme: list[str]) -> Counter:
    counts: Counter = Counter()
    for code in programme:
        counts.update(history.by_part.get(code, {}))
    return counts


def coparticipation(history: History, given: list[str]) -> Counter:
    """Per Dutch organisation: history projects shared with a given partner, once per partner."""
    given_set = set(given)
    shared = {project for partner in given for project in history.projects_of.get(partner, [])}
    counts: Counter = Counter()
    for project in sorted(shared, key=history.order.__getitem__):
        members = history.members[project]
        partners_in = sum(member in given_set for member in members)
        for member in members:
            if member in history.dutch and member not in given_set:
                counts[member] += partners_in
    return counts


Ranker = Callable[[History, dict, dict], list[str]]


def by_popularity(history: History, request: dict, key: dict) -> list[str]:
    return chain(request["include"], request["top"], history.popularity)


def by_programme(history: History, request: dict, key: dict) -> list[str]:
    programme = programme_popularity(history, key["programme"])
    return chain(request["include"], request["top"], programme, history.popularity)


def by_coparticipation(history: History, request: dict, key: dict) -> list[str]:
    shared = coparticipation(history, request["include"])
    programme = programme_popularity(history, key["programme"])
    return chain(request["include"], request["top"], shared, programme, history.popularity)


RANKERS: dict[str, Ranker] = {
    POPULARITY: by_popularity,
    PROGRAMME: by_programme,
    COPARTICIPATION: by_coparticipation,
}


def read_task(work: Path, task: str) -> tuple[list[dict], list[dict]]:
    requests_file, key_file = queries.FILES[task]
    return queries.read_jsonl(work / requests_file), queries.read_jsonl(work / key_file)


def rankings(history: History, ranker: Ranker, requests: list[dict], keys: list[dict]) -> dict:
    return {
        request["id"]: ranker(history, request, key)
        for request, key in zip(requests, keys, strict=True)
    }


def all_rankings(work: Path) -> dict[str, dict[str, dict]]:
    """Per baseline and task ("a", "b"): the ranking of every request in ``work``."""
    history = load_history(work)
    tasks = {task: read_task(work, task) for task in ("a", "b")}
    return {
        method: {
            task: rankings(history, ranker, requests, keys)
            for task, (requests, keys) in tasks.items()
        }
        for method, ranker in RANKERS.items()
    }


def compute(work: Path, ranked: dict[str, dict[str, dict]] | None = None) -> dict:
    """Scores per baseline, both tasks (from ``all_rankings``, computed if not given)."""
    ranked = ranked or all_rankings(work)
    keys = {task: read_task(work, task)[1] for task in ("a", "b")}
    return {
        method: scoring.task_a_scores(per_task["a"], keys["a"])
        | scoring.task_b_scores(per_task["b"], keys["b"])
        for method, per_task in ranked.items()
    }


def coverage(work: Path) -> list[str]:
    """How much of the queries the history knows: it bounds every method's score."""
    known = {row["external_id"] for row in _rows(work / "organisations.csv")}
    requests_a, keys_a = read_task(work, "a")
    requests_b, keys_b = read_task(work, "b")
    gold_a = [gold for key in keys_a for gold in key["gold"]]
    given_b = [given for request in requests_b for given in request["include"]]
    hidden_b = [key["gold"][0] for key in keys_b]
    unknown = [
        ("task A seeds", [r["include"][0] for r in requests_a]),
        ("task A gold partners", gold_a),
        ("task B given partners", given_b),
        ("task B hidden partners", hidden_b),
    ]
    lines = [
        f"{what} not in the history: {sum(i not in known for i in ids)} of {len(ids)} "
        f"({sum(i not in known for i in ids) / len(ids):.1%})"
        for what, ids in unknown
    ]
    without_text = sum("text" not in request for request in requests_a)
    lines.append(f"query projects without a programme part (no text): {without_text}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="converted files")
    options = parser.parse_args()
    print(scoring.table(compute(options.work), README_SCORES))
    print("\n(in brackets: the data set's README)")
    for line in coverage(options.work):
        print(line)


if __name__ == "__main__":
    main()
