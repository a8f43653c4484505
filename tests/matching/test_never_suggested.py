"""Funders and state bodies fund or oversee consortia and do not join them: matching never
suggests them, however well their profile fits, unless the user pins them."""

from __future__ import annotations

import pytest

from matching.model import Organisation
from matching.request import QUADRUPLE, Request
from tests.matching_fixtures import engine_for

HYDROGEN = "groene waterstof elektrolyse chemische industrie"
FUNDER, STATE_BODY = 1, 2


def _organisations() -> list[Organisation]:
    perfect = f"{HYDROGEN} {HYDROGEN}"
    return [
        Organisation(
            FUNDER, "Research funder", "government", "funder", province="NL-ZH", text=perfect
        ),
        Organisation(
            STATE_BODY, "Inspectorate", "government", "state_body", province="NL-ZH", text=perfect
        ),
        Organisation(3, "Province", "government", "province", province="NL-ZH", text="waterstof"),
        Organisation(
            4, "Electrolyser maker", "company", "sme", province="NL-ZH", text=HYDROGEN, is_sme=True
        ),
        Organisation(5, "University", "knowledge", "university", province="NL-ZH", text=HYDROGEN),
        Organisation(
            6, "Chemical plant", "company", "large_company", province="NL-ZH", text=HYDROGEN
        ),
        Organisation(
            7, "Energy cooperative", "society", "cooperative", province="NL-ZH", text="waterstof"
        ),
    ]


def _suggested(request: Request) -> tuple[set[int], list[set[int]]]:
    answer = engine_for(_organisations(), []).suggest(request)
    return {c.id for c in answer.candidates}, [{m.id for m in c.members} for c in answer.consortia]


@pytest.mark.parametrize("helix", ["triple", QUADRUPLE])
def test_a_perfectly_matching_funder_or_state_body_is_never_suggested(helix: str) -> None:
    candidates, consortia = _suggested(Request(text=HYDROGEN, helix=helix, consortia=5))
    assert candidates and consortia
    assert not candidates & {FUNDER, STATE_BODY}
    assert all(not members & {FUNDER, STATE_BODY} for members in consortia)
    assert all(3 in members for members in consortia)  # the government the helix asks for


def test_a_pinned_funder_or_state_body_stays_in() -> None:
    for pinned in (FUNDER, STATE_BODY):
        _candidates, consortia = _suggested(Request(text=HYDROGEN, include=(pinned,), consortia=3))
        assert consortia and all(pinned in members for members in consortia)
