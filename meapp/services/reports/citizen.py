"""The citizen summary: one A4 page in plain words with big figures (PDF, and PNG for sharing).

For the notice board, the website and public hearings (PRODUCT.md §5): how far the programme
is, how many measures are done and under way, how much of the planned money was spent, what
was done, what is behind, where the money came from, and how to have one's say. No tables
of codes, no formulas. The PNG is the PDF page rendered with pypdfium2, so both look alike.

A QR code (reportlab's own widget) closes the page (issue 21): it holds the municipality's
website address (the GUI's Settings, or `meapp report --website`) with the data fingerprint
of the figures — the one the signed report and `meapp publish` print — so a citizen holding a
printed sheet can open the website and check that the sheet shows the approved figures.
Without a website address the code holds the fingerprint alone.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from meapp.errors import ValidationError
from meapp.models.numbers import format_percent
from meapp.models.periods import Period
from meapp.services.monitoring import status as status_service
from meapp.services.plan.programs import get_program
from meapp.services.reports import charts, fonts
from meapp.services.reports import texts as T
from meapp.services.reports.data import as_date, effective_round
from meapp.services.reports.fingerprint import data_fingerprint, format_fingerprint
from meapp.services.reports.half_year import Cancelled, Progress, start, step
from meapp.services.reports.layout import (
    ACCENT,
    GREEN,
    MUTED,
    RULE,
    STATUS_COLOURS,
    DocInfo,
    build_pdf,
    col,
    frame_height,
    para,
    styles,
)
from meapp.services.reports.sections import value_text
from meapp.services.reports.texts import Texts, Translate
from meapp.store.engine import Database

PNG_SCALE = 2.0  # 72 dpi × 2 = 144 dpi: 1191 × 1684 px, sharp on phones and screens
MAX_ITEMS = 4
QR_SIZE = 80.0  # points: about 2,8 cm, read by a phone at arm's length
# The longest website address, in UTF-8 bytes (what the QR code holds; a Cyrillic letter is
# two): with the 78 characters of the fingerprint fragment the code stays at QR version 10
# or below; denser codes were not read reliably on the summary's PNG (144 dpi).
MAX_WEBSITE = 120
UTF8_ECI = 26  # the QR code's Extended Channel Interpretation number of UTF-8
FINGERPRINT_KEY = "fingerprint"  # the website address's fragment: …/#fingerprint=<64 hex>


@dataclass(frozen=True)
class CitizenResult:
    path: str
    period: str
    png: str | None


def _clip(text: str, limit: int = 120) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _done_measures(rows: Sequence[status_service.MeasureRow], limit: int = MAX_ITEMS) -> list[str]:
    """Measures done, those finished in this period first, the larger (by budget) first."""
    done = [m for m in rows if m.status == "done"]
    done.sort(key=lambda m: (not m.has_entry, -sum(m.planned.values() or [0.0])))
    return [_clip(m.title, 100) for m in done[:limit]]


def _behind(t: Texts, ps: status_service.ProgramStatus, limit: int = MAX_ITEMS) -> list[str]:
    rows = [
        r
        for r in ps.indicators
        if r.status == "off_track" and r.progress is not None and r.value_type != "milestone"
    ]
    rows.sort(key=lambda r: r.progress if r.progress is not None else 0.0)
    out = []
    for r in rows[:limit]:
        out.append(
            t(
                T.BEHIND_LINE,
                name=_clip(r.name, 90),
                actual=value_text(t, r.actual, r.value_type),
                target=value_text(t, r.target, r.value_type),
                unit=r.unit or "",
            )
            .replace("  ", " ")
            .strip()
        )
    return out


def _big_figures(t: Texts, cards: Sequence[tuple[str, str, str]], width: float) -> Any:
    """Big number over a few plain words, side by side."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    f = fonts.register_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    n = len(cards)
    room = width / n - 8
    longest = max(stringWidth(w, f.regular, 1.0) for _f, c, _c in cards for w in c.split())
    size = next((s for s in (11.5, 11.0, 10.5, 10.0, 9.5) if longest * s <= room), 9.0)
    big = ParagraphStyle("big", fontName=f.bold, fontSize=34, leading=40, alignment=TA_CENTER)
    words = ParagraphStyle(
        "words",
        fontName=f.regular,
        fontSize=size,
        leading=size * 1.26,
        alignment=TA_CENTER,
        textColor=col(MUTED),
    )
    cells = []
    for figure, caption, colour in cards:
        cells.append(
            [
                Paragraph(f'<font color="{colour}">{fonts.markup(figure, bold=True)}</font>', big),
                Paragraph(fonts.markup(caption), words),
            ]
        )
    tbl = Table([cells], colWidths=[width / n] * n)
    cmds: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), f.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for i in range(1, n):
        cmds.append(("LINEBEFORE", (i, 0), (i, 0), 0.8, col(RULE)))
    tbl.setStyle(TableStyle(cmds))
    return tbl


