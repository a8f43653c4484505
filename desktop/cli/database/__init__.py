"""The sub-commands that look after the database itself: ``backup``, ``restore`` and ``copy``."""
