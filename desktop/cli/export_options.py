"""The options of ``helixmatch export``; light, so that defining the command line loads no
document library."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.services.exporting.catalogue import LANGUAGES
from desktop.services.exporting.formats import CONSORTIUM_FORMATS, ORGANISATION_FORMATS


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
