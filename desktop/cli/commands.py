"""The command-line sub-commands other than ``gui``. No Qt here."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from desktop.cli.database import WITHOUT_OPENING, report_opening, run_backup, run_copy
from desktop.cli.dedupe import run_dedupe
from desktop.cli.importing import (
    print_stored,
    run_import_cordis,
    run_import_list,
    run_import_organisations,
    run_import_undo,
)
from desktop.cli.ror import run_import_ror
from desktop.models.database import Database
from desktop.models.queries.stats import statistics
from desktop.services.counts import counted
from desktop.services.importing.importer import ImportReport, import_projects
from desktop.services.importing.problems import ImportRefused, describe_problem
from desktop.services.lifecycle.backups import before_import
from desktop.services.lifecycle.builtin_data import (
    DemoDataInUse,
    load_demo_data,
    load_reference_organisations,
    load_vocabulary_tables,
    remove_demo_data,
)
from desktop.services.lifecycle.opening import open_database
from desktop.services.organisations.name_search import search_organisations
from desktop.services.synthetic import generate
from desktop.services.user_error import UserError

MAX_PROBLEMS_SHOWN = 50
REFERENCE_LABELS = {
    "provinces": "provinces",
    "municipalities": "municipalities",
    "corop_regions": "COROP regions",
    "clusters": "clusters",
    "topsectors": "topsectors",
    "tkis": "TKIs",
    "themes": "themes",
    "missions": "missions",
    "key_technologies": "key technologies",
    "instruments": "instruments",
}


def _say(text: str) -> None:
    print(text)


def _report(report: ImportReport) -> None:
    for what, counts in report.counts.items():
        parts = ", ".join(
            f"{counts[outcome]} {outcome}" for outcome in ("created", "updated", "unchanged")
        )
        _say(f"{what}: {parts}")


def _init(database: Database, options: argparse.Namespace, created: bool) -> None:
    """A new database was filled when it was opened; an existing one gets new reference data."""
    if not created:
        with database.transaction() as session:
            load_vocabulary_tables(session)
            if not options.empty:
                _report(load_reference_organisations(session))
    with database.transaction() as session:
        numbers = statistics(session)
    state = "created" if created else "up to date"
    counts = f"{numbers.organisations} organisations, {numbers.projects} projects"
    _say(f"{database.location}: {state}, {counts}")


def _stats(database: Database, options: argparse.Namespace) -> None:
    with database.transaction() as session:
        numbers = statistics(session)
    if options.format == "json":
        _say(json.dumps(asdict(numbers), indent=2, ensure_ascii=False))
        return
    _say(f"organisations: {numbers.organisations}")
    for title, table in (
        ("per helix kind", numbers.by_kind),
        ("per type", numbers.by_type),
        ("per province", numbers.by_province),
        ("per origin", numbers.by_origin),
    ):
        _say(f"{title}:")
        for key, count in table.items():
            _say(f"  {key or '(none)':<24}{count:>8}")
    _say(f"projects: {numbers.projects}")
    _say(f"participations: {numbers.participations}")
    _say("reference data:")
    for key, count in numbers.reference.items():
        _say(f"  {REFERENCE_LABELS[key]:<24}{count:>8}")


def _search(database: Database, options: argparse.Namespace) -> None:
    if options.limit < 1:
        raise UserError("--limit must be at least 1")
    with database.transaction() as session:
        found = search_organisations(session, options.text, options.limit)
    if options.format == "json":
        rows = [
            {
                **asdict(f.organisation),
                "score": f.hit.score,
                "matched": f.hit.matched,
                "matched_field": f.hit.field,
                "match": f.hit.how.name.lower(),
            }
            for f in found
        ]
        _say(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not found:
        _say(f"no organisation matches '{options.text}'")
    for f in found:
        org, hit = f.organisation, f.hit
        place = org.city or org.province_code or ""
        how = hit.how.name.lower() + ("" if hit.field == "name" else f", {hit.field} {hit.matched}")
        _say(f"{hit.score:5.1f}  {org.id:>7}  {org.name}  [{org.type}]  {place}  ({how})")


_IMPORT_COMMANDS = {
    "cordis": run_import_cordis,
    "list": run_import_list,
    "undo": run_import_undo,
    "ror": run_import_ror,
}


def _import(database: Database, options: argparse.Namespace) -> None:
    for path in (getattr(options, "file", None), getattr(options, "participations", None)):
        if path is not None and not path.is_file():
            raise UserError(f"{path}: file not found")
    before_import(database.url)
    if options.what == "share":
        # Imported here: the share file's schema (pydantic) loads only for this command.
        from desktop.cli.share import run_import_share

        run_import_share(database, options)
        return
    if options.what == "organisations":
        run_import_organisations(database, options)
        return
    if options.what in _IMPORT_COMMANDS:
        _IMPORT_COMMANDS[options.what](database, options)
        return
    report = import_projects(
        database, options.file, options.participations, dry_run=options.dry_run
    )
    _report(report)
    print_stored(options.dry_run, report.batch_id)


def _generate(database: Database, options: argparse.Namespace) -> None:
    if options.organisations < 1:
        raise UserError("--organisations must be at least 1")
    if options.projects is not None and options.projects < 0:
        raise UserError("--projects must not be negative")
    result = generate(database, options.organisations, options.projects, options.seed)
    _say(
        f"added {result.organisations} synthetic organisations, {result.projects} projects, "
        f"{result.participations} participations"
    )


def _demo(database: Database, options: argparse.Namespace) -> None:
    with database.transaction() as session:
        if options.action == "add":
            _report(load_demo_data(session))
            return
        try:
            organisations, projects = remove_demo_data(session)
        except DemoDataInUse as in_use:
            raise UserError(
                "demonstration organisations hold "
                f"{counted(in_use.count, 'consortium membership')}; remove those members first"
            ) from None
    _say(
        f"removed {counted(organisations, 'demonstration organisation')} "
        f"and {counted(projects, 'project')}"
    )


def _suggest(database: Database, options: argparse.Namespace) -> int:
    # Imported here: the matching engine (NumPy, SciPy) is loaded only by the command that uses it.
    from desktop.cli.suggest import run_suggest

    return run_suggest(database, options)


def _export(database: Database, options: argparse.Namespace) -> None:
    # Imported here: the document libraries load only for the command that writes documents.
    from desktop.cli.export import run_export

    run_export(database, options)


_COMMANDS = {
    "suggest": _suggest,
    "stats": _stats,
    "search": _search,
    "import": _import,
    "generate": _generate,
    "demo": _demo,
    "backup": run_backup,
    "copy": run_copy,
    "dedupe": run_dedupe,
    "export": _export,
}


def run(command: str, options: argparse.Namespace, url: str, *, create: bool) -> int:
    if command in WITHOUT_OPENING:
        return WITHOUT_OPENING[command](url, options)
    opened = open_database(
        url, create=create, with_organisations=not getattr(options, "empty", False)
    )
    report_opening(opened)
    try:
        if command == "init":
            _init(opened.database, options, opened.created)
            return 0
        return _COMMANDS[command](opened.database, options) or 0
    except ImportRefused as refused:
        for problem in refused.problems[:MAX_PROBLEMS_SHOWN]:
            print(describe_problem(problem), file=sys.stderr)
        hidden = len(refused.problems) - MAX_PROBLEMS_SHOWN
        if hidden > 0:
            print(f"... and {hidden} more", file=sys.stderr)
        raise UserError("nothing was imported") from None
    finally:
        opened.database.close()
