"""The file formats exports write (light: the command line reads them at every start)."""

from __future__ import annotations

PROPOSAL_FORMATS = ("pdf", "docx", "xlsx", "json")
CONSORTIUM_FORMATS = PROPOSAL_FORMATS
ORGANISATION_FORMATS = ("csv", "xlsx")
