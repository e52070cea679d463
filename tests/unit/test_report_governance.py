"""Governance in the reports (issue 21): the annual report of the demo gives the working
group's order and its quotas, the public checks with their photo, the hearing with each
proposal and its answer, the executors' ranking the dashboard computes, and the target
revisions; a half-year report has those sections only when the period has any; the IPTT
workbook carries the same as sheets.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook

from meapp.models.numbers import format_percent
from meapp.models.periods import Period
from meapp.services.dashboard import figures as dash
from meapp.services.evaluation import narrative
from meapp.services.governance import working_group as wg
from meapp.services.monitoring import evidence
from meapp.services.monitoring import status as status_service
from meapp.services.plan.programs import list_programs
from meapp.services.reports import governance as G
from meapp.services.reports.annual import build_annual
from meapp.services.reports.excel_iptt import export_iptt
from meapp.services.reports.half_year import build_half_year
from tests.unit.factories import add_user

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdfimages")),
    reason="poppler-utils not installed",
)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.replace("\u00a0", " ").split())


def pdf_images(path: Path) -> list[list[str]]:
    """`pdfimages -list`: one row per image drawn (page, num, type, width, height, …)."""
    out = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    )
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


@pytest.fixture(scope="module")
def demo(_demo_template, tmp_path_factory):
    from meapp.store.db import open_database

    folder = tmp_path_factory.mktemp("governance")
    path = folder / "demo.db"
    shutil.copyfile(_demo_template, path)
    db = open_database(str(path))
    yield db, uuid.UUID(list_programs(db)[0].id), folder
    db.dispose()


@pytest.fixture(scope="module")
def annual_en(demo):
    db, pid, folder = demo
    path = folder / "annual-en.pdf"
    build_annual(db, pid, "2024", path, None, "en")
    return path, pdf_text(path)


def test_the_demo_has_a_photo_of_a_public_check(demo):
    db, pid, _folder = demo
    checks = [c for m in wg.list_checked_measures(db, pid) for c in m.checks]
    photos = [e for c in checks for e in evidence.list_evidence(db, "public_check", c.id)]
    assert len(photos) == 1 and photos[0].is_image and photos[0].kind == "photo"
    assert evidence.read_content(db, photos[0].id)[:8] == b"\x89PNG\r\n\x1a\n"


@needs_poppler
def test_annual_report_states_the_group_its_order_and_quotas(annual_en):
    _path, text = annual_en
    # the demo's group was approved by the mayor's order (issue 21: the approving body)
    assert "The working group was approved by: order of the mayor No. 112-б of 10.03.2023" in text
    # 5 women of 9 and 3 young people of 9 in the demo: both quotas met
    assert "The quota of at least 35 % women is met." in text
    assert "The quota of about 20 % young people under 28 is met." in text


@needs_poppler
def test_annual_report_shows_each_public_check_with_its_ratings_findings_and_photo(demo, annual_en):
    db, pid, _folder = demo
    path, text = annual_en
    assert "7. Public checks of investment measures" in text
    checks = [
        (m, c)
        for m in wg.list_checked_measures(db, pid)
        for c in m.checks
        if c.check_date and c.check_date.year == 2024
    ]
    assert len(checks) == 2
    for m, c in checks:
        assert f"{m.code} {m.title}" in text
        assert f"Check at 50 %, {c.check_date:%d.%m.%Y}" in text
        assert f"Rating: timeliness {c.timeliness} of 5, quality {c.quality} of 5" in text
        assert " ".join(c.findings.split()) in text
    assert "No photo is attached to this check." in text  # the second check has none
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts  # the photo row names its font like every table
    images = pdf_images(path)
    assert len(images) == 1, images
    assert images[0][2] == "image" and int(images[0][3]) > 100, images[0]


@needs_poppler
def test_annual_report_lists_the_hearings_proposals_with_answers_and_statuses(demo, annual_en):
    db, pid, _folder = demo
    _path, text = annual_en
    assert "8. Public hearings and proposals" in text
    (hearing,) = [h for h in wg.list_hearings(db, pid) if h.held_on.year == 2024]
    share = format_percent(hearing.women / hearing.attendance).replace("\u00a0", " ")
    assert f"Attendance: {hearing.attendance}, of them women: {hearing.women} ({share})" in text
    assert len(hearing.proposals) == 4
    for p in hearing.proposals:
        assert " ".join(p.text.split()) in text
        if p.answer:
            assert " ".join(p.answer.split()) in text
    for word in ("accepted", "done", "rejected", "received"):
        assert word in text


@needs_poppler
def test_annual_report_ranks_the_executors_as_the_dashboard_does(demo, annual_en):
    db, pid, _folder = demo
    _path, text = annual_en
    assert "9. Executors' ranking" in text
    rows = dash.executors(db, pid, "2024")
    assert len(rows) > 3
    at = text.index("9. Executors' ranking")
    for r in rows:
        name = r.name or "(no executor named in the plan)"
        assert name in text[at:], name
    # best first, in the dashboard's order: each rank and name after the one before
    pos = at
    for r in rows:
        pos = text.index(f"{r.rank or '–'} {r.name or '(no executor named in the plan)'}", pos)
    assert "10. Target revisions" in text and "No target was revised in year 2024." in text
    assert "11. Signatures" in text


@needs_poppler
def test_a_target_revision_of_the_year_is_reported_with_reason_and_decision(demo_db, tmp_path):
    db = demo_db
    pid = uuid.UUID(list_programs(db)[0].id)
    chair = add_user(db, "chair2", "evaluator")
    ind = status_service.program_status(db, pid, "2025").indicators[0]
    narrative.revise_target(
        db,
        chair,
        ind.indicator_id,
        "2025",
        123,
        "the new school opened a year late",
        "council decision No. 77",
    )
    pdf = tmp_path / "annual-2025.pdf"
    build_annual(db, pid, "2025", pdf, None, "en")
    text = pdf_text(pdf)
    gov = G.gather_governance(db, pid, Period.year_of(2025), ranking=False)
    assert len(gov.revisions) == 1
    # a revision of 2025's target shows in 2025, not in 2024
    assert not G.gather_governance(db, pid, Period.year_of(2024)).revisions
    at = text.index("10. Target revisions")
    assert "the new school opened a year late" in text[at:]
    assert "council decision No. 77" in text[at:]
    assert "123" in text[at:]


@needs_poppler
def test_half_year_report_has_governance_only_when_the_period_has_some(demo):
    db, pid, folder = demo
    with_hearing = folder / "h1.pdf"
    build_half_year(db, pid, "2024-H1", with_hearing, None, "en")
    text = pdf_text(with_hearing)
    assert "Public hearings and proposals" in text
    assert "Жаңы-Жер кичи районунда көчө жарыгын орнотуу" in text
    assert "No public check was held in first half-year 2024." in text
    assert "Executors' ranking" not in text  # the annual report's
    assert "10. Signatures" in text
    quiet = folder / "h-2023.pdf"
    build_half_year(db, pid, "2023-H1", quiet, None, "en")
    text = pdf_text(quiet)
    assert "Public checks of investment measures" not in text
    assert "Public hearings and proposals" not in text
    assert "7. Signatures" in text


@needs_poppler
def test_kyrgyz_annual_report_keeps_its_letters_in_the_new_sections(demo):
    db, pid, folder = demo
    from meapp.cli.cmd_reports import report_translate

    path = folder / "annual-ky.pdf"
    build_annual(db, pid, "2024", path, report_translate("ky"), "ky")
    text = pdf_text(path)
    assert "Төмөнкү сейил бакта түтүктөр" in text
    assert "Кара-Балта шаарынын маданият үйү" in text
    assert "жыл-жыл" not in text  # issue 21: "2023-жыл-жыл" on the cover


def test_iptt_workbook_carries_the_governance_sheets(demo):
    db, pid, folder = demo
    path = folder / "iptt.xlsx"
    export_iptt(db, pid, path, None, "en")
    wb = load_workbook(path)
    assert wb.sheetnames[1:] == [
        "Working group",
        "Public checks",
        "Hearings",
        "Executors",
        "Target revisions",
        "Budget by year",
    ]
    group = wb["Working group"]
    assert group["A1"].value == (
        "The working group was approved by: order of the mayor No. 112-б of 10.03.2023"
    )
    members = [r for r in group.iter_rows(min_row=4, values_only=True) if isinstance(r[0], int)]
    assert len(members) == len(wg.list_members(db, pid))
    checks = list(wb["Public checks"].iter_rows(min_row=4, values_only=True))
    assert len(checks) == 2
    assert [c[9] for c in checks] == [1, 0]  # the photo count
    assert checks[0][5] == 9 and isinstance(checks[0][5], int)
    hearings = list(wb["Hearings"].iter_rows(min_row=4, values_only=True))
    (hearing,) = wg.list_hearings(db, pid)
    assert [h[6] for h in hearings] == [p.text for p in hearing.proposals]
    assert hearings[0][5] == pytest.approx(hearing.women / hearing.attendance)
    ranked = list(wb["Executors"].iter_rows(min_row=4, values_only=True))
    latest = status_service.latest_period(db, pid)
    expected = dash.executors(db, pid, latest)
    assert [(r[0], r[1]) for r in ranked] == [
        (e.rank, e.name or "(no executor named in the plan)") for e in expected
    ]
    assert wb["Executors"]["A1"].value.endswith(str(latest.year))


def test_user_text_in_a_governance_sheet_is_never_a_formula(db, tmp_path):
    from meapp.services.governance.working_group import HearingInput, add_hearing, add_proposal
    from tests.unit.factories import make_program

    pid = make_program(db)
    admin = add_user(db, "adm", "admin")
    h = add_hearing(db, admin, pid, HearingInput(held_on="2024-03-01", attendance=10, women=4))
    add_proposal(db, admin, h.id, '=HYPERLINK("http://x","y")', "+1", "accepted")
    path = tmp_path / "iptt.xlsx"
    export_iptt(db, pid, path, None, "en")
    ws = load_workbook(path)["Hearings"]
    assert ws["G4"].value == '=HYPERLINK("http://x","y")' and ws["G4"].data_type == "s"
    assert ws["H4"].value == "+1" and ws["H4"].data_type == "s"


@needs_poppler
def test_a_photo_that_is_no_image_is_named_not_dropped(db, tmp_path):
    from meapp.services.demo.builder import demo_photo
    from tests.unit.factories import add_item, make_program

    pid = make_program(db)
    admin = add_user(db, "adm", "admin")
    mid = add_item(db, pid, "measure", "1.1", "Road repair", is_investment=True)
    check = wg.add_check(
        db, admin, mid, wg.CheckInput(stage="100", check_date="2024-05-14", findings="Done well")
    )
    for name, content in (("good.png", demo_photo()), ("broken.png", b"not a picture")):
        evidence.attach(
            db, admin, "public_check", check.id, content=content, filename=name, kind="photo"
        )
    path = tmp_path / "h1.pdf"
    build_half_year(db, pid, "2024-H1", path, None, "en")
    text = pdf_text(path)
    assert "Check at 100 %, 14.05.2024" in text and "Findings: Done well" in text
    assert "The photo broken.png cannot be shown in the PDF (not a readable image)." in text
    assert len(pdf_images(path)) == 1
