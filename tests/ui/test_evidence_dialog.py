"""The evidence dialog: attach a photo (listed with its thumbnail), open it, remove it; read
only for a viewer and in an approved period."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QDesktopServices, QImage
from sqlalchemy import select

from meapp.models import Indicator
from meapp.services.access.users import Actor
from meapp.services.monitoring import evidence
from meapp.services.plan.programs import list_programs
from meapp.ui.context import AppContext
from meapp.ui.monitoring import evidence_dialog as module
from meapp.ui.monitoring.evidence_dialog import EvidenceDialog

EDITOR = Actor("editor", "editor", "Demo editor")
VIEWER = Actor("mayor", "viewer", "Demo mayor")


@pytest.fixture
def subject(demo_db):
    program = list_programs(demo_db)[0]
    with demo_db.session() as s:
        indicator = s.scalars(
            select(Indicator)
            .where(Indicator.program_id == uuid.UUID(program.id))
            .order_by(Indicator.position)
        ).first()
        return program.id, str(indicator.id), indicator.name


@pytest.fixture
def photo(tmp_path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#0072B2"))
    path = tmp_path / "school roof.png"
    assert image.save(str(path))
    return path


def _dialog(qtbot, db, subject, actor=EDITOR, period="2025-H1"):
    program_id, indicator_id, name = subject
    dialog = EvidenceDialog(AppContext(db, actor), program_id, period, "actual", indicator_id, name)
    qtbot.addWidget(dialog)
    return dialog


def test_attach_a_photo_lists_it_with_a_thumbnail_then_remove_it(
    demo_db, subject, photo, qtbot, monkeypatch
):
    dialog = _dialog(qtbot, demo_db, subject)
    assert dialog.file_count() == 0 and not dialog.empty.isHidden()
    assert "No files are attached yet" in dialog.empty.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("photo"))
    dialog.number.setText("7")
    dialog.add_file(photo)
    qtbot.waitUntil(lambda: dialog.file_count() == 1)
    assert dialog.changed
    assert dialog.table.item(0, module.COL_NAME).text() == "school roof.png"
    assert dialog.table.item(0, module.COL_KIND).text() == "Photo"
    assert dialog.table.item(0, module.COL_NUMBER).text() == "7"
    assert dialog.has_thumbnail(0)
    assert dialog.count_label.text() == "1 file(s)"
    program_id, indicator_id, _name = subject
    assert evidence.counts(demo_db, program_id, "actual", "2025-H1") == {indicator_id: 1}

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.table.selectRow(0)
    dialog.open_button.click()
    [url] = opened
    assert Path(url.toLocalFile()).read_bytes() == photo.read_bytes()

    asked = []
    monkeypatch.setattr(module.messages, "confirm", lambda *a: asked.append(a[1]) or True)
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert asked == ["Remove the file school roof.png?"]
    assert dialog.file_count() == 0
    assert evidence.count(demo_db, "actual", indicator_id, "2025-H1") == 0


def test_a_declined_confirmation_keeps_the_file(demo_db, subject, photo, qtbot, monkeypatch):
    program_id, indicator_id, _name = subject
    evidence.attach(demo_db, EDITOR, "actual", indicator_id, "2025-H1", path=photo)
    dialog = _dialog(qtbot, demo_db, subject)
    monkeypatch.setattr(module.messages, "confirm", lambda *a: False)
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert dialog.file_count() == 1 and not dialog.changed


def test_a_viewer_sees_the_files_but_cannot_change_them(demo_db, subject, photo, qtbot):
    _pid, indicator_id, _name = subject
    evidence.attach(demo_db, EDITOR, "actual", indicator_id, "2025-H1", path=photo)
    dialog = _dialog(qtbot, demo_db, subject, actor=VIEWER)
    dialog.show()
    assert dialog.file_count() == 1
    dialog.table.selectRow(0)
    assert dialog.open_button.isEnabled()
    assert not dialog.remove_button.isEnabled()
    assert not dialog.add_box.isVisible()
    assert "not change" in dialog.where.text()


def test_an_approved_period_is_read_only(demo_db, subject, qtbot):
    dialog = _dialog(qtbot, demo_db, subject, period="2024-H2")
    dialog.show()
    assert dialog.read_only and not dialog.add_box.isVisible()
    assert "approved" in dialog.where.text()
    assert dialog.empty.text() == "No files are attached."
