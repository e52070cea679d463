"""The citizen summary's QR code (issue 21): the website address from Settings (or
`report --website`) with the data fingerprint `meapp publish` prints, or the fingerprint
alone; drawn on the PDF page and its PNG, with a caption saying what it is for."""

from __future__ import annotations

import shutil
import subprocess
import uuid

import pypdfium2 as pdfium
import pytest

from meapp.errors import ValidationError
from meapp.services.plan.programs import list_programs
from meapp.services.reports import texts as T
from meapp.services.reports.citizen import (
    QR_SIZE,
    build_citizen,
    normalise_website,
    qr_caption,
    qr_payload,
)
from meapp.services.reports.fingerprint import data_fingerprint, format_fingerprint
from meapp.services.reports.texts import Texts
from tests.helpers import run_cli

DIGEST = "04cf36aebab1f17b0ae250a221d2ef480d54e4a0da734cae783986acdb5c7023"
needs_zbar = pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools not installed")
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler not installed")


def _pid(db) -> uuid.UUID:
    return uuid.UUID(list_programs(db)[0].id)


def _decode(png) -> list[str]:
    out = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True, check=False
    )
    return out.stdout.splitlines()


# -- the payload ------------------------------------------------------------------------------


def test_with_a_website_the_code_opens_it_with_the_fingerprint():
    assert qr_payload(DIGEST, "https://karabalta.kg/monitoring") == (
        f"https://karabalta.kg/monitoring#fingerprint={DIGEST}"
    )


def test_the_fingerprint_may_come_as_printed_in_groups():
    assert qr_payload(format_fingerprint(DIGEST), "karabalta.kg") == (
        f"https://karabalta.kg#fingerprint={DIGEST}"
    )


@pytest.mark.parametrize("website", [None, "", "   "])
def test_without_a_website_the_code_holds_the_fingerprint_alone(website):
    assert qr_payload(DIGEST, website) == format_fingerprint(DIGEST)


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        (" karabalta.kg/monitoring ", "https://karabalta.kg/monitoring"),
        ("http://ao-kok-jar.kg", "http://ao-kok-jar.kg"),
        ("https://karabalta.kg/m#old", "https://karabalta.kg/m"),
    ],
)
def test_a_website_is_written_as_a_phone_opens_it(given, kept):
    assert normalise_website(given) == kept


@pytest.mark.parametrize(
    "bad", ["ftp://karabalta.kg", "karabalta kg", "localhost", "https://x.kg/" + "a" * 300]
)
def test_an_address_a_phone_cannot_open_is_refused_naming_the_field(bad):
    with pytest.raises(ValidationError) as err:
        normalise_website(bad)
    assert err.value.problems[0].params["field"] == "website"


def test_the_caption_says_what_the_code_is_for():
    t = Texts(None, "en")
    with_site = qr_caption(t, DIGEST, "https://karabalta.kg")
    assert "https://karabalta.kg" in with_site and format_fingerprint(DIGEST) in with_site
    assert "approved figures" in with_site
    alone = qr_caption(t, DIGEST, None)
    assert alone == t(T.QR_CAPTION_PLAIN, fingerprint=format_fingerprint(DIGEST))


# -- the page ---------------------------------------------------------------------------------


def _qr_paths(pdf_path) -> list:
    """The filled paths inside the QR code's square (bottom right of the page)."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        page = pdf[0]
        width, _height = page.get_size()
        boxes = []
        for obj in page.get_objects():
            if obj.type != pdfium.raw.FPDF_PAGEOBJ_PATH:
                continue
            left, bottom, right, top = obj.get_bounds()
            if left > width - 2 * QR_SIZE and top - bottom < QR_SIZE / 10:
                boxes.append((left, bottom, right, top))
        return boxes
    finally:
        pdf.close()


def test_the_pdf_page_carries_the_code(demo_db, tmp_path):
    pdf = tmp_path / "summary.pdf"
    build_citizen(demo_db, _pid(demo_db), "2024-H1", pdf, None, "en", website="karabalta.kg")
    modules = _qr_paths(pdf)
    # a QR code of this length is drawn as hundreds of small dark squares
    assert len(modules) > 100
    span = max(b[2] for b in modules) - min(b[0] for b in modules)
    assert QR_SIZE * 0.8 < span <= QR_SIZE + 1


@needs_poppler
def test_the_caption_is_printed_with_the_fingerprint(demo_db, tmp_path):
    pdf = tmp_path / "summary.pdf"
    pid = _pid(demo_db)
    build_citizen(demo_db, pid, "2024-H1", pdf, None, "en")
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    text = " ".join(out.stdout.split())
    assert format_fingerprint(data_fingerprint(demo_db, pid, "2024-H1")) in text
    assert "QR code: the fingerprint of these figures" in text


@needs_zbar
def test_a_phone_reads_the_code_from_the_png(demo_db, tmp_path):
    png = tmp_path / "summary.png"
    pid = _pid(demo_db)
    build_citizen(demo_db, pid, "2024-H1", png, None, "ky", website="karabalta.kg/monitoring")
    digest = data_fingerprint(demo_db, pid, "2024-H1")
    assert _decode(png) == [f"https://karabalta.kg/monitoring#fingerprint={digest}"]


@needs_zbar
def test_the_command_line_takes_the_website_and_else_the_saved_one(demo_db, tmp_path):
    db = demo_db.path
    home = tmp_path / "home"
    home.mkdir()
    (home / "meapp.ini").write_text('[report]\nwebsite="https://saved.kg/m,1"\n', encoding="utf-8")
    env = {"MEAPP_HOME": str(home), "MEAPP_LANG": "en"}

    def run(*args):
        return run_cli("--db", str(db), "report", "--kind", "citizen", *args, env=env)

    given, saved, alone = tmp_path / "given.png", tmp_path / "saved.png", tmp_path / "alone.png"
    assert run("--period", "2024-H1", "-o", str(given), "--website", "kb.kg").returncode == 0
    assert run("--period", "2024-H1", "-o", str(saved)).returncode == 0
    assert run("--period", "2024-H1", "-o", str(alone), "--website", "").returncode == 0
    digest = data_fingerprint(demo_db, _pid(demo_db), "2024-H1")
    assert _decode(given) == [f"https://kb.kg#fingerprint={digest}"]
    assert _decode(saved) == [f"https://saved.kg/m,1#fingerprint={digest}"]
    assert _decode(alone) == [format_fingerprint(digest)]
    refused = run("-o", str(tmp_path / "bad.png"), "--website", "ftp://kb.kg")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "website address" in refused.stderr and not (tmp_path / "bad.png").exists()
