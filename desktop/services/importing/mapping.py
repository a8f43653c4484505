"""Which column of a user's sheet holds which field: suggested from Dutch and English headers,
overridden by a mapping file, with default values for what is missing.

A mapping file is JSON (the wizard saves and loads the same files)::

    {"columns": {"Bedrijfsnaam": "name", "Interne code": null},
     "defaults": {"country": "NL", "type": "sme"}}

``null`` leaves a column out. Columns the file does not name keep their suggestion. A default
is given for a field, or for a column header (then for the field that column maps to).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.exporting.atomic import write_atomically
from desktop.services.importing.exchange_table import Row, Table
from desktop.services.importing.problems import WARNING, ImportRefused, Problem, has_errors
from desktop.services.importing.sheet import Sheet
from matching.text import fold

# Header spellings per organisation field, Dutch and English; compared folded and without spaces.
ORGANISATION_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "naam", "bedrijfsnaam", "naam organisatie", "organisatienaam", "organisatie",
        "naam bedrijf", "handelsnaam", "statutaire naam", "instelling", "naam instelling",
        "relatie", "relatienaam", "organisation", "organization", "organisation name",
        "organization name", "company", "company name", "legal name", "business name",
    ),
    "external_id": (
        "id", "eigen id", "relatienummer", "klantnummer", "referentie", "crm id",
        "reference", "own id", "record id",
    ),
    "short_name": ("korte naam", "afkorting", "acroniem", "short name", "abbreviation", "acronym"),
    "aliases": ("alias", "aliassen", "andere namen", "ook bekend als", "also known as", "aka"),
    "kind": ("helix", "helixsoort", "helix kind", "helix type", "soort helix"),
    "type": (
        "soort", "soort organisatie", "organisatietype", "type organisatie", "categorie",
        "organisation type", "organization type", "category",
    ),
    "country": ("land", "landcode", "country code"),
    "city": (
        "plaats", "vestigingsplaats", "plaatsnaam", "woonplaats", "stad", "vestiging",
        "town", "place",
    ),
    "municipality": ("gemeente", "gemeentecode"),
    "postcode": ("postcode vestiging", "postal code", "zip", "zip code", "post code"),
    "province": ("provincie",),
    "kvk": (
        "kvk nummer", "kvk nr", "kvknummer", "kamer van koophandel", "kvk number",
        "handelsregisternummer", "chamber of commerce", "coc", "coc number",
    ),
    "pic": ("pic code", "pic nummer", "pic number", "participant identification code"),
    "website": (
        "webadres", "internetadres", "url", "homepage", "web", "site", "internet",
        "web address",
    ),
    "description": (
        "omschrijving", "beschrijving", "toelichting", "profiel", "activiteiten",
        "bedrijfsomschrijving", "about", "profile", "activities",
    ),
    "keywords": ("trefwoorden", "zoekwoorden", "kernwoorden", "tags", "expertise"),
    "topsectors": ("topsector", "topsectoren", "sector", "sectoren", "sectors"),
    "technologies": (
        "technologie", "technologieen", "sleuteltechnologie", "sleuteltechnologieen",
        "technology", "key technologies",
    ),
    "missions": ("missie", "missies", "mission"),
    "employees": (
        "medewerkers", "aantal medewerkers", "werknemers", "aantal werknemers", "personeel",
        "number of employees", "staff", "headcount",
    ),
    "sme": ("mkb", "is mkb", "mkb bedrijf", "mkb er", "is sme"),
}  # fmt: skip


def _key(header: str) -> str:
    return fold(header).replace(" ", "")


@dataclass(frozen=True)
class ColumnMapping:
    """Header -> field (``None``: not imported), and field -> default for empty cells."""

    columns: dict[str, str | None] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)


def suggest_columns(
    headers: tuple[str, ...], headers_by_field: Mapping[str, tuple[str, ...]]
) -> dict[str, str | None]:
    """Each header's field, by its name or a known spelling; a field goes to its first column."""
    spellings = {_key(name): name for name in headers_by_field}
    for name, spelled in headers_by_field.items():
        spellings.update({_key(spelling): name for spelling in spelled})
    suggested: dict[str, str | None] = {}
    taken: set[str] = set()
    for header in headers:
        guess = spellings.get(_key(header))
        suggested[header] = guess if guess not in taken else None
        if guess:
            taken.add(guess)
    return suggested


