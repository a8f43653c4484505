"""Every helix kind and organisation type code has words in English and Dutch in the export
catalogue (the views' words are checked in ``views/test_qt_translation.py``)."""

from __future__ import annotations

import pytest

from desktop.services.exporting.catalogue import Words
from matching.kinds import HelixKind, OrganisationType


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_kind_and_type_has_words(language: str) -> None:
    words = Words(language)
    for kind in HelixKind:
        assert words.kind(kind.value) != kind.value
    for org_type in OrganisationType:
        assert words.type(org_type.value) not in ("", org_type.value), org_type


def test_funders_and_state_bodies_in_both_languages() -> None:
    assert [Words(language).type("funder") for language in ("en", "nl")] == ["Funder", "Financier"]
    assert Words("nl").type("state_body") == "Overheidsorgaan"
