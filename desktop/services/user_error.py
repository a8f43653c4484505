"""Mistakes a user can fix; the command line shows them as one line, without a traceback."""


class UserError(Exception):
    pass
