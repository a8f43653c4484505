"""Tune the scoring weights on the CORDIS development benchmark (history to 2016, queries 2017).

Runs in one process on a database made by ``run.py --work DIR``: every request's score parts are
computed once, then each weight setting only recombines them. Prints the best settings found by a
coordinate search from the current weights; the chosen values go into ``matching/weights.py`` by
hand. Never point it at queries after 2017.

    .venv/bin/python benchmarks/cordis/tune.py --work /tmp/cordis-work
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.cordis.scoring import task_a_scores, task_b_scores  # noqa: E402
from desktop.models.database import Database  # noqa: E402
from desktop.models.queries.reference import load_code_lookup  # noqa: E402
from desktop.services.matching.engine_data import load_engine  # noqa: E402
from desktop.services.matching.request_input import resolve  # noqa: E402
from matching.features import combine  # noqa: E402
from matching.weights import WEIGHTS, Weights  # noqa: E402

STEPS = (0.0, 0.5, 0.75, 1.5, 2.0)


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def prepared(work: Path, task: str):
    """Per request: the eligible positions, their score parts, and the answer key."""
    database = Database(f"sqlite:///{work / 'cordis.db'}")
    loaded = load_engine(database, work / "cache")
    engine = loaded.engine
    corpus = engine.corpus
    with database.transaction() as session:
        vocabulary = load_code_lookup(session)
        requests = [
            resolve(session, vocabulary, f).request for f in _lines(work / f"tasks_{task}.jsonl")
        ]
    keys = _lines(work / f"tasks_{task}_key.jsonl")
    external = np.array([o.external_id for o in corpus.organisations])
    items = []
    for request in requests:
        scored = engine.score(request)
        eligible = np.flatnonzero(scored.eligible)
        parts = {name: values[eligible] for name, values in scored.parts.items()}
        items.append((parts, external[eligible], request.top))
    database.close()
    return items, keys


def evaluate(items, keys, weights: Weights, task: str) -> dict[str, float]:
    rankings = {}
    for (parts, external, top), key in zip(items, keys, strict=True):
        scores = combine(parts, weights)
        order = np.argsort(-scores, kind="stable")[:top]
        rankings[key["id"]] = list(external[order])
    return task_a_scores(rankings, keys) if task == "a" else task_b_scores(rankings, keys)


def objective(result_a: dict, result_b: dict) -> float:
    return result_a["recall@10"] + result_a["recall@20"] + result_b["hit@10"] + result_b["MRR"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=2)
    options = parser.parse_args()
    data = {task: prepared(options.work, task) for task in ("a", "b")}

    def measure(weights: Weights) -> tuple[float, dict, dict]:
        a = evaluate(*data["a"], weights, "a")
        b = evaluate(*data["b"], weights, "b")
        return objective(a, b), a, b

    best = WEIGHTS
    best_value, a, b = measure(best)
    print(f"current: {best_value:.4f} A {a} B {b}")
    for _ in range(options.rounds):
        for name, value in asdict(best).items():
            if not isinstance(value, float):  # text_by_kind: the CORDIS data has no profiles
                continue
            for step in STEPS:
                trial = replace(best, **{name: round(value * step if value else step, 3)})
                trial_value, a, b = measure(trial)
                if trial_value > best_value + 1e-4:
                    best, best_value = trial, trial_value
                    print(f"{name}={getattr(trial, name)}: {best_value:.4f} A {a} B {b}")
    print("best:", asdict(best))


if __name__ == "__main__":
    main()
