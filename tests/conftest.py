"""Test configuration: Qt runs offscreen; databases are copies of one template per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def template_database(tmp_path_factory) -> Path:
    """A database with the built-in data, created once per test session."""
    from desktop.opening import open_database

    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(sqlite_url(path), create=True).database.close()
    return path


@pytest.fixture
def database_path(template_database: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template database for one test."""
    path = tmp_path / "helixmatch.db"
    shutil.copyfile(template_database, path)
    return path


@pytest.fixture
def database(database_path: Path):
    from desktop.opening import open_database

    opened = open_database(sqlite_url(database_path))
    yield opened.database
    opened.database.close()
