"""Reading the CORDIS Horizon 2020 extract, never further than the development query year.

The extract (``projects.csv``, ``participants.csv``, ``programme_parts.csv``) is described in its
own README. Projects that started after ``QUERY_YEAR`` are kept for a final evaluation: they are
skipped while reading and never stored.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATA = Path(os.environ.get("HELIXMATCH_CORDIS_DATA", "/work/shared/data/cordis-h2020-nl"))
HISTORY_LAST_YEAR = 2016
QUERY_YEAR = 2017
TITLE_SEPARATOR = " / "
NO_PROGRAMME_TITLE = "Horizon 2020 (programme part not given)"


@dataclass(frozen=True)
class Participant:
    pic: str
    country: str
    activity_type: str
    role: str

    @property
    def external_id(self) -> str:
        return f"pic:{self.pic}"

    @property
    def is_dutch(self) -> bool:
        return self.country == "NL"


@dataclass
class Project:
    rcn: str
    programme_parts: tuple[str, ...]
    start_year: int
    end_year: int
    total_cost: str
    n_participants: int
    participants: list[Participant] = field(default_factory=list)

    @property
    def external_id(self) -> str:
        return f"rcn:{self.rcn}"

    @property
    def programme(self) -> str:
        return ";".join(self.programme_parts)

    @property
    def dutch(self) -> list[Participant]:
        return [p for p in self.participants if p.is_dutch]


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def organisation_names(data: Path = DEFAULT_DATA) -> dict[str, str]:
    """PIC -> the organisation's name as CORDIS published it in 2017 (``organisation_names.csv``;
    empty when the extract has none)."""
    path = data / "organisation_names.csv"
    return {row["pic"]: row["name"] for row in _rows(path)} if path.exists() else {}


def programme_titles(data: Path = DEFAULT_DATA) -> dict[str, str]:
    return {row["code"]: row["title"] for row in _rows(data / "programme_parts.csv")}


def theme(project: Project, titles: dict[str, str]) -> str:
    """The titles of the project's programme parts (the code where no title is known)."""
    return TITLE_SEPARATOR.join(titles.get(code, code) for code in project.programme_parts)


def _project(row: dict[str, str]) -> Project:
    return Project(
        rcn=row["rcn"],
        programme_parts=tuple(code for code in row["programme_part"].split(";") if code),
        start_year=int(row["start_year"]),
        end_year=int(row["end_date"][:4]),
        total_cost=row["total_cost"],
        n_participants=int(row["n_participants"]),
    )


def read_projects(first_year: int, last_year: int, data: Path = DEFAULT_DATA) -> dict[str, Project]:
    """Projects that started in ``first_year..last_year`` with their participants, by rcn.

    ``last_year`` may not pass ``QUERY_YEAR``: later projects are never read.
    """
    if last_year > QUERY_YEAR:
        raise ValueError(f"projects after {QUERY_YEAR} are reserved for the final evaluation")
    projects = {}
    for row in _rows(data / "projects.csv"):
        if first_year <= int(row["start_year"]) <= last_year:
            projects[row["rcn"]] = _project(row)
    for row in _rows(data / "participants.csv"):
        project = projects.get(row["rcn"])
        if project is not None:
            project.participants.append(
                Participant(row["pic"], row["country"], row["activity_type"], row["role"])
            )
    return projects


def history(data: Path = DEFAULT_DATA) -> dict[str, Project]:
    return read_projects(0, HISTORY_LAST_YEAR, data)


def query_projects(data: Path = DEFAULT_DATA) -> list[Project]:
    """Projects of ``QUERY_YEAR`` with two or more Dutch participants (and so n >= 2)."""
    found = read_projects(QUERY_YEAR, QUERY_YEAR, data).values()
    return [p for p in found if len(p.dutch) >= 2 and p.n_participants >= 2]
