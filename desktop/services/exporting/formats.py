"""The file formats exports write (light: the command line reads them at every start)."""

from __future__ import annotations

PROPOSAL_FORMATS = ("pdf", "docx", "xlsx", "json")
CONSORTIUM_FORMATS = (*PROPOSAL_FORMATS, "share")
SHARE_SUFFIX = ".helixshare"
ORGANISATION_FORMATS = ("csv", "xlsx")
