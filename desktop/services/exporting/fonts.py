"""The fonts of the exported documents: Bitstream Vera, which ships with reportlab, so accents
and the euro sign come out the same on every machine."""

from __future__ import annotations

from pathlib import Path

import reportlab

FONTS = Path(reportlab.__file__).parent / "fonts"
REGULAR, BOLD = "HelixVera", "HelixVera-Bold"
REGULAR_FILE, BOLD_FILE = FONTS / "Vera.ttf", FONTS / "VeraBd.ttf"
