"""The reports page on the demo: building a citizen PDF and a half-year report into a chosen
file, the in-app preview, the Excel table, cancelling a build, the recent list, and the
signing buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from meapp.services.access.users import Actor
from meapp.ui import messages
from meapp.ui.pages import reports as reports_page
from meapp.ui.reports import build as rb

CHAIR = Actor("chair", "evaluator", "Demo chair")
TIMEOUT = 60000


@pytest.fixture
def save_as(monkeypatch):
    """The save dialog answers with a file in tmp_path; records the name it suggested."""
    chosen: dict[str, str] = {}

    def answer(_parent, _caption, suggested, _filter, *_rest):
        chosen["suggested"] = suggested
        return chosen["path"], ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    errors: list[BaseException] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, exc: errors.append(exc))
    chosen["errors"] = errors  # type: ignore[assignment]
    return chosen


def _page(make_window, db, actor=CHAIR):
    window = make_window(db, actor=actor, page="reports")
    return window, window.pages["reports"]


def _choose(page, kind, period=None):
    page.kind.setCurrentIndex(page.kind.findData(kind))
    if period is not None:
        page.period.setCurrentIndex(page.period.findData(period))
        assert page.period.currentData() == period
    page.language.setCurrentIndex(page.language.findData("ky"))


def _build(qtbot, page):
    page.build_button.click()
    assert page.task is not None
    qtbot.waitUntil(page.task.done.is_set, timeout=TIMEOUT)


def test_citizen_summary_is_built_and_previewed(demo_db, make_window, qtbot, save_as, tmp_path):
    window, page = _page(make_window, demo_db)
    _choose(page, "citizen")
    save_as["path"] = str(tmp_path / "summary.pdf")
    assert page.period.currentData() == window.scope.period == "2025-H1"
    _build(qtbot, page)
    assert save_as["errors"] == []
    suggested = Path(save_as["suggested"]).name
    assert suggested.endswith("_2025-H1_citizen-summary_ky.pdf")
    assert (tmp_path / "summary.pdf").stat().st_size > 1000
    assert page.view.currentWidget() is page.preview
    assert page.preview.pages == 1
    assert page.preview.page_text() == "Page 1 of 1"
    assert not page.preview.page_view.pixmap().isNull()
    assert page.preview.page_view.width() > 300
    assert page.open_button.isEnabled() and page.folder_button.isEnabled()
    assert page.sign_button.isEnabled()  # it would ask for a report file: not this summary
    assert "summary.pdf" in page.file_line.text()
    # the recent list remembers it for this programme
    assert page.recent.count() == 1
    assert page.recent.item(0).text().startswith("summary.pdf")
    assert [r.path for r in rb.recent_reports(window.scope.program_id)] == [
        str(tmp_path / "summary.pdf")
    ]


def test_half_year_report_pages_turn(demo_db, make_window, qtbot, save_as, tmp_path):
    _window, page = _page(make_window, demo_db)
    _choose(page, "half-year", "2024-H2")
    assert "can be signed" in page.hint.text()
    save_as["path"] = str(tmp_path / "report")  # the suffix is added
    _build(qtbot, page)
    assert save_as["errors"] == []
    assert (tmp_path / "report.pdf").is_file()
    assert page.last is not None and page.last.approved and page.last.period == "2024-H2"
    assert page.preview.pages > 3
    assert page.preview.thumbs.count() == page.preview.pages
    page.preview.next_button.click()
    assert page.preview.current == 1
    assert page.preview.page_text() == f"Page 2 of {page.preview.pages}"
    page.preview.thumbs.setCurrentRow(page.preview.pages - 1)
    assert page.preview.current == page.preview.pages - 1
    assert not page.preview.next_button.isEnabled()


def test_iptt_workbook_is_built_and_opens(demo_db, make_window, qtbot, save_as, tmp_path):
    from openpyxl import load_workbook

    _window, page = _page(make_window, demo_db)
    _choose(page, "iptt")
    assert not page.period.isEnabled()
    save_as["path"] = str(tmp_path / "iptt.xlsx")
    _build(qtbot, page)
    assert save_as["errors"] == []
    wb = load_workbook(tmp_path / "iptt.xlsx")
    ws = wb.active
    assert ws.max_row > 5 and ws.freeze_panes
    assert page.view.currentWidget() is page.no_preview
    assert page.no_preview.title.text() == "The Excel workbook is ready"
    assert page.open_button.isEnabled()


def test_open_the_file_hands_it_to_the_system(
    demo_db, make_window, qtbot, save_as, tmp_path, monkeypatch
):
    opened: list[str] = []
    monkeypatch.setattr(
        reports_page, "open_url", lambda url: opened.append(url.toLocalFile()) or True
    )
    _window, page = _page(make_window, demo_db)
    _choose(page, "matrix")
    save_as["path"] = str(tmp_path / "matrix.xlsx")
    _build(qtbot, page)
    page.open_button.click()
    page.folder_button.click()
    assert opened == [str(tmp_path / "matrix.xlsx"), str(tmp_path)]


def test_cancel_stops_the_build_and_writes_no_file(
    demo_db, make_window, qtbot, save_as, tmp_path, monkeypatch
):
    real_build = rb.build

    def build_and_press_cancel(db, request, progress, cancelled):
        def progress_then_cancel(done, total):
            progress(done, total)
            if done >= 1:
                # what the progress dialog's Cancel button does: set the task's event
                cancelled.__self__.set()

        return real_build(db, request, progress_then_cancel, cancelled)

    monkeypatch.setattr(rb, "build", build_and_press_cancel)
    _window, page = _page(make_window, demo_db)
    _choose(page, "half-year", "2024-H2")
    save_as["path"] = str(tmp_path / "cancelled.pdf")
    _build(qtbot, page)
    assert save_as["errors"] == []
    assert not (tmp_path / "cancelled.pdf").exists()
    assert list(tmp_path.glob("cancelled*")) == []
    assert page.file_title.text() == "Cancelled"
    assert page.build_button.isEnabled()
    assert page.recent.count() == 0


def test_sign_is_offered_for_an_approved_half_year_report(
    demo_db, make_window, qtbot, save_as, tmp_path, monkeypatch
):
    from meapp.ui.signing import dialogs

    signed: list[tuple] = []
    monkeypatch.setattr(
        dialogs,
        "sign_pdf_dialog",
        lambda _parent, _ctx, path, program_id, period: signed.append((path, period)) or True,
    )
    _window, page = _page(make_window, demo_db)
    _choose(page, "half-year", "2024-H2")
    save_as["path"] = str(tmp_path / "to-sign.pdf")
    _build(qtbot, page)
    assert page.sign_button.isEnabled() and page.verify_button.isEnabled()
    page.sign_button.click()
    assert signed == [(str(tmp_path / "to-sign.pdf"), "2024-H2")]


def test_a_file_that_cannot_be_written_gets_a_plain_message(
    demo_db, make_window, qtbot, save_as, tmp_path, monkeypatch
):
    told: list[str] = []
    monkeypatch.setattr(
        messages, "show_info", lambda _parent, text, informative="": told.append(text)
    )
    _window, page = _page(make_window, demo_db)
    _choose(page, "iptt")
    save_as["path"] = str(tmp_path / "no-such-folder" / "file.xlsx")
    (tmp_path / "no-such-folder").write_text("a file where the folder should be")
    _build(qtbot, page)
    assert save_as["errors"] == []  # not shown as a bug
    assert len(told) == 1 and told[0].startswith("The file could not be written: ")
    assert page.build_button.isEnabled()


def test_the_mayor_countersigns_a_report_file_the_chair_sent(
    demo_db, make_window, monkeypatch, tmp_path
):
    """A viewer builds nothing: Sign… asks for the report file and signs it as the next
    signatory (the programme and period are read from the file)."""
    from meapp.cli.common import make_translate
    from meapp.services.reports import build_report
    from meapp.ui.signing import dialogs

    window, page = _page(make_window, demo_db, actor=Actor("mayor", "viewer", "Demo mayor"))
    report = tmp_path / "from-chair.pdf"
    build_report(
        demo_db, window.scope.program_id, "half-year", "2024-H2", report, make_translate("ky")
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(report), "")))
    signed: list[tuple] = []
    monkeypatch.setattr(
        dialogs,
        "sign_pdf_dialog",
        lambda _parent, _ctx, path, program_id, period: (
            signed.append((path, program_id, period)) or True
        ),
    )
    assert page.sign_button.isEnabled()
    page.sign_button.click()
    assert signed == [(str(report), window.scope.program_id, "2024-H2")]
