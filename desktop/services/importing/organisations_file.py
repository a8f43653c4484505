"""The organisations file of the exchange format."""

from __future__ import annotations

import re
from enum import StrEnum

from desktop.models.records import OrganisationRecord
from desktop.services.importing import fields
from desktop.services.importing.exchange_table import Table
from desktop.services.importing.problems import WARNING, ImportRefused, Problem, has_errors
from desktop.services.importing.rows import RowReader, check_unique
from desktop.services.reference.town_places import Places
from matching.kinds import DEFAULT_KIND, EU_ACTIVITY_KIND, HelixKind, OrganisationType
from matching.text import fold


class OrganisationField(StrEnum):
    """The fields of the organisations file: the required name first, then the optional ones."""

    NAME = "name"
    EXTERNAL_ID = "external_id"
    SHORT_NAME = "short_name"
    ALIASES = "aliases"
    KIND = "kind"
    TYPE = "type"
    COUNTRY = "country"
    CITY = "city"
    MUNICIPALITY = "municipality"
    POSTCODE = "postcode"
    PROVINCE = "province"
    KVK = "kvk"
    PIC = "pic"
    WEBSITE = "website"
    DESCRIPTION = "description"
    KEYWORDS = "keywords"
    TOPSECTORS = "topsectors"
    TECHNOLOGIES = "technologies"
    MISSIONS = "missions"
    EMPLOYEES = "employees"
    SME = "sme"
    ROR = "ror"


REQUIRED = (OrganisationField.NAME.value,)
OPTIONAL = tuple(field.value for field in OrganisationField if field.value not in REQUIRED)

KIND_SPELLINGS = {fold(kind.value): kind.value for kind in HelixKind} | {
    fold(code): kind.value for code, kind in EU_ACTIVITY_KIND.items()
}
TYPE_SPELLINGS = {fold(t.value): t.value for t in OrganisationType} | {
    fold(dutch): code.value
    for dutch, code in {
        "scale-up": OrganisationType.SCALEUP,
        "mkb": OrganisationType.SME,
        "grootbedrijf": OrganisationType.LARGE_COMPANY,
        "large company": OrganisationType.LARGE_COMPANY,
        "universiteit": OrganisationType.UNIVERSITY,
        "university of applied sciences": OrganisationType.HOGESCHOOL,
        "to2-instituut": OrganisationType.TO2,
        "onderzoeksinstituut": OrganisationType.RESEARCH_INSTITUTE,
        "research institute": OrganisationType.RESEARCH_INSTITUTE,
        "ministerie": OrganisationType.MINISTRY,
        "provincie": OrganisationType.PROVINCE,
        "gemeente": OrganisationType.MUNICIPALITY,
        "waterschap": OrganisationType.WATER_BOARD,
        "water board": OrganisationType.WATER_BOARD,
        "stichting": OrganisationType.FOUNDATION,
        "cooperatie": OrganisationType.COOPERATIVE,
        "brancheorganisatie": OrganisationType.BRANCH_ASSOCIATION,
        "branch association": OrganisationType.BRANCH_ASSOCIATION,
        "financier": OrganisationType.FUNDER,
        "state body": OrganisationType.STATE_BODY,
        "overheidsorgaan": OrganisationType.STATE_BODY,
        "overig": OrganisationType.OTHER,
    }.items()
}
MAX_EMPLOYEES = 10_000_000
SME_EMPLOYEE_LIMIT = 250  # the EU definition of an SME: fewer than 250 employees
SME_BY_TYPE = {OrganisationType.SME.value: True, OrganisationType.LARGE_COMPANY.value: False}


def _kind_and_type(reader: RowReader) -> tuple[str, str]:
    """Either may be given; a type implies its kind, and the two must agree.

    With neither, an organisation is a company of type ``other``.
    """
    kind = reader.read("kind", fields.choice, KIND_SPELLINGS)
    org_type = reader.read("type", fields.choice, TYPE_SPELLINGS)
    implied = DEFAULT_KIND.get(OrganisationType(org_type)) if org_type else None
    if kind and implied and kind != implied.value:
        reader.report("kind_mismatch", "kind", org_type, implied.value)
    return kind or (
        implied.value if implied else HelixKind.COMPANY.value
    ), org_type or OrganisationType.OTHER.value


