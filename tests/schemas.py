"""Databases at an earlier schema, for migration tests: a current one migrated down."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory

from desktop.models.database import alembic_config, create_db_engine


def earlier_revisions() -> list[str]:
    """Every revision before the newest, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [revision.revision for revision in script.walk_revisions()]
    return list(reversed(revisions))[:-1]


def downgrade(url: str, revision: str) -> None:
    engine = create_db_engine(url, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()
