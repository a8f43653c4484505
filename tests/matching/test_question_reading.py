"""Reading a question as concepts: compounds, multi-word concepts, broader terms, places and
words that say nothing about expertise (handmade Dutch and English questions, no Qt)."""

from __future__ import annotations

import numpy as np

from matching.analysis import Analyzer, load_vocabulary
from matching.places import Gazetteer, PlaceName
from matching.text_index import TextIndex

VOCABULARY = """concept,nl,en,broader
water-quality,waterkwaliteit,water quality,
drinking-water,drinkwater,drinking water,water-quality
pfas,pfas,pfas,water-quality
antimicrobial-resistance,antibioticaresistentie;resistentie tegen antibiotica,amr,
breeding,veredeling;plantenveredeling,plant breeding,
waste-heat,restwarmte,waste heat,
protein-transition,eiwittransitie,protein transition,
hydrogen,waterstof,hydrogen,
"""

ANALYZER = Analyzer(load_vocabulary(VOCABULARY.splitlines(keepends=True)))


def test_one_concept_in_a_compound_a_phrase_and_english() -> None:
    for question in (
        "antibioticaresistentie in drinkwater",
        "resistentie tegen antibiotica in drinkwater",
        "AMR in drinking water",
    ):
        assert ANALYZER.concepts(question) == ["antimicrobial-resistance", "drinking-water"]
    assert ANALYZER.concepts("restwarmte") == ANALYZER.concepts("waste heat") == ["waste-heat"]
    assert ANALYZER.concepts("de eiwittransitie") == ["protein-transition"]


def test_resistance_alone_is_not_antibiotic_resistance() -> None:
    assert "antimicrobial-resistance" not in ANALYZER.concepts("resistentie in plantenveredeling")


def test_words_that_say_nothing_about_expertise_are_no_competences() -> None:
    question = (
        "Wij willen samen met een kennispartner groene waterstof inzetten; "
        "samenwerking en innovatie in dit project voor kleine en middelgrote bedrijven"
    )
    assert ANALYZER.concepts(question) == ["hydrogen"]


def _index(profiles: dict[int, str]) -> TextIndex:
    return TextIndex.build(profiles.items(), ANALYZER)


def test_a_broader_concept_meets_at_a_lower_weight() -> None:
    index = _index(
        {
            1: "Onderzoek naar pfas in oppervlaktewater",
            2: "Waterkwaliteit en drinkwater",
            3: "Plantenveredeling van tomaten",
        }
    )
    scores = index.scores("pfas verwijderen")
    assert scores[0] > scores[1] > 0  # the exact concept first, the broader one after it
    assert scores[2] == 0


def test_empty_words_are_not_matched() -> None:
    index = _index({1: "Innovatie en samenwerking in projecten met kennispartners", 2: "Waterstof"})
    assert np.all(index.scores("innovatie samenwerking kennispartner project") == 0)


GAZETTEER = Gazetteer(
    [
        PlaceName("Rotterdamse haven", "CL-mainport-rotterdam"),
        PlaceName("Zeeuwse", "NL-ZE"),
        PlaceName("Twente", "CL-twente"),
        PlaceName("Overijssel", "NL-OV"),
        PlaceName("Best", "NL-NB", capitalised=True),
        PlaceName("Rotterdam", "NL-ZH", capitalised=True),
    ]
)


def test_places_become_a_region_and_leave_the_text() -> None:
    reading = GAZETTEER.read("Groene waterstof voor de industrie in de Rotterdamse haven")
    assert reading.region == "CL-mainport-rotterdam"
    assert reading.places == ("Rotterdamse haven",)
    assert "Rotterdamse" not in reading.text and "waterstof" in reading.text
    assert GAZETTEER.read("Zeeuwse akkerbouw en verzilting").region == "NL-ZE"
    twente = GAZETTEER.read("Sensoren voor de zorg in Twente en Overijssel")
    assert twente.region == "CL-twente" and twente.places == ("Twente", "Overijssel")


def test_a_place_that_is_also_a_word_needs_its_capital() -> None:
    assert GAZETTEER.read("the best sensor for water").region is None
    assert GAZETTEER.read("Een bedrijf in Best zoekt sensoren").region == "NL-NB"
    assert GAZETTEER.read("Rotterdam zoekt waterstof").region is None  # first word of a sentence


def test_the_shipped_vocabulary_reads_the_same_concept_in_every_form() -> None:
    from matching.vocabulary import make_analyzer

    shipped = make_analyzer()
    for question in (
        "antibioticaresistentie",
        "antibiotica resistentie",
        "resistentie tegen antibiotica",
        "antimicrobial resistance",
    ):
        assert "antimicrobial-resistance" in shipped.concepts(question), question
    assert "antimicrobial-resistance" not in shipped.concepts("resistentie tegen phytophthora")
    assert "waste-heat" in shipped.concepts("restwarmte") and "waste-heat" in shipped.concepts(
        "waste heat"
    )
    assert "protein-transition" in shipped.concepts("eiwittransitie")
    assert "protein-transition" in shipped.concepts("the protein transition")


def test_a_phrase_does_not_match_its_plain_words_elsewhere() -> None:
    index = _index({1: "Veredeling van tomaten op resistentie tegen schimmels", 2: "Drinkwater"})
    scores = index.scores("resistentie tegen antibiotica in drinkwater")
    assert scores[0] == 0 and scores[1] > 0


def test_a_phrase_is_one_competence_and_a_compound_brings_its_parts() -> None:
    from matching.vocabulary import make_analyzer

    shipped = make_analyzer()
    assert shipped.concepts("klimaatneutrale industrie") == ["industrial-decarbonisation"]
    assert "hydrogen" in shipped.concepts("waterstofproductie")
