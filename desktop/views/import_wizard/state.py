"""What the steps of the import wizard hand on to each other."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.exchange.mapping import ColumnMapping
from desktop.exchange.organisation_import import OrganisationImport
from desktop.exchange.problems import Problem
from desktop.exchange.sheet import Sheet


@dataclass
class WizardState:
    path: Path | None = None
    sheet: str | None = None
    table: Sheet | None = None
    columns: dict[str, str | None] = field(default_factory=dict)  # header -> field
    defaults: dict[str, str] = field(default_factory=dict)
    checked: OrganisationImport | None = None  # the dry run
    problems: list[Problem] = field(default_factory=list)
    imported: OrganisationImport | None = None

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(dict(self.columns), dict(self.defaults))
