"""Write the CORDIS history (projects that started in 2016 or earlier) as exchange-format CSV.

    .venv/bin/python benchmarks/cordis/convert.py [--data DIR] [--out DIR]

Writes ``organisations.csv`` (every participant of the history, any country),
``projects.csv`` and ``participations.csv``, ready for ``helixmatch import``. Values the importer
would refuse are checked with the importer's own field readers and reported: a PIC that is not
9 digits is left empty; an organisation whose country the importer does not know is left out,
with its participations (an empty country would make it Dutch).
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import source

from desktop.services.importing import fields

DEFAULT_OUT = Path(__file__).with_name("build")
ORGANISATION_COLUMNS = ("external_id", "name", "pic", "kind", "country", "sme")
PROJECT_COLUMNS = ("external_id", "title", "programme", "start_year", "end_year", "budget")
PARTICIPATION_COLUMNS = ("project_id", "organisation_id", "role")


@dataclass
class Conversion:
    """What was written, and every value that had to be changed or left out."""

    counts: dict[str, int] = field(default_factory=dict)
    issues: dict[str, list[str]] = field(default_factory=dict)

    def issue(self, what: str, item: str) -> None:
        self.issues.setdefault(what, []).append(item)

    def issue_lines(self, shown: int = 8) -> list[str]:
        lines = []
        for what, items in self.issues.items():
            listed = ", ".join(items[:shown]) + (", ..." if len(items) > shown else "")
            lines.append(f"{what}: {len(items)} ({listed})")
        return lines


def _accepted(parse: Callable[[str], object], value: str) -> bool:
    """Whether the importer's reader for a column takes ``value``."""
    try:
        parse(value)
    except fields.BadValue:
        return False
    return True


def organisation_rows(
    projects: Iterable[source.Project], names: dict[str, str], conversion: Conversion
) -> list[dict]:
    """One row per distinct PIC, in order of first appearance, named as CORDIS names it (or
    ``PIC 999...`` when the extract has no name for it)."""
    rows: dict[str, dict | None] = {}
    for project in projects:
        for participant in project.participants:
            if participant.pic not in rows:
                rows[participant.pic] = _organisation(participant, names, conversion)
    return [row for row in rows.values() if row is not None]


def _organisation(
    participant: source.Participant, names: dict[str, str], conversion: Conversion
) -> dict | None:
    if not _accepted(fields.country, participant.country):
        what = f"organisations left out, country {participant.country} refused by the importer"
        conversion.issue(what, f"PIC {participant.pic}")
        return None
    pic = participant.pic
    if not _accepted(fields.pic_number, pic):
        conversion.issue("PICs that are not 9 digits, pic left empty", repr(pic))
        pic = ""
    return {
        "external_id": participant.external_id,
        "name": names.get(participant.pic) or f"PIC {participant.pic}",
        "pic": pic,
        "kind": participant.activity_type,
        "country": participant.country,
        "sme": "",
    }


def project_row(project: source.Project, titles: dict[str, str], conversion: Conversion) -> dict:
    title = source.theme(project, titles)
    for code in project.programme_parts:
        if code not in titles:
            conversion.issue(f"projects whose part {code} has no title, code used", project.rcn)
    if not title:
        conversion.issue("projects without a programme part, placeholder title", project.rcn)
        title = source.NO_PROGRAMME_TITLE
    return {
        "external_id": project.external_id,
        "title": title,
        "programme": project.programme,
        "start_year": project.start_year,
        "end_year": project.end_year,
        "budget": project.total_cost,
    }


def participation_rows(projects: Iterable[source.Project], known: set[str]) -> list[dict]:
    return [
        {
            "project_id": project.external_id,
            "organisation_id": participant.external_id,
            "role": "coordinator" if participant.role == "coordinator" else "partner",
        }
        for project in projects
        for participant in project.participants
        if participant.external_id in known
    ]


def write_csv(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def convert(data: Path, out: Path) -> Conversion:
    """Write the three files into ``out``; what was written and what had to change."""
    out.mkdir(parents=True, exist_ok=True)
    projects = list(source.history(data).values())
    titles = source.programme_titles(data)
    conversion = Conversion()
    organisations = organisation_rows(projects, source.organisation_names(data), conversion)
    project_rows = [project_row(project, titles, conversion) for project in projects]
    known = {row["external_id"] for row in organisations}
    participations = participation_rows(projects, known)
    write_csv(out / "organisations.csv", ORGANISATION_COLUMNS, organisations)
    write_csv(out / "projects.csv", PROJECT_COLUMNS, project_rows)
    write_csv(out / "participations.csv", PARTICIPATION_COLUMNS, participations)
    dropped = sum(len(p.participants) for p in projects) - len(participations)
    conversion.counts = {
        "organisations": len(organisations),
        "projects": len(project_rows),
        "participations": len(participations),
        "participations left out": dropped,
    }
    return conversion


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=source.DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    options = parser.parse_args()
    conversion = convert(options.data, options.out)
    print(", ".join(f"{count} {what}" for what, count in conversion.counts.items()))
    for line in conversion.issue_lines():
        print(f"  data issue: {line}")


if __name__ == "__main__":
    main()
