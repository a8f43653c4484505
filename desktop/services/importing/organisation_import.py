"""Importing organisations from a user's spreadsheet: read, map, validate every row, then store
in one transaction with de-duplication against the database and within the file.

A row whose external id, KvK number or PIC is already stored updates that organisation. Any
other row is compared with every stored organisation and every earlier row of the file
(``matching.dedupe``); a likely duplicate is merged, skipped or kept as the policy says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from desktop.models.database import Database
from desktop.models.queries.import_log import (
    ORGANISATION,
    Change,
    organisation_before,
    record_import,
)
from desktop.models.queries.organisations.identities import (
    Identity,
    identities,
    insert_organisations,
    merge_organisation,
)
from desktop.models.queries.organisations.records import save_organisation
from desktop.models.records import OrganisationRecord
from desktop.services.importing import organisations_file as organisation_format
from desktop.services.importing.dry_run import RolledBack
from desktop.services.importing.mapping import ORGANISATION_HEADERS, ColumnMapping, mapped_table
from desktop.services.importing.problems import ERROR, ImportRefused, Problem
from desktop.services.importing.row_edits import RowEdits, edited_table
from desktop.services.importing.sheet import read_sheet
from desktop.services.progress import TaskState
from desktop.services.reference.town_places import load_places
from matching.dedupe import DuplicateFinder, Entity, Evidence


class DuplicatePolicy(StrEnum):
    MERGE = "merge"  # add the row's values to the organisation it duplicates
    SKIP = "skip"  # leave the row out
    KEEP = "keep"  # store it as an organisation of its own


class Action(StrEnum):
    CREATED = "created"
    UPDATED = "updated"  # same external id, KvK number or PIC as a stored organisation
    UNCHANGED = "unchanged"
    MERGED = "merged"
    SKIPPED = "skipped"
    KEPT = "kept"  # a likely duplicate, stored as a new organisation all the same


@dataclass(frozen=True)
class Match:
    """What a row duplicates: a stored organisation or an earlier row of the same file."""

    name: str
    score: float
    evidence: tuple[Evidence, ...]
    organisation_id: int | None = None
    row: int | None = None


@dataclass
class RowOutcome:
    row: int
    name: str
    action: Action
    organisation_id: int | None = None
    match: Match | None = None


@dataclass
class PreparedFile:
    """A file read, mapped and validated: nothing stored yet. ``records`` leaves out the rows
    skipped and, when errors were allowed, the rows with errors; ``problems`` are those of every
    row (errors only when allowed)."""

    file: str
    source: str
    columns: dict[str, str | None]  # header -> field
    records: list[tuple[int, OrganisationRecord]]
    problems: list[Problem]


@dataclass
class OrganisationImport:
    prepared: PreparedFile
    outcomes: list[RowOutcome] = field(default_factory=list)
    dry_run: bool = False
    batch_id: int | None = None  # in the import log, for undo

    def counts(self) -> Counter[str]:
        return Counter(outcome.action.value for outcome in self.outcomes)


def prepare_organisations(
    session: Session,
    path: Path,
    sheet: str | None = None,
    mapping: ColumnMapping | None = None,
    edits: RowEdits | None = None,
    *,
    allow_errors: bool = False,
) -> PreparedFile:
    """Read and validate a file, with the user's ``edits`` applied. ``ImportRefused`` lists
    every problem when the mapping does not fit, or when a row not skipped has an error and
    errors are not allowed (a review allows them, to show them beside the likely duplicates)."""
    edits = edits or RowEdits()
    read = read_sheet(path, sheet)
    table, columns, problems = mapped_table(
        read,
        mapping or ColumnMapping(),
        organisation_format.REQUIRED,
        organisation_format.OPTIONAL,
        ORGANISATION_HEADERS,
    )
    records, row_problems = organisation_format.validate_organisations(
        edited_table(table, edits), load_places(session), edits.skipped
    )
    problems += row_problems
    left_out = set(edits.skipped)
    errors = [p for p in problems if p.severity == ERROR and p.row not in left_out]
    if errors and not allow_errors:
        raise ImportRefused(problems)
    left_out |= {problem.row for problem in errors}
    kept = [(row, record) for row, record in records if row not in left_out]
    return PreparedFile(read.file, read.source, columns, kept, problems)


def _entity(key: object, record: OrganisationRecord) -> Entity:
    names = (record.name, record.short_name, *(record.aliases or ()))
    return Entity(
        key,
        tuple(n for n in names if n),
        record.kvk,
        record.pic,
        record.website,
        record.municipality_code,
        record.country,
        record.city,
    )


def _stored_entity(identity: Identity) -> Entity:
    return Entity(
        identity.id,
        identity.names,
        identity.kvk,
        identity.pic,
        identity.website,
        identity.municipality_code,
        identity.country,
        identity.city,
    )


def _fill_in(target: OrganisationRecord, extra: OrganisationRecord) -> None:
    """Merge a later row into an earlier one of the same file: empty values filled in, lists
    joined, the later row's names kept as aliases."""
    for item in fields(OrganisationRecord):
        mine, theirs = getattr(target, item.name), getattr(extra, item.name)
        if isinstance(mine, list) or isinstance(theirs, list):
            setattr(target, item.name, list(dict.fromkeys([*(mine or ()), *(theirs or ())])))
        elif mine is None and theirs is not None:
            setattr(target, item.name, theirs)
    known = {target.name, target.short_name}
    names = [*(target.aliases or ()), extra.name, extra.short_name]
    target.aliases = [n for n in dict.fromkeys(names) if n and n not in known]


