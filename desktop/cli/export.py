"""``helixmatch export``: a consortium proposal or the organisations list to a file. The document
libraries are imported by ``run`` only, so that defining the command line stays light."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.models.database import Database
from desktop.models.queries.organisations.filter import OrganisationFilter
from desktop.models.queries.organisations.origins import demo_member_names
from desktop.models.queries.reference import load_vocabulary
from desktop.services.counts import counted
from desktop.services.exporting.catalogue import LANGUAGES, system_language
from desktop.services.exporting.formats import (
    CONSORTIUM_FORMATS,
    ORGANISATION_FORMATS,
    SHARE_SUFFIX,
)
from desktop.services.user_error import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    what = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    consortium = what.add_parser("consortium", help="a consortium proposal or share file")
    consortium.add_argument("id", type=int, metavar="ID")
    consortium.add_argument(
        "--format", choices=CONSORTIUM_FORMATS, help="default: from the file name's extension"
    )
    consortium.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    consortium.add_argument(
        "--language", choices=LANGUAGES, help="the proposal's language (default: the system's)"
    )
    consortium.add_argument(
        "--with-contacts",
        action="store_true",
        help="include contact persons (personal data; left out by default)",
    )
    organisations = what.add_parser("organisations", help="the organisations list, filtered")
    organisations.add_argument("--format", choices=ORGANISATION_FORMATS)
    organisations.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    organisations.add_argument("--text", default="", help="name or short name contains TEXT")
    organisations.add_argument("--kind", help="helix kind: company, knowledge, government, society")
    organisations.add_argument("--type", help="organisation type, e.g. sme, university, to2")
    organisations.add_argument("--province", help="province name or code, e.g. Utrecht, NL-UT")
    organisations.add_argument("--topsector", help="topsector code or name")
    organisations.add_argument("--technology", help="key technology code or name")
    organisations.add_argument("--mission", help="mission code, e.g. ET-A")
    sme = organisations.add_mutually_exclusive_group()
    sme.add_argument("--sme", dest="sme", action="store_const", const=True, help="SMEs only")
    sme.add_argument("--no-sme", dest="sme", action="store_const", const=False, help="no SMEs")
    demo = organisations.add_mutually_exclusive_group()
    demo.add_argument("--demo-only", dest="demo", action="store_const", const=True)
    demo.add_argument("--no-demo", dest="demo", action="store_const", const=False)


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


def run(database: Database, options: argparse.Namespace) -> None:
    if options.what == "consortium":
        from desktop.services.exporting.consortium_export import export_consortium

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
