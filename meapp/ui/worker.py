"""The one helper for long work: run a service call off the GUI thread with a progress dialog.

Picard's `run_task` shape: the work runs in a `QRunnable` on the global `QThreadPool`; it
reports `progress(done, total)` and asks `cancelled()`; `finished(result)` or
`failed(exception)` come back to the GUI thread through queued signals. The dialog's
Cancel button sets a `threading.Event` the work polls. Exceptions always come back, none is
swallowed: an unhandled one goes to the message helper.

Services open their own session inside the worker thread; pass ids, never ORM objects.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._work(self._signals.progress.emit, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            log.debug("task failed", exc_info=True)
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class Task(QObject):
    """A running piece of work; `done` is set once `finished` or `failed` was handled."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.done = threading.Event()
        self.dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        self.cancel_event.set()


# Tasks stay referenced here until they end, so Python does not collect them mid-flight.
_running: set[Task] = set()


def run_task(
    parent: QWidget | None,
    work: Work,
    *,
    label: str,
    on_finished: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    show_progress: bool = True,
) -> Task:
    """Run `work(progress, cancelled)` on the thread pool.

    `on_failed` defaults to the message helper (a translated dialog for known errors).
    """
    task = Task(parent)
    signals = _Signals(task)
    if show_progress:
        dialog = QProgressDialog(parent)  # the default Cancel button, in Qt's words
        dialog.setLabelText(label)
        dialog.setRange(0, 0)  # "busy" until the work reports its first progress
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        else:
            dialog.canceled.connect(task.cancel)
        task.dialog = dialog

        def show_progress_value(done: int, total: int) -> None:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))

        signals.progress.connect(show_progress_value)

    def end() -> None:
        if task.dialog is not None:
            task.dialog.close()
            task.dialog.deleteLater()
            task.dialog = None
        _running.discard(task)
        task.done.set()

    def finished(result: Any) -> None:
        end()
        task.finished.emit(result)
        if on_finished is not None:
            on_finished(result)

    def failed(exc: BaseException) -> None:
        end()
        task.failed.emit(exc)
        if on_failed is not None:
            on_failed(exc)
        else:
            from meapp.ui.messages import show_error

            show_error(parent, exc)

    signals.finished.connect(finished)
    signals.failed.connect(failed)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(work, signals, task.cancel_event))
    return task


def wait_for_tasks(msecs: int = 30000) -> bool:
    """At exit: let running work end (it may be writing a transaction)."""
    for task in list(_running):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(msecs)
