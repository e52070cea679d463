"""The built-in user guide: one short HTML page per app page and per topic, in ky, ru and en.

The pages live in `resources/help/<lang>/<key>.html` (shipped in the bundle) as simple,
well-formed HTML that Qt's QTextBrowser renders as it is: h1, h2, p, ul/ol/li, b, a (links
to other pages by file name), font colour for the traffic-light symbols, no images, styles
or scripts. So F1 can show a page with `QTextBrowser.setSource(page_path(key, lang))` and the
links between pages work by themselves, with no Qt in this module.

A page missing in the wanted language falls back to Kyrgyz, then Russian, then English (the
guide is written in all three; a test keeps it so). `export_help_pdf` builds one PDF of the
whole guide for printing, with the report fonts (Kyrgyz letters ө ү ң, nothing below 9 pt).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from meapp import __version__, paths
from meapp.errors import NotFound

LANGUAGES: tuple[str, ...] = ("ky", "ru", "en")
FALLBACK: tuple[str, ...] = ("ky", "ru", "en")
INDEX = "help"
# One guide per page of the main window (the keys of `meapp.ui.pages.PAGES`, same order).
PAGES: tuple[str, ...] = (
    "dashboard",
    "plan",
    "monitoring",
    "evaluation",
    "reports",
    "working-group",
    "risks",
    "audit",
    "users",
    "settings",
    "help",
)
TOPICS: tuple[str, ...] = ("traffic-lights", "import", "signing", "exchange", "backup")
# What a help page may contain: what QTextBrowser and the PDF export both understand.
ALLOWED_TAGS = frozenset(
    {"html", "head", "meta", "title", "body", "h1", "h2", "p", "ul", "ol", "li", "b", "a", "font"}
)

# For `QTextBrowser.document().setDefaultStyleSheet(STYLE_SHEET)`: the sizes and colours of
# UI.md (Qt's default h1 is very large), in the subset of CSS that Qt's rich text knows.
STYLE_SHEET = (
    "h1 { font-size: 18pt; font-weight: 600; color: #0072B2; margin-bottom: 8px; }"
    " h2 { font-size: 13pt; font-weight: 600; color: #222222; margin-top: 14px; }"
    " p, li { font-size: 10.5pt; color: #222222; }"
    " a { color: #0072B2; }"
)
# PDF sizes in points; UI.md: no text smaller than 9 pt anywhere.
PDF_SIZES = {"title": 24.0, "h1": 17.0, "h2": 12.5, "body": 10.5, "footer": 9.0}
_ACCENT = "#0072B2"


@dataclass(frozen=True)
class HelpPage:
    key: str
    lang: str  # the language of the file actually used (after fallback)
    title: str
    path: Path


def help_dir() -> Path:
    return paths.resources_dir() / "help"


def all_keys() -> tuple[str, ...]:
    """Every page of the guide, in reading order: the index, the app's pages, the topics."""
    return (INDEX, *(k for k in PAGES if k != INDEX), *TOPICS)


def list_pages() -> tuple[str, ...]:
    return PAGES


def list_topics() -> tuple[str, ...]:
    return TOPICS


def _languages(lang: str | None) -> list[str]:
    wanted = (lang or "").split("_")[0].lower()
    order = [wanted] if wanted in LANGUAGES else []
    return order + [code for code in FALLBACK if code not in order]


def page_path(key: str, lang: str | None) -> Path:
    """The HTML file of a page in `lang`, else in Kyrgyz, Russian, English.

    An unknown key (a page added to the app before its guide) gives the index page.
    """
    keys = [key, INDEX] if key not in all_keys() else [key]
    for name in keys:
        for code in _languages(lang):
            candidate = help_dir() / code / f"{name}.html"
            if candidate.is_file():
                return candidate
    raise NotFound("help page not found: {page}", page=key)


def page_html(key: str, lang: str | None) -> str:
    """The page's HTML text, for `QTextBrowser.setHtml` (links then need `setSearchPaths`)."""
    return page_path(key, lang).read_text(encoding="utf-8")


def page(key: str, lang: str | None) -> HelpPage:
    path = page_path(key, lang)
    return HelpPage(path.stem, path.parent.name, _title(path.read_text(encoding="utf-8")), path)


def page_title(key: str, lang: str | None) -> str:
    return page(key, lang).title


def key_for_href(href: str) -> str | None:
    """The page key a link points to (`plan.html`, `plan.html#x`), or None if not a page."""
    name = href.split("#", 1)[0].split("?", 1)[0].rsplit("/", 1)[-1]
    if not name.endswith(".html"):
        return None
    key = name[: -len(".html")]
    return key if key in all_keys() else None


def _title(text: str) -> str:
    found = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S) or re.search(
        r"<title>(.*?)</title>", text, re.S
    )
    if not found:
        return ""
    import html

    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", found.group(1))).split())


# -- PDF ------------------------------------------------------------------------------------
@dataclass
class _Block:
    kind: str  # h1, h2, p, li
    parts: list[str]
    bullet: str = ""