def _places(reader: RowReader, places: Places, country: str) -> tuple[str | None, str | None]:
    """Municipality and province codes: the municipality from its column or, failing that, from
    the town in the city column (``town_places``; the province column decides between
    municipalities that share a town's name); the province from its column or the municipality."""
    if country != "NL":
        return None, None
    vocabulary = places.vocabulary
    municipality = reader.read(
        "municipality", fields.choice, vocabulary.municipalities, "a Dutch municipality"
    )
    province = reader.read(
        "province",
        fields.choice,
        vocabulary.provinces,
        "a province, such as Noord-Brabant or NL-NB",
    )
    implied = vocabulary.municipality_province.get(municipality) if municipality else None
    city = reader.text("city")
    if municipality is None and city and reader.text("municipality") is None:
        place = places.place(city, province)
        municipality, implied = place.municipality_code, place.province_code
        if place.ambiguous:
            names = places.names(place.candidates)
            reader.report("ambiguous_place", "city", city, names, severity=WARNING)
        elif municipality is None:
            reader.report("unknown_place", "city", city, severity=WARNING)
    if province and implied and province != implied:
        reader.report("province_mismatch", "province", reader.text("province"), implied)
    return municipality, province or implied


def _kvk(reader: RowReader) -> str | None:
    """The KvK number. Excel drops a leading zero: one that a workbook holds as a number, or
    seven digits in a CSV file that Excel saved, gets it back, with a warning saying so."""
    typed = reader.text("kvk")
    if reader.is_number("kvk"):
        kvk = reader.read("kvk", fields.kvk_of_number)
        code = "kvk_zeros_restored"
    elif typed is not None and re.fullmatch(r"[0-9]{7}", typed):
        kvk, code = typed.zfill(8), "kvk_zero_restored"
    else:
        return reader.read("kvk", fields.kvk_number)
    if kvk is not None and kvk != typed:
        reader.report(code, "kvk", typed, kvk, severity=WARNING)
    return kvk


def _is_sme(reader: RowReader, kind: str, org_type: str, employees: int | None) -> bool | None:
    """SME status from its column; for a company that the file says nothing about, from its type
    (``sme``, ``large_company``) or else from its employees by the EU definition (fewer than
    250), with a warning saying so."""
    stated = reader.read("sme", fields.boolean)
    if reader.text("sme") is not None or kind != HelixKind.COMPANY.value:
        return stated
    if org_type in SME_BY_TYPE:
        return SME_BY_TYPE[org_type]
    if employees is None:
        return None
    is_sme = employees < SME_EMPLOYEE_LIMIT
    reader.report(
        "sme_from_employees", "employees", str(employees), "yes" if is_sme else "no",
        severity=WARNING,
    )  # fmt: skip
    return is_sme


def _record(reader: RowReader, places: Places) -> OrganisationRecord:
    vocabulary = places.vocabulary
    kind, org_type = _kind_and_type(reader)
    country = reader.read("country", fields.country) or "NL"
    municipality, province = _places(reader, places, country)
    employees = reader.read("employees", fields.integer, 0, MAX_EMPLOYEES)
    postcode_parser = fields.dutch_postcode if country == "NL" else str
    return OrganisationRecord(
        name=reader.required("name") or "",
        kind=kind,
        type=org_type,
        external_id=reader.text("external_id"),
        short_name=reader.text("short_name"),
        aliases=reader.read("aliases", fields.split_list),
        country=country,
        city=reader.text("city"),
        municipality_code=municipality,
        postcode=reader.read("postcode", postcode_parser),
        province_code=province,
        kvk=_kvk(reader),
        pic=reader.read("pic", fields.pic_number),
        ror_id=reader.read("ror", fields.ror_identifier),
        website=reader.read("website", fields.website),
        description=reader.text("description"),
        keywords=reader.read("keywords", fields.split_list),
        topsectors=reader.read("topsectors", fields.choices, vocabulary.topsectors),
        technologies=reader.read("technologies", fields.choices, vocabulary.technologies),
        missions=reader.read("missions", fields.choices, vocabulary.missions),
        employees=employees,
        is_sme=_is_sme(reader, kind, org_type, employees),
    )


def validate_organisations(
    table: Table, places: Places, skipped: frozenset[int] = frozenset()
) -> tuple[list[tuple[int, OrganisationRecord]], list[Problem]]:
    """(row number, record) for every row, and every error and warning found in them.

    Ids are compared as read (``1234 5678`` and a KvK cell ``1234567`` whose zero was restored
    are the numbers they stand for), so that a file cannot hold one id twice; rows ``skipped``
    (left out by the user) are not compared."""
    row_problems: list[Problem] = []
    records = [
        (row.number, _record(RowReader(table, row, row_problems), places)) for row in table.rows
    ]
    problems: list[Problem] = []
    for identifier in ("external_id", "kvk", "pic"):
        values = (
            (number, getattr(record, identifier))
            for number, record in records
            if number not in skipped
        )
        check_unique(table, identifier, values, problems)
    return records, problems + row_problems


def parse_organisations(table: Table, places: Places) -> list[tuple[int, OrganisationRecord]]:
    """(row number, record) for every row; refuses the whole file if any row has an error."""
    records, problems = validate_organisations(table, places)
    if has_errors(problems):
        raise ImportRefused(problems)
    return records