def _bullets(items: Sequence[str], empty: str, colour: str) -> list:
    from reportlab.platypus import Paragraph

    st = styles()
    if not items:
        return [para(empty, st.body)]
    return [
        Paragraph(
            f"{fonts.symbol_markup('●', colour)}&nbsp;{fonts.markup(item)}",
            st.body,
        )
        for item in items
    ]


def _columns(left: list, right: list, width: float) -> Any:
    from reportlab.platypus import Table, TableStyle

    gap = 16.0
    w = (width - gap) / 2
    tbl = Table([[left, "", right]], colWidths=[w, gap, w])
    tbl.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return tbl


def _height(flowables: Sequence[Any], width: float) -> float:
    """The height the flowables take in a column of `width` (with their spacing)."""
    total = 0.0
    for f in flowables:
        total += f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _banner(t: Texts, municipality: str, period_text: str, width: float) -> Any:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    f = fonts.register_fonts()
    head = ParagraphStyle(
        "cit_head", fontName=f.bold, fontSize=21, leading=26, textColor=col("#FFFFFF")
    )
    sub = ParagraphStyle(
        "cit_sub", fontName=f.regular, fontSize=13, leading=17, textColor=col("#FFFFFF")
    )
    cell = [
        Paragraph(fonts.markup(t(T.CITIZEN_HEADLINE, municipality=municipality), bold=True), head),
        Paragraph(fonts.markup(f"{t(T.CITIZEN_TITLE)} · {period_text}"), sub),
    ]
    tbl = Table([[cell]], colWidths=[width])
    tbl.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), f.regular),
                ("BACKGROUND", (0, 0), (-1, -1), col(ACCENT)),
                ("LEFTPADDING", (0, 0), (-1, -1), 14),
                ("RIGHTPADDING", (0, 0), (-1, -1), 14),
                ("TOPPADDING", (0, 0), (-1, -1), 12),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    return tbl


# -- the QR code: website and fingerprint -------------------------------------------------------


def normalise_website(value: str | None) -> str | None:
    """The website address as the QR code holds it: "" or None → None (no website); a bare
    "karabalta.kg/monitoring" gets "https://"; spaces, other schemes and very long
    addresses are refused (ValidationError naming the field), since a phone could not open
    them; so is a character that does not print (a zero-width space, a right-to-left
    override), which would make the code hold what the caption does not show."""
    text = (value or "").strip()
    if not text:
        return None
    if "://" not in text:
        text = "https://" + text
    hidden = next((ch for ch in text if ch != " " and _unseen(ch)), None)
    if hidden is not None:
        # named by its code: shown as it is, it would not be seen in the message either
        raise ValidationError(
            "website address: {value} holds a character that does not print ({code}); "
            "type the address again",
            value=str(value),
            code=f"U+{ord(hidden):04X}",
            field="website",
        )
    if len(text.encode("utf-8")) > MAX_WEBSITE:
        raise ValidationError(
            "website address: too long for the QR code ({n} characters at most, a Cyrillic "
            "letter counting as two): {value}",
            n=MAX_WEBSITE,
            value=str(value),
            field="website",
        )
    scheme, _sep, rest = text.partition("://")
    host = rest.split("/", 1)[0]
    if (
        scheme.lower() not in ("http", "https")
        or not _host_has_labels(host)
        or any(_unseen(ch) for ch in text)
    ):
        raise ValidationError(
            "website address: not a web address: {value} (write https://example.kg/monitoring)",
            value=str(value),
            field="website",
        )
    return text.split("#", 1)[0]


def _unseen(ch: str) -> bool:
    """A character the printed caption would not show as the code holds it: a space,
    a control, a format character (zero-width space, right-to-left override) or an unassigned
    one (Unicode categories Z* and C*). Refused, so the caption always reads as the code."""
    return ch.isspace() or unicodedata.category(ch)[0] in ("C", "Z")


def _host_has_labels(host: str) -> bool:
    """A host such as `karabalta.kg` (or `мэрия.кг`, port allowed): at least two labels, none
    empty (`.`, `x..kg` and `.kg` are not addresses a phone can open)."""
    name = host.rsplit("@", 1)[-1].split(":", 1)[0]
    labels = name.split(".")
    return len(labels) >= 2 and all(labels)


def qr_payload(fingerprint: str, website: str | None = None) -> str:
    """What the QR code holds: the website address with the fingerprint as its fragment
    (a phone opens the page; the fragment never reaches the server), or, without a website,
    the fingerprint alone in the groups of four the signature page prints."""
    digest = fingerprint.replace(" ", "").lower()
    address = normalise_website(website)
    if address is None:
        return format_fingerprint(digest)
    return f"{address}#{FINGERPRINT_KEY}={digest}"


