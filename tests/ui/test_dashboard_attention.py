"""The mayor's dashboard names what is open before the chosen period's round is decided
(issue 19: the quality gate's items under "needs attention"), shown right after the figures
and "Open Evaluation" leads to the page where they are resolved."""

from __future__ import annotations


def test_the_open_items_of_the_chosen_period_show_on_the_dashboard(demo_db, make_window, qtbot):
    window = make_window(demo_db)  # the demo's chosen period is 2025-H1, still open
    strip = window.pages["dashboard"].overview_view.attention
    qtbot.waitUntil(lambda: strip.isVisibleTo(window), timeout=10_000)
    assert "Needs attention" in strip.label.text()
    strip.button.click()
    assert window.current_page_key() == "evaluation"
