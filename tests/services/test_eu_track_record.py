"""The Horizon 2020 track record in the built-in data: real CORDIS participations of the
organisations with a PIC, with the built-in partners they shared a project with. No Qt."""

from __future__ import annotations

from sqlmodel import select

from desktop.models.tables.organisation import Organisation
from desktop.models.tables.project import Participation, Project
from desktop.services.lifecycle.eu_track_record import PARTICIPATIONS, load_track_record
from desktop.services.reference.files import reference_rows


def test_organisations_with_a_pic_have_their_h2020_projects(database) -> None:
    with database.transaction() as session:
        tno = session.exec(select(Organisation).where(Organisation.external_id == "ref:tno")).one()
        assert tno.pic
        expected = {row["rcn"] for row in reference_rows(PARTICIPATIONS) if row["pic"] == tno.pic}
        projects = session.exec(
            select(Project)
            .join(Participation)
            .where(Participation.organisation_id == tno.id, Project.origin == "reference")
        ).all()
        assert {p.external_id.removeprefix("h2020:") for p in projects} == expected
        assert all(p.programme == "Horizon 2020" and p.origin == "reference" for p in projects)
        assert any(p.summary and p.start_year for p in projects)


def test_loading_again_adds_nothing(database) -> None:
    with database.transaction() as session:
        before = len(session.exec(select(Project.id)).all())
        assert load_track_record(session) == 0
        assert len(session.exec(select(Project.id)).all()) == before
