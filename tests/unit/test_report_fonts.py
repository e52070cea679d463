"""The reports draw every sign from the fonts meapp ships, never from the host's.

Windows has no DejaVu Sans: when the status symbols came from a font found on the host, a
report made there printed ● ◐ ○ ✓ ✗ all as the same bullet. Here every font outside
`meapp/resources/fonts/` is hidden; a report must still draw each symbol as its own glyph
(read back from the PDF and rendered to pixels), and the Kyrgyz letters in Noto Sans.
Removing the symbol font (DejaVuSans-Subset.ttf) from the resources fails these tests.
"""

from __future__ import annotations

import itertools
import shutil
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from meapp import paths
from meapp.errors import MeappError
from meapp.services.plan.programs import list_programs
from meapp.services.reports import fonts
from meapp.services.reports.half_year import build_half_year

ROOT = Path(__file__).resolve().parent.parent.parent
STATUS_SIGNS = "●◐○✓✗"  # on track, at risk / in progress, off track / not started, done, cancelled
KYRGYZ = "өүңӨҮҢ"
FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".pfb", ".afm"}
# Where the report code, the help PDF and the stamp take their printed texts from.
PRINTING_CODE = [
    *sorted((ROOT / "meapp" / "services" / "reports").glob("*.py")),
    ROOT / "meapp" / "services" / "help" / "content.py",
    ROOT / "meapp" / "services" / "signing" / "sign.py",
    ROOT / "meapp" / "models" / "numbers.py",
]


def shipped_dir() -> Path:
    return (paths.resources_dir() / "fonts").resolve()


