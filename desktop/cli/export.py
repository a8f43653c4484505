"""``helixmatch export``: a consortium proposal or the organisations list to a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.models.database import Database
from desktop.models.queries.organisations.filter import OrganisationFilter
from desktop.models.queries.organisations.origins import demo_member_names
from desktop.models.queries.reference import load_vocabulary
from desktop.services.counts import counted
from desktop.services.exporting.catalogue import system_language
from desktop.services.exporting.consortium_export import export_consortium
from desktop.services.exporting.formats import (
    CONSORTIUM_FORMATS,
    ORGANISATION_FORMATS,
    SHARE_SUFFIX,
)
from desktop.services.user_error import UserError


def _format(chosen: str | None, path: Path, allowed: tuple[str, ...]) -> str:
    if chosen:
        return chosen
    suffix = path.suffix.lower()
    found = "share" if suffix == SHARE_SUFFIX else suffix.lstrip(".")
    if found not in allowed:
        raise UserError(
            f"{path}: cannot tell the format from the file name; give --format "
            f"({', '.join(allowed)})"
        )
    return found


def _filter(database: Database, options: argparse.Namespace) -> OrganisationFilter:
    from desktop.services.importing.fields import BadValue, choice
    from desktop.services.importing.organisations_file import KIND_SPELLINGS, TYPE_SPELLINGS

    with database.transaction() as session:
        vocabulary = load_vocabulary(session)
    wanted: dict[str, object] = {"text": options.text.strip()}
    for option, field, allowed in (
        ("kind", "kind", KIND_SPELLINGS),
        ("type", "type", TYPE_SPELLINGS),
        ("province", "province_code", vocabulary.provinces),
        ("topsector", "topsector_code", vocabulary.topsectors),
        ("technology", "technology_code", vocabulary.technologies),
        ("mission", "mission_code", vocabulary.missions),
    ):
        value = getattr(options, option)
        if value is None:
            continue
        try:
            wanted[field] = choice(value, allowed)
        except BadValue as bad:
            raise UserError(f"--{option} '{value}' is unknown (expected {bad.expected})") from None
    return OrganisationFilter(**wanted, is_sme=options.sme, demo=options.demo)


def _warn_about_demo_data(database: Database, consortium_id: int) -> None:
    """A proposal with demonstration organisations is exported, with a warning on stderr."""
    with database.transaction() as session:
        names = demo_member_names(session, consortium_id)
    if names:
        print(
            f"warning: consortium {consortium_id} contains demonstration data, fictional "
            f"organisations marked [Demo] in the file: {', '.join(names)}",
            file=sys.stderr,
        )


def run_export(database: Database, options: argparse.Namespace) -> None:
    if options.what == "consortium":
        file_format = _format(options.format, options.output, CONSORTIUM_FORMATS)
        _warn_about_demo_data(database, options.id)
        export_consortium(
            database,
            options.id,
            file_format,
            options.output,
            language=options.language or system_language(),
            with_contacts=options.with_contacts,
        )
        print(f"consortium {options.id} written to {options.output} ({file_format})")
        return
    from desktop.services.exporting.organisations import export_organisations

    file_format = _format(options.format, options.output, ORGANISATION_FORMATS)
    count = export_organisations(database, file_format, options.output, _filter(database, options))
    print(f"{counted(count, 'organisation')} written to {options.output} ({file_format})")
