"""A province, municipality, water board or ROM acts for its own territory: with a regional
preference matching suggests them only inside the region, while for everyone else the region
stays a preference, never a wall."""

from __future__ import annotations

from matching.model import Organisation
from matching.request import Request
from tests.matching_fixtures import engine_for

RECYCLING = "recycling van plastic afval circulaire grondstoffen"
OTHER_PROVINCE, OWN_PROVINCE, OTHER_ROM, MINISTRY, FAR_UNIVERSITY = 1, 2, 3, 4, 5


def _organisations() -> list[Organisation]:
    perfect = f"{RECYCLING} {RECYCLING}"
    return [
        Organisation(OTHER_PROVINCE, "Provincie Elders", "government", "province",
                     province="NL-ZE", text=perfect),
        Organisation(OWN_PROVINCE, "Provincie Hier", "government", "province",
                     province="NL-NB", text="afval"),
        Organisation(OTHER_ROM, "ROM Elders", "government", "rom", province="NL-ZE", text=perfect),
        Organisation(MINISTRY, "Ministerie", "government", "ministry", province="NL-ZH",
                     text="circulaire grondstoffen"),
        Organisation(FAR_UNIVERSITY, "Universiteit Elders", "knowledge", "university",
                     province="NL-GR", text=perfect),
        Organisation(6, "Recycler", "company", "sme", province="NL-NB", text=RECYCLING,
                     is_sme=True),
        Organisation(7, "Kennisinstelling", "knowledge", "hogeschool", province="NL-NB",
                     text=RECYCLING),
    ]  # fmt: skip


def _suggested(request: Request) -> set[int]:
    answer = engine_for(_organisations(), []).suggest(request)
    members = {m.id for c in answer.consortia for m in c.members}
    return {c.id for c in answer.candidates} | members


def test_public_bodies_of_another_territory_are_not_suggested_with_a_region() -> None:
    for region in ("NL-NB", "CL-brainport"):  # a province, and a cluster in that province
        suggested = _suggested(Request(text=RECYCLING, region=region, consortia=3))
        assert not suggested & {OTHER_PROVINCE, OTHER_ROM}
        assert {OWN_PROVINCE, MINISTRY, FAR_UNIVERSITY} <= suggested  # a preference for others


def test_without_a_region_or_when_pinned_they_may_be_in() -> None:
    assert OTHER_PROVINCE in _suggested(Request(text=RECYCLING, consortia=3))
    pinned = Request(text=RECYCLING, region="NL-NB", include=(OTHER_PROVINCE,), consortia=3)
    answer = engine_for(_organisations(), []).suggest(pinned)
    assert answer.consortia and all(
        OTHER_PROVINCE in {m.id for m in c.members} for c in answer.consortia
    )
