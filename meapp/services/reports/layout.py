"""Page set-up, paragraph styles and table styles shared by the PDF reports.

One look for every report (UI.md): the Okabe–Ito palette, one sans-serif family with full
Cyrillic, 10–11 pt body text and nothing below 9 pt, numbers right-aligned, units in the
column headers, a status always as symbol + word + colour (never colour alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from meapp.services.reports import fonts
from meapp.services.reports.texts import PAGE_OF, STATUS_SYMBOLS, Texts

# Palette (UI.md, Okabe–Ito, colour-blind safe)
GREEN = "#009E73"
AMBER = "#E69F00"
RED = "#D55E00"
GREY = "#999999"
ACCENT = "#0072B2"
ACCENT_LIGHT = "#A6CBE3"
TEXT = "#222222"
MUTED = "#555555"
RULE = "#C8C8C8"
ZEBRA = "#F3F6F9"
SECTION_BG = "#E4EEF6"

STATUS_COLOURS = {"on_track": GREEN, "at_risk": AMBER, "off_track": RED, "no_data": GREY}
MEASURE_COLOURS = {
    "done": GREEN,
    "in_progress": ACCENT,
    "not_started": GREY,
    "delayed": RED,
    "cancelled": "#555555",
}


@lru_cache(maxsize=64)
def col(hex_colour: str) -> Any:
    """A reportlab colour object (converting hex text on every cell costs real time)."""
    from reportlab.lib.colors import HexColor

    return HexColor(hex_colour)


# where a signature box landed: page index (0-based), x1, y1, x2, y2 in points
Box = tuple[int, float, float, float, float]

MIN_FONT = 9.0  # UI.md: no text smaller than 9 pt anywhere, reports included
BODY = 10.5
TABLE = 9.0

LANG_TAGS = {"ky": "ky-KG", "ru": "ru-RU", "en": "en"}
MARGIN = 18 * 2.834645669  # 18 mm in points


@dataclass(frozen=True)
class Styles:
    title: Any
    subtitle: Any
    cover_line: Any
    h1: Any
    h2: Any
    body: Any
    small: Any
    note: Any
    cell: Any
    cell_bold: Any
    cell_right: Any
    head: Any
    head_right: Any
    figure: Any
    figure_label: Any


_styles: Styles | None = None


def styles() -> Styles:
    """The paragraph styles (built once; reportlab styles are immutable by convention)."""
    global _styles
    if _styles is not None:
        return _styles
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    f = fonts.register_fonts()
    base = ParagraphStyle(
        "base", fontName=f.regular, fontSize=BODY, leading=BODY * 1.35, textColor=col(TEXT)
    )

    def mk(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    _styles = Styles(
        title=mk("title", fontName=f.bold, fontSize=24, leading=30, spaceAfter=10),
        subtitle=mk("subtitle", fontSize=15, leading=20, textColor=col(MUTED), spaceAfter=6),
        cover_line=mk("cover_line", fontSize=11.5, leading=16, spaceAfter=4),
        h1=mk(
            "h1",
            fontName=f.bold,
            fontSize=15,
            leading=20,
            spaceBefore=10,
            spaceAfter=8,
            textColor=col(ACCENT),
            keepWithNext=1,
        ),
        h2=mk(
            "h2",
            fontName=f.bold,
            fontSize=12,
            leading=16,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        body=mk("body", spaceAfter=6),
        small=mk("small", fontSize=MIN_FONT, leading=MIN_FONT * 1.3, textColor=col(MUTED)),
        note=mk(
            "note", fontSize=MIN_FONT, leading=MIN_FONT * 1.3, textColor=col(MUTED), spaceBefore=3
        ),
        cell=mk("cell", fontSize=TABLE, leading=TABLE * 1.22, alignment=TA_LEFT),
        cell_bold=mk("cell_bold", fontName=f.bold, fontSize=TABLE, leading=TABLE * 1.22),
        cell_right=mk("cell_right", fontSize=TABLE, leading=TABLE * 1.22, alignment=TA_RIGHT),
        head=mk(
            "head", fontName=f.bold, fontSize=TABLE, leading=TABLE * 1.2, textColor=col("#FFFFFF")
        ),
        head_right=mk(
            "head_right",
            fontName=f.bold,
            fontSize=TABLE,
            leading=TABLE * 1.2,
            textColor=col("#FFFFFF"),
            alignment=TA_RIGHT,
        ),
        figure=mk("figure", fontName=f.bold, fontSize=26, leading=30, alignment=TA_CENTER),
        figure_label=mk(
            "figure_label", fontSize=10, leading=13, alignment=TA_CENTER, textColor=col(MUTED)
        ),
    )
    return _styles


def para(text: object, style: Any, *, bold: bool = False) -> Any:
    """A Paragraph of plain text (escaped, symbols routed to the symbol font)."""
    from reportlab.platypus import Paragraph

    return Paragraph(fonts.markup(text, bold=bold), style)


def status_markup(t: Texts, code: str | None) -> str:
    """Symbol (coloured) + word, so a status reads without colour too."""
    code = code or "no_data"
    colour = STATUS_COLOURS.get(code, GREY)
    symbol = STATUS_SYMBOLS.get(code, "–")
    return f"{fonts.symbol_markup(symbol, colour)} {fonts.markup(t.status(code))}"


# -- the document --------------------------------------------------------------------------


@dataclass(frozen=True)
class DocInfo:
    title: str
    author: str
    subject: str
    lang: str
    header_left: str
    header_right: str
    keywords: tuple[str, ...] = ()


def _numbered_canvas_class(
    info: DocInfo, t: Texts, boxes: dict[str, Box] | None, footer: bool = True
) -> type:
    """A canvas that writes "Page n of N" once the page count is known (two-step save).

    Pages are kept in memory until the end, then each is decorated (header, footer) and
    written. The empty signature fields of `boxes` are added to their pages at that moment,
    when the document knows each page's object (their `/P`).
    """
    from reportlab.pdfgen.canvas import Canvas

    f = fonts.register_fonts()
    wanted = boxes if boxes is not None else {}

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # the default initial font would be Helvetica: not embedded, no Cyrillic
            if not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = f.regular
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            form = None
            for index, state in enumerate(self._saved):
                self.__dict__.update(state)
                self._decorate(total)
                here = {k: v for k, v in wanted.items() if v[0] == index}
                if here:
                    form = self._signature_fields(here, form)
                super().showPage()
            super().save()

        def _signature_fields(self, here: dict[str, Box], form: Any) -> Any:
            from reportlab.pdfbase.acroform import AcroForm
            from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString

            if form is None:
                form = AcroForm(self)
                self._doc._catalog.AcroForm = form
            for name, (_page, x1, y1, x2, y2) in sorted(here.items()):
                widget = PDFDictionary(
                    {
                        "Type": PDFName("Annot"),
                        "Subtype": PDFName("Widget"),
                        "FT": PDFName("Sig"),
                        "T": PDFString(name),
                        "Rect": PDFArray([x1, y1, x2, y2]),
                        "F": 4,  # print
                        "P": self._doc.thisPageRef(),
                    }
                )
                self._addAnnotation(widget)
                form.fields.append(form.getRef(widget))
            return form

        def _decorate(self, total: int) -> None:
            page = self._pageNumber
            width, _height = self._pagesize
            self.saveState()
            self.setFillColor(MUTED)
            self.setFont(f.regular, MIN_FONT)
            if footer:
                text = t(PAGE_OF, page=page, pages=total)
                self.drawRightString(width - MARGIN, MARGIN * 0.55, text)
            if page > 1:
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                top = self._pagesize[1] - MARGIN * 0.62
                self.line(MARGIN, top - 3, width - MARGIN, top - 3)
                left = _fit(info.header_left, f.regular, MIN_FONT, (width - 2 * MARGIN) * 0.62)
                self.setFont(fonts.font_for(left), MIN_FONT)
                self.drawString(MARGIN, top, left)
                right = _fit(info.header_right, f.regular, MIN_FONT, (width - 2 * MARGIN) * 0.36)
                self.setFont(fonts.font_for(right), MIN_FONT)
                self.drawRightString(width - MARGIN, top, right)
            self.restoreState()

    return NumberedCanvas


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def build_pdf(
    path: str,
    story: list,
    info: DocInfo,
    t: Texts,
    *,
    first_landscape: bool = False,
    boxes: dict[str, Box] | None = None,
    footer: bool = True,
) -> int:
    """Lay out `story` on A4 pages and write the PDF; returns the number of pages.

    Two page templates: "portrait" for text and charts, "landscape" for the wide tables
    (switch with `NextPageTemplate("landscape")` before a `PageBreak`).
    """
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    def template(name: str, size: tuple[float, float]) -> PageTemplate:
        frame = Frame(
            MARGIN,
            MARGIN,
            size[0] - 2 * MARGIN,
            size[1] - 2 * MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )
        return PageTemplate(id=name, frames=[frame], pagesize=size)

    templates = [template("portrait", A4), template("landscape", landscape(A4))]
    if first_landscape:
        templates.reverse()
    doc = BaseDocTemplate(
        path,
        pagesize=templates[0].pagesize,
        pageTemplates=templates,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator="meapp",
        keywords=list(info.keywords),
        lang=LANG_TAGS.get(info.lang, info.lang),
        displayDocTitle=1,
        initialFontName=fonts.register_fonts().regular,
    )
    doc.build(story, canvasmaker=_numbered_canvas_class(info, t, boxes, footer))
    return doc.page


def _noop(_canvas: Any, _doc: Any) -> None:
    return None


def frame_width(landscape_pages: bool = False) -> float:
    from reportlab.lib.pagesizes import A4, landscape

    w = (landscape(A4) if landscape_pages else A4)[0]
    return w - 2 * MARGIN


def frame_height(landscape_pages: bool = False) -> float:
    from reportlab.lib.pagesizes import A4, landscape

    h = (landscape(A4) if landscape_pages else A4)[1]
    return h - 2 * MARGIN


# -- tables -------------------------------------------------------------------------------------


# The fewest rows a split table leaves for its last page (issue 23: a page held one row).
MIN_TAIL_ROWS = 4
_TABLE_CLASS: Any = None


def _table_class() -> Any:
    """reportlab's Table, except that a split never leaves fewer than MIN_TAIL_ROWS rows
    for the last page: it moves a few more rows over instead (made once, on first use, so
    that reportlab is imported only by the reports)."""
    global _TABLE_CLASS
    if _TABLE_CLASS is not None:
        return _TABLE_CLASS
    from reportlab.platypus import FrameBreak, Table

    class NoOrphanTable(Table):
        def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803 - reportlab's names
            parts = super().split(availWidth, availHeight)
            if len(parts) != 2:
                return parts
            head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
            tail = len(parts[1]._cellvalues) - head
            body = len(self._cellvalues) - head
            if tail >= MIN_TAIL_ROWS or body < 2 * MIN_TAIL_ROWS:
                return parts
            first = len(parts[0]._cellvalues)
            move = MIN_TAIL_ROWS - tail
            heights = self._rowHeights[first - move : first]
            fewer = super().split(availWidth, availHeight - sum(heights) - 0.5)
            if len(fewer) != 2:
                return parts
            # the rest starts on the next page: left here it would be split again
            return [fewer[0], FrameBreak(), fewer[1]]

    _TABLE_CLASS = NoOrphanTable
    return _TABLE_CLASS


def table(
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    right_cols: Sequence[int] = (),
    section_rows: Sequence[int] = (),
    total_rows: Sequence[int] = (),
    zebra: bool = True,
) -> Any:
    """A data table: coloured header repeated on every page, zebra rows, thin rules.

    `section_rows` (indexes into `rows`) are full-width group headings (a direction);
    `total_rows` are set in bold above a rule.
    """
    from reportlab.platypus import TableStyle

    f = fonts.register_fonts()
    data = [list(header), *[list(r) for r in rows]]
    tbl = _table_class()(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    cmds: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), f.regular),
        ("FONTSIZE", (0, 0), (-1, -1), TABLE),
        ("LEADING", (0, 0), (-1, -1), TABLE * 1.22),
        ("TEXTCOLOR", (0, 0), (-1, -1), col(TEXT)),
        ("BACKGROUND", (0, 0), (-1, 0), col(ACCENT)),
        ("TEXTCOLOR", (0, 0), (-1, 0), col("#FFFFFF")),
        ("FONTNAME", (0, 0), (-1, 0), f.bold),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, col(RULE)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, col(ACCENT)),
    ]
    for right in right_cols:
        cmds.append(("ALIGN", (right, 0), (right, -1), "RIGHT"))
    sections = {i + 1 for i in section_rows}
    if zebra:
        stripe = 0
        for i in range(1, len(data)):
            if i in sections:
                stripe = 0
                continue
            if stripe % 2 == 1:
                cmds.append(("BACKGROUND", (0, i), (-1, i), col(ZEBRA)))
            stripe += 1
    for i in sections:
        cmds += [
            ("SPAN", (0, i), (-1, i)),
            ("BACKGROUND", (0, i), (-1, i), col(SECTION_BG)),
            ("FONTNAME", (0, i), (-1, i), f.bold),
        ]
    for r in total_rows:
        i = r + 1
        cmds += [
            ("FONTNAME", (0, i), (-1, i), f.bold),
            ("LINEABOVE", (0, i), (-1, i), 0.8, col(TEXT)),
        ]
    tbl.setStyle(TableStyle(cmds))
    return tbl
