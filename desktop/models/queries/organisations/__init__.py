"""Queries about organisations: storing records, the full record an editor shows, filters,
merges, the identities an import compares with, and which are demonstration data."""
