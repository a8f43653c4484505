"""Every data page rendered with data to PNG, in English and Dutch, to look at.

The pictures land in ``HELIXMATCH_RENDER_DIR`` when it is set (to keep them), else in the test's
temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from sqlmodel import select

from desktop.models.queries.consortia import ConsortiumDraft, MemberDraft, create_consortium
from desktop.models.tables.organisation import Organisation
from desktop.views.context import AppContext
from desktop.views.main_window import MainWindow
from desktop.views.translation import install_translators, interface_locale, remove_translators

PAGES = ("overview", "organisations", "consortia", "settings")


def add_consortium(context: AppContext) -> None:
    with context.database.transaction() as session:
        smes = session.exec(
            select(Organisation.id).where(Organisation.is_sme.is_(True)).limit(2)
        ).all()
        university = session.exec(
            select(Organisation.id).where(Organisation.type == "university")
        ).first()
        members = (
            MemberDraft(smes[0], "lead", "Grows seaweed at sea", 120_000, 30_000),
            MemberDraft(smes[1], "partner", "Processes the harvest", 40_000, 10_000),
            MemberDraft(university, "partner", "Research on yields", 20_000, 0),
        )
        draft = ConsortiumDraft(
            "Zeewier uit de Noordzee", members, "draft", instrument_code="mit-rd"
        )
        create_consortium(session, draft)


def is_blank(image: QImage) -> bool:
    first = image.pixel(0, 0)
    step = max(1, image.width() // 40)
    return all(
        image.pixel(x, y) == first
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


@pytest.mark.parametrize("language", ["en", "nl"])
def test_render_the_data_pages(qtbot, qapp, context, tmp_path, language):
    folder = Path(os.environ.get("HELIXMATCH_RENDER_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    add_consortium(context)
    translators = install_translators(qapp, language)
    try:
        context.language = language
        context.locale = interface_locale(language)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        for key in PAGES:
            window.show_key(key)
            page = window.page(key)
            if key == "organisations":
                qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0)
                page.table.selectRow(12)
                qtbot.waitUntil(lambda page=page: page.detail.details is not None)
            if key == "consortia":
                qtbot.waitUntil(lambda page=page: page.model.rowCount() == 1)
                page.table.selectRow(0)
                qtbot.waitUntil(lambda page=page: len(page.editor.draft.members) == 3)
            if key == "overview":
                qtbot.waitUntil(lambda page=page: page.recent_consortia.list.count() == 1)
            qtbot.wait(50)
            path = folder / f"{key}_{language}.png"
            assert window.grab().save(str(path))
            assert not is_blank(QImage(str(path)))
        context.tasks.wait()
    finally:
        remove_translators(qapp, translators)
