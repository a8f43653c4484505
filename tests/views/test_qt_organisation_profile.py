"""The organisation pane shows where a real organisation's facts come from: its ROR id as a link,
the pages its expertise profile was checked against, and the English profile in English."""

from __future__ import annotations

from sqlmodel import select

from desktop.models.queries.organisations.detail_data import load_details
from desktop.models.tables.organisation import Organisation
from desktop.views.labels import CodeLabels
from desktop.views.pages.organisations.detail import OrganisationDetail


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


def _wheel(widget, steps: int) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.rect().center())
    where = QPointF(widget.mapToGlobal(centre.toPoint()))
    event = QWheelEvent(
        centre, where, QPoint(0, 0), QPoint(0, -120 * steps), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_scrolling_over_the_form_changes_no_value(qtbot, database) -> None:
    pane = OrganisationDetail(CodeLabels(), "en")
    qtbot.addWidget(pane)
    pane.show()
    pane.show_details(_details(database, "ref:tno"))
    before = pane.type.currentData()
    assert before == "to2"
    _wheel(pane.type, 2)
    assert pane.type.currentData() == before
    pane.type.setFocus()
    qtbot.waitUntil(pane.type.hasFocus)
    _wheel(pane.type, 1)  # once chosen with the keyboard focus, the wheel does change it
    assert pane.type.currentData() != before
