"""The organisation pane shows where a real organisation's facts come from: its ROR id as a link,
the pages its expertise profile was checked against, and the English profile in English."""

from __future__ import annotations

from sqlmodel import select

from desktop.models.organisation import Organisation
from desktop.models.repositories.organisation_details import load_details
from desktop.views.labels import CodeLabels
from desktop.views.organisation_detail import OrganisationDetail


def _details(database, external_id: str):
    with database.transaction() as session:
        organisation = session.exec(
            select(Organisation).where(Organisation.external_id == external_id)
        ).one()
        return load_details(session, organisation.id)


def test_the_pane_links_the_ror_id_and_names_the_profile_sources(qtbot, database) -> None:
    details = _details(database, "ref:tno")
    assert details.ror_id and details.profile_source and details.description_en
    english = OrganisationDetail(CodeLabels(), "en")
    qtbot.addWidget(english)
    english.show_details(details)
    text = english.sources.text()
    assert f'<a href="https://ror.org/{details.ror_id}">' in text
    first_page = details.profile_source.split(";")[0].strip()
    assert f'<a href="{first_page}">' in text
    assert details.description_en[:40] in text
    dutch = OrganisationDetail(CodeLabels(), "nl")
    qtbot.addWidget(dutch)
    dutch.show_details(details)
    assert details.description_en[:40] not in dutch.sources.text()
    assert dutch.description.toPlainText() == details.data.description
