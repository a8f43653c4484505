"""``helixmatch gui``, the default: the desktop application. Only this command imports Qt."""

from __future__ import annotations

import argparse

from desktop.cli.opening import uses_default_location


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``gui`` takes no options."""


def run(url: str, options: argparse.Namespace) -> int:
    from desktop.views.app import run_application

    return run_application(url, create=True, last_used=uses_default_location(options))
