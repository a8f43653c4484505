"""Scores of ranked answers against the answer keys.

A ranking is a list of external ids, best first. Recall is pooled over the queries: every gold
organisation of every query counts once in the denominator, also one that never occurs in the
history. The reciprocal rank is taken over the ranking as returned (the top 100 in task B) and is
0 when the hidden organisation is not in it.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence

Ranking = Sequence[str]


def recall_at(rankings: Mapping[str, Ranking], keys: Sequence[dict], k: int) -> float:
    found = sum(len(set(rankings.get(key["id"], [])[:k]) & set(key["gold"])) for key in keys)
    return found / sum(len(key["gold"]) for key in keys)


def reciprocal_rank(ranking: Ranking, gold: str) -> float:
    return 1 / (list(ranking).index(gold) + 1) if gold in ranking else 0.0


def hit_at(rankings: Mapping[str, Ranking], keys: Sequence[dict], k: int) -> float:
    hits = sum(key["gold"][0] in rankings.get(key["id"], [])[:k] for key in keys)
    return hits / len(keys)


def mean_reciprocal_rank(rankings: Mapping[str, Ranking], keys: Sequence[dict]) -> float:
    ranks = [reciprocal_rank(rankings.get(key["id"], []), key["gold"][0]) for key in keys]
    return sum(ranks) / len(keys)


def task_a_scores(rankings: Mapping[str, Ranking], keys: Sequence[dict]) -> dict[str, float]:
    return {"recall@10": recall_at(rankings, keys, 10), "recall@20": recall_at(rankings, keys, 20)}


def task_b_scores(rankings: Mapping[str, Ranking], keys: Sequence[dict]) -> dict[str, float]:
    return {"hit@10": hit_at(rankings, keys, 10), "MRR": mean_reciprocal_rank(rankings, keys)}


METRICS: dict[str, Callable[[Mapping[str, Ranking], Sequence[dict]], float]] = {
    "recall@10": lambda rankings, keys: recall_at(rankings, keys, 10),
    "recall@20": lambda rankings, keys: recall_at(rankings, keys, 20),
    "hit@10": lambda rankings, keys: hit_at(rankings, keys, 10),
    "MRR": mean_reciprocal_rank,
}


def bootstrap_gain(
    metric: str,
    ours: Mapping[str, Ranking],
    theirs: Mapping[str, Ranking],
    keys: Sequence[dict],
    rounds: int = 2000,
) -> tuple[float, float, float]:
    """Relative gain of ``ours`` over ``theirs`` on ``metric`` and its 95% interval, from a paired
    bootstrap over the queries (both rankings scored on the same resampled queries)."""
    score = METRICS[metric]
    generator = random.Random(2017)
    gains = []
    for _ in range(rounds):
        sample = generator.choices(keys, k=len(keys))
        baseline = score(theirs, sample)
        if baseline > 0:
            gains.append(score(ours, sample) / baseline - 1)
    gains.sort()
    gain = score(ours, keys) / score(theirs, keys) - 1
    return gain, gains[int(0.025 * len(gains))], gains[int(0.975 * len(gains)) - 1]


COLUMNS = ("recall@10", "recall@20", "hit@10", "MRR")


def table(rows: Mapping[str, Mapping[str, float]], reference: Mapping | None = None) -> str:
    """A Markdown table, one row per method; with ``reference``, the README's value beside."""
    header = "| method | task A recall@10 | task A recall@20 | task B hit@10 | task B MRR |"
    lines = [header, "|---|---:|---:|---:|---:|"]
    for method, scores in rows.items():
        cells = []
        for column in COLUMNS:
            cell = f"{scores[column]:.3f}" if column in scores else ""
            given = (reference or {}).get(method, {}).get(column)
            if cell and given is not None:
                cell += f" ({given:.3f})"
            cells.append(cell)
        lines.append(f"| {method} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
