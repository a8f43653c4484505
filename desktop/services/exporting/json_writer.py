"""The proposal as JSON: the whole consortium in codes and numbers (schema in the README).

``schema_version`` goes up whenever a field changes meaning or goes away; new fields may be
added within a version.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.services.exporting.proposal import Proposal, ProposalMember
from matching.model import Reason, Violation

FORMAT = "helixmatch.proposal"
SCHEMA_VERSION = 1


def _coded(item: Reason | Violation) -> dict[str, Any]:
    return {"code": item.code, **item.values}


def _member(proposal: Proposal, member: ProposalMember) -> dict[str, Any]:
    org = member.organisation
    data: dict[str, Any] = {
        "organisation": {
            "id": org.organisation_id,
            "external_id": org.external_id,
            "name": org.name,
            "short_name": org.short_name,
            "kind": org.kind,
            "type": org.type,
            "country": org.country,
            "city": org.city,
            "province_code": org.province_code,
            "province": org.province,
            "is_sme": org.is_sme,
            "kvk": org.kvk,
            "website": org.website,
            "origin": org.origin,
        },
        "role": org.role,
        "budget": {
            "cash": org.budget_cash,
            "in_kind": org.budget_in_kind,
            "total": member.total,
            "share": proposal.share(member),
        },
        "rationale": org.rationale,
        "reasons": [_coded(r) for r in member.reasons],
        "covers": list(member.covers),
    }
    if proposal.with_contacts:
        contact = org.contact
        data["contact"] = (
            {
                "name": contact.name,
                "function": contact.function,
                "email": contact.email,
                "phone": contact.phone,
            }
            if contact
            else None
        )
    return data


def proposal_document(proposal: Proposal) -> dict[str, Any]:
    mission, instrument = proposal.mission, proposal.instrument
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "made_on": proposal.made_on.isoformat(),
        "with_contacts": proposal.with_contacts,
        "consortium": {
            "id": proposal.id,
            "title": proposal.title,
            "acronym": proposal.acronym,
            "description": proposal.description,
            "status": proposal.status,
            "version": proposal.version,
            "mission": {
                "code": mission.code,
                "title": mission.title,
                "target_year": mission.target_year,
            }
            if mission
            else None,
            "instrument": {
                "code": instrument.code,
                "name": instrument.name,
                "name_en": instrument.name_en,
                "source": instrument.source,
                "valid_from": instrument.valid_from.isoformat() if instrument.valid_from else None,
                "valid_until": instrument.valid_until.isoformat()
                if instrument.valid_until
                else None,
                "valid_on_date": proposal.instrument_valid,
            }
            if instrument
            else None,
        },
        "members": [_member(proposal, m) for m in proposal.members],
        "budget": {
            "cash": proposal.total_cash,
            "in_kind": proposal.total_in_kind,
            "total": proposal.total,
            "subsidy": proposal.subsidy,
        },
        "rule_check": {
            "violations": [_coded(v) for v in proposal.violations],
            "unchecked": list(proposal.unchecked),
        },
        "competences": [
            {
                "code": c.code,
                "en": c.en,
                "nl": c.nl,
                "covered_by": [
                    m.organisation.organisation_id for m in proposal.members if c.code in m.covers
                ],
            }
            for c in proposal.competences
        ],
    }


def write_json(proposal: Proposal, language: str, path: Path) -> None:
    """``language`` is not used: the JSON holds codes, which read the same in any language."""
    del language
    text = json.dumps(proposal_document(proposal), indent=2, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
