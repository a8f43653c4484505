"""A key/value table that marks a database as HelixMatch's own."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

APPLICATION_KEY = "application"
APPLICATION_NAME = "helixmatch"
KEPT_BACKUPS_KEY = (
    "backups_kept"  # how many backups of each kind are kept (desktop.services.lifecycle.backups)
)


class AppInfo(SQLModel, table=True):
    __tablename__ = "helixmatch_info"
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=500)
