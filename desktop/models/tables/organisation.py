"""Organisations, their contacts (personal data, kept in their own table) and their links."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Integer, func, text
from sqlmodel import Field, SQLModel

from desktop.models.tables.base import created_field, json_list_field, updated_field
from matching.codes import Origin

# Where a row came from. Demonstration and synthetic rows can be removed in one go.


# Every update of an organisation raises its version and checks the one it read (optimistic
# locking): an edit made meanwhile by another window or user is detected, never overwritten.
_version = Column("version", Integer, nullable=False, default=1, server_default="1")


def _trigram_index(column: str) -> Index:
    """On PostgreSQL, a trigram index that serves the substring filter (ILIKE '%text%')."""
    return Index(
        f"ix_organisation_{column}_trgm",
        column,
        postgresql_using="gin",
        postgresql_ops={column: "gin_trgm_ops"},
    ).ddl_if(dialect="postgresql")


class Organisation(SQLModel, table=True):
    # Lists are sorted by name without regard to case; this index makes that fast.
    __table_args__ = (
        Index("ix_organisation_name_lower", func.lower(text("name"))),
        # The name search's check for changes reads the newest updated_at (organisation_finder).
        Index("ix_organisation_updated_at", "updated_at"),
        _trigram_index("name"),
        _trigram_index("short_name"),
    )
    __mapper_args__ = {"version_id_col": _version}

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, max_length=300)
    short_name: str | None = Field(default=None, max_length=100)
    aliases: list[str] = json_list_field()
    kind: str = Field(index=True, max_length=16)
    type: str = Field(index=True, max_length=32)
    external_id: str | None = Field(default=None, unique=True, max_length=100)
    kvk: str | None = Field(default=None, unique=True, max_length=8)
    pic: str | None = Field(default=None, unique=True, max_length=12)
    # The short ROR id (05mf3wf75 of https://ror.org/05mf3wf75).
    ror_id: str | None = Field(default=None, unique=True, max_length=9)
    country: str = Field(default="NL", index=True, max_length=2)
    address: str | None = Field(default=None, max_length=300)
    postcode: str | None = Field(default=None, max_length=16)
    city: str | None = Field(default=None, max_length=100)
    municipality_code: str | None = Field(default=None, foreign_key="region.code", index=True)
    province_code: str | None = Field(default=None, foreign_key="region.code", index=True)
    website: str | None = Field(default=None, max_length=300)
    description: str = ""
    keywords: list[str] = json_list_field()
    description_en: str = ""
    keywords_en: list[str] = json_list_field()
    # The addresses of the pages an expertise profile was checked against, ";"-separated.
    profile_source: str = ""
    employees: int | None = None
    is_sme: bool | None = None
    origin: str = Field(default=Origin.USER.value, index=True, max_length=16)
    version: int = Field(default=1, sa_column=_version)
    created_at: datetime = created_field()
    updated_at: datetime = updated_field()


class Contact(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", ondelete="CASCADE", index=True)
    name: str = Field(max_length=200)
    function: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=50)
    notes: str = ""
    created_at: datetime = created_field()
    updated_at: datetime = updated_field()


class OrganisationTopsector(SQLModel, table=True):
    __tablename__ = "organisation_topsector"
    organisation_id: int = Field(
        foreign_key="organisation.id", ondelete="CASCADE", primary_key=True
    )
    topsector_code: str = Field(foreign_key="topsector.code", primary_key=True, index=True)


class OrganisationTechnology(SQLModel, table=True):
    __tablename__ = "organisation_technology"
    organisation_id: int = Field(
        foreign_key="organisation.id", ondelete="CASCADE", primary_key=True
    )
    technology_code: str = Field(foreign_key="technology.code", primary_key=True, index=True)


class OrganisationMission(SQLModel, table=True):
    __tablename__ = "organisation_mission"
    organisation_id: int = Field(
        foreign_key="organisation.id", ondelete="CASCADE", primary_key=True
    )
    mission_code: str = Field(foreign_key="mission.code", primary_key=True, index=True)


class OrganisationRegion(SQLModel, table=True):
    """Membership of a cluster or hotspot (home municipality and province are columns)."""

    __tablename__ = "organisation_region"
    organisation_id: int = Field(
        foreign_key="organisation.id", ondelete="CASCADE", primary_key=True
    )
    region_code: str = Field(foreign_key="region.code", primary_key=True, index=True)