@pytest.fixture
def only_shipped_fonts(monkeypatch, tmp_path):
    """A host without fonts: no font file outside resources/fonts can be found or read."""
    shipped = shipped_dir()
    real_is_file, real_exists = Path.is_file, Path.exists

    def hidden(path: Path) -> bool:
        return path.suffix.lower() in FONT_SUFFIXES and shipped not in path.resolve().parents

    monkeypatch.setattr(Path, "is_file", lambda p: not hidden(p) and real_is_file(p))
    monkeypatch.setattr(Path, "exists", lambda p, **kw: not hidden(p) and real_exists(p, **kw))
    for var, sub in (("HOME", "home"), ("XDG_DATA_HOME", "data"), ("XDG_DATA_DIRS", "share")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    monkeypatch.setattr(fonts, "_fonts", None)  # register afresh, on this host
    yield fonts
    fonts._fonts = None  # the next report registers the fonts again, on the real host


@pytest.fixture
def report(only_shipped_fonts, _demo_template, tmp_path):
    """The Kyrgyz half-year report of the small demo, made with the host's fonts hidden."""
    from meapp.store.db import open_database

    db_path = tmp_path / "demo.db"
    shutil.copyfile(_demo_template, db_path)
    db = open_database(str(db_path))
    try:
        pid = uuid.UUID(list_programs(db)[0].id)
        path = tmp_path / "half-year.pdf"
        build_half_year(db, pid, "2024-H1", path, None, "ky")
    finally:
        db.dispose()
    return path


def printed_signs() -> set[str]:
    """Every character of the printing code that Noto Sans (the text font) cannot draw."""
    from fontTools.ttLib import TTFont

    noto = TTFont(str(shipped_dir() / fonts.FILES[fonts.REGULAR])).getBestCmap()
    chars = set()
    for path in PRINTING_CODE:
        chars |= {ch for ch in path.read_text(encoding="utf-8") if ord(ch) > 0x7E}
    # The reports' words in Kyrgyz and Russian: the catalogues' ("report", and "labels" for
    # the words of stored codes; the vocabulary).
    for lang in ("ky", "ru"):
        for context in ET.parse(ROOT / "translations" / f"meapp_{lang}.ts").getroot():
            if context.findtext("name") in ("report", "labels"):
                chars |= {ch for ch in "".join(context.itertext()) if ord(ch) > 0x7E}
    return {ch for ch in chars if ord(ch) not in noto}


def first_occurrences(path: Path, wanted: str) -> dict[str, tuple[int, str, tuple]]:
    """For each character of `wanted`: its page, the PDF font drawing it, its box (points)."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    found: dict[str, tuple[int, str, tuple]] = {}
    doc = pdfium.PdfDocument(str(path))
    try:
        for number, page in enumerate(doc):
            text = page.get_textpage()
            for i in range(text.count_chars()):
                ch = text.get_text_range(i, 1)
                if ch in wanted and ch not in found:
                    name = ctypes.create_string_buffer(256)
                    flags = ctypes.c_int()
                    pdfium_c.FPDFText_GetFontInfo(text.raw, i, name, 256, ctypes.byref(flags))
                    found[ch] = (number, name.value.decode(), text.get_charbox(i))
    finally:
        doc.close()
    return found


def ink(path: Path, page: int, box: tuple, scale: float = 8.0):
    """The inked pixels (a boolean array) of a square around `box` on the rendered page."""
    import numpy as np
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        pdf_page = doc[page]
        height = pdf_page.get_height()
        image = pdf_page.render(scale=scale).to_numpy()
    finally:
        doc.close()
    left, bottom, right, top = box
    cx, cy = (left + right) / 2 * scale, (height - (bottom + top) / 2) * scale
    half = int(5 * scale)  # a 10-pt square: the symbol and nothing of its neighbours' ink
    x0, y0 = int(cx) - half, int(cy) - half
    square = image[y0 : y0 + 2 * half, x0 : x0 + 2 * half, :3].astype(int)
    return np.asarray(square.min(axis=2) < 180)


def test_every_sign_the_reports_print_is_in_the_shipped_symbol_fonts():
    from fontTools.ttLib import TTFont

    signs = printed_signs()
    assert set(STATUS_SIGNS) <= signs
    assert {"≈", "−", "▲", "▼"} <= signs
    for face in (fonts.SYMBOL, fonts.SYMBOL_BOLD):
        font = TTFont(str(shipped_dir() / fonts.FILES[face]))
        cmap, glyf = font.getBestCmap(), font["glyf"]
        missing = sorted(ch for ch in signs if ord(ch) not in cmap)
        assert not missing, f"{fonts.FILES[face]} lacks {missing}"
        empty = sorted(ch for ch in signs if glyf[cmap[ord(ch)]].numberOfContours == 0)
        assert not empty, f"{fonts.FILES[face]} draws nothing for {empty}"
        # the words around a sign in a canvas string are drawn in the symbol font too
        assert all(ord(ch) in cmap for ch in KYRGYZ + "Аа Zz 09 %")
        outlines = {}
        for ch in STATUS_SIGNS:
            g = glyf[cmap[ord(ch)]]
            coords = g.getCoordinates(glyf)[0] if g.numberOfContours > 0 else None
            outlines[ch] = (g.numberOfContours, tuple(coords) if coords else g.components)
        distinct = {repr(o) for o in outlines.values()}
        assert len(distinct) == len(STATUS_SIGNS), f"{fonts.FILES[face]}: symbols share outlines"


def test_the_fonts_come_only_from_the_resources(only_shipped_fonts):
    from reportlab.pdfbase import pdfmetrics

    registered = only_shipped_fonts.register_fonts()
    assert [p.name for p in registered.files] == [
        fonts.FILES[n] for n in (fonts.REGULAR, fonts.BOLD, fonts.SYMBOL, fonts.SYMBOL_BOLD)
    ]
    for name in (fonts.REGULAR, fonts.BOLD, fonts.SYMBOL, fonts.SYMBOL_BOLD):
        file = Path(pdfmetrics.getFont(name).face.filename).resolve()
        assert file.parent == shipped_dir(), (name, file)
    for sign in STATUS_SIGNS + "≈−":
        assert fonts.font_for(f"Ө {sign}") == fonts.SYMBOL
        assert f'<font name="{fonts.SYMBOL}">' in fonts.markup(f"ң {sign}")
        assert fonts.displayable(sign) == sign  # no stand-in: the sign itself is printed
    assert fonts.font_for("Өнүгүү 100 %") == fonts.REGULAR
    assert fonts.displayable("🔒 жабык") == f"{fonts.MISSING} жабык"  # no font has it


def test_a_report_draws_each_status_symbol_as_its_own_glyph(report):
    found = first_occurrences(report, STATUS_SIGNS + KYRGYZ[:3] + "≈")
    missing = [ch for ch in STATUS_SIGNS + KYRGYZ[:3] + "≈" if ch not in found]
    assert not missing, f"not in the PDF's text: {missing}"
    for ch in STATUS_SIGNS + "≈":
        assert found[ch][1].startswith("DejaVuSans"), (ch, found[ch][1])
    for ch in KYRGYZ[:3]:
        assert found[ch][1].startswith("NotoSans"), (ch, found[ch][1])

    masks = {ch: ink(report, found[ch][0], found[ch][2]) for ch in STATUS_SIGNS}
    for ch, mask in masks.items():
        assert mask.sum() > 40, f"{ch} prints no ink"
    for a, b in itertools.combinations(STATUS_SIGNS, 2):
        # align the two glyphs' ink on their bounding boxes before comparing
        shape_a, shape_b = _cropped(masks[a]), _cropped(masks[b])
        assert _difference(shape_a, shape_b) > 0.15, f"{a} and {b} look the same"


def _cropped(mask):
    import numpy as np

    rows, cols = np.nonzero(mask)
    return mask[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]


def _difference(a, b) -> float:
    """The share of pixels that differ once both masks are padded to the same size."""
    import numpy as np

    h, w = max(a.shape[0], b.shape[0]), max(a.shape[1], b.shape[1])
    pa = np.zeros((h, w), bool)
    pb = np.zeros((h, w), bool)
    pa[: a.shape[0], : a.shape[1]] = a
    pb[: b.shape[0], : b.shape[1]] = b
    return float((pa ^ pb).sum()) / float((pa | pb).sum())


def test_a_missing_symbol_font_is_named_not_replaced(monkeypatch, tmp_path):
    """A bundle without the symbol font is broken: the report says which file is missing."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    for name in (fonts.FILES[fonts.REGULAR], fonts.FILES[fonts.BOLD]):
        shutil.copyfile(shipped_dir() / name, folder / name)
    monkeypatch.setattr(fonts, "font_dir", lambda: folder)
    monkeypatch.setattr(fonts, "_fonts", None)
    try:
        with pytest.raises(MeappError, match="DejaVuSans-Subset.ttf"):
            fonts.register_fonts()
    finally:
        fonts._fonts = None


def test_the_stamp_uses_the_shipped_fonts(only_shipped_fonts):
    from meapp.services.signing.sign import stamp_font

    assert stamp_font("Төрага Ү. Ңаев") == shipped_dir() / fonts.FILES[fonts.REGULAR]
    assert stamp_font("Бөлүм → башчы") == shipped_dir() / fonts.FILES[fonts.SYMBOL]
    # pyHanko spaces the letters of a font with another em than 1000 units wrongly
    from fontTools.ttLib import TTFont

    for name in set(fonts.FILES.values()):
        assert TTFont(str(shipped_dir() / name))["head"].unitsPerEm == 1000, name


def test_the_symbol_fonts_ship_with_their_licence():
    from fontTools.ttLib import TTFont

    licence = (shipped_dir() / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera" in licence and "DejaVu changes are in public domain" in licence
    assert (shipped_dir() / "OFL.txt").is_file()  # Noto Sans
    for face in (fonts.SYMBOL, fonts.SYMBOL_BOLD):
        name = TTFont(str(shipped_dir() / fonts.FILES[face]))["name"]
        assert "Bitstream" in name.getDebugName(0)  # the copyright notice stays in the font
        # a modified Vera font may not be called "Bitstream" or "Vera"
        family = name.getDebugName(1)
        assert "Vera" not in family and "Bitstream" not in family
