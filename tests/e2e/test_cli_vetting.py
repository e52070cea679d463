"""`meapp import-actuals` vets a workbook as the plan import does (`workbook.vet_workbook`).

An old .xls renamed .xlsx, a workbook protected with a password and a zip bomb never reach
openpyxl: exit 2, one line naming the file and what is wrong with it, nothing changed.
"""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from tests.helpers import run_cli
from tests.unit.test_exchange import fingerprint

pytestmark = pytest.mark.slow

PASSWORD = {"MEAPP_PASSWORD": "demo"}
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def one_error_line(result) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def demo(demo_db):
    demo_db.dispose()
    return demo_db.path


def renamed_xls(path):
    """An old Excel file (an OLE container without an encrypted package) named .xlsx."""
    path.write_bytes(OLE + b"\0" * 504 + "Workbook".encode("utf-16-le") + b"\0" * 2048)
    return path


def with_password(path):
    """How Excel stores an .xlsx protected with a password: an OLE file holding the
    streams "EncryptionInfo" and "EncryptedPackage"."""
    directory = "EncryptionInfo".encode("utf-16-le") + b"\0" * 40
    directory += "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(OLE + b"\0" * 504 + directory + b"\0" * 512)
    return path


def zip_bomb(path):
    """A real workbook with one more entry of 310 MB of zeros (300 KB compressed)."""
    wb = openpyxl.Workbook()
    wb.active.append(["indicator_id", "period", "value"])
    wb.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo("xl/media/padding.bin", (2025, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as fh:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(310):
                fh.write(chunk)
    return path


@pytest.mark.parametrize(
    ("make", "name", "message"),
    [
        (renamed_xls, "old.xlsx", "old Excel format (.xls): save the file as .xlsx"),
        (with_password, "locked.xlsx", "the workbook is protected with a password"),
        (zip_bomb, "bomb.xlsx", "the file is too large (310 MB)"),
    ],
)
def test_import_actuals_refuses_a_bad_workbook(demo, tmp_path, make, name, message):
    path = make(tmp_path / name)
    before = fingerprint(demo)

    r = run_cli("--db", str(demo), "--user", "editor", "import-actuals", str(path), env=PASSWORD)

    assert one_error_line(r).startswith(f"meapp: nothing was imported: {name}: {message}")
    assert fingerprint(demo) == before