class _Store:
    """One import's decisions, row by row, then the new organisations written in bulk."""

    def __init__(
        self,
        session: Session,
        file: str,
        policy: DuplicatePolicy,
        origin: str,
        update_known: bool,
        decisions: Mapping[int, DuplicatePolicy],
    ) -> None:
        self.session = session
        self.file = file
        self.policy = policy
        self.origin = origin
        self.update_known = update_known
        self.decisions = decisions
        self.changes: list[Change] = []  # for the import log
        stored = identities(session)
        self.names = {identity.id: identity.names[0] for identity in stored}
        self.by_identifier: dict[tuple[str, str], int] = {}
        for identity in stored:
            for kind in ("external_id", "kvk", "pic"):
                value = getattr(identity, kind)
                if value:
                    self.by_identifier[(kind, value)] = identity.id
        self.finder = DuplicateFinder(_stored_entity(identity) for identity in stored)
        self.new: list[tuple[RowOutcome, OrganisationRecord]] = []
        self.new_by_row: dict[int, int] = {}  # row number -> index in self.new

    def known_id(self, record: OrganisationRecord) -> int | None:
        for kind in ("external_id", "kvk", "pic"):
            value = getattr(record, kind)
            if value and (kind, value) in self.by_identifier:
                return self.by_identifier[(kind, value)]
        return None

    def decide(self, row: int, record: OrganisationRecord) -> RowOutcome:
        known = self.known_id(record)
        if known is not None and not self.update_known:
            return self._merge(row, record, known, None)
        if known is not None:
            before = organisation_before(self.session, known)
            try:
                with self.session.begin_nested():
                    _id, outcome = save_organisation(self.session, record, self.origin)
            except IntegrityError as error:
                raise ImportRefused(
                    [Problem(self.file, "conflict", row=row, value=str(error.orig))]
                ) from None
            if outcome.value != Action.UNCHANGED:
                self.changes.append(Change(ORGANISATION, known, before=before))
            return RowOutcome(row, record.name, Action(outcome.value), known)
        entity = _entity(("row", row), record)
        found = self.finder.find(entity, limit=1)
        match = self._match(found[0]) if found else None
        policy = self.decisions.get(row, self.policy)
        if match is None or policy == DuplicatePolicy.KEEP:
            return self._add_new(row, record, entity, match)
        if policy == DuplicatePolicy.SKIP:
            return RowOutcome(row, record.name, Action.SKIPPED, None, match)
        if match.row is not None:
            _fill_in(self.new[self.new_by_row[match.row]][1], record)
            return RowOutcome(row, record.name, Action.MERGED, None, match)
        return self._merge(row, record, match.organisation_id, match)

    def _merge(
        self, row: int, record: OrganisationRecord, organisation_id: int, match: Match | None
    ) -> RowOutcome:
        before = organisation_before(self.session, organisation_id)
        if not merge_organisation(self.session, organisation_id, record):
            return RowOutcome(row, record.name, Action.UNCHANGED, organisation_id, match)
        self.changes.append(Change(ORGANISATION, organisation_id, before=before))
        return RowOutcome(row, record.name, Action.MERGED, organisation_id, match)

    def _match(self, duplicate) -> Match:
        if isinstance(duplicate.key, tuple):
            earlier = duplicate.key[1]
            name = self.new[self.new_by_row[earlier]][1].name
            return Match(name, duplicate.score, duplicate.evidence, row=earlier)
        return Match(self.names[duplicate.key], duplicate.score, duplicate.evidence, duplicate.key)

    def _add_new(
        self, row: int, record: OrganisationRecord, entity: Entity, match: Match | None
    ) -> RowOutcome:
        outcome = RowOutcome(
            row, record.name, Action.KEPT if match else Action.CREATED, None, match
        )
        self.new_by_row[row] = len(self.new)
        self.new.append((outcome, record))
        self.finder.add(entity)
        return outcome

    def write_new(self) -> None:
        ids = insert_organisations(self.session, [record for _, record in self.new], self.origin)
        for (outcome, _record), id_ in zip(self.new, ids, strict=True):
            outcome.organisation_id = id_
            self.changes.append(Change(ORGANISATION, id_))


