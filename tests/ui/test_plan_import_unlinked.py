"""The plan import wizard says, before the import, how many indicators it could not link
to a plan item, and why each of the others goes where it goes (issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from meapp.services.access.users import Actor
from meapp.ui.context import AppContext
from meapp.ui.plan import import_wizard as wizard_module
from meapp.ui.plan.import_wizard import PREVIEW_PAGE, PlanImportWizard
from tests.helpers import SAMPLES

PLAN = str(SAMPLES / "kara-balta-action-plan.xlsx")
MATRIX = str(SAMPLES / "kara-balta-indicators.xlsx")
ADMIN = Actor("admin", "admin", "Administrator")


@pytest.fixture
def errors(monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(wizard_module, "show_error", lambda _parent, exc: shown.append(exc))
    return shown


def test_the_preview_counts_the_unlinked_indicators(qtbot, db, errors):
    wiz = PlanImportWizard(AppContext(db, ADMIN), None)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.files_page.plan_edit.setText(PLAN)
    wiz.files_page.matrix_edit.setText(MATRIX)
    wiz.next()
    page = wiz.program_page
    qtbot.waitUntil(lambda: page.guess_task is None, timeout=30000)
    page.title_edit.setText("Кара-Балта")
    page.municipality_edit.setText("Кара-Балта")
    wiz.next()
    assert wiz.currentId() == PREVIEW_PAGE
    qtbot.waitUntil(lambda: wiz.preview is not None, timeout=30000)
    assert not errors
    pv = wiz.preview
    unlinked = [i for i in pv.indicators if i.attach_reason == "program"]
    linked = [i for i in pv.indicators if i.attach_reason != "program"]
    assert linked and unlinked  # the two road indicators find their sector by its words
    status = wiz.preview_page.status_label.text()
    assert f"Indicators not linked to a plan item: {len(unlinked)}" in status
    reasons = {
        wiz.preview_page.indicators.item(r, 6).text()
        for r in range(wiz.preview_page.indicators.rowCount())
    }
    assert {"no match: the programme", "its group row names this item"} <= reasons
    assert wiz.button(QWizard.WizardButton.CommitButton).isEnabled()
