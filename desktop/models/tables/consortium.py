"""The work users do: knowledge questions taken in at a desk, and the consortia they build."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from desktop.models.tables.base import created_field, json_list_field, updated_field
from matching.codes import ConsortiumStatus, MemberRole, QuestionStatus


class Question(SQLModel, table=True):
    """An SME's knowledge question as taken in at a one-stop desk."""

    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int | None = Field(
        default=None, foreign_key="organisation.id", ondelete="SET NULL", index=True
    )
    title: str = Field(max_length=300)
    text: str = ""
    theme_code: str | None = Field(default=None, foreign_key="theme.code")
    mission_code: str | None = Field(default=None, foreign_key="mission.code")
    region_code: str | None = Field(default=None, foreign_key="region.code")
    budget: float | None = None
    duration_months: int | None = None
    status: str = Field(default=QuestionStatus.NEW.value, index=True, max_length=16)
    created_at: datetime = created_field()
    updated_at: datetime = updated_field()


class Consortium(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=300)
    acronym: str | None = Field(default=None, max_length=50)
    description: str = ""
    mission_code: str | None = Field(default=None, foreign_key="mission.code", index=True)
    instrument_code: str | None = Field(default=None, foreign_key="instrument.code")
    question_id: int | None = Field(default=None, foreign_key="question.id", ondelete="SET NULL")
    status: str = Field(default=ConsortiumStatus.IDEA.value, index=True, max_length=16)
    version: int = 1
    created_at: datetime = created_field()
    updated_at: datetime = updated_field()


class ConsortiumMember(SQLModel, table=True):
    __tablename__ = "consortium_member"

    id: int | None = Field(default=None, primary_key=True)
    consortium_id: int = Field(foreign_key="consortium.id", ondelete="CASCADE", index=True)
    organisation_id: int = Field(foreign_key="organisation.id", ondelete="RESTRICT", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", ondelete="SET NULL")
    role: str = Field(default=MemberRole.PARTNER.value, max_length=16)
    budget_cash: float = 0.0
    budget_in_kind: float = 0.0
    rationale: str = ""  # typed by the user
    # why the member was suggested: [{"code": ..., "values": {...}}], worded when shown
    reasons: list[dict] = json_list_field()
    created_at: datetime = created_field()
    updated_at: datetime = updated_field()
