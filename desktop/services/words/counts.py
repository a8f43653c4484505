"""Counts in the command line's English: "1 project", "2 projects"."""


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """The number with its noun in the singular for one, else the plural (``noun + "s"`` unless
    given)."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
