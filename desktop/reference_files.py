"""Where the reference data shipped with HelixMatch lies (``resources/reference``)."""

from __future__ import annotations

from pathlib import Path

import resources

REFERENCE_DIR = Path(resources.__file__).parent / "reference"
