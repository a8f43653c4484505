"""Pure-Python matching: vocabularies, name matching, scoring. No Qt, no database."""
