"""The ``helixmatch`` command: one module per sub-command, its options beside its work, all
dispatched from the table of commands in ``main``. No Qt except for ``gui``."""
