"""The organisations file of the exchange format."""

from __future__ import annotations

from desktop.exchange import fields
from desktop.exchange.problems import WARNING, ImportRefused, Problem, has_errors
from desktop.exchange.rows import RowReader, check_unique
from desktop.exchange.table import Table
from desktop.models.records import OrganisationRecord
from desktop.models.repositories.reference import Vocabulary
from matching.kinds import DEFAULT_KIND, EU_ACTIVITY_KIND, HelixKind, OrganisationType
from matching.text import fold

REQUIRED = ("name",)
OPTIONAL = (
    "external_id", "short_name", "aliases", "kind", "type", "country", "city", "municipality",
    "postcode", "province", "kvk", "pic", "website", "description", "keywords", "topsectors",
    "technologies", "missions", "employees", "sme", "ror",
)  # fmt: skip

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
        "overig": OrganisationType.OTHER,
    }.items()
}
MAX_EMPLOYEES = 10_000_000


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


def _places(
    reader: RowReader, vocabulary: Vocabulary, country: str
) -> tuple[str | None, str | None]:
    """Municipality and province codes: the municipality from its column or, failing that, from
    a city of the same name; the province from its column or from the municipality."""
    if country != "NL":
        return None, None
    municipality = reader.read(
        "municipality", fields.choice, vocabulary.municipalities, "a Dutch municipality"
    )
    city = reader.text("city")
    if municipality is None and city and reader.text("municipality") is None:
        municipality = vocabulary.municipalities.get(fold(city))
    province = reader.read(
        "province",
        fields.choice,
        vocabulary.provinces,
        "a province, such as Noord-Brabant or NL-NB",
    )
    implied = vocabulary.municipality_province.get(municipality) if municipality else None
    if province and implied and province != implied:
        reader.report("province_mismatch", "province", reader.text("province"), implied)
    if city and municipality is None and province is None:
        reader.report("unknown_place", "city", city, severity=WARNING)
    return municipality, province or implied


def _kvk(reader: RowReader) -> str | None:
    """The KvK number; one that a workbook holds as a number gets back the leading zeros Excel
    dropped, with a warning saying so."""
    if not reader.is_number("kvk"):
        return reader.read("kvk", fields.kvk_number)
    kvk = reader.read("kvk", fields.kvk_of_number)
    typed = reader.text("kvk")
    if kvk is not None and kvk != typed:
        reader.report("kvk_zeros_restored", "kvk", typed, kvk, severity=WARNING)
    return kvk


def _record(reader: RowReader, vocabulary: Vocabulary) -> OrganisationRecord:
    kind, org_type = _kind_and_type(reader)
    country = reader.read("country", fields.country) or "NL"
    municipality, province = _places(reader, vocabulary, country)
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
        employees=reader.read("employees", fields.integer, 0, MAX_EMPLOYEES),
        is_sme=reader.read("sme", fields.boolean),
    )


def validate_organisations(
    table: Table, vocabulary: Vocabulary
) -> tuple[list[tuple[int, OrganisationRecord]], list[Problem]]:
    """(row number, record) for every row, and every error and warning found in them.

    Ids are compared as read (``1234 5678`` and a KvK cell ``1234567`` whose zero was restored
    are the numbers they stand for), so that a file cannot hold one id twice."""
    row_problems: list[Problem] = []
    records = [
        (row.number, _record(RowReader(table, row, row_problems), vocabulary)) for row in table.rows
    ]
    problems: list[Problem] = []
    for identifier in ("external_id", "kvk", "pic"):
        values = ((number, getattr(record, identifier)) for number, record in records)
        check_unique(table, identifier, values, problems)
    return records, problems + row_problems


def parse_organisations(
    table: Table, vocabulary: Vocabulary
) -> list[tuple[int, OrganisationRecord]]:
    """(row number, record) for every row; refuses the whole file if any row has an error."""
    records, problems = validate_organisations(table, vocabulary)
    if has_errors(problems):
        raise ImportRefused(problems)
    return records
