"""The TrueType fonts of the reports, registered once with reportlab and embedded in every PDF.

Reports must carry the Kyrgyz letters ө ү ң, so the standard PDF fonts (Latin-1 only) are
never used. Every font comes from `meapp/resources/fonts/`, never from the host: a report
looks the same on every machine, and Windows has none of the fonts below anyway. A missing
file is a broken installation and stops the report with an error naming it.

Noto Sans (OFL) is the text font. It has no glyphs for a few signs the reports print
(≈ for derived targets, the true minus sign − that `format_number` writes, the status
symbols ● ◐ ○ ✓ ✗, the trend marks ▲ ▼ ▶, arrows). Those are drawn with the symbol font, a
subset of DejaVu Sans made by `scripts/make_symbol_font.py` (licence in LICENSE-DejaVu.txt)
that also has Latin and Cyrillic: `markup()` wraps the signs for Paragraphs, and `font_for()`
picks the font that draws a whole canvas string (a string with such a sign goes to the
symbol font, words and all).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from meapp.errors import MeappError

REGULAR = "MeSans"
BOLD = "MeSans-Bold"
SYMBOL = "MeSymbol"
SYMBOL_BOLD = "MeSymbol-Bold"

# The shipped file of each registered font, in resources/fonts.
FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    SYMBOL: "DejaVuSans-Subset.ttf",
    SYMBOL_BOLD: "DejaVuSans-Bold-Subset.ttf",
}

# Printed for a character neither font has (an emoji or a CJK character typed into a name),
# rather than the empty box of a missing glyph.
MISSING = "?"


@dataclass(frozen=True)
class ReportFonts:
    """Registered font names and the files they came from (for the report's colophon/tests)."""

    regular: str
    bold: str
    symbol: str
    symbol_bold: str
    files: tuple[Path, ...]


_lock = threading.Lock()
_fonts: ReportFonts | None = None
_covered: dict[str, frozenset[int]] = {}


def font_dir() -> Path:
    """The folder of the shipped fonts (the only place fonts are taken from)."""
    from meapp import paths

    return paths.resources_dir() / "fonts"


def font_file(name: str) -> Path:
    """The shipped font file `name`; a MeappError naming it when the installation lacks it."""
    path = font_dir() / name
    if not path.is_file():
        raise MeappError("file not found: {file}", file=str(path))
    return path


def register_fonts() -> ReportFonts:
    """Register the report fonts with reportlab (once per process) and return their names."""
    global _fonts
    with _lock:
        if _fonts is not None:
            return _fonts
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        files = tuple(font_file(FILES[name]) for name in (REGULAR, BOLD, SYMBOL, SYMBOL_BOLD))
        for name, path in zip((REGULAR, BOLD, SYMBOL, SYMBOL_BOLD), files, strict=True):
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            _covered[name] = frozenset(font.face.charToGlyph)
        for family, bold in ((REGULAR, BOLD), (SYMBOL, SYMBOL_BOLD)):
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, family)
            addMapping(family, 1, 1, bold)
        _fonts = ReportFonts(REGULAR, BOLD, SYMBOL, SYMBOL_BOLD, files)
        return _fonts


def _has(font: str, ch: str) -> bool:
    covered = _covered.get(font)
    return covered is None or ord(ch) in covered or ch in "\n\t"


def displayable(text: str) -> str:
    """`text` with the characters no report font can draw replaced by `MISSING`."""
    register_fonts()
    if all(_has(REGULAR, ch) or _has(SYMBOL, ch) for ch in text):
        return text
    return "".join(ch if _has(REGULAR, ch) or _has(SYMBOL, ch) else MISSING for ch in text)


def markup(text: object, *, bold: bool = False) -> str:
    """Escape a text for a Paragraph; characters the main font lacks go to the symbol font.

    Line breaks become `<br/>` so multi-line narratives keep their paragraphs' shape.
    """
    s = displayable("" if text is None else str(text))
    main = BOLD if bold else REGULAR
    sym = SYMBOL_BOLD if bold else SYMBOL
    out: list[str] = []
    run: list[str] = []
    run_is_sym = False

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run))
        out.append(f'<font name="{sym}">{chunk}</font>' if run_is_sym else chunk)
        run.clear()

    for ch in s.replace("\r\n", "\n"):
        is_sym = not _has(main, ch) and _has(sym, ch)
        if is_sym != run_is_sym:
            flush()
            run_is_sym = is_sym
        run.append(ch)
    flush()
    return "".join(out).replace("\n", "<br/>")


def symbol_markup(symbol: str, colour: str) -> str:
    """A coloured status symbol for a Paragraph, in whichever font can draw it."""
    s = displayable(symbol)
    font = SYMBOL if all(_has(SYMBOL, ch) for ch in s) else REGULAR
    return f'<font name="{font}" color="{colour}">{escape(s)}</font>'


def font_for(text: str, *, bold: bool = False) -> str:
    """A registered font that can draw every character of `text` (for canvas strings)."""
    register_fonts()
    main = BOLD if bold else REGULAR
    if all(_has(main, ch) for ch in text):
        return main
    return SYMBOL_BOLD if bold else SYMBOL
