"""The evaluation page on the demo: writing, saving and reloading the narrative, the draft
from the data, rights and locks, concurrent edits, unsaved text on a scope change, and the
round actions."""

from __future__ import annotations

import pytest

from meapp.errors import ConcurrentEdit
from meapp.services.access.users import Actor
from meapp.services.evaluation import narrative as ev
from meapp.services.monitoring import rounds
from meapp.ui import messages

CHAIR = Actor("chair", "evaluator", "Demo chair")
MAYOR = Actor("mayor", "viewer", "Demo mayor")


@pytest.fixture
def answers(monkeypatch):
    """Answer the page's questions without a modal dialog; records what was asked."""
    asked: list[str] = []
    replies: list[bool] = []

    def confirm(_parent, text, informative=""):
        asked.append(text)
        return replies.pop(0) if replies else True

    def acknowledge(_parent, _items, _action, question):
        # the round buttons' quality gate (issue 19): the demo's 2025-H1 has open items
        asked.append(question)
        return replies.pop(0) if replies else True

    errors: list[BaseException] = []
    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr("meapp.ui.monitoring.quality_gate.acknowledge", acknowledge)
    monkeypatch.setattr(messages, "show_error", lambda _parent, exc: errors.append(exc))
    return asked, replies, errors


def _page(make_window, db, actor=CHAIR, period=None):
    window = make_window(db, actor=actor, page="evaluation")
    if period is not None:
        _choose_period(window, period)
    return window, window.pages["evaluation"]


def _choose_period(window, period):
    combo = window.top.period
    combo.setCurrentIndex(combo.findData(period))
    assert window.scope.period == period


def test_saved_text_comes_back_when_the_page_is_opened_again(demo_db, make_window, answers):
    window, page = _page(make_window, demo_db)
    assert window.scope.period == "2025-H1"
    assert page.heading.text() == "Evaluation of 2025, first half-year"
    page.editors["summary"].setPlainText("Жолдор оңдолду: 5 км, көпүрө бүттү.")
    page.editors["weak_points"].setPlainText("Суу түтүгү кечигүүдө.")
    assert page.saved_line.text() == "● Unsaved changes"
    page.save_button.click()
    assert not page.is_dirty()
    assert page.saved_line.text().startswith("Saved ")
    stored = ev.get_evaluation(demo_db, window.scope.program_id, "2025-H1")
    assert stored.summary == "Жолдор оңдолду: 5 км, көпүрө бүттү."
    window.close()

    _window2, again = _page(make_window, demo_db)
    assert again.editors["summary"].toPlainText() == "Жолдор оңдолду: 5 км, көпүрө бүттү."
    assert again.editors["weak_points"].toPlainText() == "Суу түтүгү кечигүүдө."
    assert again.editors["analysis"].toPlainText() == ""


def test_draft_fills_the_empty_parts_from_the_data(demo_db, make_window, answers):
    asked, _replies, _errors = answers
    _window, page = _page(make_window, demo_db)
    page.draft_button.click()
    assert asked == []  # nothing written yet: nothing to ask about
    summary = page.editors["summary"].toPlainText()
    assert summary.startswith("Programme progress in 2025, first half-year:")
    assert "Measures:" in summary
    # the side list shows the delayed measures, the draft lists them among the weak points
    delayed = [page.attention.item(i).text() for i in range(page.attention.count())]
    assert any(text.startswith("Delayed · ") for text in delayed)
    assert "Delayed measures:" in page.editors["weak_points"].toPlainText()
    assert "Progress by priority direction:" in page.editors["analysis"].toPlainText()
    assert page.is_dirty()


def test_draft_asks_before_replacing_what_the_chair_wrote(demo_db, make_window, answers):
    asked, replies, _errors = answers
    _window, page = _page(make_window, demo_db)
    page.editors["summary"].setPlainText("Менин жыйынтыгым")
    replies.append(False)  # keep what I wrote
    page.draft_button.click()
    assert asked == ["Replace the parts you already wrote with the draft?"]
    assert page.editors["summary"].toPlainText() == "Менин жыйынтыгым"
    assert page.editors["weak_points"].toPlainText()  # the empty part was filled
    replies.append(True)
    page.draft_button.click()
    assert page.editors["summary"].toPlainText().startswith("Programme progress in")


def test_a_viewer_reads_but_cannot_save(demo_db, make_window, answers):
    window, page = _page(make_window, demo_db, actor=MAYOR)
    assert page.banner.isVisible()
    assert "chair of the working group" in page.banner.text()
    assert not page.save_button.isEnabled()
    assert not page.draft_button.isEnabled()
    assert not page.approve_button.isEnabled()
    assert page.editors["summary"].isReadOnly()
    assert page.save() is False
    assert ev.get_evaluation(demo_db, window.scope.program_id, "2025-H1").version == 0


