"""The Horizon 2020 track record of the built-in Dutch organisations, from CORDIS.

``resources/reference/h2020_participations_nl.csv`` lists every participation of the 915 Dutch
participants CORDIS names (``cordis_organisations_nl.csv``) in a Horizon 2020 project: the
project (``rcn``), the PIC, the role, the years and the programme parts. The built-in
organisations that have a PIC get these projects with the built-in partners they shared them
with. CORDIS's extract has no project titles, so a project is called by its number and its
programme parts are its summary.
"""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import Session, select

from desktop.models.tables.organisation import Organisation
from desktop.models.tables.project import Participation, Project
from desktop.services.reference.files import reference_rows

PARTICIPATIONS = "h2020_participations_nl.csv"
PROGRAMME_PARTS = "h2020_programme_parts.csv"
PROGRAMME = "Horizon 2020"
ROLES = {"coordinator": "coordinator", "participant": "partner", "partner": "partner"}


def load_track_record(session: Session, origin: str = "reference") -> int:
    """Add the Horizon 2020 projects of the organisations with a PIC; returns how many projects
    were added (projects stored before are left as they are)."""
    with_pic = select(Organisation.pic, Organisation.id).where(Organisation.pic.is_not(None))
    organisation_of = dict(session.exec(with_pic).all())
    titles = {row["code"]: row["title"] for row in reference_rows(PROGRAMME_PARTS)}
    members: dict[str, dict[int, str]] = defaultdict(dict)
    years: dict[str, tuple[str, str, str]] = {}
    for row in reference_rows(PARTICIPATIONS):
        organisation_id = organisation_of.get(row["pic"])
        if organisation_id is not None:
            members[row["rcn"]][organisation_id] = ROLES[row["role"]]
            years[row["rcn"]] = (row["start_year"], row["end_year"], row["programme_parts"])
    stored = set(
        session.exec(select(Project.external_id).where(Project.external_id.like("h2020:%")))
    )
    projects = {}
    for rcn, (start, end, parts) in years.items():
        external_id = f"h2020:{rcn}"
        if external_id in stored:
            continue
        projects[rcn] = Project(
            external_id=external_id,
            title=f"{PROGRAMME} {rcn}",
            summary="; ".join(titles.get(code, code) for code in parts.split(";") if code),
            programme=PROGRAMME,
            start_year=int(start) if start else None,
            end_year=int(end) if end else None,
            origin=origin,
        )
    session.add_all(projects.values())
    session.flush()
    session.add_all(
        Participation(project_id=project.id, organisation_id=organisation_id, role=role)
        for rcn, project in projects.items()
        for organisation_id, role in members[rcn].items()
    )
    session.flush()
    return len(projects)
