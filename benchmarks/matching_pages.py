"""Benchmark: the desktop's matching pages at 10,000 and 100,000 organisations.

For every size it creates a database in a temporary folder (``helixmatch init`` and ``helixmatch
generate``, about three participations per organisation) and then measures, in this process,
what a user of the matching pages waits for and whether the window stays responsive:

1. the first run after start: ``Matcher.engine()`` builds the text indexes (empty cache);
2. the one-stop desk: ``answer_question`` for 12 questions (whole knowledge chain, 200
   candidates, every instrument checked): median and worst;
3. regional matching: ``match_smes`` over 40 SMEs: seconds per SME;
4. the window while matching: the Match page (offscreen) runs 10 requests and the Regional
   matching page one run of 20 SMEs, each in the task runner's worker, while a 5 ms timer ticks
   on the GUI thread; the longest gap between ticks is the longest the window was frozen.

    .venv/bin/python benchmarks/matching_pages.py                   # 10,000 and 100,000
    .venv/bin/python benchmarks/matching_pages.py --sizes 10000
    .venv/bin/python benchmarks/matching_pages.py --write-readme    # update benchmarks/README.md
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from harness import machine, run_helixmatch, write_block

SIZES = (10_000, 100_000)
PARTICIPANTS_PER_PROJECT = 4.31  # the generator's mean team size (see suggest_speed.py)
QUESTIONS = (
    "waterstof en elektrolyse voor de procesindustrie",
    "recycling van kunststof verpakkingen",
    "sensoren voor zorg op afstand",
    "precisielandbouw met drones en beeldherkenning",
    "dijkversterking en klimaatadaptatie",
    "eiwittransitie: plantaardige eiwitten uit peulvruchten",
    "batterijen voor emissieloze binnenvaart",
    "fotonica chips voor datacommunicatie",
    "cybersecurity for small manufacturers",
    "circular concrete in road construction",
    "quantum sensing for medical imaging",
    "geothermal heat for greenhouses",
)
TICK_MS = 5


def _database(folder: Path, size: int) -> str:
    db = str(folder / "bench.db")
    env = dict(os.environ, XDG_CACHE_HOME=str(folder / "cache"))
    run_helixmatch("--db", db, "init", env=env)
    projects = round(3 * size / PARTICIPANTS_PER_PROJECT)
    run_helixmatch("--db", db, "generate", "--organisations", str(size), "--projects",
                   str(projects), env=env)  # fmt: skip
    return db


def _questions():
    from desktop.models.queries.questions import QuestionRow

    now = datetime.now(UTC)
    return [
        QuestionRow(i, text, "", None, None, None, None, None, None, None, "new", now)
        for i, text in enumerate(QUESTIONS, start=1)
    ]


class _Ticker:
    """Counts the longest gap between the ticks of a timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()


def _wait(app, condition, timeout: float = 600) -> None:
    ends = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > ends:
            raise TimeoutError("the page did not finish in time")
        app.processEvents()
        time.sleep(0.001)


def _window(database, matcher, sme_ids: list[int]) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.views.context import AppContext
    from desktop.views.pages.matching.match import MatchPage
    from desktop.views.pages.matching.regional import RegionalPage
    from desktop.views.pages.matching.shared_engine import MatchingServices
    from desktop.views.settings_store import SettingsStore
    from desktop.views.tasks import TaskRunner
    from desktop.views.translation import interface_locale

    app = QApplication.instance() or QApplication([])
    tasks = TaskRunner()
    with tempfile.TemporaryDirectory() as folder:
        settings = SettingsStore(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        context = AppContext(database, settings, tasks, interface_locale("en"), "en")
        services = MatchingServices(context, matcher)
        match = MatchPage(services)
        match.resize(1280, 800)
        match.show()
        match.activate()
        _wait(app, lambda: match.words is not None)
        ticker = _Ticker()
        ticker.start()
        runs = []
        for text in QUESTIONS[:10]:
            match.form.text.setPlainText(text)
            before = match.result
            started = time.perf_counter()
            match.run()
            _wait(app, lambda before=before: match.result is not before)
            _wait(app, lambda: not match.run_bar.is_running())
            runs.append(time.perf_counter() - started)
        match_stall = ticker.longest
        regional = RegionalPage(services)
        regional.resize(1280, 800)
        regional.show()
        regional.activate()
        _wait(app, lambda: regional.words is not None and regional.smes.rowCount() > 0)
        ticker.longest = 0.0
        started = time.perf_counter()
        regional.smes.set_rows([r for r in regional.smes.rows() if r.key in set(sme_ids)])
        regional.match()
        _wait(app, lambda: bool(regional.matches))
        regional_seconds = time.perf_counter() - started
        tasks.shutdown()
    return {
        "match_median": statistics.median(runs),
        "match_stall": match_stall,
        "regional_seconds": regional_seconds,
        "regional_rows": regional.results.rowCount(),
        "regional_stall": ticker.longest,
    }


def measure(size: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CACHE_HOME"] = str(Path(folder) / "cache")
        db = _database(Path(folder), size)
        from desktop.models.queries.sme_selection import select_smes
        from desktop.services.lifecycle.opening import open_database
        from desktop.services.matching.desk import answer_question
        from desktop.services.matching.regional import match_smes
        from desktop.services.matching.runs import Matcher

        database = open_database(f"sqlite:///{db}").database
        matcher = Matcher(database)
        started = time.perf_counter()
        matcher.engine()
        first = time.perf_counter() - started
        desk = []
        for question in _questions():
            started = time.perf_counter()
            answer_question(matcher, question)
            desk.append(time.perf_counter() - started)
        with database.transaction() as session:
            smes = [s.id for s in select_smes(session, limit=40)]
        started = time.perf_counter()
        match_smes(matcher, smes)
        per_sme = (time.perf_counter() - started) / len(smes)
        window = _window(database, matcher, smes[:20])
        database.close()
    return {
        "size": size,
        "first": first,
        "desk_median": statistics.median(desk),
        "desk_worst": max(desk),
        "per_sme": per_sme,
        **window,
    }


def report(results: list[dict[str, float]]) -> str:
    lines = [
        f"Latest run: {datetime.now(UTC):%Y-%m-%d}, {machine()}. The machine was shared with "
        "other work while this ran, so the figures are upper bounds.",
        "",
        "| organisations | first run (indexes built) | desk answer median / worst "
        "| regional, per SME | Match page run median | longest frozen window: Match / Regional |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['size']:,} | {r['first']:.1f} s | {r['desk_median'] * 1000:.0f} / "
            f"{r['desk_worst'] * 1000:.0f} ms | {r['per_sme'] * 1000:.0f} ms | "
            f"{r['match_median'] * 1000:.0f} ms | {r['match_stall'] * 1000:.0f} / "
            f"{r['regional_stall'] * 1000:.0f} ms |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--write-readme", action="store_true")
    options = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    results = []
    for size in options.sizes:
        results.append(measure(size))
        print(results[-1], flush=True)
    text = report(results)
    print(text)
    if options.write_readme:
        write_block("matching-pages", text, "## Matching pages of the desktop")
    return 0


if __name__ == "__main__":
    sys.exit(main())
