"""Writes ``name_variants.csv``: a labelled set of organisation-name variants for measuring
de-duplication, built from real names.

Positives are spellings of the 128 real organisations in
``resources/reference/organisations_reference.csv`` as they turn up in users' lists: legal forms
and "Stichting" added, upper case and punctuation, one-letter typos, short names and aliases, the
website with another name, and a hand-written list of spellings seen in practice. Negatives are
other real Dutch names that must not be taken for one of them: the 342 municipalities of 2025
("Gemeente Delft" is not "TU Delft"), the 40 COROP regions, and a hand-written list of near
misses. ``expected`` is the reference organisation's ``external_id``, empty for a negative.

Run it from the repository root after changing the reference organisations:
``.venv/bin/python tests/data/dedupe/build_name_variants.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parents[3]
REFERENCE = ROOT / "resources" / "reference"
OUTPUT = Path(__file__).with_name("name_variants.csv")

# Spellings seen in practice (CORDIS, subsidy lists, CRM exports), by reference id.
IN_PRACTICE = [
    ("TECHNISCHE UNIVERSITEIT DELFT", "ref:tu-delft"),
    ("Delft University of Technology", "ref:tu-delft"),
    ("TUDelft", "ref:tu-delft"),
    ("TU/e", "ref:tue"),
    ("TUE", "ref:tue"),
    ("Eindhoven University of Technology", "ref:tue"),
    ("WUR", "ref:wur"),
    ("Wageningen University & Research", "ref:wur"),
    ("WAGENINGEN UNIVERSITY", "ref:wur"),
    ("Stichting Wageningen Research", "ref:wageningen-research"),
    ("NEDERLANDSE ORGANISATIE VOOR TOEGEPAST NATUURWETENSCHAPPELIJK ONDERZOEK TNO", "ref:tno"),
    ("TNO", "ref:tno"),
    ("Stichting Deltares", "ref:deltares"),
    ("Deltares B.V.", "ref:deltares"),
    ("Stichting Maritiem Research Instituut Nederland", "ref:marin"),
    ("MARIN", "ref:marin"),
    ("Stichting Koninklijk Nederlands Lucht- en Ruimtevaartcentrum", "ref:nlr"),
    ("Royal Netherlands Aerospace Centre", "ref:nlr"),
    ("RIJKSUNIVERSITEIT GRONINGEN", "ref:rug"),
    ("University of Groningen", "ref:rug"),
    ("Universiteit van Amsterdam", "ref:uva"),
    ("University of Amsterdam", "ref:uva"),
    ("Stichting VU", "ref:vu-amsterdam"),
    ("VU Amsterdam", "ref:vu-amsterdam"),
    ("Universiteit Utrecht", "ref:uu"),
    ("Utrecht University", "ref:uu"),
    ("Erasmus Universiteit Rotterdam", "ref:eur"),
    ("Erasmus University Rotterdam", "ref:eur"),
    ("Erasmus MC", "ref:erasmus-mc"),
    ("ERASMUS UNIVERSITAIR MEDISCH CENTRUM ROTTERDAM", "ref:erasmus-mc"),
    ("Stichting Radboud Universiteit", "ref:ru"),
    ("Radboud University Nijmegen", "ref:ru"),
    ("Stichting Radboud universitair medisch centrum", "ref:radboudumc"),
    ("Universiteit Twente", "ref:utwente"),
    ("University of Twente", "ref:utwente"),
    ("Universiteit Maastricht", "ref:um"),
    ("Maastricht University", "ref:um"),
    ("Academisch Ziekenhuis Maastricht", "ref:mumc"),
    ("Universiteit Leiden", "ref:leiden-university"),
    ("Leiden University", "ref:leiden-university"),
    ("Leids Universitair Medisch Centrum", "ref:lumc"),
    ("Academisch Ziekenhuis Leiden", "ref:lumc"),
    ("Universitair Medisch Centrum Groningen", "ref:umcg"),
    ("Universitair Medisch Centrum Utrecht", "ref:umc-utrecht"),
    ("Stichting Katholieke Universiteit Brabant", "ref:tilburg-university"),
    ("Tilburg University", "ref:tilburg-university"),
    ("Open Universiteit Nederland", "ref:ou"),
    ("Brabantse Ontwikkelings Maatschappij", "ref:bom"),
    ("N.V. Brabantse Ontwikkelings Maatschappij", "ref:bom"),
    ("Noordelijke Ontwikkelingsmaatschappij", "ref:nom"),
    ("InnovationQuarter B.V.", "ref:innovationquarter"),
    ("Oost NL", "ref:oost-nl"),
    ("Hogeschool Utrecht", "ref:hu"),
    ("Hanzehogeschool Groningen", "ref:hanze"),
    ("Fontys Hogescholen", "ref:fontys"),
    ("Hogeschool van Amsterdam", "ref:hva"),
    ("Hogeschool Rotterdam", "ref:hogeschool-rotterdam"),
    ("The Hague University of Applied Sciences", "ref:dehaagsehogeschool"),
    ("Saxion", "ref:saxion"),
]

# Real names close to a reference organisation's that are another organisation.
NEAR_MISSES = [
    "Gemeente Utrecht", "Gemeente Groningen", "Gemeente Eindhoven", "Gemeente Delft",
    "Gemeente Wageningen", "Gemeente Leiden", "Gemeente Maastricht", "Gemeente Enschede",
    "Universiteit voor Humanistiek", "Protestantse Theologische Universiteit",
    "Theologische Universiteit Kampen", "Nyenrode Business Universiteit",
    "Universitair Medisch Centrum St Radboud Apotheek", "Rijksmuseum", "Rijkswaterstaat",
    "Rijksdienst voor Ondernemend Nederland", "Rijksinstituut voor Volksgezondheid en Milieu",
    "Koninklijk Nederlands Meteorologisch Instituut", "Nederlands Kanker Instituut",
    "Staatsbosbeheer", "Havenbedrijf Rotterdam", "Port of Amsterdam", "Schiphol Group",
    "Brainport Development", "Provinciale Staten van Utrecht", "Veiligheidsregio Utrecht",
    "Veiligheidsregio Groningen", "GGD Amsterdam", "Waternet Drinkwater",
    "Wetterskip Fryslan Drinkwaterbedrijf",
]  # fmt: skip

LEGAL_FORMS = ("Stichting {}", "{} B.V.", "{} BV", "{} N.V.", "{} Holding B.V.", "The {}")


def _typo(rng: Random, name: str) -> str | None:
    """One letter dropped, doubled or two swapped in the longest word of six letters or more."""
    words = name.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) < 6 or not word.isalpha():
        return None
    at = rng.randrange(1, len(word) - 2)
    edits = (
        word[:at] + word[at + 1 :],
        word[:at] + word[at] + word[at:],
        word[:at] + word[at + 1] + word[at] + word[at + 2 :],
    )
    words[longest] = rng.choice(edits)
    return " ".join(words)


def _positives(rng: Random) -> list[tuple[str, str, str, str, str]]:
    rows = []
    with (REFERENCE / "organisations_reference.csv").open(encoding="utf-8") as handle:
        for org in csv.DictReader(handle):
            ref, name, city = org["external_id"], org["name"], org["city"]
            rows.append((rng.choice(LEGAL_FORMS).format(name), "", city, ref, "legal_form"))
            rows.append((name.upper().replace(" ", "-"), "", "", ref, "case_punctuation"))
            typo = _typo(rng, name)
            if typo:
                rows.append((typo, "", city, ref, "typo"))
            if org["short_name"] and org["short_name"] != name:
                rows.append((org["short_name"], "", "", ref, "short_name"))
            for alias in filter(None, org["aliases"].split(";")):
                rows.append((alias, "", "", ref, "alias"))
            if org["website"]:
                rows.append((f"{name} (hoofdvestiging)", org["website"], "", ref, "website"))
    rows += [(name, "", "", ref, "in_practice") for name, ref in IN_PRACTICE]
    return rows


def _negatives() -> list[tuple[str, str, str, str, str]]:
    rows = []
    with (REFERENCE / "municipalities.csv").open(encoding="utf-8") as handle:
        for municipality in csv.DictReader(handle):
            name = municipality["name"]
            rows.append((f"Gemeente {name}", "", name, "", "municipality"))
    with (REFERENCE / "corop_regions.csv").open(encoding="utf-8") as handle:
        rows += [(f"Regio {r['name']}", "", "", "", "corop_region") for r in csv.DictReader(handle)]
    rows += [(name, "", "", "", "near_miss") for name in NEAR_MISSES]
    return rows


def main() -> None:
    rng = Random(5)
    rows = _positives(rng) + _negatives()
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("variant", "website", "place", "expected", "how"))
        writer.writerows(rows)
    print(f"{OUTPUT}: {len(rows)} variants")


if __name__ == "__main__":
    main()
