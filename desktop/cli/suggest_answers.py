"""A suggestion as the JSON the command line writes (documented in the README)."""

from __future__ import annotations

from typing import Any

from matching.model import Organisation, Reason, Violation
from matching.request import Suggestion


def _coded(item: Reason | Violation) -> dict[str, Any]:
    return {"code": item.code, **item.values}


def answer(
    request_id: Any,
    suggestion: Suggestion,
    organisations: dict[int, Organisation],
    warnings: list[dict[str, Any]],
    demo: frozenset[int] = frozenset(),
) -> dict[str, Any]:
    """``demo``: the ids of demonstration organisations, marked so in the answer."""

    def described(organisation_id: int) -> dict[str, Any]:
        org = organisations[organisation_id]
        return {
            "id": org.id,
            "external_id": org.external_id,
            "name": org.name,
            "demo": org.id in demo,
        }

    return {
        "id": request_id,
        "competences": list(suggestion.competences),
        "region": suggestion.region,
        "places": list(suggestion.places),
        "region_read": suggestion.region_read,
        "candidates": [
            {
                **described(c.id),
                "kind": organisations[c.id].kind,
                "type": organisations[c.id].type,
                "score": c.score,
                "parts": c.parts,
                "reasons": [_coded(r) for r in c.reasons],
            }
            for c in suggestion.candidates
        ],
        "consortia": [
            {
                "score": c.score,
                "parts": c.parts,
                "members": [
                    {
                        **described(m.id),
                        "kind": organisations[m.id].kind,
                        "role": m.role,
                        "covers": list(m.covers),
                        "reasons": [_coded(r) for r in m.reasons],
                    }
                    for m in c.members
                ],
                "covered": list(c.covered),
                "uncovered": list(c.uncovered),
                "violations": [_coded(v) for v in c.violations],
                "unchecked": list(c.unchecked),
            }
            for c in suggestion.consortia
        ],
        "problems": [_coded(p) for p in suggestion.problems],
        "warnings": warnings,
    }
