"""The database server the suite runs against: SQLite files, or PostgreSQL when
``HELIXMATCH_TEST_DB`` names a server (``.ci/run`` starts one with ``.ci/postgres.sh``).

On PostgreSQL every test gets a database of its own, created from a template database that
was filled once per session (``CREATE DATABASE ... TEMPLATE`` copies it in milliseconds).
"""

from __future__ import annotations

import itertools
import os

import sqlalchemy as sa
from sqlalchemy.engine import make_url

SERVER_VARIABLE = "HELIXMATCH_TEST_DB"

_numbers = itertools.count(1)


def database_name(url: str) -> str:
    return make_url(url).database or ""


def server_url() -> str | None:
    """The PostgreSQL server to test against, or None for SQLite."""
    return os.environ.get(SERVER_VARIABLE) or None


class PostgresServer:
    """Creates and drops the databases of one test session on a PostgreSQL server."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.prefix = f"helixmatch_test_{os.getpid()}"
        self._admin = sa.create_engine(self.url, isolation_level="AUTOCOMMIT")

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def new_name(self) -> str:
        return f"{self.prefix}_{next(_numbers)}"

    def create(self, template: str | None = None) -> str:
        """A new database, empty or a copy of ``template``; returns its URL."""
        name = self.new_name()
        with self._admin.connect() as connection:
            clause = f" TEMPLATE {template}" if template else ""
            connection.exec_driver_sql(f"CREATE DATABASE {name}{clause}")
        return self.url_of(name)

    def drop(self, url: str) -> None:
        name = database_name(url)
        with self._admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        self._admin.dispose()
