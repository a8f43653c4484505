"""Reference vocabulary: write it idempotently, read it back as plain lookups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, func, select

from desktop.models.tables.reference import (
    Instrument,
    Mission,
    Region,
    Technology,
    Theme,
    Tki,
    Topsector,
)
from matching.text import fold


def merge_all(session: Session, rows: Iterable[SQLModel]) -> None:
    """Insert rows, or update the stored row with the same primary key where a value differs.

    Timestamps are left to the database, so an unchanged row is not written at all.
    """
    for row in rows:
        mapper = sa.inspect(type(row))
        key = tuple(getattr(row, column.key) for column in mapper.primary_key)
        stored = session.get(type(row), key)
        if stored is None:
            session.add(row)
            continue
        for attribute in mapper.column_attrs:
            if attribute.key in ("created_at", "updated_at"):
                continue
            value = getattr(row, attribute.key)
            if getattr(stored, attribute.key) != value:
                setattr(stored, attribute.key, value)
    session.flush()


@dataclass
class CodeLookup:
    """Codes and the folded names that resolve to them, for validating imported values."""

    provinces: dict[str, str] = field(default_factory=dict)
    municipalities: dict[str, str] = field(default_factory=dict)
    municipality_province: dict[str, str] = field(default_factory=dict)
    municipality_names: dict[str, str] = field(default_factory=dict)  # code -> name
    topsectors: dict[str, str] = field(default_factory=dict)
    technologies: dict[str, str] = field(default_factory=dict)
    missions: dict[str, str] = field(default_factory=dict)
    instruments: dict[str, str] = field(default_factory=dict)
    clusters: dict[str, str] = field(default_factory=dict)


def _lookup(pairs: Iterable[tuple[str, Iterable[str | None]]]) -> dict[str, str]:
    """Folded code and names -> code."""
    table: dict[str, str] = {}
    for code, names in pairs:
        for name in (code, *names):
            if name:
                table.setdefault(fold(name), code)
    return table


def load_code_lookup(session: Session) -> CodeLookup:
    regions: dict[str, list[Region]] = defaultdict(list)
    for region in session.exec(select(Region)):
        regions[region.kind].append(region)
    return CodeLookup(
        provinces=_lookup((r.code, (r.name, r.cbs_code, *r.aliases)) for r in regions["province"]),
        municipalities=_lookup((r.code, (r.name, *r.aliases)) for r in regions["municipality"]),
        municipality_province={r.code: r.province_code for r in regions["municipality"]},
        municipality_names={r.code: r.name for r in regions["municipality"]},
        clusters=_lookup((r.code, (r.name,)) for r in regions["cluster"]),
        topsectors=_lookup((t.code, (t.name, t.name_en)) for t in session.exec(select(Topsector))),
        technologies=_lookup(
            (t.code, (t.name, t.name_en)) for t in session.exec(select(Technology))
        ),
        missions=_lookup((m.code, (m.title,)) for m in session.exec(select(Mission))),
        instruments=_lookup(
            (i.code, (i.name, i.name_en)) for i in session.exec(select(Instrument))
        ),
    )


@dataclass(frozen=True)
class MissionRow:
    code: str
    theme_code: str
    theme_name: str
    title: str
    text: str
    target_year: int | None


def list_missions(session: Session) -> list[MissionRow]:
    themes = {t.code: t.name for t in session.exec(select(Theme))}
    return [
        MissionRow(m.code, m.theme_code, themes[m.theme_code], m.title, m.text, m.target_year)
        for m in session.exec(select(Mission).order_by(Mission.theme_code, Mission.code))
    ]


def count_reference(session: Session) -> dict[str, int]:
    """How many rows each reference table holds (regions split by kind)."""
    counts = {f"regions.{kind}": 0 for kind in ("province", "municipality", "corop", "cluster")}
    for kind, number in session.exec(select(Region.kind, func.count()).group_by(Region.kind)):
        counts[f"regions.{kind}"] = number
    for name, table in (
        ("topsectors", Topsector),
        ("tkis", Tki),
        ("themes", Theme),
        ("missions", Mission),
        ("technologies", Technology),
        ("instruments", Instrument),
    ):
        counts[name] = session.exec(select(func.count()).select_from(table)).one()
    return counts
