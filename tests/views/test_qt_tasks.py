"""The task runner: work off the GUI thread, results on it, stale results dropped."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, QThread

from desktop.services.progress import Cancelled, TaskState
from desktop.views.tasks import TaskRunner
from desktop.views.widgets.run_bar import RunBar


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []

    def take(self, result: object) -> None:
        self.results.append(result)


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot, tasks: TaskRunner):
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = QThread.currentThread()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = QThread.currentThread()

    tasks.call(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] is not gui_thread
    assert seen["callback"] is gui_thread
    assert not tasks.is_busy()


def test_a_failure_reaches_the_failure_callback_with_a_traceback(qtbot, tasks: TaskRunner):
    failures: list[tuple[BaseException, str]] = []

    def work() -> None:
        raise ValueError("broken on purpose")

    tasks.call(work, lambda _result: None, lambda error, details: failures.append((error, details)))
    qtbot.waitUntil(lambda: bool(failures))
    error, details = failures[0]
    assert isinstance(error, ValueError)
    assert "broken on purpose" in details and "Traceback" in details


def test_an_unhandled_failure_is_announced(qtbot, tasks: TaskRunner):
    with qtbot.waitSignal(tasks.taskFailed) as blocker:
        tasks.call(lambda: 1 / 0, lambda _result: None)
    message, details = blocker.args
    assert "division" in message
    assert "ZeroDivisionError" in details


def test_a_newer_call_with_the_same_key_wins_even_when_the_older_one_finishes_later(
    qtbot, tasks: TaskRunner
):
    release_old = threading.Event()
    results: list[str] = []

    def old_work() -> str:
        release_old.wait(5)
        return "old"

    tasks.call(old_work, results.append, key="overview")
    tasks.call(lambda: "new", results.append, key="overview")
    qtbot.waitUntil(lambda: results == ["new"])
    release_old.set()
    tasks.wait()
    qtbot.wait(50)  # let the old result's queued signal arrive: it must be dropped
    assert results == ["new"]


def test_calls_with_different_keys_do_not_cancel_each_other(qtbot, tasks: TaskRunner):
    results: list[str] = []
    tasks.call(lambda: "a", results.append, key="a")
    tasks.call(lambda: "b", results.append, key="b")
    tasks.call(lambda: "c", results.append)
    qtbot.waitUntil(lambda: sorted(results) == ["a", "b", "c"])


def test_cancel_drops_the_result(qtbot, tasks: TaskRunner):
    release = threading.Event()
    results: list[str] = []

    def work() -> str:
        release.wait(5)
        return "late"

    tasks.call(work, results.append, key="k")
    tasks.cancel("k")
    release.set()
    tasks.wait()
    qtbot.wait(50)
    assert results == []


def test_a_result_for_a_deleted_qt_object_is_not_delivered(qtbot, tasks: TaskRunner):
    release = threading.Event()
    receiver = Receiver()

    def work() -> str:
        release.wait(5)
        return "late"

    tasks.call(work, receiver.take)
    shiboken6.delete(receiver)
    release.set()
    tasks.wait()
    qtbot.wait(50)
    assert receiver.results == []  # and no error from calling into a deleted object


def test_shutdown_waits_and_drops_what_is_pending(qtbot):
    runner = TaskRunner()
    results: list[int] = []
    runner.call(lambda: 1, results.append)
    runner.shutdown()
    qtbot.wait(50)
    assert results == []
    assert not runner.is_busy()


def test_queued_work_with_a_higher_priority_starts_first(qtbot):
    runner = TaskRunner(max_threads=1)
    release = threading.Event()
    order: list[str] = []
    runner.call(lambda: release.wait(5), lambda _result: None)  # occupies the only thread
    runner.call(lambda: order.append("low"), lambda _result: None, priority=1)
    runner.call(lambda: order.append("high"), lambda _result: None, priority=5)
    release.set()
    runner.wait()
    assert order == ["high", "low"]
    runner.shutdown()


def test_a_run_bar_ends_a_cancelled_run_quietly_and_reports_any_other_failure(qtbot, context):
    bar = RunBar(context, "test-run")
    qtbot.addWidget(bar)
    failures: list[BaseException] = []

    def cancelled(_state: TaskState) -> None:
        raise Cancelled

    def broken(_state: TaskState) -> None:
        raise ValueError("broken")

    for work in (cancelled, broken):
        bar.run("Working…", work, lambda _result: None, lambda error, _d: failures.append(error))
        qtbot.waitUntil(lambda: not bar.is_running())
    assert [type(error) for error in failures] == [ValueError]
