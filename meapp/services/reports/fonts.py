"""The TrueType fonts of the reports, registered once with reportlab and embedded in every PDF.

Reports must carry the Kyrgyz letters ө ү ң, so the standard PDF fonts (Latin-1 only) are
never used. The shipped family in `resources/fonts/` (Noto Sans) comes first; a checkout
without it falls back to the same files installed on the system, then to DejaVu Sans.

Noto Sans has no glyphs for a few signs the reports need (≈ for derived targets, the true
minus sign − that `format_number` writes, the status symbols ● ◐ ○). Those characters are
drawn with a second, symbol font (DejaVu Sans covers all of them); `markup()` wraps them for
Paragraphs and `font_for()` picks a font able to draw a whole string on a canvas.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from meapp.services.errors import MeappError

REGULAR = "MeSans"
BOLD = "MeSans-Bold"
SYMBOL = "MeSymbol"
SYMBOL_BOLD = "MeSymbol-Bold"

# Each face: file names tried in order, first in resources/fonts, then in the system folders.
_MAIN_REGULAR = ("NotoSans-Regular.ttf", "DejaVuSans.ttf")
_MAIN_BOLD = ("NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf")
_SYM_REGULAR = ("DejaVuSans.ttf", "NotoSansSymbols2-Regular.ttf")
_SYM_BOLD = ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf")

_SYSTEM_DIRS = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/noto"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)


@dataclass(frozen=True)
class ReportFonts:
    """Registered font names and the files they came from (for the report's colophon/tests)."""

    regular: str
    bold: str
    symbol: str
    symbol_bold: str
    files: tuple[Path, ...]


# When no symbol font is found (a bundle without DejaVu Sans), these stand in, so that a
# report never shows empty boxes; the words beside every symbol still say the status.
_STAND_INS = {
    "−": "-",
    "≈": "~",
    "●": "•",
    "◐": "•",
    "○": "o",
    "✓": "+",
    "✗": "×",
    "▲": "+",
    "▼": "-",
    "▶": "=",
    "–": "-",
}

_lock = threading.Lock()
_fonts: ReportFonts | None = None
_covered: dict[str, frozenset[int]] = {}


def font_dirs() -> list[Path]:
    """Where fonts are looked for: the shipped folder first, then the system's."""
    from meapp import paths

    return [paths.resources_dir() / "fonts", *_SYSTEM_DIRS]


def _find(names: tuple[str, ...]) -> Path | None:
    for name in names:
        for folder in font_dirs():
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


def register_fonts() -> ReportFonts:
    """Register the report fonts with reportlab (once per process) and return their names."""
    global _fonts
    with _lock:
        if _fonts is not None:
            return _fonts
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        regular = _find(_MAIN_REGULAR)
        if regular is None:
            raise MeappError(
                "no font with Kyrgyz letters found; put NotoSans-Regular.ttf into {folder}",
                folder=str(font_dirs()[0]),
            )
        bold = _find(_MAIN_BOLD) or regular
        symbol = _find(_SYM_REGULAR) or regular
        symbol_bold = _find(_SYM_BOLD) or symbol
        files = (regular, bold, symbol, symbol_bold)
        for name, path in zip((REGULAR, BOLD, SYMBOL, SYMBOL_BOLD), files, strict=True):
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            _covered[name] = frozenset(font.face.charToGlyph)
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        addMapping(SYMBOL, 0, 0, SYMBOL)
        addMapping(SYMBOL, 1, 0, SYMBOL_BOLD)
        addMapping(SYMBOL, 0, 1, SYMBOL)
        addMapping(SYMBOL, 1, 1, SYMBOL_BOLD)
        _fonts = ReportFonts(REGULAR, BOLD, SYMBOL, SYMBOL_BOLD, tuple(dict.fromkeys(files)))
        return _fonts


def _has(font: str, ch: str) -> bool:
    covered = _covered.get(font)
    return covered is None or ord(ch) in covered or ch in "\n\t"


def displayable(text: str) -> str:
    """`text` with the characters no registered font can draw replaced by stand-ins."""
    register_fonts()
    if all(_has(REGULAR, ch) or _has(SYMBOL, ch) for ch in text):
        return text
    return "".join(
        ch if _has(REGULAR, ch) or _has(SYMBOL, ch) else _STAND_INS.get(ch, "?") for ch in text
    )


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
