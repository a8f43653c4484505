"""Text values made safe for the files they go into.

Spreadsheets take text that starts with ``=``, ``+``, ``-`` or ``@`` for a formula (CSV
injection); XML-based formats (Word, Excel, the PDF's markup) cannot hold control characters.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def starts_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def neutralised(value: Any) -> Any:
    """For CSV: text that starts like a formula gets a leading apostrophe; other values stay."""
    return "'" + value if starts_like_formula(value) else value


def xml_safe(text: str) -> str:
    """The text without the control characters XML cannot hold (tabs and newlines stay)."""
    return _CONTROL.sub("", text)
