"""Importing: spreadsheets of organisations (reading, column mapping, validation, de-duplicated
storing), the exchange format's files, CORDIS, ROR dumps, share files, and undoing an import."""
