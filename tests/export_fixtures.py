"""A consortium for the export tests, built through the queries on the built-in data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from desktop.models.queries.consortia import ConsortiumDraft, MemberDraft, create_consortium
from desktop.models.queries.organisations.detail_data import ContactData, OrganisationData
from desktop.models.queries.organisations.writes import write_organisation
from desktop.models.tables.organisation import Contact, Organisation
from matching.model import Reason

MADE_ON = date(2026, 3, 14)
# A name that a spreadsheet would run as a formula, and markup that a PDF would read.
TRICKY_NAME = '=HYPERLINK("http://evil.example","Zon & <b>Wind</b>") B.V.'
CONTACT = ContactData(name="Anna de Vries", function="CTO", email="anna@zonwind.example")


@dataclass(frozen=True)
class Built:
    consortium_id: int
    lead: int  # Wadgloed Waterstof B.V., a demo start-up (SME) in Groningen
    tricky: int  # the new SME with the tricky name and a contact person
    university: int  # Rijksuniversiteit Groningen
    province: int  # Provincie Groningen, which shares a project with the lead


def _id(session, external_id: str) -> int:
    return session.exec(
        select(Organisation.id).where(Organisation.external_id == external_id)
    ).one()


def build_consortium(database, *, instrument: str | None = "mit-rd", budgets: bool = True) -> Built:
    """Four members with budgets (total € 300,000, or none); under MIT R&D the university and
    the province break the ``forbidden_kinds`` rule. The lead and the university keep reasons
    they were suggested for (as codes), the lead beside a rationale typed in English."""
    with database.transaction() as session:
        tricky = write_organisation(
            session,
            None,
            OrganisationData(
                name=TRICKY_NAME,
                kind="company",
                type="sme",
                is_sme=True,
                province_code="NL-GR",
                city="Groningen",
                kvk="87654321",
                description="Elektrolyse van waterstof met zonnestroom.",
                keywords=["waterstof", "@risk"],
                topsectors=["energie"],
                contacts=[CONTACT],
            ),
        )
        contact = session.exec(select(Contact.id).where(Contact.organisation_id == tricky)).one()
        lead, university = _id(session, "demo:0001"), _id(session, "ref:rug")
        province = _id(session, "ref:provincie-groningen")
        scale = 1 if budgets else 0
        suggested = (
            Reason("matched_terms", {"terms": ["waterstof", "elektrolyse"]}),
            Reason("shared_projects", {"partner": province, "count": 1}),
        )
        members = (
            MemberDraft(
                lead,
                "lead",
                "Builds the electrolyser.",
                100_000 * scale,
                20_000 * scale,
                reasons=suggested,
            ),
            MemberDraft(
                tricky, "partner", "-1 risk: @solar+wind", 50_000 * scale, 10_000 * scale, contact
            ),
            MemberDraft(
                university,
                "partner",
                "",
                80_000 * scale,
                0,
                reasons=(
                    Reason("projects_on_topic", {"count": 1}),
                    Reason("busy", {"open_consortia": 2}),
                ),
            ),
            MemberDraft(province, "partner", "", 0, 40_000 * scale),
        )
        consortium_id = create_consortium(
            session,
            ConsortiumDraft(
                title="Groene waterstof Eemshaven",
                acronym="GWE",
                description="Waterstof uit elektrolyse met windenergie; opslag in zoutcavernes.",
                members=members,
                mission_code="ET-A",
                instrument_code=instrument,
            ),
        )
    return Built(consortium_id, lead, tricky, university, province)
