"""Write the task A and task B requests (JSONL) and their answer keys from the 2017 projects.

    .venv/bin/python benchmarks/cordis/queries.py [--data DIR] [--out DIR]

Queries are the projects that started in 2017 with two or more Dutch participants. Organisations
are named by their external id ``pic:<pic>`` as in the converted history; the ones that never
occur in the history are unknown to the database and come back as warnings.

- Task A, "who else?" (``tasks_a.jsonl``): the theme and one Dutch seed partner (the Dutch
  coordinator, else the Dutch participant with the smallest PIC); gold: the other Dutch
  participants.
- Task B, "complete the consortium" (``tasks_b.jsonl``): one request per Dutch participant, with
  every other participant given; gold: the hidden one.

An answer key line is ``{"id", "rcn", "programme", "gold"}``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import source

DEFAULT_OUT = Path(__file__).with_name("build")
TOP_A = 20
TOP_B = 100
FILES = {
    "a": ("tasks_a.jsonl", "tasks_a_key.jsonl"),
    "b": ("tasks_b.jsonl", "tasks_b_key.jsonl"),
}


def seed_partner(project: source.Project) -> source.Participant:
    """The Dutch coordinator (the smallest PIC if there are two), else the smallest Dutch PIC."""
    dutch = sorted(project.dutch, key=lambda p: p.pic)
    coordinators = [p for p in dutch if p.role == "coordinator"]
    return (coordinators or dutch)[0]


def request(request_id: str, text: str, include: list[str], top: int) -> dict:
    line: dict = {"id": request_id}
    if text:
        line["text"] = text
    line.update({"include": include, "country": "NL", "top": top})
    return line


def key(request_id: str, project: source.Project, gold: list[str]) -> dict:
    return {
        "id": request_id,
        "rcn": project.rcn,
        "programme": list(project.programme_parts),
        "gold": gold,
    }


def task_a(project: source.Project, text: str) -> tuple[dict, dict]:
    seed = seed_partner(project)
    gold = [p.external_id for p in project.dutch if p != seed]
    request_id = f"A-{project.rcn}"
    return request(request_id, text, [seed.external_id], TOP_A), key(request_id, project, gold)


def task_b(project: source.Project, text: str) -> list[tuple[dict, dict]]:
    lines = []
    for hidden in project.dutch:
        given = [p.external_id for p in project.participants if p != hidden]
        request_id = f"B-{project.rcn}-{hidden.pic}"
        lines.append(
            (
                request(request_id, text, given, TOP_B),
                key(request_id, project, [hidden.external_id]),
            )
        )
    return lines


def write_jsonl(path: Path, lines: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def build(data: Path) -> dict[str, list[tuple[dict, dict]]]:
    """(request, key) pairs per task, in the order of the projects file."""
    titles = source.programme_titles(data)
    tasks: dict[str, list[tuple[dict, dict]]] = {"a": [], "b": []}
    for project in source.query_projects(data):
        text = source.theme(project, titles)
        tasks["a"].append(task_a(project, text))
        tasks["b"].extend(task_b(project, text))
    return tasks


def write_queries(data: Path, out: Path) -> dict[str, int]:
    """Write the four files into ``out``; the number of requests per task."""
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for task, pairs in build(data).items():
        requests_file, key_file = FILES[task]
        write_jsonl(out / requests_file, [pair[0] for pair in pairs])
        write_jsonl(out / key_file, [pair[1] for pair in pairs])
        counts[task] = len(pairs)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=source.DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    options = parser.parse_args()
    counts = write_queries(options.data, options.out)
    print(f"task A: {counts['a']} requests, task B: {counts['b']} requests in {options.out}")


if __name__ == "__main__":
    main()
