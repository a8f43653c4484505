"""Reading one cell: each function returns the clean value or raises ``BadValue``."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pycountry

from desktop.services.importing.ror.dump import short_ror_id
from matching.text import fold

LIST_SEPARATOR = ";"
_TRUE = frozenset({"true", "yes", "y", "ja", "j", "1", "waar"})
_FALSE = frozenset({"false", "no", "n", "nee", "0", "onwaar"})
# Any white space between digits and letters: also two spaces, a tab, or the no-break space
# that addresses copied from web pages carry.
_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s*([A-Za-z]{2})$")
_WEBSITE = re.compile(r"^(https?://)?[^\s/.]+(\.[^\s/.]+)+(/\S*)?$", re.IGNORECASE)
# The EU writes UK and EL where ISO 3166 has GB and GR, and uses the user-assigned XK for Kosovo.
_EU_COUNTRY_CODES = {"UK": "GB", "EL": "GR"}
_EXTRA_COUNTRY_CODES = frozenset({"XK"})


class BadValue(Exception):
    def __init__(self, code: str, value: str, expected: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.value = value
        self.expected = expected


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()]


def choice(text: str, allowed: Mapping[str, str], shown: str | None = None) -> str:
    """A code from its code or name, folded; ``allowed`` maps folded spellings to codes."""
    code = allowed.get(fold(text))
    if code is None:
        listed = shown or ", ".join(sorted(set(allowed.values())))
        raise BadValue("unknown_value", text, listed)
    return code


def choices(text: str, allowed: Mapping[str, str]) -> list[str]:
    return list(dict.fromkeys(choice(part, allowed) for part in split_list(text)))


def integer(text: str, low: int, high: int) -> int:
    try:
        number = int(text.replace(" ", ""))
    except ValueError:
        raise BadValue("not_integer", text) from None
    if not low <= number <= high:
        raise BadValue("out_of_range", text, f"{low}-{high}")
    return number


def amount(text: str) -> float:
    """Euros: ``1250000``, ``1250000.50``, ``1250000,50``; a euro sign and spaces are ignored."""
    cleaned = text.replace("€", "").replace(" ", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        raise BadValue("not_number", text) from None
    if number < 0 or number != number:
        raise BadValue("out_of_range", text, ">= 0")
    return number


def boolean(text: str) -> bool:
    folded = fold(text)
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise BadValue("not_boolean", text, "true/false, yes/no, ja/nee, 1/0")


def country(text: str) -> str:
    code = _EU_COUNTRY_CODES.get(text.upper(), text.upper())
    if code in _EXTRA_COUNTRY_CODES:
        return code
    if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
        raise BadValue("unknown_value", text, "an ISO 3166 alpha-2 code such as NL, DE, BE")
    return code


def kvk_number(text: str) -> str:
    digits = re.sub(r"[\s.]", "", text)
    if not re.fullmatch(r"[0-9]{8}", digits):
        raise BadValue("bad_kvk", text)
    return digits


def kvk_of_number(text: str) -> str:
    """A KvK number that a workbook holds as a number: Excel drops the leading zero (1234567 for
    01234567), so a whole number of seven digits gets it back. Shorter numbers are no KvK
    number that lost a zero but a wrong value."""
    if not re.fullmatch(r"[0-9]{7,8}", text):
        raise BadValue("bad_kvk", text)
    return text.zfill(8)


def pic_number(text: str) -> str:
    if not re.fullmatch(r"[0-9]{9}", text):
        raise BadValue("bad_pic", text)
    return text


def ror_identifier(text: str) -> str:
    """A ROR id, as ``https://ror.org/05mf3wf75`` or ``05mf3wf75``: the short id."""
    short = short_ror_id(text)
    if short is None:
        raise BadValue("bad_ror", text)
    return short


def dutch_postcode(text: str) -> str:
    """``1234ab`` -> ``1234 AB``."""
    found = _POSTCODE.match(text.strip())
    if not found:
        raise BadValue("bad_postcode", text)
    return f"{found.group(1)} {found.group(2).upper()}"


def website(text: str) -> str:
    """A web address, with ``https://`` added where the scheme is missing."""
    if not _WEBSITE.match(text):
        raise BadValue("bad_website", text)
    return text if re.match(r"^https?://", text, re.IGNORECASE) else f"https://{text}"
