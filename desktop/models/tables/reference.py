"""Reference vocabulary: regions, topsectors, TKIs, themes, missions, technologies, instruments."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from desktop.models.tables.base import json_list_field, updated_field


class Region(SQLModel, table=True):
    """A province, municipality, COROP region or cluster/hotspot, keyed by its public code."""

    code: str = Field(primary_key=True, max_length=64)
    kind: str = Field(index=True, max_length=16)  # province | municipality | corop | cluster
    name: str = Field(index=True, max_length=200)
    province_code: str | None = Field(default=None, foreign_key="region.code", index=True)
    cbs_code: str | None = Field(default=None, max_length=16)
    nuts2: str | None = Field(default=None, max_length=8)
    cluster_type: str | None = Field(default=None, max_length=16)  # cluster | hotspot | campus
    description: str | None = None
    aliases: list[str] = json_list_field()  # other names in common use: "Den Haag", "Friesland"
    municipality_codes: list[str] = json_list_field()
    topsector_codes: list[str] = json_list_field()


class Topsector(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=32)
    name: str = Field(max_length=200)
    name_en: str = Field(max_length=200)


class Tki(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=64)
    name: str = Field(max_length=200)
    topsector_code: str = Field(foreign_key="topsector.code", index=True)
    website: str | None = Field(default=None, max_length=300)


class Theme(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=16)
    name: str = Field(max_length=200)
    name_en: str = Field(max_length=200)


class Mission(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=16)
    theme_code: str = Field(foreign_key="theme.code", index=True)
    title: str = Field(max_length=300)
    text: str
    target_year: int | None = None


class Technology(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=32)
    name: str = Field(max_length=200)
    name_en: str = Field(max_length=200)


class Instrument(SQLModel, table=True):
    """A funding scheme. Its eligibility rules are data (code + value), valid for a period."""

    code: str = Field(primary_key=True, max_length=32)
    name: str = Field(max_length=200)
    name_en: str = Field(max_length=200)
    kind: str = Field(max_length=32)
    description: str = ""
    source: str = Field(max_length=300)
    source_url: str | None = Field(default=None, max_length=500)
    valid_from: date | None = None
    valid_until: date | None = None
    rules: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = updated_field()
