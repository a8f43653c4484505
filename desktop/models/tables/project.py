"""Projects and participations: an organisation's track record, who worked with whom."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from desktop.models.tables.base import created_field, updated_field


class Project(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    external_id: str = Field(unique=True, max_length=100)
    acronym: str | None = Field(default=None, max_length=100)
    title: str = Field(max_length=500)
    summary: str = ""
    programme: str | None = Field(default=None, index=True, max_length=200)
    instrument_code: str | None = Field(default=None, foreign_key="instrument.code", index=True)
    start_year: int | None = Field(default=None, index=True)
    end_year: int | None = None
    budget: float | None = None
    origin: str = Field(default="user", index=True, max_length=16)
    created_at: datetime = created_field()
    updated_at: datetime = updated_field()


class Participation(SQLModel, table=True):
    project_id: int = Field(foreign_key="project.id", ondelete="CASCADE", primary_key=True)
    organisation_id: int = Field(
        foreign_key="organisation.id", ondelete="CASCADE", primary_key=True, index=True
    )
    role: str = Field(default="partner", max_length=32)
    contribution: float | None = None
