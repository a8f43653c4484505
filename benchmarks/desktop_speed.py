"""Desktop speed at 100,000 organisations: start-up, typing in the search box, scrolling.

    .venv/bin/python benchmarks/desktop_speed.py                  # 100,000 organisations
    .venv/bin/python benchmarks/desktop_speed.py --write-readme   # and replace the results
    .venv/bin/python benchmarks/desktop_speed.py --db PATH        # reuse a generated database

The parent process builds the database with ``helixmatch init`` and ``helixmatch generate``, then
starts the application in a child process of its own (offscreen), as a user would start it; and,
as a new user does, on a database file that does not exist yet (the built-in data). The
child reports, in wall-clock time, when the main window is shown and usable, then drives the
organisations page: it types a name one key every 300 ms (each key starts a search) while a
5 ms timer measures how late the event loop gets to it (the longest delay is how long the GUI
thread was blocked), and it scrolls the table from top to bottom a page at a time, painting
each step, after a jump to the end with Ctrl+End.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import machine, run_helixmatch, write_block  # noqa: E402
from desktop.services.index_cache import cache_folder  # noqa: E402

TYPED = "Technsche Universiteit Delft"  # with a typo: the name index must find it
KEY_INTERVAL_MS = 300  # slower than the search delay: every key starts a search
PROBE_MS = 5
SCROLL_STEPS = 300
IDLE_SECONDS = 8.4  # as long as the typing, so that the two delays compare


# --- the child: the application, measured from inside -------------------------------------------


class LatencyProbe:
    """A timer that should fire every ``PROBE_MS``; how late it fires is how long the event loop
    was kept from running."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.delays: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.delays.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> dict[str, float]:
        self._timer.stop()
        ordered = sorted(self.delays) or [0.0]
        return {
            "max_ms": ordered[-1] * 1000,
            "p99_ms": ordered[int(len(ordered) * 0.99) - 1 if len(ordered) > 1 else 0] * 1000,
            "over_50ms": sum(1 for d in ordered if d > 0.050),
            "ticks": len(self.delays),
        }

    def _tick(self) -> None:
        now = time.perf_counter()
        self.delays.append(max(0.0, now - self._last - PROBE_MS / 1000))
        self._last = now


def wait_until(app, condition, timeout: float = 180.0, what: str = "") -> float:
    started = time.perf_counter()
    while not condition():
        if time.perf_counter() - started > timeout:
            raise TimeoutError(f"the application did not get there in time: {what}")
        app.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - started


