"""Qt drawing of the pictures computed in ``desktop.services.pictures``."""
