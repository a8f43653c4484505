"""Matching runs for the desktop: a request against the database, with progress and cancel.

A :class:`Matcher` keeps the engine loaded between runs and reloads it only when the data it was
built from has changed. Its methods are plain functions a worker thread can run: they report
progress to the :class:`TaskState` they are handed and stop with :class:`Cancelled` when asked
to.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.models.database import Database
from desktop.models.queries.consortia import (
    ConsortiumDraft,
    ConsortiumError,
    MemberDraft,
    create_consortium,
)
from desktop.models.queries.matching import data_fingerprint
from desktop.models.queries.organisations.origins import demo_ids
from desktop.models.queries.reference import load_code_lookup
from desktop.services.matching.request_input import resolve
from desktop.services.progress import TaskState
from matching.codes import ReasonCode
from matching.model import Organisation, Reason
from matching.request import Member, Request, Suggestion
from matching.rules import MemberFacts

if TYPE_CHECKING:  # the engine (NumPy, SciPy) loads on the first run, not with the window
    from desktop.services.matching.engine_data import Loaded

__all__ = [
    "ConsortiumDraft",
    "ConsortiumError",
    "MatchResult",
    "Matcher",
    "member_draft",
    "member_facts",
    "named_organisations",
]


@dataclass(frozen=True)
class MatchResult:
    request: Request
    suggestion: Suggestion
    organisations: dict[int, Organisation]  # every organisation the suggestion names
    warnings: list[dict[str, Any]] = field(default_factory=list)


def member_draft(member: Member) -> MemberDraft:
    """A suggested member for a saved consortium, with the reasons it was suggested for (and the
    competences it covers) as codes, worded when shown or exported."""
    covers = (
        (Reason(ReasonCode.COVERS, {"concepts": list(member.covers)}),) if member.covers else ()
    )
    return MemberDraft(member.id, member.role, reasons=member.reasons + covers)


def member_facts(organisation: Organisation, role: str) -> MemberFacts:
    """What the rules engine needs of a member whose budget is not known yet."""
    return MemberFacts(
        id=organisation.id,
        kind=organisation.kind,
        type=organisation.type,
        is_sme=organisation.is_sme,
        country=organisation.country,
        role=role,
        budget=None,
    )


def named_organisations(loaded: Loaded, suggestion: Suggestion, request: Request) -> set[int]:
    """Ids of everything a suggestion refers to: candidates, members, pinned and left-out
    organisations, and the partners its reasons name."""
    ids = set(request.include) | set(request.exclude)
    reasons = []
    for candidate in suggestion.candidates:
        ids.add(candidate.id)
        reasons.extend(candidate.reasons)
    for consortium in suggestion.consortia:
        for member in consortium.members:
            ids.add(member.id)
            reasons.extend(member.reasons)
    ids.update(r.values["partner"] for r in reasons if r.code == "shared_projects")
    return {i for i in ids if i in loaded.organisations}


class Matcher:
    """Runs requests against one database; safe to call from worker threads."""

    def __init__(self, database: Database, cache_dir: Path | None = None) -> None:
        self.database = database
        self._cache_dir = cache_dir
        self._lock = threading.Lock()
        self._loaded: Loaded | None = None
        self._fingerprint: str | None = None

    def engine(self) -> Loaded:
        """The engine on the current data: kept between runs, reloaded after the data changed."""
        from desktop.services.matching.engine_data import load_engine, refresh_load

        with self._lock:
            with self.database.transaction() as session:
                fingerprint = data_fingerprint(session)
            if self._loaded is None or fingerprint != self._fingerprint:
                self._loaded = load_engine(self.database, self._cache_dir)
                self._fingerprint = fingerprint
            else:
                refresh_load(self.database, self._loaded)
            return self._loaded

    def resolve(self, fields: dict[str, Any]) -> tuple[Request, list[dict[str, Any]]]:
        """The request for the fields of ``helixmatch suggest`` (raises RequestError)."""
        with self.database.transaction() as session:
            resolved = resolve(session, load_code_lookup(session), fields)
        return resolved.request, resolved.warnings

    def match(
        self,
        fields: dict[str, Any],
        state: TaskState | None = None,
        *,
        top: int | None = None,
        consortia: int | None = None,
    ) -> MatchResult:
        """Candidates and alternative consortia for one request."""
        state = state or TaskState()
        steps = 3
        state.report(0, steps)
        request, warnings = self.resolve(fields)
        if top is not None or consortia is not None:
            request = replace(
                request,
                top=request.top if top is None else top,
                consortia=request.consortia if consortia is None else consortia,
            )
        state.check()
        loaded = self.engine()
        state.report(1, steps)
        state.check()
        suggestion = loaded.engine.suggest(request)
        state.report(2, steps)
        named = named_organisations(loaded, suggestion, request)
        state.report(3, steps)
        return MatchResult(
            request, suggestion, {i: loaded.organisations[i] for i in named}, warnings
        )

    def demo_among(self, ids: Iterable[int]) -> frozenset[int]:
        """The demonstration organisations among ``ids`` (those a run's answer names)."""
        with self.database.transaction() as session:
            return demo_ids(session, ids)

    def save(self, draft: ConsortiumDraft) -> int:
        """Store a chosen consortium; raises ConsortiumError and stores nothing when invalid."""
        with self.database.transaction() as session:
            return create_consortium(session, draft)