def child(url: str, report: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.views.app import application, run_application
    from desktop.views.main_window import MainWindow
    from desktop.views.pages.organisations.table_model import Roles

    results: dict[str, object] = {}
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(report.parent / "settings")
    )

    def measure() -> None:
        try:
            drive()
        except Exception as error:  # noqa: BLE001 - reported to the parent, then quit
            results["error"] = repr(error)
            report.write_text(json.dumps(results), encoding="utf-8")
            QApplication.instance().exit(1)

    def drive() -> None:
        app = QApplication.instance()
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not windows:
            QTimer.singleShot(1, measure)
            return
        window = windows[0]
        results["window_shown_at"] = time.time()
        window.show_key("overview")  # the window reopens on the page it was closed on
        overview = window.page("overview")
        wait_until(app, lambda: getattr(overview, "data", None) is not None, what="overview")
        results["overview_filled_at"] = time.time()

        probe = LatencyProbe()
        # Idle on the overview: the probe with nothing to do shows the machine's own noise.
        probe.start()
        idle_until = time.perf_counter() + IDLE_SECONDS
        while time.perf_counter() < idle_until:
            app.processEvents()
            time.sleep(0.001)
        results["idle"] = probe.stop()

        # The first visit builds the page on the GUI thread (its module loaded in the background).
        building = time.perf_counter()
        window.show_key("organisations")
        page = window.page("organisations")
        results["page_built_ms"] = (time.perf_counter() - building) * 1000
        probe.start()
        results["list_seconds"] = wait_until(
            app, lambda: page.model.rowCount() > 0 and not page.model.is_reloading(), what="list"
        )
        # The name index is built in the background once the list is shown.
        warmed = wait_until(app, lambda: page.finder.ready, what="name index")
        results["warming"] = probe.stop() | {"seconds": warmed}

        # Typing: one key every KEY_INTERVAL_MS, then wait for the answer to the whole text.
        page.search.setFocus(Qt.FocusReason.OtherFocusReason)
        probe.start()
        typing_started = time.perf_counter()
        for character in TYPED:
            QTest.keyClicks(page.search, character)
            pause = time.perf_counter() + KEY_INTERVAL_MS / 1000
            while time.perf_counter() < pause:
                app.processEvents()
                time.sleep(0.001)
        last_key = time.perf_counter()
        wait_until(
            app,
            lambda: page.model.query.text == TYPED.strip() and not page.model.is_reloading(),
            what=f"the answer to {page.search.text()!r}",
        )
        answer = time.perf_counter()
        results["typing"] = probe.stop() | {
            "keys": len(TYPED),
            "typing_seconds": last_key - typing_started,
            "answer_after_last_key_s": answer - last_key,
            "found": [
                page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())
            ],
        }

        # Clear the search: the whole list again, from a fresh first block.
        page.search.clear()
        wait_until(
            app,
            lambda: page.model.query.text == "" and not page.model.is_reloading(),
            what="the cleared search",
        )
        table = page.table
        bar = table.verticalScrollBar()
        wait_until(app, lambda: bar.maximum() > 0, what="scroll range")
        last_row = page.model.rowCount() - 1

        # Ctrl+End on the fresh list: the last rows are not loaded yet.
        probe.start()
        table.setFocus()
        QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        jumped = wait_until(
            app, lambda: page.model.index(last_row, 0).data(Roles.LOADED), what="the jump"
        )
        results["jump"] = probe.stop() | {"seconds": jumped}
        QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)

        # Scrolling from the top down to the end a page at a time, painting each step.
        probe.start()
        scroll_started = time.perf_counter()
        step = max(1, bar.maximum() // SCROLL_STEPS)
        frames: list[float] = []
        while bar.value() < bar.maximum():
            frame = time.perf_counter()
            bar.setValue(min(bar.maximum(), bar.value() + step))
            table.viewport().repaint()
            app.processEvents()
            frames.append(time.perf_counter() - frame)
        wait_until(app, lambda: page.model.index(last_row, 0).data(Roles.LOADED), what="last rows")
        frames.sort()
        results["scroll"] = probe.stop() | {
            "steps": len(frames),
            "rows": page.model.rowCount(),
            "seconds": time.perf_counter() - scroll_started,
            "frame_max_ms": frames[-1] * 1000,
            "frame_median_ms": frames[len(frames) // 2] * 1000,
        }
        report.write_text(json.dumps(results), encoding="utf-8")
        window.close()

    application()  # the timer needs the application's event loop to exist
    QTimer.singleShot(0, measure)
    # A database file that is not there yet is made, as on a user's first start.
    return run_application(url, create=not Path(url.removeprefix("sqlite:///")).exists())


# --- the parent: data, a fresh process per run, the table of results --------------------------


def start_once(db: Path, folder: Path) -> dict:
    report = folder / "report.json"
    report.unlink(missing_ok=True)
    # Fresh settings: every start opens on the Overview, as a first start does.
    shutil.rmtree(folder / "settings", ignore_errors=True)
    # Python keeps the compiled modules, as it does unless told not to (this machine's
    # environment tells it not to, which would make every start compile every module again).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.time()
    child_run = subprocess.run(
        [sys.executable, __file__, "--child", f"sqlite:///{db}", str(report)], env=env
    )
    results = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
    if child_run.returncode != 0 or "error" in results:
        raise SystemExit(f"the application run failed: {results.get('error', 'no report')}")
    for key in ("window_shown_at", "overview_filled_at"):
        results[key.replace("_at", "_s")] = results.pop(key) - started
    return results


def build_database(folder: Path, organisations: int) -> Path:
    db = folder / "desktop-speed.db"
    run_helixmatch("--db", str(db), "init")
    run_helixmatch("--db", str(db), "generate", "--organisations", str(organisations))
    return db


def table(runs: list[dict], first: list[dict], organisations: int, shared: bool) -> str:
    def worst(key: str, field: str) -> float:
        return max(run[key][field] for run in runs)

    def best(key: str) -> float:
        return min(run[key] for run in runs)

    last = runs[-1]
    lines = [
        f"Latest run: {time.strftime('%Y-%m-%d')}, {machine()}, {organisations:,} organisations, "
        f"{len(runs)} starts (best start, worst latency)."
        + (" The machine was shared with other work during the run." if shared else ""),
        "",
        "| what | measured | target |",
        "|---|---:|---:|",
        "| first start, no database yet: start to a shown main window (built-in data from "
        f"the prepared copy, best of {len(first)}) | "
        f"{min(r['window_shown_s'] for r in first):.2f} s | 2 s |",
        f"| start to a shown main window | {best('window_shown_s'):.2f} s | 2 s |",
        f"| start to the overview filled in | {best('overview_filled_s'):.2f} s | |",
        f"| Organisations page first shown: building it (slowest) | "
        f"{max(r['page_built_ms'] for r in runs):.0f} ms | |",
        f"| Organisations page shown to its list filled (slowest) | "
        f"{max(r['list_seconds'] for r in runs):.2f} s | |",
        f"| the name index ready in the background after the list is shown: first start "
        f"(built) | {runs[0]['warming']['seconds']:.2f} s | |",
        f"| the same, later starts (read from the index cache), slowest | "
        f"{max(r['warming']['seconds'] for r in runs[1:] or runs):.2f} s | |",
        f"| meanwhile, longest event-loop delay | {worst('warming', 'max_ms'):.0f} ms | 50 ms |",
        f"| idle {IDLE_SECONDS:.0f} s, longest event-loop delay (the machine's own noise) | "
        f"{worst('idle', 'max_ms'):.0f} ms | |",
        f"| typing {last['typing']['keys']} keys, longest event-loop delay | "
        f"{worst('typing', 'max_ms'):.0f} ms | 50 ms |",
        f"| typing, delays over 50 ms (idle: {worst('idle', 'over_50ms')}) | "
        f"{worst('typing', 'over_50ms')} | 0 |",
        f"| answer after the last key (250 ms pause included) | "
        f"{max(r['typing']['answer_after_last_key_s'] for r in runs):.2f} s | |",
        f"| scrolling {last['scroll']['rows']:,} rows in {last['scroll']['steps']} painted steps | "
        f"{max(r['scroll']['seconds'] for r in runs):.2f} s | |",
        f"| scrolling, slowest step (median) | {worst('scroll', 'frame_max_ms'):.0f} ms "
        f"({max(r['scroll']['frame_median_ms'] for r in runs):.1f} ms) | |",
        f"| scrolling, longest event-loop delay | {worst('scroll', 'max_ms'):.0f} ms | 50 ms |",
        f"| Ctrl+End on the fresh list: last rows shown | "
        f"{max(r['jump']['seconds'] for r in runs):.2f} s | |",
        "",
        f"Typed `{TYPED}` (one typo); the list then showed: "
        + ", ".join(f"`{name}`" for name in last["typing"]["found"][:5])
        + ".",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="a database made earlier (skips generating)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shared", action="store_true", help="say the machine was shared")
    parser.add_argument("--write-readme", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("URL", "REPORT"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        return child(options.child[0], Path(options.child[1]))

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = options.db or build_database(folder, options.organisations)
        # The first start builds the name index and stores it in the index cache, the later
        # ones read it back.
        stored = cache_folder(f"sqlite:///{db}") / "names.pickle"
        stored.unlink(missing_ok=True)
        runs = [start_once(db, folder) for _ in range(options.runs)]
        # A first start: the database file does not exist yet and is made with the built-in data.
        first = [start_once(folder / f"first-{n}.db", folder) for n in range(options.runs)]
    text = table(runs, first, options.organisations, options.shared)
    print(text)
    if options.write_readme:
        write_block("desktop-speed", text, "## Desktop speed: `desktop_speed.py`")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
