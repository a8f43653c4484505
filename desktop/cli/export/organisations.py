"""``helixmatch export organisations``: the organisations list, filtered, to a file. The workbook
library is imported by ``run`` only, so that defining the command line stays light."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.export.file_format import file_format
from desktop.models.database import Database
from desktop.models.queries.organisations.filter import OrganisationFilter
from desktop.models.queries.reference import load_code_lookup
from desktop.services.exporting.formats import ORGANISATION_FORMATS
from desktop.services.user_error import UserError
from desktop.services.words.counts import counted


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=ORGANISATION_FORMATS)
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    parser.add_argument("--text", default="", help="name or short name contains TEXT")
    parser.add_argument("--kind", help="helix kind: company, knowledge, government, society")
    parser.add_argument("--type", help="organisation type, e.g. sme, university, to2")
    parser.add_argument("--province", help="province name or code, e.g. Utrecht, NL-UT")
    parser.add_argument("--topsector", help="topsector code or name")
    parser.add_argument("--technology", help="key technology code or name")
    parser.add_argument("--mission", help="mission code, e.g. ET-A")
    sme = parser.add_mutually_exclusive_group()
    sme.add_argument("--sme", dest="sme", action="store_const", const=True, help="SMEs only")
    sme.add_argument("--no-sme", dest="sme", action="store_const", const=False, help="no SMEs")
    demo = parser.add_mutually_exclusive_group()
    demo.add_argument("--demo-only", dest="demo", action="store_const", const=True)
    demo.add_argument("--no-demo", dest="demo", action="store_const", const=False)


def _filter(database: Database, options: argparse.Namespace) -> OrganisationFilter:
    from desktop.services.importing.fields import BadValue, choice
    from desktop.services.importing.organisations_file import KIND_SPELLINGS, TYPE_SPELLINGS

    with database.transaction() as session:
        vocabulary = load_code_lookup(session)
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


def run(database: Database, options: argparse.Namespace) -> None:
    from desktop.services.exporting.organisations import export_organisations

    chosen = file_format(options.format, options.output, ORGANISATION_FORMATS)
    count = export_organisations(database, chosen, options.output, _filter(database, options))
    print(f"{counted(count, 'organisation')} written to {options.output} ({chosen})")