def store_organisations(
    session: Session,
    prepared: PreparedFile,
    policy: DuplicatePolicy,
    origin: str = "import",
    state: TaskState | None = None,
    *,
    update_known: bool = True,
    changes: list[Change] | None = None,
    decisions: Mapping[int, DuplicatePolicy] | None = None,
) -> list[RowOutcome]:
    """Store a prepared file in the session's transaction; returns what happened to each row.

    A row with a stored external id, KvK number or PIC updates that organisation, or with
    ``update_known`` false only adds what it lacks (as a merge does). What was created or
    changed is added to ``changes``, for the import log. ``decisions`` overrides the policy for
    the likely duplicates of single rows (by row number), as a user reviewing them decided.
    A cancelled ``state`` stops it with :class:`Cancelled` (the caller's transaction rolls back)."""
    state = state or TaskState()
    total = len(prepared.records)
    state.report(0, total, "index")
    state.check()
    store = _Store(session, prepared.file, policy, origin, update_known, decisions or {})
    outcomes = []
    for done, (row, record) in enumerate(prepared.records, start=1):
        outcomes.append(store.decide(row, record))
        if done % 1000 == 0:
            state.report(done, total, "compare")
            state.check()
    state.report(total, total, "write")
    state.check()
    store.write_new()
    if changes is not None:
        changes += store.changes
    return outcomes


def import_organisations(
    database: Database,
    path: Path,
    *,
    sheet: str | None = None,
    mapping: ColumnMapping | None = None,
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    dry_run: bool = False,
    origin: str = "import",
    state: TaskState | None = None,
    decisions: Mapping[int, DuplicatePolicy] | None = None,
    edits: RowEdits | None = None,
    allow_errors: bool = False,
) -> OrganisationImport:
    """Import a CSV or XLSX file of organisations as one transaction; a dry run decides every
    row the same way and then rolls back. ``edits`` puts values right and leaves rows out;
    ``allow_errors`` (only for a dry run) leaves out the rows with errors instead of refusing."""
    if allow_errors and not dry_run:
        raise ValueError("rows with errors are left out only in a dry run")
    try:
        with database.transaction() as session:
            prepared = prepare_organisations(
                session, path, sheet, mapping, edits, allow_errors=allow_errors
            )
            changes: list[Change] = []
            outcomes = store_organisations(
                session, prepared, policy, origin, state, changes=changes, decisions=decisions
            )
            result = OrganisationImport(prepared, outcomes, dry_run)
            result.batch_id = record_import(
                session, "organisations", prepared.file, dict(result.counts()), changes
            )
            if dry_run:
                for outcome in outcomes:
                    if outcome.action in (Action.CREATED, Action.KEPT):
                        outcome.organisation_id = None  # rolled back
                raise RolledBack(result)
    except RolledBack as rolled_back:
        return rolled_back.result
    return result
