"""The municipalities tab follows the first fill of the stored summaries (issue 22): the
work runs in the background, the bar says "Computing summaries: N of M" for each programme
computed, and it goes away once the rows are there. The second look computes nothing."""

from __future__ import annotations

from meapp.services.dashboard import summary
from meapp.ui.dashboard.summary_progress import SummaryProgress
from tests.unit import factories as f


def test_the_first_fill_reports_each_programme_then_hides(demo_db, make_window, qtbot):
    f.small_program(demo_db, code="KB2")
    f.small_program(demo_db, code="KB3")
    summary.invalidate(demo_db)
    window = make_window(demo_db)
    page = window.pages["dashboard"]
    bar = page.summary_progress
    seen: list[tuple[int, int, str, bool]] = []
    bar.progressed.connect(
        lambda done, total: seen.append((done, total, bar.label.text(), bar.isVisible()))
    )
    assert not bar.isVisible()
    page.tabs.setCurrentIndex(2)
    view = page.municipalities_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=30_000)
    period = window.scope.period
    assert [(d, t) for d, t, _text, _shown in seen] == [(1, 3), (2, 3), (3, 3)]
    assert seen[-1][2] == "Computing summaries: 3 of 3"
    assert all(shown for *_rest, shown in seen)  # shown while the work ran
    assert bar.bar.maximum() == 3 and bar.bar.value() == 3
    assert not bar.isVisible()  # the rows are there: nothing more to say
    assert summary.rollup(demo_db, period).computed == 0  # stored by the background work


def test_a_report_from_another_thread_reaches_the_label(qtbot):
    import threading

    bar = SummaryProgress()
    qtbot.addWidget(bar)
    bar.show()
    worker = threading.Thread(target=lambda: bar.report(120, 484))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bar.done == 120)
    assert bar.label.text() == "Computing summaries: 120 of 484"
    assert bar.bar.value() == 120 and bar.bar.maximum() == 484
    bar.finish()
    assert not bar.isVisible()
