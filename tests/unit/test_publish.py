"""The website pack (issue 21): pages in ky and ru, open data that re-reads to the figures
of `status --json`, the report with its SHA-256, and refusals that change nothing."""

from __future__ import annotations

import csv
import hashlib
import json
import re

import pytest

from meapp.errors import ValidationError
from meapp.services.monitoring.status import program_status, status_json
from meapp.services.plan.programs import list_programs
from meapp.services.publish.site import publish

# Words a Kyrgyz page may hold in Latin letters: formats, programs and the hash itself.
ALLOWED_LATIN = {"PDF", "CSV", "JSON", "SHA", "Excel", "LibreOffice", "meapp", "verify", "I", "II"}


def _visible_text(page: str) -> str:
    body = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    body = re.sub(r"<span class=\"hash\">[0-9a-f ]+</span>", " ", body)
    return re.sub(r"<[^>]+>", " ", body)


@pytest.fixture
def pack(demo_db, tmp_path):
    pid = list_programs(demo_db)[0].id
    report = tmp_path / "signed report.pdf"
    report.write_bytes(b"%PDF-1.7\n% a stand-in for the signed report\n%%EOF\n")
    folder = tmp_path / "Отчет #2 100%" / "site"
    result = publish(demo_db, pid, "2024-H2", folder, report_pdf=report)
    return demo_db, pid, folder, result, report


def test_the_pack_holds_pages_data_fonts_and_the_report(pack):
    _db, _pid, folder, result, report = pack
    for name in (
        "index.html",
        "ru.html",
        "report-2024-H2.pdf",
        "SHA256SUMS",
        "data/indicators.csv",
        "data/indicators.json",
        "data/measures.csv",
        "data/measures.json",
        "data/schema.json",
        "fonts/NotoSans-Regular.ttf",
    ):
        assert (folder / name).is_file(), name
    digest = hashlib.sha256(report.read_bytes()).hexdigest()
    assert result.report_sha256 == digest
    assert (folder / "SHA256SUMS").read_text() == f"{digest}  report-2024-H2.pdf\n"
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert digest in index
    assert '<html lang="ky">' in index and 'href="ru.html"' in index
    assert "http://" not in index and "https://" not in index  # nothing from outside
    assert "<script" not in index


@pytest.mark.parametrize(("page", "lang"), [("index.html", "ky"), ("ru.html", "ru")])
def test_the_pages_speak_one_language(pack, page, lang):
    folder = pack[2]
    text = _visible_text((folder / page).read_text(encoding="utf-8"))
    latin = set(re.findall(r"[A-Za-z]+", text)) - ALLOWED_LATIN
    assert not latin, f"{page}: {sorted(latin)[:10]}"
    if lang == "ky":
        assert re.search(r"[өүң]", text)  # Kyrgyz letters, not Russian


def test_the_csv_reads_back_to_the_status_figures(pack):
    db, pid, folder, _result, _report = pack
    expected = {
        r["indicator_id"]: r for r in status_json(program_status(db, pid, "2024-H2"))["indicators"]
    }
    with open(folder / "data" / "indicators.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(expected)
    for row in rows:
        want = expected[row["indicator_id"]]
        for column in ("baseline", "target", "actual", "progress"):
            got = float(row[column]) if row[column] else None
            assert got == pytest.approx(want[column]), (row["code"], column)
        assert row["status"] == want["status"]
    data = json.loads((folder / "data" / "indicators.json").read_text(encoding="utf-8"))
    assert data["period"] == "2024-H2" and len(data["rows"]) == len(expected)
    schema = json.loads((folder / "data" / "schema.json").read_text(encoding="utf-8"))
    documented = schema["files"]["indicators.csv / indicators.json"]
    assert set(documented) == set(rows[0])


def test_a_second_pack_into_the_same_folder_replaces_it(pack):
    db, pid, folder, _result, _report = pack
    again = publish(db, pid, "2024-H1", folder)
    assert again.period == "2024-H1"
    assert "2024-H1" in (folder / "data" / "indicators.json").read_text(encoding="utf-8")


def test_refusals_change_nothing(demo_db, tmp_path):
    pid = list_programs(demo_db)[0].id
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "thesis.docx").write_text("mine")
    with pytest.raises(ValidationError, match="holds other files"):
        publish(demo_db, pid, "2024-H2", busy)
    assert sorted(p.name for p in busy.iterdir()) == ["thesis.docx"]
    not_pdf = tmp_path / "report.txt"
    not_pdf.write_text("x")
    with pytest.raises(ValidationError, match="not a PDF"):
        publish(demo_db, pid, "2024-H2", tmp_path / "new", report_pdf=not_pdf)
    assert not (tmp_path / "new").exists()
