"""Reading a ROR data dump as ROR publishes it: the JSON of schema v2 or v1, the CSV of schema
v2, or the release's zip file holding them. Only what HelixMatch uses is kept."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.user_error import UserError

ROR_URL = "https://ror.org/"
_SHORT_ID = re.compile(r"^0[a-z0-9]{6}[0-9]{2}$")
CSV_COLUMNS = (
    "id", "names.types.ror_display", "status", "types",
    "locations.geonames_details.country_code", "locations.geonames_details.name",
)  # fmt: skip


class RorFileError(UserError):
    """A file that is not a ROR data dump, or a broken one: nothing was changed."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}; nothing was imported")


@dataclass(frozen=True)
class RorName:
    value: str
    lang: str | None = None


@dataclass
class RorRecord:
    """One organisation of the registry, the same whatever the file's format."""

    ror_id: str  # the short id, e.g. 05mf3wf75
    name: str  # the display name
    status: str
    types: list[str]
    country_code: str | None
    city: str | None
    acronyms: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    labels: list[RorName] = field(default_factory=list)
    name_lang: str | None = None  # the display name's language, where given
    website: str | None = None
    relationships: list[tuple[str, str]] = field(default_factory=list)  # (type, short id)


def short_ror_id(text: str) -> str | None:
    """``05mf3wf75`` from ``https://ror.org/05mf3wf75`` or itself; None if it is no ROR id."""
    value = text.strip().removeprefix(ROR_URL).removeprefix("ror.org/").lower()
    return value if _SHORT_ID.match(value) else None


def read_ror_file(path: Path) -> list[RorRecord]:
    """Every record of the dump, whatever its country and status."""
    try:
        if zipfile.is_zipfile(path):
            return _read_zip(path)
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise RorFileError(path, f"cannot be read ({error})") from None
    if text.lstrip().startswith(("[", "{")):
        return _from_json(path, text)
    return _from_csv(path, text)


def _read_zip(path: Path) -> list[RorRecord]:
    """A release zip: its schema v2 JSON, else its JSON, else its CSV."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        ranked = sorted(
            (n for n in names if n.endswith((".json", ".csv"))),
            key=lambda n: ("schema_v2" not in n, not n.endswith(".json")),
        )
        if not ranked:
            raise RorFileError(path, "the zip file holds no ROR JSON or CSV file")
        text = archive.read(ranked[0]).decode("utf-8-sig")
    return _from_json(path, text) if ranked[0].endswith(".json") else _from_csv(path, text)


def _from_json(path: Path, text: str) -> list[RorRecord]:
    try:
        entries = json.loads(text)
    except json.JSONDecodeError as error:
        raise RorFileError(path, f"is not valid JSON (line {error.lineno}: {error.msg})") from None
    if not isinstance(entries, list):
        raise RorFileError(path, "is not a ROR data dump (expected a JSON list of records)")
    records = []
    for number, entry in enumerate(entries, start=1):
        try:
            records.append(_from_v2(entry) if "names" in entry else _from_v1(entry))
        except (
            KeyError,
            TypeError,
            IndexError,
            AttributeError,
            ValueError,
            StopIteration,
        ) as error:
            raise RorFileError(
                path, f"record {number} is not a ROR record of schema v1 or v2 ({error!r})"
            ) from None
    return records


def _checked_id(value: str) -> str:
    short = short_ror_id(value)
    if short is None:
        raise ValueError(f"not a ROR id: {value}")
    return short


def _from_v2(entry: dict) -> RorRecord:
    names = entry["names"]
    display = next(n for n in names if "ror_display" in n["types"])
    location = (entry.get("locations") or [{}])[0].get("geonames_details") or {}
    return RorRecord(
        ror_id=_checked_id(entry["id"]),
        name=display["value"],
        name_lang=display.get("lang"),
        status=entry["status"],
        types=[t.lower() for t in entry["types"]],
        country_code=location.get("country_code"),
        city=location.get("name"),
        acronyms=[n["value"] for n in names if "acronym" in n["types"]],
        aliases=[n["value"] for n in names if "alias" in n["types"]],
        labels=[RorName(n["value"], n.get("lang")) for n in names if "label" in n["types"]],
        website=next(
            (link["value"] for link in entry.get("links") or [] if link.get("type") == "website"),
            None,
        ),  # noqa: E501
        relationships=[
            (r["type"].lower(), _checked_id(r["id"])) for r in entry.get("relationships") or []
        ],  # noqa: E501
    )


def _from_v1(entry: dict) -> RorRecord:
    addresses = entry.get("addresses") or [{}]
    return RorRecord(
        ror_id=_checked_id(entry["id"]),
        name=entry["name"],
        status=entry["status"],
        types=[t.lower() for t in entry["types"]],
        country_code=(entry.get("country") or {}).get("country_code"),
        city=addresses[0].get("city"),
        acronyms=list(entry.get("acronyms") or []),
        aliases=list(entry.get("aliases") or []),
        labels=[
            RorName(label["label"], label.get("iso639")) for label in entry.get("labels") or []
        ],  # noqa: E501
        website=next(iter(entry.get("links") or []), None),
        relationships=[
            (r["type"].lower(), _checked_id(r["id"])) for r in entry.get("relationships") or []
        ],  # noqa: E501
    )


def _from_csv(path: Path, text: str) -> list[RorRecord]:
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise RorFileError(
            path, f"is not a ROR data dump of schema v2 (missing column {', '.join(missing)})"
        )
    records = []
    try:
        for row in reader:
            records.append(_from_csv_row(row))
    except (ValueError, csv.Error, AttributeError) as error:
        raise RorFileError(path, f"line {reader.line_num}: {error}") from None
    return records


def _by_language(cell: str | None) -> Iterator[RorName]:
    """``nl: Naam A, Naam B; en: Name`` -> the names with their language (``no_lang_code``: none).

    The dump joins the names of one language with ", ", so a name that holds ", " itself cannot
    be told from two names; such cells are split as the dump's format says."""
    for part in (cell or "").split("; "):
        lang, _, names = part.partition(": ")
        if not names:
            continue
        for value in names.split(", "):
            if value.strip():
                yield RorName(value.strip(), None if lang == "no_lang_code" else lang)


def _from_csv_row(row: dict[str, str]) -> RorRecord:
    relationships = [
        (kind.lower(), _checked_id(target))
        for part in (row.get("relationships") or "").split("; ")
        if part
        for kind, _, targets in [part.partition(": ")]
        for target in targets.split(", ")
    ]
    if not row["names.types.ror_display"]:
        raise ValueError("a record without a name")
    lang = row.get("ror_display_lang")
    return RorRecord(
        ror_id=_checked_id(row["id"]),
        name=row["names.types.ror_display"],
        name_lang=None if lang in (None, "", "no_lang_code") else lang,
        status=row["status"],
        types=[t.strip().lower() for t in row["types"].split(";") if t.strip()],
        country_code=row["locations.geonames_details.country_code"] or None,
        city=row["locations.geonames_details.name"] or None,
        acronyms=[n.value for n in _by_language(row.get("names.types.acronym"))],
        aliases=[n.value for n in _by_language(row.get("names.types.alias"))],
        labels=list(_by_language(row.get("names.types.label"))),
        website=(row.get("links.type.website") or "").split(";")[0] or None,
        relationships=relationships,
    )
