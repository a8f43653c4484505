"""The EU's CORDIS open-data files of Horizon 2020 and Horizon Europe, as published: ``project.csv``
and ``organization.csv`` (semicolon-separated, UTF-8), read into records.

Projects: ``id``, ``acronym``, ``title``, ``startDate``, ``endDate``, ``frameworkProgramme``,
``objective``, ``totalCost``, ... Organisations, one row per participation: ``projectID``,
``organisationID`` (the PIC), ``name``, ``shortName``, ``SME``, ``activityType`` (PRC, HES,
REC, PUB, OTH), ``city``, ``postCode``, ``country`` (CORDIS writes UK and EL), ``organizationURL``,
``role``, ``ecContribution``, ... Other columns are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.models.records import OrganisationRecord, ProjectRecord
from desktop.services.importing import fields
from desktop.services.importing.exchange_table import Row, Table
from desktop.services.importing.organisations_file import KIND_SPELLINGS
from desktop.services.importing.problems import WARNING, ImportRefused, Problem, has_errors
from desktop.services.importing.rows import RowReader
from desktop.services.importing.sheet import read_sheet

PROJECT_COLUMNS = ("id", "acronym", "title", "startdate", "enddate", "frameworkprogramme")
ORGANISATION_COLUMNS = ("projectid", "organisationid", "name", "country", "role")
ROLES = {
    "coordinator": "coordinator",
    "participant": "participant",
    "partner": "partner",
    "associatedpartner": "associated",
    "thirdparty": "third_party",
    "internationalpartner": "partner",
}
EXTERNAL_PREFIX = "cordis:"
DUTCH = "NL"


def is_pic(value: str) -> bool:
    return len(value) == 9 and value.isdigit()


def participant_key(pic: str) -> str:
    """How a participant is known among the records: its PIC, or an own id for anything else."""
    return pic if is_pic(pic) else f"{EXTERNAL_PREFIX}org:{pic}"


def project_key(project_id: str) -> str:
    return EXTERNAL_PREFIX + project_id


@dataclass(frozen=True)
class CordisLink:
    project_id: str  # CORDIS project id
    pic: str
    role: str
    contribution: float | None


@dataclass
class CordisData:
    projects: list[ProjectRecord]
    organisations: list[tuple[int, OrganisationRecord]]  # (first row, record), one per PIC
    links: list[CordisLink]
    warnings: list[Problem]


def _table(path: Path, required: tuple[str, ...]) -> Table:
    sheet = read_sheet(path)
    columns = tuple(header.lower() for header in sheet.headers)
    missing = [
        Problem(sheet.file, "missing_column", row=1, column=name, expected=", ".join(required))
        for name in required
        if name not in columns
    ]
    if missing:
        raise ImportRefused(missing)
    rows = [Row(row.number, dict(zip(columns, row.cells, strict=True))) for row in sheet.rows]
    return Table(sheet.file, columns, rows)


def _year(reader: RowReader, column: str) -> int | None:
    text = reader.text(column)
    if text is None:
        return None
    try:
        return fields.integer(text[:4], 1950, 2100)
    except fields.BadValue:
        reader.report("bad_date", column, text)
        return None


def _projects(table: Table, problems: list[Problem]) -> dict[str, ProjectRecord]:
    projects = {}
    for row in table.rows:
        reader = RowReader(table, row, problems)
        project_id = reader.required("id")
        title = reader.required("title")
        if not project_id or not title:
            continue
        programme = " ".join(
            part
            for part in (reader.text("frameworkprogramme"), reader.text("fundingscheme"))
            if part
        )
        projects[project_id] = ProjectRecord(
            external_id=project_key(project_id),
            title=title,
            acronym=reader.text("acronym"),
            summary=reader.text("objective"),
            programme=programme or None,
            start_year=_year(reader, "startdate"),
            end_year=_year(reader, "enddate"),
            budget=reader.read("totalcost", fields.amount),
        )
    return projects


def _organisation(reader: RowReader, pic: str) -> OrganisationRecord:
    country = reader.read("country", fields.country) or DUTCH
    website = reader.text("organizationurl")
    try:
        website = fields.website(website) if website else None
    except fields.BadValue:
        reader.report("bad_website", "organizationurl", website, severity=WARNING)
        website = None
    postcode = reader.text("postcode")
    if postcode and country == DUTCH:
        try:
            postcode = fields.dutch_postcode(postcode)
        except fields.BadValue:
            postcode = None
    activity = reader.text("activitytype")
    return OrganisationRecord(
        name=reader.required("name") or "",
        kind=KIND_SPELLINGS.get((activity or "").lower(), "company"),
        type="other",
        short_name=reader.text("shortname"),
        country=country,
        city=reader.text("city"),
        postcode=postcode,
        pic=pic if is_pic(pic) else None,
        external_id=None if is_pic(pic) else participant_key(pic),
        website=website,
        is_sme=reader.read("sme", fields.boolean),
    )


def read_cordis(
    projects_path: Path, organisations_path: Path, *, dutch_partners_only: bool = False
) -> CordisData:
    """Both files, checked; ``dutch_partners_only`` keeps the projects with a Dutch participant
    (and all their participants, Dutch or not)."""
    problems: list[Problem] = []
    project_table = _table(projects_path, PROJECT_COLUMNS)
    organisation_table = _table(organisations_path, ORGANISATION_COLUMNS)
    projects = _projects(project_table, problems)
    organisations: dict[str, tuple[int, OrganisationRecord]] = {}
    links: list[CordisLink] = []
    for row in organisation_table.rows:
        reader = RowReader(organisation_table, row, problems)
        project_id, pic = reader.required("projectid"), reader.required("organisationid")
        role = reader.read("role", fields.choice, ROLES) or "participant"
        contribution = reader.read("eccontribution", fields.amount)
        if not project_id or not pic:
            continue
        if project_id not in projects:
            reader.report("unknown_project", "projectID", project_id)
            continue
        if pic not in organisations:
            organisations[pic] = (row.number, _organisation(reader, pic))
        links.append(CordisLink(project_id, pic, role, contribution))
    if has_errors(problems):
        raise ImportRefused(problems)
    if dutch_partners_only:
        dutch = {link.project_id for link in links if organisations[link.pic][1].country == DUTCH}
        links = [link for link in links if link.project_id in dutch]
        projects = {key: value for key, value in projects.items() if key in dutch}
        used = {link.pic for link in links}
        organisations = {pic: value for pic, value in organisations.items() if pic in used}
    return CordisData(list(projects.values()), list(organisations.values()), links, problems)
