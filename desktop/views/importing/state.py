"""What the steps of the import wizard hand on to each other."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.importing.mapping import ColumnMapping
from desktop.services.importing.organisation_import import DuplicatePolicy, OrganisationImport
from desktop.services.importing.problems import Problem
from desktop.services.importing.row_edits import RowEdits
from desktop.services.importing.sheet import Sheet


@dataclass
class WizardState:
    path: Path | None = None
    sheet: str | None = None
    table: Sheet | None = None
    columns: dict[str, str | None] = field(default_factory=dict)  # header -> field
    defaults: dict[str, str] = field(default_factory=dict)
    checked: OrganisationImport | None = None  # the dry run of the review
    problems: list[Problem] = field(default_factory=list)
    edits: RowEdits = field(default_factory=RowEdits)  # rows put right or left out
    decisions: dict[int, DuplicatePolicy] = field(default_factory=dict)  # per likely duplicate
    planned: OrganisationImport | None = None  # the dry run of the summary, as it will be
    imported: OrganisationImport | None = None

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(dict(self.columns), dict(self.defaults))
