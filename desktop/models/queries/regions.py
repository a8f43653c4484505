"""Region names for display: read-only lookups."""

from __future__ import annotations

from sqlmodel import Session, select

from desktop.models.tables.reference import Region


def province_names(session: Session) -> dict[str, str]:
    """Province code -> name, in name order."""
    statement = (
        select(Region.code, Region.name).where(Region.kind == "province").order_by(Region.name)
    )
    return dict(session.exec(statement).all())