def test_an_approved_period_is_read_only_with_a_banner(demo_db, make_window, answers):
    window, page = _page(make_window, demo_db, period="2024-H2")
    assert window.scope.locked
    assert page.banner.isVisible()
    assert "approved and locked" in page.banner.text()
    assert page.editors["summary"].isReadOnly()
    assert not page.save_button.isEnabled()
    stored = ev.get_evaluation(demo_db, window.scope.program_id, "2024-H2")
    assert stored.summary and page.editors["summary"].toPlainText() == stored.summary


def test_a_concurrent_edit_is_refused_and_the_typing_kept(demo_db, make_window, answers):
    _asked, _replies, errors = answers
    window, page = _page(make_window, demo_db)
    ev.save_evaluation(demo_db, CHAIR, window.scope.program_id, "2025-H1", summary="Someone else")
    page.editors["summary"].setPlainText("Mine")
    assert page.save() is False
    assert len(errors) == 1 and isinstance(errors[0], ConcurrentEdit)
    assert page.editors["summary"].toPlainText() == "Mine"
    assert page.is_dirty()
    stored = ev.get_evaluation(demo_db, window.scope.program_id, "2025-H1")
    assert stored.summary == "Someone else"


def test_changing_the_period_offers_to_save_the_typing(demo_db, make_window, answers):
    asked, replies, _errors = answers
    window, page = _page(make_window, demo_db)
    pid = window.scope.program_id
    page.editors["recommendations"].setPlainText("Келерки жылы бюджетти көбөйтүү")
    replies.append(True)
    _choose_period(window, "2024-H2")
    assert asked == ["Save the evaluation of 2025, first half-year before showing another period?"]
    assert ev.get_evaluation(demo_db, pid, "2025-H1").recommendations == (
        "Келерки жылы бюджетти көбөйтүү"
    )
    # declining drops the changes
    _choose_period(window, "2025-H1")
    page.editors["recommendations"].setPlainText("Жаңы текст")
    replies.append(False)
    _choose_period(window, "2024-H2")
    _choose_period(window, "2025-H1")
    assert page.editors["recommendations"].toPlainText() == "Келерки жылы бюджетти көбөйтүү"


def test_submit_then_approve_locks_the_period(demo_db, make_window, answers):
    asked, _replies, _errors = answers
    window, page = _page(make_window, demo_db)
    pid = window.scope.program_id
    assert page.submit_button.isEnabled() and not page.approve_button.isEnabled()
    page.editors["summary"].setPlainText("Жыйынтык")
    page.submit_button.click()
    assert rounds.get_round(demo_db, pid, "2025-H1").state == "submitted"
    # the unsaved summary was saved before the round moved on
    assert ev.get_evaluation(demo_db, pid, "2025-H1").summary == "Жыйынтык"
    assert window.top.round_text.text().startswith("Submitted")
    assert page.approve_button.isEnabled() and not page.submit_button.isEnabled()
    page.approve_button.click()
    assert asked[-1] == "Approve the round 2025, first half-year?"
    assert rounds.get_round(demo_db, pid, "2025-H1").state == "approved"
    assert window.scope.locked
    assert page.editors["summary"].isReadOnly()
    assert "approved and locked" in page.banner.text()


def test_target_revisions_of_the_programme_are_listed(demo_db, make_window, answers):
    from meapp.services.monitoring.status import program_status
    from meapp.services.plan.programs import list_programs

    pid = list_programs(demo_db)[0].id
    row = program_status(demo_db, pid, "2025-H1").indicators[0]
    ev.revise_target(demo_db, CHAIR, row.indicator_id, "2025-H1", 20000, "Кеңештин чечими", "№ 12")
    _window, page = _page(make_window, demo_db)
    assert page.revisions.isVisible() and page.revisions.rowCount() == 1
    assert page.revisions_title.text() == "Target revisions of the programme"
    assert page.revisions.item(0, 0).text().endswith(row.name)
    assert page.revisions.item(0, 1).text() == "2025, first half-year"
    assert page.revisions.item(0, 2).text().endswith("→ 20\xa0000")
    assert page.revisions.item(0, 3).text() == "Кеңештин чечими (№ 12)"


def test_closing_the_window_with_unsaved_text_asks_to_save(
    demo_db, make_window, answers, save_questions
):
    asked, replies = save_questions
    window, page = _page(make_window, demo_db)
    page.editors["summary"].setPlainText("Көпүрө бүттү.")
    replies.append("cancel")
    assert not window.close()  # the user chose to stay
    assert window.isVisible() and page.is_dirty()
    assert asked == ["Save the evaluation of 2025, first half-year before closing meapp?"]
    replies.append("save")
    assert window.close()
    stored = ev.get_evaluation(demo_db, window.scope.program_id, "2025-H1")
    assert stored.summary == "Көпүрө бүттү."
