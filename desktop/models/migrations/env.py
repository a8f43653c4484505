"""Alembic environment: HelixMatch passes an open connection in ``config.attributes``."""

from alembic import context
from sqlmodel import SQLModel

import desktop.models  # noqa: F401  (registers every table on the metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
