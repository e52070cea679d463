"""The PDF reports: half-year, annual and citizen summary (PRODUCT.md §5, issue 7).

What a reader notices: the Kyrgyz text comes out of the PDF intact (ө ү ң, `734 593,3`
figures), the fonts are embedded, nothing is printed below 9 pt, every indicator and measure
is in the tables, the signature page carries empty fields for the chair and the mayor and the
fingerprint of the approved data, and a period not yet approved is marked as a draft.
"""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from meapp import i18n
from meapp.models import Actual
from meapp.models.numbers import format_number
from meapp.services.monitoring import status as status_service
from meapp.services.plan.programs import list_programs
from meapp.services.reports import texts
from meapp.services.reports.annual import build_annual
from meapp.services.reports.citizen import build_citizen
from meapp.services.reports.fingerprint import data_fingerprint, format_fingerprint
from meapp.services.reports.half_year import build_half_year
from meapp.services.reports.signature import signature_boxes

POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed")


def report_translate(lang: str):
    """What the CLI passes: the compiled catalogue of the language."""
    from meapp.cli.cmd_reports import report_translate as make

    return make(lang)


def pdf_text(path: Path, *pages: int) -> str:
    args = ["pdftotext", "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True)
    # pdftotext keeps the no-break spaces of `734 593,3`; compare with plain spaces
    return out.stdout.replace("\u00a0", " ")


def flat(text: str) -> str:
    return " ".join(text.split())


def fonts_of(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


@pytest.fixture(scope="module")
def demo(_demo_template, tmp_path_factory):
    """One copy of the small demo for the whole module (reports only read it)."""
    from meapp.store.db import open_database

    folder = tmp_path_factory.mktemp("reports")
    path = folder / "demo.db"
    shutil.copyfile(_demo_template, path)
    db = open_database(str(path))
    yield db, uuid.UUID(list_programs(db)[0].id), folder
    db.dispose()


@pytest.fixture(scope="module")
def half_year_ky(demo):
    db, pid, folder = demo
    path = folder / "half-year-ky.pdf"
    result = build_half_year(db, pid, "2024-H2", path, report_translate("ky"), "ky")
    return db, pid, path, result


@needs_poppler
def test_kyrgyz_half_year_report_reads_back_with_its_letters_and_figures(half_year_ky):
    db, pid, path, result = half_year_ky
    text = flat(pdf_text(path))
    assert "Жарым жылдык мониторинг отчету" in text
    assert "2024-ж. II жарым жылдык" in text
    assert "Индикаторлор" in text and "Иш-чаралар" in text and "Кол тамгалар" in text
    for letter in "өүң":
        assert letter in text
    ps = status_service.program_status(db, pid, "2024-H2")
    # every indicator of the period is in the table, with its actual formatted `734 593,3`
    for row in ps.indicators:
        assert row.name.split()[0] in text
    numeric = [r for r in ps.indicators if r.actual is not None and r.value_type == "number"]
    assert numeric
    for row in numeric:
        assert format_number(row.actual).replace("\u00a0", " ") in text
    total = ps.budget_total
    assert total is not None and format_number(total.planned).replace("\u00a0", " ") in text
    # every measure is listed
    for m in status_service.measure_rows(db, pid, "2024-H2"):
        assert m.title.split()[0] in text
    assert result.pages >= 5


@needs_poppler
def test_fonts_are_embedded_truetype_and_nothing_else(half_year_ky):
    _db, _pid, path, _result = half_year_ky
    rows = fonts_of(path)
    assert rows
    for cols in rows:
        # name type encoding emb sub uni …
        assert "TrueType" in cols, cols
        assert cols[-5] == "yes", f"not embedded: {cols}"
    assert not any("Helvetica" in cols[0] for cols in rows)


def test_no_text_smaller_than_nine_points(half_year_ky):
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    _db, _pid, path, _result = half_year_ky
    pdf = pdfium.PdfDocument(str(path))
    smallest = 99.0
    try:
        for page in pdf:
            tp = page.get_textpage()
            for i in range(tp.count_chars()):
                if tp.get_text_range(i, 1).strip():
                    smallest = min(smallest, raw.FPDFText_GetFontSize(tp.raw, i))
    finally:
        pdf.close()
    assert smallest >= 8.99


def test_document_metadata_names_the_report_and_its_language(half_year_ky):
    from pyhanko.pdf_utils.reader import PdfFileReader

    _db, _pid, path, result = half_year_ky
    with open(path, "rb") as fh:
        reader = PdfFileReader(fh, strict=False)
        info = reader.trailer["/Info"].get_object()
        assert "Жарым жылдык мониторинг отчету" in str(info["/Title"])
        assert str(info["/Author"]) == "Кара-Балта шаары"
        assert "программанын" in str(info["/Subject"])
        assert f"meapp-fingerprint={result.fingerprint}" in str(info["/Keywords"])
        assert str(reader.root["/Lang"]) == "ky-KG"


@needs_poppler
def test_signature_page_has_empty_fields_for_chair_and_mayor_and_the_fingerprint(half_year_ky):
    db, pid, path, result = half_year_ky
    boxes = signature_boxes(path)
    assert set(boxes) == {"sig_chair", "sig_mayor"}
    assert boxes == result.signature_boxes
    last = result.pages - 1
    for page, x1, y1, x2, y2 in boxes.values():
        assert page == last
        assert 0 < x1 < x2 <= 595.3 and 0 < y1 < y2 <= 841.9
        assert (x2 - x1) >= 200 and (y2 - y1) >= 60
    chair, mayor = boxes["sig_chair"], boxes["sig_mayor"]
    assert chair[2] > mayor[4], "the chair's box comes first, above the mayor's"
    page_text = flat(pdf_text(path, result.pages))
    assert format_fingerprint(data_fingerprint(db, pid, "2024-H2")) in page_text
    assert result.fingerprint == data_fingerprint(db, pid, "2024-H2")
    assert "тобунун төрагасы" in page_text and "Мэр" in page_text
    # the people: the demo's chair and mayor by name
    assert "Жумабаева" in page_text and "Садыков" in page_text


def test_the_signing_service_finds_the_fields_and_the_mark(half_year_ky):
    from meapp.services.reports.mark import report_mark
    from meapp.services.signing.pdfinfo import read_pdf, signature_slots

    _db, pid, path, result = half_year_ky
    reader = read_pdf(path.read_bytes())
    slots = {s.name: s for s in signature_slots(reader)}
    assert set(slots) == {"sig_chair", "sig_mayor"}
    assert not any(s.filled for s in slots.values())
    assert slots["sig_chair"].page == result.pages - 1
    mark = report_mark(reader)
    assert (mark.fingerprint, mark.program_id, mark.period) == (
        result.fingerprint,
        str(pid),
        "2024-H2",
    )


@needs_poppler
def test_open_period_is_marked_as_draft(demo):
    db, pid, folder = demo
    path = folder / "draft.pdf"
    result = build_half_year(db, pid, "2025-H1", path, report_translate("en"), "en")
    assert not result.approved
    text = flat(pdf_text(path))
    assert "Draft: the period is not approved yet" in text
    assert "first half-year 2025" in text


@needs_poppler
def test_russian_report_speaks_russian(demo):
    db, pid, folder = demo
    path = folder / "ru.pdf"
    build_half_year(db, pid, "2024-H1", path, report_translate("ru"), "ru")
    text = flat(pdf_text(path))
    assert "Полугодовой отчёт о мониторинге" in text
    assert "I полугодие 2024 г." in text
    assert "Ед. изм." in text and "в графике" in text
    assert "Half-year" not in text


@needs_poppler
def test_annual_report_sets_the_year_beside_the_year_before(demo):
    db, pid, folder = demo
    path = folder / "annual.pdf"
    result = build_annual(db, pid, "2024", path, report_translate("en"), "en")
    assert result.period == "2024"
    assert result.approved, "both half-years of 2024 are approved in the demo"
    text = flat(pdf_text(path))
    assert "Annual evaluation report" in text
    now = status_service.program_status(db, pid, "2024")
    before = status_service.program_status(db, pid, "2023")
    assert now.program_progress is not None and before.program_progress is not None
    a, b = round(before.program_progress * 100), round(now.program_progress * 100)
    # the comparison row: last year, this year, the change in points
    change = f"+{b - a}" if b > a else (f"−{a - b}" if a > b else "±0")
    assert f"Overall progress {a} % {b} % {change}" in text
    assert "The year against the year before" in text
    assert set(signature_boxes(path)) == {"sig_chair", "sig_mayor"}
    assert result.fingerprint == data_fingerprint(db, pid, "2024")


def test_citizen_summary_is_one_page_and_a_png(demo):
    import pypdfium2 as pdfium
    from PIL import Image

    db, pid, folder = demo
    pdf_path = folder / "citizen.pdf"
    build_citizen(db, pid, None, pdf_path, report_translate("ky"), "ky")
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        assert len(doc) == 1
        text = doc[0].get_textpage().get_text_range()
    finally:
        doc.close()
    assert "Кара-Балта шаары: өнүктүрүү программабыз кандай аткарылып жатат?" in " ".join(
        text.split()
    )
    assert "Эмне жасалды" in text and "Каражат кайдан келди" in text
    png = folder / "citizen.png"
    res = build_citizen(db, pid, None, png, report_translate("ky"), "ky")
    assert res.png == str(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(png) as im:
        assert im.width >= 1000 and im.height > im.width
        colours = im.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 50, "a blank page"
    assert not (folder / "citizen.pdf.tmp").exists()


def test_fingerprint_is_stable_and_follows_the_periods_data(demo, tmp_path):
    db, pid, _folder = demo
    first = data_fingerprint(db, pid, "2024-H2")
    assert re.fullmatch(r"[0-9a-f]{64}", first)
    assert data_fingerprint(db, str(pid), "2024-H2") == first
    assert data_fingerprint(db, pid, "2024-H1") != first
    # a copy of the database: change one actual of 2024-H1 and one of 2024-H2
    from meapp.store.db import open_database

    copy = tmp_path / "copy.db"
    shutil.copyfile(db.path, copy)
    other = open_database(str(copy))
    try:
        assert data_fingerprint(other, pid, "2024-H2") == first
        with other.session() as s, s.begin():
            actual = s.scalars(select(Actual).where(Actual.period == "2024-H1")).first()
            assert actual is not None and actual.value is not None
            actual.value = actual.value + 1
        assert data_fingerprint(other, pid, "2024-H2") == first
        assert data_fingerprint(other, pid, "2024-H1") != data_fingerprint(db, pid, "2024-H1")
        with other.session() as s, s.begin():
            actual = s.scalars(select(Actual).where(Actual.period == "2024-H2")).first()
            assert actual is not None
            actual.comment = (actual.comment or "") + "!"
        assert data_fingerprint(other, pid, "2024-H2") != first
    finally:
        other.dispose()


def report_sources() -> list[str]:
    """Every text of meapp/services/reports/texts.py (context "report")."""
    sources: list[str] = []
    for name, value in vars(texts).items():
        if not name.isupper() or name in ("CONTEXT", "LANGUAGES", "NBSP"):
            continue
        if name in ("STATUS_SYMBOLS", "MEASURE_SYMBOLS", "EXTRA_PARAMS"):
            continue
        if isinstance(value, str):
            sources.append(value)
        elif isinstance(value, dict):
            sources += [v for v in value.values() if isinstance(v, str)]
    return sources


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_report_texts_are_in_the_catalogue_with_the_same_placeholders(lang, tmp_path):
    """A report never comes out half in English: every text is translated in the catalogue
    the GUI uses too (translations/meapp_<lang>.ts, compiled), with its placeholders."""
    from tests.unit.test_qm_compiler import qm

    sources = report_sources()
    assert len(sources) > 130
    compiled = tmp_path / f"meapp_{lang}.qm"
    qm.compile_ts(Path(__file__).parents[2] / "translations" / f"meapp_{lang}.ts", compiled)
    catalogue = i18n.Catalogue.load(compiled)

    def fields(text: str) -> set[str]:
        return {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f}

    missing = [s for s in sources if catalogue.translate(texts.CONTEXT, s) is None]
    assert not missing, f"{lang}: {missing[:5]}"
    for src in sources:
        out = catalogue.translate(texts.CONTEXT, src) or ""
        extra = texts.EXTRA_PARAMS.get(src)
        if extra is None:
            assert fields(out) == fields(src), (lang, src, out)
        else:
            assert fields(out) <= fields(src) | extra, (lang, src, out)


def test_texts_translate_with_the_callers_catalogue_or_the_compiled_one():
    def catalogue(context: str, text: str) -> str:
        return "ЖЖМО" if (context, text) == ("report", texts.HALF_YEAR_TITLE) else text

    given = texts.Texts(catalogue, "ky")
    assert given(texts.HALF_YEAR_TITLE) == "ЖЖМО"
    assert given(texts.SEC_MEASURES) == "Measures"  # the caller's catalogue decides
    own = texts.Texts(None, "ky")  # none given: meapp's compiled Kyrgyz catalogue
    assert own(texts.SEC_MEASURES) == "Иш-чаралар"
    assert own.status("on_track") == "график боюнча"  # the vocabulary's word, in a sentence
    assert own.source("other") == "башка булактар"
    assert own("a text nobody translated") == "a text nobody translated"
    assert texts.Texts(None, "en")(texts.SEC_MEASURES) == "Measures"
    assert texts.Texts(None, "en").side("civic") == "civic / NGO"
