"""Telling the text encoding of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, or
Windows-1252, and refusing a file that fits none of them instead of guessing.

Any byte sequence that is not UTF-8 decodes as *something* in Windows-1252, so a successful
decode proves little. The Windows-1252 reading is accepted only when its non-ASCII characters
look like Western European text: no undefined bytes, no control characters, no symbol glued
between two letters or opening a word ("Ko³obrzeg", "£ódŸ": what Polish ISO-8859-2 becomes)
and no capital right after a small letter ("CafŽ", what Mac Roman becomes).
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

UTF8 = "UTF-8"
UTF8_BOM = "UTF-8 with BOM"
UTF16 = "UTF-16"
WINDOWS_1252 = "Windows-1252"

# Symbols that do stand between letters in real names and addresses.
_WORD_INNER_SYMBOLS = frozenset("’‘·-")
# Symbols that do begin a word ("©Deltares", "€uro").
_WORD_START_SYMBOLS = frozenset("°©®™€")


class UnknownEncoding(Exception):
    """The bytes fit no supported encoding; ``reason`` says what was seen and where."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # one of the names above, to tell the user


def _implausible(text: str) -> str | None:
    """Why ``text`` (decoded as Windows-1252) is unlikely to be Western European text."""
    for index, char in enumerate(text):
        if char.isascii():
            continue
        category = unicodedata.category(char)
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if category.startswith("C"):
            return f"control character U+{ord(char):04X} at character {index}"
        if (
            not category.startswith("L")
            and char not in _WORD_INNER_SYMBOLS
            and before.isalpha()
            and after.isalpha()
        ):
            return f"'{before}{char}{after}' at character {index}"
        if (
            category[0] in "SN"
            and char not in _WORD_START_SYMBOLS
            and after.isalpha()
            and not before.isalnum()
        ):
            return f"'{char}{after}' at character {index}"
        if category == "Lu" and before.isascii() and before.islower():
            return f"'{before}{char}' at character {index}"
    return None


def decode(raw: bytes) -> Decoded:
    """The text of a file and the encoding it was read in, or ``UnknownEncoding``."""
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(raw[len(codecs.BOM_UTF8) :].decode("utf-8"), UTF8_BOM)
        except UnicodeDecodeError as error:
            raise UnknownEncoding(
                f"starts as UTF-8 but byte {error.start + 3} is not UTF-8"
            ) from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(raw.decode("utf-16"), UTF16)
        except UnicodeDecodeError as error:
            raise UnknownEncoding(f"starts as UTF-16 but breaks at byte {error.start}") from None
    nul = raw.find(0)
    if nul >= 0:
        raise UnknownEncoding(
            f"contains NUL bytes (from byte {nul}): UTF-16 without BOM, or not a text file"
        )
    try:
        return Decoded(raw.decode("utf-8"), UTF8)
    except UnicodeDecodeError as error:
        utf8_error = error.start
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise UnknownEncoding(
            f"neither UTF-8 (byte {utf8_error}) nor Windows-1252 (byte {error.start})"
        ) from None
    reason = _implausible(text)
    if reason is not None:
        raise UnknownEncoding(
            f"not UTF-8 (byte {utf8_error}), and read as Windows-1252 it gives {reason}"
        )
    return Decoded(text, WINDOWS_1252)
