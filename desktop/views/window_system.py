"""Before the first window: can Qt's xcb platform plugin (X11 on Linux) load? When a system
library it needs is missing, Qt aborts with a long text; this says in one line which library
is missing and which Debian/Ubuntu package has it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

XCB_PLUGIN = Path("platforms") / "libqxcb.so"
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)
# Libraries whose Debian package is not named after them by the usual rule (see debian_package).
PACKAGE_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}


def uses_xcb(environment: Mapping[str, str], platform: str) -> bool:
    """True when Qt will open its windows with the xcb plugin: on Linux, when QT_QPA_PLATFORM
    asks for xcb, or names no platform while an X display (and no Wayland one) is set."""
    if not platform.startswith("linux"):
        return False
    chosen = environment.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    return bool(environment.get("DISPLAY")) and not environment.get("WAYLAND_DISPLAY")


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reports as "not found", in its order, each once."""
    return list(dict.fromkeys(NOT_FOUND.findall(ldd_output)))


def debian_package(library: str) -> str:
    """The Debian/Ubuntu package of a shared library, by Debian's naming rule: libfoo.so.1 is
    in libfoo1, libfoo-x11.so.0 (a name ending in a digit) in libfoo-x11-0."""
    if library in PACKAGE_EXCEPTIONS:
        return PACKAGE_EXCEPTIONS[library]
    name, _, version = library.partition(".so.")
    version = version.split(".")[0]
    if not version:
        return name.lower()
    separator = "-" if name[-1:].isdigit() else ""
    return f"{name}{separator}{version}".lower()


def problem_line(missing: list[str]) -> str:
    libraries = ", ".join(missing)
    packages = " ".join(dict.fromkeys(debian_package(library) for library in missing))
    return (
        f"HelixMatch cannot open a window: Qt's xcb platform plugin needs {libraries} "
        f"(Debian/Ubuntu: sudo apt-get install {packages})"
    )


def run_ldd(library: Path) -> str:
    """What ``ldd`` says about ``library``; empty when ldd is not there or fails."""
    try:
        done = subprocess.run(
            ["ldd", str(library)], capture_output=True, text=True, check=False, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


def xcb_plugin() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / XCB_PLUGIN


def window_problem(
    environment: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    ldd: Callable[[Path], str] = run_ldd,
) -> str | None:
    """One line saying why no window can open, or None when nothing is known to be wrong."""
    if not uses_xcb(environment, platform):
        return None
    plugin = xcb_plugin()
    if not plugin.exists():
        return None
    missing = missing_libraries(ldd(plugin))
    return problem_line(missing) if missing else None
