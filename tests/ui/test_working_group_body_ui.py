"""The Members tab states who approved the working group (issue 21): the demo's order of the
mayor is shown, a council resolution is saved, "other" without its name is refused."""

from __future__ import annotations

from meapp.services.access.users import Actor
from meapp.services.governance import working_group as gov
from meapp.services.plan.programs import list_programs
from meapp.ui import messages

ADMIN = Actor("admin", "admin", "Demo administrator")
VIEWER = Actor("mayor", "viewer", "Demo mayor")


def _tab(make_window, db, actor=ADMIN):
    return make_window(db, actor=actor, page="working-group").pages["working-group"].members


def test_the_demo_body_is_shown_in_words(demo_db, make_window):
    tab = _tab(make_window, demo_db)
    assert tab.approving_body.currentData() == "head"
    assert tab.approving_body.currentText().startswith("Order of the head")
    assert tab.approving_body.itemText(0) == "not stated"
    assert tab.body_label.text() == "&Approved by:"


def test_a_council_resolution_is_saved_with_its_note(demo_db, make_window):
    tab = _tab(make_window, demo_db)
    tab.approving_body.setCurrentIndex(tab.approving_body.findData("council"))
    tab.approving_body_note.setText("XII session")
    tab.save_order_button.click()
    group = gov.get_group(demo_db, list_programs(demo_db)[0].id)
    assert (group.approving_body, group.approving_body_note) == ("council", "XII session")
    assert group.order_number == "№ 112-б"


def test_another_body_without_its_name_is_refused(demo_db, make_window, monkeypatch):
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, exc: errors.append(exc))
    tab = _tab(make_window, demo_db)
    tab.approving_body.setCurrentIndex(tab.approving_body.findData("other"))
    tab.approving_body_note.clear()
    tab.save_order_button.click()
    assert [p.params["field"] for p in errors[0].problems] == ["approving_body_note"]
    assert gov.get_group(demo_db, list_programs(demo_db)[0].id).approving_body == "head"


def test_a_viewer_cannot_change_the_body(demo_db, make_window):
    tab = _tab(make_window, demo_db, VIEWER)
    assert not tab.approving_body.isEnabled() and not tab.approving_body_note.isEnabled()
