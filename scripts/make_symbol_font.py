#!/usr/bin/env python3
"""Make the reports' symbol font: a subset of DejaVu Sans, shipped in meapp/resources/fonts/.

    scripts/make_symbol_font.py [--source DIR] [--check]

Noto Sans, the reports' text font, has no glyphs for the signs the reports print besides
the words: the status symbols ● ◐ ○, ✓ ✗, the trend marks ▲ ▼ ▶, ≈ of derived targets, the
true minus − of `format_number`, arrows. DejaVu Sans has them all. The two faces (Book and
Bold) are cut down to the code points below and written as DejaVuSans-Subset.ttf and
DejaVuSans-Bold-Subset.ttf (about 145 kB each, against 750 kB for the whole faces), with
the licence text the font carries (its name record 13) as LICENSE-DejaVu.txt beside them.

The subset keeps Latin, Greek and Cyrillic (with the Kyrgyz ө ү ң) too: a canvas string
(a chart label, a page header) is drawn in one font, and when it holds a sign Noto Sans
lacks, that font is the symbol font, so it must draw the words around the sign as well.
Beyond the signs the report code uses, whole blocks are kept (arrows, mathematical
operators, geometric shapes …) and a pick of the large ones, as a margin for new symbols and
for what people type into names and narratives. The layout tables (GSUB, GPOS) and the
hinting go: reportlab neither shapes nor kerns, and a PDF viewer rasterises at any size. The
outlines are scaled from DejaVu's 2048 units per em to Noto Sans' 1000, which the signature
stamp (pyHanko) needs to space the letters right.

`--source` is the folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf (default: the
Debian/Ubuntu folder of `fonts-dejavu-core`). `--check` only verifies that the shipped
files cover every symbol the report code uses (exit 1 if not), without a source font.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "meapp" / "resources" / "fonts"
DEFAULT_SOURCE = Path("/usr/share/fonts/truetype/dejavu")

# (source file, shipped file)
FACES = (
    ("DejaVuSans.ttf", "DejaVuSans-Subset.ttf"),
    ("DejaVuSans-Bold.ttf", "DejaVuSans-Bold-Subset.ttf"),
)
LICENCE = "LICENSE-DejaVu.txt"
UNITS_PER_EM = 1000

# Code points kept, first and last (only those DejaVu Sans has). Whole blocks where they are
# small or likely to be typed; a pick from the large ones (Miscellaneous Symbols, Dingbats).
RANGES = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A
    (0x018F, 0x018F),  # Ə
    (0x019F, 0x019F),  # Ɵ (the Latin look-alike of Ө)
    (0x0259, 0x0259),  # ə
    (0x0275, 0x0275),  # ɵ
    (0x02C6, 0x02C7),  # ˆ ˇ
    (0x02D8, 0x02DD),  # ˘ ˙ ˚ ˛ ˜ ˝
    (0x0391, 0x03A9),  # Greek capitals (Δ, Σ in indicator names)
    (0x03B1, 0x03C9),  # Greek small letters (α, μ, σ)
    (0x0400, 0x04FF),  # Cyrillic, with the Kyrgyz ө ү ң
    (0x2000, 0x206F),  # General Punctuation (– — … ‰ • ‹ ›)
    (0x2070, 0x209F),  # Superscripts and Subscripts
    (0x20A0, 0x20CF),  # Currency Symbols
    (0x2103, 0x2103),  # ℃
    (0x2109, 0x2109),  # ℉
    (0x2113, 0x2113),  # ℓ
    (0x2116, 0x2116),  # №
    (0x2122, 0x2122),  # ™
    (0x2126, 0x2126),  # Ω
    (0x2139, 0x2139),  # ℹ
    (0x2150, 0x215F),  # vulgar fractions ⅓ ⅔ ⅛
    (0x2190, 0x21FF),  # Arrows (← ↑ → ↓)
    (0x2200, 0x22FF),  # Mathematical Operators (− ≈ ≤ ≥ ∑)
    (0x2300, 0x23FF),  # Miscellaneous Technical (⌀)
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (① ②)
    (0x2500, 0x259F),  # Box Drawing, Block Elements
    (0x25A0, 0x25FF),  # Geometric Shapes (● ◐ ○ ▲ ▼ ▶ ◀ ■ ◆ ◇)
    (0x2605, 0x2606),  # ★ ☆
    (0x260E, 0x260E),  # ☎
    (0x2610, 0x2612),  # ☐ ☑ ☒
    (0x2639, 0x263A),  # ☹ ☺
    (0x2690, 0x2691),  # flags
    (0x26A0, 0x26A1),  # ⚠ ⚡
    (0x26AA, 0x26AB),  # ⚪ ⚫
    (0x2701, 0x2727),  # Dingbats: ✂ ✎ ✓ ✔ ✕ ✖ ✗ ✘ ✚ ✦
    (0x2756, 0x2756),  # ❖
    (0x2776, 0x27BF),  # Dingbats: ❶ ❷ …, ➔ ➜ arrows
    (0x27F0, 0x27FF),  # Supplemental Arrows-A (⟶)
    (0xFFFD, 0xFFFD),  # the replacement character
)

# The signs the report code prints that Noto Sans lacks; the subset must have every one.
REQUIRED = "●◐○✓✗▲▼▶◀■◆◇−≈≤≥←↑→↓⚠✎✔✖"


def wanted(cmap: dict[int, str]) -> list[int]:
    return sorted(cp for cp in cmap if any(lo <= cp <= hi for lo, hi in RANGES))


def make(source: Path) -> int:
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    licence_text = version = None
    for src_name, out_name in FACES:
        src = source / src_name
        if not src.is_file():
            print(f"missing {src} (apt-get install fonts-dejavu-core, or --source)")
            return 1
        font = TTFont(str(src), recalcTimestamp=False)  # the same bytes on every run
        codepoints = wanted(font.getBestCmap())
        if licence_text is None:
            licence_text = font["name"].getDebugName(13)
            version = font["name"].getDebugName(5)  # "Version 2.37"
        options = subset.Options()
        options.hinting = False
        options.name_IDs = ["*"]  # keeps the copyright (0) and the licence (13, 14)
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.glyph_names = False
        # reportlab draws glyph by glyph (no shaping, no kerning): the layout tables go.
        options.layout_features = []
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "MATH", "FFTM"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=codepoints)
        subsetter.subset(font)
        # 1000 units per em, as Noto Sans: pyHanko's stamp spaces the glyphs of a 2048-unit
        # font (DejaVu's own) twice too wide.
        scale_upem(font, UNITS_PER_EM)
        out = FONTS / out_name
        font.save(str(out))
        print(f"{out.relative_to(ROOT)}: {len(codepoints)} characters, {out.stat().st_size} bytes")
    if not licence_text:
        print("the source font carries no licence text (name record 13)")
        return 1
    header = (
        f"{FACES[0][1]}, {FACES[1][1]}: subsets of DejaVu Sans ({version},\n"
        "https://dejavu-fonts.github.io/), made by scripts/make_symbol_font.py.\n"
        "The licence below is the one the fonts carry.\n\n"
    )
    (FONTS / LICENCE).write_text(header + licence_text.strip() + "\n", encoding="utf-8")
    print(f"{(FONTS / LICENCE).relative_to(ROOT)} written")
    return check()


def check() -> int:
    from fontTools.ttLib import TTFont

    status = 0
    for _src, out_name in FACES:
        path = FONTS / out_name
        if not path.is_file():
            print(f"missing {path.relative_to(ROOT)}")
            status = 1
            continue
        cmap = TTFont(str(path)).getBestCmap()
        lacking = [ch for ch in REQUIRED if ord(ch) not in cmap]
        if lacking:
            print(f"{out_name} lacks {' '.join(lacking)}")
            status = 1
    if not (FONTS / LICENCE).is_file():
        print(f"missing {LICENCE}")
        status = 1
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    return check() if args.check else make(args.source)


if __name__ == "__main__":
    sys.exit(main())
