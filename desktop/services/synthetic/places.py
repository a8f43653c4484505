"""Geography for synthetic data: where the economy is, and plausible postcodes."""

from __future__ import annotations

import zlib
from random import Random

from matching.text import fold

# Share of the Dutch economy (GDP, CBS regional accounts, rounded), by folded province name.
PROVINCE_SHARES = {
    "noord holland": 23, "zuid holland": 20.5, "noord brabant": 15.5, "gelderland": 10.5,
    "utrecht": 8.7, "overijssel": 5.8, "limburg": 5.5, "groningen": 3.3, "fryslan": 2.9,
    "friesland": 2.9, "drenthe": 2.0, "zeeland": 2.0, "flevoland": 1.9,
}  # fmt: skip
# Extra weight of economic centres in their province (a municipality counts 1, +3 per cluster).
CITY_WEIGHTS = {
    "amsterdam": 40, "rotterdam": 25, "s gravenhage": 18, "den haag": 18, "utrecht": 20,
    "eindhoven": 16, "groningen": 12, "haarlemmermeer": 8, "delft": 6, "leiden": 6, "tilburg": 6,
    "breda": 6, "nijmegen": 6, "arnhem": 6, "s hertogenbosch": 6, "amersfoort": 5, "zwolle": 5,
    "enschede": 5, "maastricht": 5, "almere": 5, "westland": 5, "leeuwarden": 4, "apeldoorn": 4,
    "haarlem": 4, "ede": 4, "wageningen": 3, "venlo": 3, "helmond": 3, "deventer": 3,
    "dordrecht": 3, "zoetermeer": 3, "zaanstad": 3, "sittard geleen": 3, "assen": 2,
    "lelystad": 2, "middelburg": 2, "heerlen": 2, "emmen": 2, "hengelo": 2, "vlissingen": 2,
    "terneuzen": 2,
}  # fmt: skip
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
# Four-digit postcode ranges by (folded) province name, approximate, for plausibility.
POSTCODE_RANGES = {
    "groningen": ((9350, 9999),),
    "fryslan": ((8400, 9299),),
    "friesland": ((8400, 9299),),
    "drenthe": ((7700, 7999), (9400, 9499)),
    "overijssel": ((7400, 7699), (8000, 8199)),
    "flevoland": ((1300, 1379), (8200, 8259), (8300, 8319)),
    "gelderland": ((6500, 7399), (3770, 3799), (4000, 4199)),
    "utrecht": ((3400, 3769), (3800, 3829)),
    "noord holland": ((1000, 1299), (1380, 1999), (2000, 2169)),
    "zuid holland": ((2170, 3399),),
    "zeeland": ((4300, 4599),),
    "noord brabant": ((4600, 5799),),
    "limburg": ((5800, 6499),),
}
# Four-digit postcodes of the larger cities, by folded municipality name.
CITY_POSTCODES = {
    "amsterdam": (1011, 1109), "rotterdam": (3011, 3089), "s gravenhage": (2491, 2599),
    "den haag": (2491, 2599), "utrecht": (3511, 3585), "eindhoven": (5611, 5658),
    "groningen": (9711, 9747), "haarlemmermeer": (2131, 2145), "delft": (2611, 2629),
    "leiden": (2311, 2334), "tilburg": (5011, 5049), "breda": (4811, 4839),
    "nijmegen": (6511, 6546), "arnhem": (6811, 6846), "s hertogenbosch": (5211, 5247),
    "amersfoort": (3811, 3829), "zwolle": (8011, 8043), "enschede": (7511, 7548),
    "maastricht": (6211, 6229), "almere": (1311, 1364), "westland": (2671, 2695),
    "leeuwarden": (8911, 8939), "apeldoorn": (7311, 7339), "haarlem": (2011, 2037),
    "ede": (6711, 6745),
    "wageningen": (6701, 6709), "venlo": (5911, 5935), "helmond": (5701, 5709),
    "deventer": (7411, 7429), "dordrecht": (3311, 3329), "zoetermeer": (2711, 2729),
    "zaanstad": (1501, 1509), "assen": (9401, 9409), "lelystad": (8211, 8245),
    "middelburg": (4331, 4339), "heerlen": (6411, 6419), "emmen": (7811, 7828),
    "hengelo": (7550, 7559), "vlissingen": (4381, 4389), "terneuzen": (4531, 4539),
}  # fmt: skip


def postcode_area(province: str, municipality: str, municipality_code: str) -> tuple[int, int]:
    """The four-digit postcodes of a large city, else a small band at a fixed spot inside the
    province's range."""
    known = CITY_POSTCODES.get(fold(municipality))
    if known:
        return known
    ranges = POSTCODE_RANGES.get(fold(province), ((1000, 9999),))
    spot = zlib.crc32(municipality_code.encode())
    low, high = ranges[spot % len(ranges)]
    start = low + spot % (high - low + 1)
    return start, min(high, start + 19)


def postcode(rng: Random, area: tuple[int, int]) -> str:
    letters = "SA"
    while letters in ("SA", "SD", "SS"):  # not used in Dutch postcodes
        letters = rng.choice(POSTCODE_LETTERS) + rng.choice(POSTCODE_LETTERS)
    return f"{rng.randint(*area)} {letters}"
