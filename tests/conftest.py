"""Test configuration: Qt runs offscreen; databases are copies of one template per session.

The ``database`` and ``database_url`` fixtures follow the back-end chosen by
``HELIXMATCH_TEST_DB`` (see tests/backends.py); ``database_path`` is always an SQLite file,
for tests about files.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.backends import PostgresServer, database_name, server_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture(autouse=True)
def isolated_index_cache(tmp_path: Path, monkeypatch) -> Path:
    """Indexes built from a test's database are cached in its temporary folder, never in the
    user's own cache."""
    folder = tmp_path / "index-cache"
    monkeypatch.setattr("desktop.services.index_cache.default_cache_dir", lambda: folder)
    return folder


@pytest.fixture(scope="session")
def template_database(tmp_path_factory) -> Path:
    """A database file with the built-in data, created once per test session."""
    from desktop.services.lifecycle.opening import open_database

    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(sqlite_url(path), create=True).database.close()
    return path


@pytest.fixture
def database_path(template_database: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template database file for one test."""
    path = tmp_path / "helixmatch.db"
    shutil.copyfile(template_database, path)
    return path


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer | None]:
    url = server_url()
    if url is None:
        yield None
        return
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer | None) -> Iterator[str | None]:
    """On PostgreSQL: the name of a database with the built-in data, made once per session."""
    if postgres_server is None:
        yield None
        return
    from desktop.services.lifecycle.opening import open_database

    url = postgres_server.create()
    open_database(url, create=True).database.close()
    yield database_name(url)
    postgres_server.drop(url)


@pytest.fixture
def empty_database_url(postgres_server: PostgresServer | None, tmp_path: Path) -> Iterator[str]:
    """Where a new database can be created: a file that does not exist yet, or an empty
    PostgreSQL database."""
    if postgres_server is None:
        yield sqlite_url(tmp_path / "new.db")
        return
    url = postgres_server.create()
    yield url
    postgres_server.drop(url)


@pytest.fixture
def database_url(
    request: pytest.FixtureRequest, postgres_server: PostgresServer | None
) -> Iterator[str]:
    """A fresh database with the built-in data, on the back-end under test."""
    if postgres_server is None:
        yield sqlite_url(request.getfixturevalue("database_path"))
        return
    url = postgres_server.create(template=request.getfixturevalue("postgres_template"))
    yield url
    postgres_server.drop(url)


@pytest.fixture
def database(database_url: str):
    from desktop.services.lifecycle.opening import open_database

    opened = open_database(database_url)
    yield opened.database
    opened.database.close()


@pytest.fixture
def matcher(database, tmp_path: Path):
    """The desktop's matching runs on the built-in database, with its own index cache."""
    from desktop.services.matching.runs import Matcher

    return Matcher(database, tmp_path / "cache")