class _PageParser(HTMLParser):
    """Turns one help page into blocks of reportlab Paragraph markup.

    Text goes through `fonts.markup` (escaping, and the symbol font for ● ◐ ○ ≈ −); links to
    other pages become links inside the PDF (`#key`).
    """

    def __init__(self, markup: Callable[[str], str]) -> None:
        super().__init__(convert_charrefs=True)
        self.markup = markup
        self.blocks: list[_Block] = []
        self.block: _Block | None = None
        self.lists: list[list[Any]] = []  # [kind, counter]
        self.in_body = False
        self.inline: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag == "body":
            self.in_body = True
        elif not self.in_body:
            return
        elif tag in ("h1", "h2", "p"):
            self._open(tag)
        elif tag in ("ul", "ol"):
            self.lists.append([tag, 0])
        elif tag == "li":
            bullet = "•"
            if self.lists and self.lists[-1][0] == "ol":
                self.lists[-1][1] += 1
                bullet = f"{self.lists[-1][1]}."
            self._open("li", bullet)
        elif self.block is not None and tag == "b":
            self.block.parts.append("<b>")
            self.inline.append("</b>")
        elif self.block is not None and tag == "a":
            key = key_for_href(attr.get("href") or "")
            if key:
                self.block.parts.append(f'<a href="#{key}" color="{_ACCENT}">')
                self.inline.append("</a>")
            else:
                self.inline.append("")
        elif self.block is not None and tag == "font":
            colour = attr.get("color") or ""
            if re.fullmatch(r"#[0-9A-Fa-f]{6}", colour):
                self.block.parts.append(f'<font color="{colour}">')
                self.inline.append("</font>")
            else:
                self.inline.append("")

    def handle_endtag(self, tag: str) -> None:
        if not self.in_body:
            return
        if tag in ("h1", "h2", "p", "li"):
            self._close()
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
        elif tag in ("b", "a", "font") and self.block is not None and self.inline:
            self.block.parts.append(self.inline.pop())
        elif tag == "body":
            self.in_body = False

    def handle_data(self, data: str) -> None:
        if self.block is None or not data:
            return
        text = re.sub(r"\s+", " ", data)
        if not self.block.parts or self.block.parts[-1] in ("", " "):
            text = text.lstrip()
        if text:
            self.block.parts.append(self.markup(text))

    def _open(self, kind: str, bullet: str = "") -> None:
        self._close()
        self.block = _Block(kind, [], bullet)
        self.inline = []

    def _close(self) -> None:
        if self.block is None:
            return
        self.block.parts.extend(reversed(self.inline))
        self.inline = []
        if "".join(self.block.parts).strip():
            self.blocks.append(self.block)
        self.block = None


def _styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    from meapp.services.reports import fonts

    f = fonts.register_fonts()
    ink = colors.HexColor("#222222")
    base = ParagraphStyle(
        "body",
        fontName=f.regular,
        fontSize=PDF_SIZES["body"],
        leading=PDF_SIZES["body"] * 1.4,
        textColor=ink,
        spaceAfter=5,
        bulletFontName=f.regular,
        bulletFontSize=PDF_SIZES["body"],
    )

    def heading(name: str, line: float, **extra: Any) -> Any:
        """A bold heading style sized by PDF_SIZES[name], `line` times as high as its size."""
        size = PDF_SIZES[name]
        return ParagraphStyle(
            name, parent=base, fontName=f.bold, fontSize=size, leading=size * line, **extra
        )

    accent = colors.HexColor(_ACCENT)
    return {
        "title": heading("title", 1.25, textColor=accent, spaceAfter=14),
        "h1": heading("h1", 1.25, textColor=accent, spaceAfter=10),
        "h2": heading("h2", 1.3, spaceBefore=8, spaceAfter=4),
        "p": base,
        "li": ParagraphStyle("li", parent=base, leftIndent=18, bulletIndent=4, spaceAfter=3),
    }


def export_help_pdf(
    lang: str,
    path: Path | str,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the whole guide in `lang` as one A4 PDF (index first, one page per section).

    Links between pages are links inside the PDF, and each section is a bookmark, so the
    file is as easy to move around in as the help window.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    from meapp.services.reports import fonts

    target = Path(path)
    styles = _styles()
    keys = all_keys()
    flowables: list[Any] = []
    guide_title = page_title(INDEX, lang)
    for number, key in enumerate(keys):
        info = page(key, lang)
        parser = _PageParser(fonts.markup)
        parser.feed(info.path.read_text(encoding="utf-8"))
        parser.close()
        if number:
            flowables.append(PageBreak())
        first_heading = True
        for block in parser.blocks:
            markup = "".join(block.parts).strip()
            if block.kind == "h1" and first_heading:
                first_heading = False
                style = styles["title"] if key == INDEX else styles["h1"]
                para = Paragraph(f'<a name="{key}"/>{markup}', style)
                para._meapp_outline = (key, info.title)  # type: ignore[attr-defined]
                flowables.append(para)
                if key == INDEX:
                    flowables.append(Paragraph(f"meapp {__version__}", styles["p"]))
                    flowables.append(Spacer(1, 6))
                continue
            style = styles.get(block.kind, styles["p"])
            if block.kind == "li":
                flowables.append(Paragraph(markup, style, bulletText=block.bullet))
            else:
                flowables.append(Paragraph(markup, style))
        if progress:
            progress(number + 1, len(keys))

    class _Doc(SimpleDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
            outline = getattr(flowable, "_meapp_outline", None)
            if outline:
                key, title = outline
                self.canv.bookmarkPage(f"o-{key}")
                self.canv.addOutlineEntry(title, f"o-{key}", level=0)

    footer_font = fonts.register_fonts().regular

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(footer_font, PDF_SIZES["footer"])
        canvas.setFillColorRGB(0.37, 0.42, 0.46)
        canvas.drawString(2 * cm, 1.2 * cm, f"meapp {__version__} · {guide_title}")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(doc.page))
        canvas.restoreState()

    target.parent.mkdir(parents=True, exist_ok=True)
    doc = _Doc(
        str(target),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=guide_title,
        author="meapp",
        subject=f"meapp {__version__}",
        lang=lang,
    )
    doc.build(flowables, onFirstPage=footer, onLaterPages=footer)
    return target
