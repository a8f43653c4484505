"""Consortia: opening, saving and deleting drafts, the rule check as the editor holds them, and
the data of their pictures."""
