"""Before the first window: a system library that Qt's xcb plugin lacks is named in one line,
with the Debian/Ubuntu package to install, instead of Qt's abort text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.views.window_system import (
    debian_package,
    missing_libraries,
    run_ldd,
    uses_xcb,
    window_problem,
    xcb_plugin,
)

LDD_WITHOUT_CURSOR = """\
\tlinux-vdso.so.1 (0x00007ffd5a1f3000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f8a1131f000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f8a1076e000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f8a10767000)
\tlibxcb-cursor.so.0 => not found
"""
X_DISPLAY = {"DISPLAY": ":0"}


def test_a_missing_library_is_named_with_its_package():
    line = window_problem(X_DISPLAY, "linux", lambda _plugin: LDD_WITHOUT_CURSOR)
    assert line == (
        "HelixMatch cannot open a window: Qt's xcb platform plugin needs libxcb-cursor.so.0 "
        "(Debian/Ubuntu: sudo apt-get install libxcb-cursor0)"
    )


def test_each_missing_library_is_named_once():
    output = LDD_WITHOUT_CURSOR + "\tlibxkbcommon-x11.so.0 => not found\n"
    assert missing_libraries(output) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    line = window_problem(X_DISPLAY, "linux", lambda _plugin: output)
    assert line is not None and line.endswith("install libxcb-cursor0 libxkbcommon-x11-0)")


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libGL.so.1", "libgl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_the_debian_package_of_a_library(library, package):
    assert debian_package(library) == package


@pytest.mark.parametrize(
    ("environment", "platform", "expected"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:nograb", "DISPLAY": ":0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "darwin", False),
        ({"DISPLAY": ":0"}, "win32", False),
    ],
)
def test_only_the_xcb_platform_is_checked(environment, platform, expected):
    assert uses_xcb(environment, platform) is expected


def test_nothing_is_checked_for_other_platforms():
    def ldd(_plugin: Path) -> str:
        raise AssertionError("ldd ran")

    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", ldd) is None


@pytest.mark.skipif(not xcb_plugin().exists(), reason="no xcb plugin in this Qt")
def test_this_machines_xcb_plugin_has_its_libraries():
    output = run_ldd(xcb_plugin())
    assert "libQt6XcbQpa" in output and missing_libraries(output) == []
    assert window_problem(X_DISPLAY, "linux") is None


@pytest.mark.skipif(not xcb_plugin().exists(), reason="no xcb plugin in this Qt")
def test_the_command_prints_one_line_and_exits_nonzero(tmp_path):
    """``helixmatch`` on a system where ldd finds no libxcb-cursor: one line, no Qt abort."""
    fake = tmp_path / "bin"
    fake.mkdir()
    ldd = fake / "ldd"
    ldd.write_text(f"#!/bin/sh\ncat <<'END'\n{LDD_WITHOUT_CURSOR}END\n")
    ldd.chmod(0o755)
    environment = {
        **os.environ,
        "PATH": f"{fake}{os.pathsep}{os.environ['PATH']}",
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": ":987",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(tmp_path / "h.db"), "gui"],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=120,
    )
    assert done.returncode != 0
    assert done.stderr.splitlines() == [
        "HelixMatch cannot open a window: Qt's xcb platform plugin needs libxcb-cursor.so.0 "
        "(Debian/Ubuntu: sudo apt-get install libxcb-cursor0)"
    ]
