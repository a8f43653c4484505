"""What each import stored, so that it can be undone: one batch per import, one change per row
it created or changed (with the values before, for a change)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, DateTime
from sqlmodel import Field, SQLModel

from desktop.models.tables.base import created_field


class ImportBatch(SQLModel, table=True):
    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)  # organisations, cordis
    source: str = Field(max_length=500)  # the file name(s)
    created_at: datetime = created_field()
    undone_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    counts: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class ImportChange(SQLModel, table=True):
    """``table_name``: organisation, project or participation; ``row_id`` the organisation or
    project, ``other_id`` the organisation of a participation. ``before`` is None for a row the
    import created."""

    __tablename__ = "import_change"

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="import_batch.id", ondelete="CASCADE", index=True)
    table_name: str = Field(max_length=32)
    row_id: int
    other_id: int | None = None
    before: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))
