"""A database's life: opening (create, migrate or refuse), backups, copying to another
database, the built-in data and its prepared copy, and the log file."""
