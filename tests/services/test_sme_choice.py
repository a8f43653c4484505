"""The SMEs regional matching starts from: those the filters allow, which of them are
demonstration data, and whether there is any SME at all when none passes."""

from __future__ import annotations

from sqlmodel import select

from desktop.models.records import OrganisationRecord
from desktop.models.tables.organisation import Organisation
from desktop.services.matching.questions import add_asker
from desktop.services.matching.regional import choose_smes


def test_the_chosen_smes_are_in_the_province_and_their_demonstration_ones_are_known(database):
    real, _ = add_asker(
        database,
        OrganisationRecord(
            name="Kwikstaart Robotica",
            kind="company",
            type="sme",
            is_sme=True,
            province_code="NL-OV",
        ),
    )
    choice = choose_smes(database, "NL-OV", None)
    assert real in {s.id for s in choice.smes} and real not in choice.demo
    assert choice.smes and choice.any_smes
    assert {s.province_code for s in choice.smes} == {"NL-OV"}
    with database.transaction() as session:
        demo = set(session.exec(select(Organisation.id).where(Organisation.origin == "demo")))
    assert choice.demo == {s.id for s in choice.smes} & demo


def test_no_sme_in_a_place_without_any_still_says_there_are_smes(database):
    choice = choose_smes(database, "NL-XX", None)
    assert (choice.smes, choice.demo, choice.any_smes) == ([], frozenset(), True)