def read_mapping_file(path: Path) -> ColumnMapping:
    """A mapping file, or ``ImportRefused`` saying what is wrong with it."""

    def refuse(reason: str) -> ImportRefused:
        return ImportRefused([Problem(path.name, "bad_mapping", value=reason)])

    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise refuse(error.strerror or str(error)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise refuse(f"not JSON ({error})") from None
    if not isinstance(data, dict) or set(data) - {"columns", "defaults"}:
        raise refuse('expected an object with "columns" and "defaults"')
    columns, defaults = data.get("columns", {}), data.get("defaults", {})
    if not isinstance(columns, dict) or not all(
        isinstance(v, str | None) for v in columns.values()
    ):
        raise refuse('"columns" must map column headers to field names or null')
    if not isinstance(defaults, dict) or not all(isinstance(v, str) for v in defaults.values()):
        raise refuse('"defaults" must map field names to text values')
    return ColumnMapping(columns, defaults)


def write_mapping_file(path: Path, mapping: ColumnMapping) -> None:
    """Write a mapping as ``read_mapping_file`` reads it (replacing the file whole), or raise
    ``UserError`` saying why it cannot be written."""
    content = {"columns": mapping.columns, "defaults": mapping.defaults}
    text = json.dumps(content, ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))


def resolve_mapping(
    file: str,
    headers: tuple[str, ...],
    mapping: ColumnMapping,
    fields: tuple[str, ...],
    required: tuple[str, ...],
    headers_by_field: Mapping[str, tuple[str, ...]],
) -> tuple[dict[str, str | None], dict[str, str], list[Problem]]:
    """What a mapping means for a sheet with these headers: each header's field (the mapping's
    choice, else the suggestion), the defaults by field, and every error and warning.

    Errors make the mapping unusable for this sheet: a column the sheet lacks, an unknown field,
    a field chosen twice, a default for neither a field nor a column, a required field without
    a column or default."""
    listed = ", ".join(fields)
    chosen = suggest_columns(headers, headers_by_field)
    by_key = {_key(header): header for header in headers}
    problems: list[Problem] = []
    for header, target in mapping.columns.items():
        if _key(header) not in by_key:
            problems.append(Problem(file, "unknown_mapped_column", row=1, column=header))
        else:
            chosen[by_key[_key(header)]] = target
    first_column: dict[str, str] = {}
    for header, target in chosen.items():
        if target is None:
            problems.append(
                Problem(file, "ignored_column", 1, header, expected=listed, severity=WARNING)
            )
        elif target not in fields:
            problems.append(Problem(file, "unknown_field", 1, header, target, listed))
        elif target in first_column:
            problems.append(
                Problem(file, "field_mapped_twice", 1, header, target, first_column[target])
            )
        else:
            first_column[target] = header
    defaults: dict[str, str] = {}
    for name, value in mapping.defaults.items():
        header = by_key.get(_key(name))
        target = name if name in fields else chosen.get(header) if header else None
        if target in fields:
            defaults[target] = value
        else:
            problems.append(Problem(file, "unknown_default", value=name, expected=listed))
    problems += [
        Problem(file, "missing_field", row=1, column=name, expected=", ".join(headers))
        for name in required
        if name not in first_column and name not in defaults
    ]
    return chosen, defaults, problems


def mapped_table(
    sheet: Sheet,
    mapping: ColumnMapping,
    required: tuple[str, ...],
    optional: tuple[str, ...],
    headers_by_field: Mapping[str, tuple[str, ...]],
) -> tuple[Table, dict[str, str | None], list[Problem]]:
    """The sheet's rows by field, the mapping used (header -> field) and its warnings.

    A mapping that is unusable for the sheet (``resolve_mapping``) refuses the file with every
    problem listed.
    """
    chosen, defaults, problems = resolve_mapping(
        sheet.file, sheet.headers, mapping, required + optional, required, headers_by_field
    )
    if has_errors(problems):
        raise ImportRefused(problems)
    first_column = {target: header for header, target in chosen.items() if target}
    positions = {name: sheet.headers.index(header) for name, header in first_column.items()}
    columns = tuple(dict.fromkeys([*positions, *defaults]))
    rows = []
    for row in sheet.rows:
        values = {name: row.cells[position] for name, position in positions.items()}
        for name, default in defaults.items():
            if not values.get(name):
                values[name] = default
        numbers = (
            frozenset(name for name, position in positions.items() if position in row.numbers)
            if row.numbers
            else frozenset()
        )
        rows.append(Row(row.number, values, numbers))
    return Table(sheet.file, columns, rows, first_column), chosen, problems
