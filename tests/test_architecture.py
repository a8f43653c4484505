"""The layers hold: the contracts in pyproject.toml ([tool.importlinter]), and matching and the
non-view parts of desktop import with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = (
    "import sys; from importlinter.cli import lint_imports_command;"
    " sys.exit(lint_imports_command())"
)

BLOCKED_IMPORT = """
import importlib, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt is blocked outside desktop.views: " + name)

sys.meta_path.insert(0, BlockQt())
import desktop, matching
names = []
for package in (desktop, matching):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if module.name.startswith("desktop.views") or module.name == "desktop.__main__":
            continue
        if ".migrations" in module.name:
            continue
        importlib.import_module(module.name)
        names.append(module.name)
print(len(names))
"""


def test_core_imports_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKED_IMPORT], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 15


def test_command_line_runs_without_qt(tmp_path) -> None:
    """A sub-command other than gui never imports Qt, and one that does not match never loads
    the matching engine's NumPy and SciPy: start-up stays short."""
    script = (
        "import sys; from desktop.cli.main import main; code = main(sys.argv[1:]); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'; "
        "assert not any(m.startswith(('numpy', 'scipy')) for m in sys.modules), 'NumPy loaded'; "
        "sys.exit(code)"
    )
    db = tmp_path / "x.db"
    result = subprocess.run(
        [sys.executable, "-c", script, "--db", str(db), "init", "--empty"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_import_contracts_hold() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS, "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