def qr_drawing(payload: str, size: float = QR_SIZE) -> Any:
    """reportlab's QR widget scaled to `size` points (error correction M: a creased or
    smudged printout still reads)."""
    from reportlab.graphics.barcode import qrencoder
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    data: Any = payload
    if not payload.isascii():
        # reportlab writes UTF-8 bytes without saying so; a reader then guesses the encoding
        # (`мэрия.кг/м…` came out as Chinese). The ECI tells it: UTF-8.
        data = [qrencoder.QRECI(UTF8_ECI), qrencoder.QR8bitByte(payload)]
    widget = QrCodeWidget(data, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def qr_caption(t: Texts, fingerprint: str, website: str | None) -> str:
    """What the code is for, in the reader's words, with the fingerprint to compare."""
    shown = format_fingerprint(fingerprint)
    if website:
        return t(T.QR_CAPTION_SITE, website=website, fingerprint=shown)
    return t(T.QR_CAPTION_PLAIN, fingerprint=shown)


def _with_qr(
    say: str, note: str, t: Texts, fingerprint: str, website: str | None, width: float
) -> Any:
    """The page's closing words (the invitation; the source, approval and QR caption in one
    small paragraph, to keep room for the figures above) beside the QR code."""
    from reportlab.platypus import Table, TableStyle

    st = styles()
    words = [
        para(say, st.body, bold=True),
        para(f"{note} {qr_caption(t, fingerprint, website)}", st.note),
    ]
    right = QR_SIZE + 8
    tbl = Table(
        [[words, qr_drawing(qr_payload(fingerprint, website))]],
        colWidths=[width - right, right],
    )
    tbl.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return tbl


@dataclass(frozen=True)
class CitizenFacts:
    """What the citizen summary says, in the reader's words: the one source of the PDF page,
    its PNG and the website pack (services/publish), so they always say the same."""

    program_id: str
    code: str
    title: str
    municipality: str
    municipality_kind: str
    period: str
    period_text: str
    cards: tuple[tuple[str, str, str], ...]  # figure, caption, colour
    directions: tuple[tuple[str, float | None, str], ...]  # title, progress, status
    thresholds: tuple[float, float]  # amber, green
    done: tuple[str, ...]
    behind: tuple[str, ...]
    money: tuple[tuple[str, float], ...]  # funding source in words, amount spent
    say: str
    footer: str
    approved: bool


def citizen_facts(
    db: Database, program_id: uuid.UUID | str, period: Period | str | None, t: Texts
) -> CitizenFacts:
    """Gather the summary's figures and sentences for one programme and period."""
    ps = status_service.program_status(db, program_id, period)
    p = Period.parse(ps.period)
    pid = uuid.UUID(ps.program_id)
    prog = get_program(db, pid)
    measures = status_service.measure_rows(db, pid, p)
    rnd = effective_round(db, pid, p)
    total = ps.budget_total
    on_track = ps.status_counts.get("on_track", 0)
    cards = (
        (
            format_percent(ps.program_progress),
            t(T.CITIZEN_PROGRESS),
            STATUS_COLOURS.get(ps.program_status, MUTED),
        ),
        (str(ps.measures.get("done", 0)), t(T.CITIZEN_DONE), GREEN),
        (
            str(ps.measures.get("in_progress", 0) + ps.measures.get("delayed", 0)),
            t(T.CITIZEN_UNDER_WAY),
            ACCENT,
        ),
        (format_percent(total.execution if total else None), t(T.CITIZEN_MONEY), ACCENT),
        (f"{on_track}/{len(ps.indicators)}", t(T.CITIZEN_ON_TRACK), STATUS_COLOURS["on_track"]),
    )
    approved = rnd.state == "approved"
    footer = (
        t(T.CITIZEN_APPROVED, date=t.date(as_date(rnd.approved_at)))
        if approved and (rnd.approved_at)
        else (t(T.CITIZEN_NOT_APPROVED) if not approved else "")
    )
    return CitizenFacts(
        program_id=str(pid),
        code=prog.code,
        title=prog.title,
        municipality=prog.municipality,
        municipality_kind=prog.municipality_kind,
        period=str(p),
        period_text=t.period(p),
        cards=cards,
        directions=tuple(
            (r.title, r.progress, r.status) for r in ps.rollups if r.kind == "direction"
        ),
        thresholds=(prog.threshold_amber, prog.threshold_green),
        done=tuple(_done_measures(measures)),
        behind=tuple(_behind(t, ps)),
        money=tuple((t.source(b.source), b.spent) for b in ps.budget),
        say=t(T.CITIZEN_SAY_CITY) if prog.municipality_kind == "city" else t(T.CITIZEN_SAY_AO),
        footer=footer,
        approved=approved,
    )


def build_citizen(
    db: Database,
    program_id: uuid.UUID | str,
    period: Period | str | None,
    path: str | Path,
    translate: Translate | None,
    lang: str = "ky",
    *,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    website: str | None = None,
) -> CitizenResult:
    """Build the one-page summary; a path ending in `.png` gets the rendered page instead.
    `website`: the municipality's website address for the QR code (None: the fingerprint
    alone)."""
    from reportlab.platypus import KeepInFrame, Spacer

    address = normalise_website(website)
    t, st, width = start(translate, lang, progress, cancelled, 3)
    facts = citizen_facts(db, program_id, period, t)
    fingerprint = data_fingerprint(db, facts.program_id, facts.period)
    p = Period.parse(facts.period)
    step(progress, cancelled, 1, 3)
    period_text = facts.period_text
    cards = facts.cards
    thresholds = facts.thresholds
    directions = [charts.ProgressRow(*row) for row in facts.directions]
    money = facts.money
    say = facts.say
    footer = facts.footer

    def content(limit: int) -> list:
        return [
            _big_figures(t, cards, width),
            Spacer(1, 6),
            para(t(T.CHART_DIRECTIONS), st.h2, bold=True),
            charts.progress_bars(directions, t, width, thresholds),
            Spacer(1, 4),
            _columns(
                [
                    para(t(T.CITIZEN_WHAT_DONE), st.h2, bold=True),
                    *_bullets(facts.done[:limit], t(T.CITIZEN_NOTHING_DONE), GREEN),
                ],
                [
                    para(t(T.CITIZEN_WHAT_BEHIND), st.h2, bold=True),
                    *_bullets(
                        facts.behind[:limit],
                        t(T.CITIZEN_NOTHING_BEHIND),
                        STATUS_COLOURS["off_track"],
                    ),
                ],
                width,
            ),
            para(t(T.CITIZEN_WHERE_MONEY), st.h2, bold=True),
            charts.share_strip(money, t, width),
        ]

    closing = [
        Spacer(1, 8),
        _with_qr(
            say,
            " ".join(
                x for x in (t(T.CITIZEN_SOURCE, title=facts.title, period=period_text), footer) if x
            ).replace("..", "."),
            t,
            fingerprint,
            address,
            width,
        ),
    ]
    banner = _banner(t, facts.municipality, period_text, width)
    banner_h = banner.wrap(width, 1000)[1]
    closing_h = sum(f.wrap(width, 1000)[1] for f in closing) + 12
    room = frame_height() - banner_h - closing_h - 10
    # one page, always: fewer "done" and "behind" items until everything fits; only a
    # municipality whose texts run long even with one item each gets its tail cut (never
    # shrunk below the 9 pt the style allows)
    limit = MAX_ITEMS
    flowables = content(limit)
    while limit > 1 and _height(flowables, width) > room:
        limit -= 1
        flowables = content(limit)
    story = [
        banner,
        Spacer(1, 10),
        KeepInFrame(width, room, flowables, mode="truncate"),
        *closing,
    ]
    step(progress, cancelled, 2, 3)
    target = Path(path)
    png = target.suffix.lower() == ".png"
    pdf_path = target.with_suffix(".pdf.tmp") if png else target.with_name(target.name + ".tmp")
    target.parent.mkdir(parents=True, exist_ok=True)
    info = DocInfo(
        title=f"{t(T.CITIZEN_TITLE)}: {facts.municipality}, {period_text}",
        author=facts.municipality,
        subject=facts.title,
        lang=t.lang,
        header_left="",
        header_right="",
        keywords=("meapp", facts.code, str(p)),
    )
    try:
        build_pdf(str(pdf_path), story, info, t, footer=False)
        if png:
            render_png(pdf_path, target)
        else:
            pdf_path.replace(target)
    finally:
        if pdf_path.exists():
            pdf_path.unlink()
    step(progress, cancelled, 3, 3)
    return CitizenResult(str(target), str(p), str(target) if png else None)


def render_png(
    pdf_path: str | Path, png_path: str | Path, *, scale: float = PNG_SCALE, page: int = 0
) -> Path:
    """Render one page of a PDF to PNG (pypdfium2: no display, no Qt)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        bitmap = pdf[page].render(scale=scale)
        image = bitmap.to_pil()
        out = Path(png_path)
        tmp = out.with_name(out.name + ".tmp")
        image.save(tmp, format="PNG", optimize=True)
        tmp.replace(out)
        return out
    finally:
        pdf.close()
