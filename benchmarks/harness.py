"""What the benchmark scripts share: running ``helixmatch`` in a process of its own, naming the
machine, and writing a results block into ``benchmarks/README.md``."""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

README = Path(__file__).with_name("README.md")


class BenchmarkError(Exception):
    """A step failed; the message says which and why."""


@dataclass
class Run:
    seconds: float  # wall time, start-up included
    peak_mib: float  # the process's maximum resident set size
    output: str
    errors: str


def helixmatch_command() -> list[str]:
    """The ``helixmatch`` of this Python environment."""
    script = Path(sys.executable).with_name("helixmatch")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop"]


def run_helixmatch(
    *argv: str, env: dict[str, str] | None = None, output: Path | None = None
) -> Run:
    """``helixmatch ARGV`` in a new process; its output goes to ``output`` (or is returned)."""
    with tempfile.TemporaryDirectory() as folder:
        out_path = output or Path(folder) / "out"
        err_path = Path(folder) / "err"
        with out_path.open("wb") as out, err_path.open("wb") as err:
            started = time.perf_counter()
            process = subprocess.Popen(
                [*helixmatch_command(), *argv], stdout=out, stderr=err, env=env
            )
            _pid, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - started
        errors = err_path.read_text(encoding="utf-8", errors="replace")
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            raise BenchmarkError(
                f"`helixmatch {' '.join(argv)}` failed (exit code {code}):\n{errors}"
            )
        text = "" if output else out_path.read_text(encoding="utf-8", errors="replace")
    return Run(seconds, usage.ru_maxrss / 1024, text, errors)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        cpu = found.group(1).strip() if found else cpu
    cores = len(os.sched_getaffinity(0))
    return f"{cores} cores ({cpu}), {platform.system()}, Python {platform.python_version()}"


def write_block(name: str, text: str, heading: str = "") -> None:
    """Replace the text between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->``; without such a
    block, append ``heading`` and a new block."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    current = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    block = f"{start}\n{text}\n{end}"
    if start in current and end in current:
        before, rest = current.split(start, 1)
        updated = before + block + rest.split(end, 1)[1]
    else:
        updated = current.rstrip("\n") + "\n\n" + (heading + "\n" if heading else "") + block + "\n"
    README.write_text(updated, encoding="utf-8")
