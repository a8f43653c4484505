"""Importing a share file in the application is preceded by a backup, as on the command line."""

from __future__ import annotations

import pytest

from desktop.models.database import sqlite_path
from desktop.services.exporting.consortium_export import export_consortium
from desktop.services.lifecycle import backups
from desktop.views.pages.consortia.share_import_dialog import ShareImportDialog
from tests.export_fixtures import build_consortium


def test_a_share_import_is_backed_up_first(qtbot, context, tmp_path) -> None:
    database_file = sqlite_path(context.database.url)
    if database_file is None:
        pytest.skip("backups of a server database are made on the server")
    built = build_consortium(context.database)
    path = tmp_path / "gwe.helixshare"
    export_consortium(context.database, built.consortium_id, "share", path)
    dialog = ShareImportDialog(context, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert not [b for b in backups.list_backups(database_file) if b.kind == "import"]
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.store()
    [backup] = [b for b in backups.list_backups(database_file) if b.kind == "import"]
    assert backup.path.stat().st_size > 0
