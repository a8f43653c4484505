"""The share file: a consortium and its organisations, for another HelixMatch to import.

A share file is a ZIP archive holding one JSON document, ``helixmatch-share.json``. Reading it
trusts nothing in it: only that one entry is read, by its fixed name, and never extracted (no
path from the archive is used); its size is capped while reading, so a ZIP bomb cannot fill the
memory; the JSON is only data (no code runs) and is validated as a whole against the schema
below, and any problem is reported with where in the document it is.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from desktop.services.user_error import UserError
from matching import codes
from matching.codes import ConsortiumStatus, MemberRole
from matching.kinds import HelixKind, OrganisationType

FORMAT = "helixmatch.share"
SCHEMA_VERSION = 3  # 2: organisations say their origin (demonstration data travels as such)
# 3: members carry the reasons they were suggested for, as codes with values
ENTRY = "helixmatch-share.json"
MAX_BYTES = 16 * 1024 * 1024  # far above any real consortium
MAX_ITEMS = 1000

Text = Annotated[str, Field(max_length=300)]
LongText = Annotated[str, Field(max_length=100_000)]
Code = Annotated[str, Field(min_length=1, max_length=64)]
Amount = Annotated[float, Field(ge=0, allow_inf_nan=False)]
Kind = Literal[tuple(k.value for k in HelixKind)]  # type: ignore[valid-type]
Type = Literal[tuple(t.value for t in OrganisationType)]  # type: ignore[valid-type]
Role = Literal[tuple(r.value for r in MemberRole)]  # type: ignore[valid-type]
Status = Literal[tuple(s.value for s in ConsortiumStatus)]  # type: ignore[valid-type]
Origin = Literal[tuple(o.value for o in codes.Origin)]  # type: ignore[valid-type]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class SharedContact(_Strict):
    name: Annotated[str, Field(min_length=1, max_length=200)]
    function: Annotated[str, Field(max_length=200)] | None = None
    email: Annotated[str, Field(max_length=200)] | None = None
    phone: Annotated[str, Field(max_length=50)] | None = None


class SharedOrganisation(_Strict):
    ref: Annotated[str, Field(min_length=1, max_length=40)]
    name: Annotated[str, Field(min_length=1, max_length=300)]
    kind: Kind
    type: Type
    external_id: Annotated[str, Field(max_length=100)] | None = None
    short_name: Annotated[str, Field(max_length=100)] | None = None
    aliases: Annotated[list[Text], Field(max_length=100)] = []
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] = "NL"
    city: Annotated[str, Field(max_length=100)] | None = None
    municipality_code: Code | None = None
    postcode: Annotated[str, Field(max_length=16)] | None = None
    province_code: Code | None = None
    kvk: Annotated[str, Field(pattern=r"^[0-9]{8}$")] | None = None
    pic: Annotated[str, Field(pattern=r"^[0-9]{9}$")] | None = None
    website: Text | None = None
    description: LongText = ""
    keywords: Annotated[list[Text], Field(max_length=200)] = []
    topsectors: Annotated[list[Code], Field(max_length=50)] = []
    technologies: Annotated[list[Code], Field(max_length=50)] = []
    missions: Annotated[list[Code], Field(max_length=50)] = []
    employees: Annotated[int, Field(ge=0, le=10_000_000)] | None = None
    is_sme: bool | None = None
    origin: Origin | None = None  # in the sending database; "demo": fictional, for demonstrations


class SharedReason(_Strict):
    """Why a member was suggested, as the matching says it; a partner it names is a ref."""

    code: Code
    values: Annotated[dict[Code, int | float | Text | list[Text] | None], Field(max_length=20)] = {}


def partners_renamed(
    reasons: Iterable[tuple[str, Mapping[str, Any]]], names: Mapping[Any, Any]
) -> list[tuple[str, dict[str, Any]]]:
    """Reasons (code, values) with the partner a reason names as ``names`` has it (an id as its
    ref in the file, a ref as its id in the database); one naming an unknown partner is left
    out."""
    renamed = []
    for code, values in reasons:
        values = dict(values)
        if "partner" in values:
            if values["partner"] not in names:
                continue
            values["partner"] = names[values["partner"]]
        renamed.append((code, values))
    return renamed


class SharedMember(_Strict):
    organisation: Annotated[str, Field(min_length=1, max_length=40)]  # an organisation's ref
    role: Role = "partner"
    budget_cash: Amount = 0.0
    budget_in_kind: Amount = 0.0
    rationale: LongText = ""  # as the user typed it (before schema 3: the reasons in words too)
    contact: SharedContact | None = None
    reasons: Annotated[list[SharedReason], Field(max_length=100)] = []


class SharedConsortium(_Strict):
    title: Annotated[str, Field(min_length=1, max_length=300)]
    acronym: Annotated[str, Field(max_length=50)] | None = None
    description: LongText = ""
    status: Status = "draft"
    version: Annotated[int, Field(ge=1)] = 1
    mission_code: Code | None = None
    instrument_code: Code | None = None


class ShareDocument(_Strict):
    format: Literal["helixmatch.share"]
    schema_version: Literal[1, 2, 3]
    made_on: date
    with_contacts: bool = False
    consortium: SharedConsortium
    organisations: Annotated[list[SharedOrganisation], Field(min_length=1, max_length=MAX_ITEMS)]
    members: Annotated[list[SharedMember], Field(min_length=1, max_length=MAX_ITEMS)]

    @model_validator(mode="after")
    def _references_hold(self) -> ShareDocument:
        refs = [o.ref for o in self.organisations]
        if len(set(refs)) != len(refs):
            raise ValueError("two organisations have the same ref")
        members = [m.organisation for m in self.members]
        unknown = sorted(set(members) - set(refs))
        if unknown:
            raise ValueError(f"members refer to unknown organisations: {', '.join(unknown)}")
        if len(set(members)) != len(members):
            raise ValueError("an organisation is a member twice")
        if sum(1 for m in self.members if m.role == "lead") > 1:
            raise ValueError("more than one member is the lead")
        return self


def write_share_document(document: ShareDocument, path: Path) -> None:
    text = document.model_dump_json(indent=2)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(ENTRY, text)


def _where(location: tuple) -> str:
    parts = []
    for part in location:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        else:
            parts.append(("." if parts else "") + str(part))
    return "".join(parts) or "the document"


def _entry_bytes(path: Path) -> bytes:
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                info = archive.getinfo(ENTRY)
            except KeyError:
                raise UserError(f"{path}: not a HelixMatch share file (no {ENTRY})") from None
            if info.file_size > MAX_BYTES:
                raise UserError(f"{path}: the share file is too large to be one consortium")
            with archive.open(info) as entry:
                data = entry.read(MAX_BYTES + 1)
    except zipfile.BadZipFile:
        raise UserError(f"{path}: not a HelixMatch share file (not a ZIP archive)") from None
    except (RuntimeError, NotImplementedError, zipfile.LargeZipFile) as error:
        raise UserError(f"{path}: the share file cannot be read ({error})") from None
    except OSError as error:
        raise UserError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise UserError(f"{path}: the share file is too large to be one consortium")
    return data


def read_share_document(path: Path) -> ShareDocument:
    """The validated document of a share file; a UserError saying what and where otherwise."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: file not found")
    data = _entry_bytes(path)
    try:
        raw = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise UserError(f"{path}: {ENTRY} is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise UserError(
            f"{path}: {ENTRY} is not valid JSON (line {error.lineno}, column {error.colno}: "
            f"{error.msg})"
        ) from None
    except RecursionError:
        raise UserError(f"{path}: {ENTRY} is nested too deeply") from None
    if isinstance(raw, dict) and raw.get("format") == FORMAT:
        version = raw.get("schema_version")
        if isinstance(version, int) and version > SCHEMA_VERSION:
            raise UserError(
                f"{path}: made by a newer HelixMatch (share schema {version}); update HelixMatch"
            )
    try:
        return ShareDocument.model_validate(raw)
    except ValidationError as error:
        problems = [f"{_where(e['loc'])}: {e['msg']}" for e in error.errors()[:10]]
        more = len(error.errors()) - len(problems)
        if more > 0:
            problems.append(f"and {more} more")
        raise UserError(f"{path}: not a valid share file: {'; '.join(problems)}") from None
