"""Organisations: loading, saving, deleting and merging them, the list with its filters, and
finding them by name or as likely duplicates."""
