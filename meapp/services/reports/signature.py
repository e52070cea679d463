"""Signature boxes on the signature page, and the empty AcroForm fields behind them.

The report draws each box with reportlab (a visible frame with its caption, so a printed
copy has room for an ink signature too) and remembers where it landed on the page; the
page canvas (`layout.build_pdf(boxes=…)`) then writes an empty AcroForm signature field of
the same rectangle, named `sig_chair` / `sig_mayor`, into the page's annotations. Signing
later fills a field by name (pyHanko `PdfSignatureMetadata(field_name="sig_chair")`), so
each signature appears in its box. `signature_boxes(pdf)` reads the fields back from any
report file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from meapp.services.reports import fonts
from meapp.services.reports.layout import ACCENT, MIN_FONT, MUTED, Box

CAPTION = 15.0  # room above the box for its caption


@dataclass
class BoxRegistry:
    """Filled while the story is drawn: field name → where its box landed."""

    boxes: dict[str, Box] = field(default_factory=dict)


def signature_box_flowable(
    name: str, caption: str, width: float, height: float, registry: BoxRegistry
) -> Any:
    """A framed box that records its absolute position on the page when drawn."""
    from reportlab.platypus import Flowable

    class SignatureBox(Flowable):
        def __init__(self) -> None:
            super().__init__()
            self.width = width
            self.height = height + CAPTION

        def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            c = self.canv
            c.saveState()
            c.setFillColor(MUTED)
            c.setFont(fonts.font_for(caption), MIN_FONT)
            c.drawString(0, height + 4, caption)
            c.setStrokeColor(ACCENT)
            c.setLineWidth(1)
            c.setDash(3, 2)
            c.rect(0, 0, self.width, height, stroke=1, fill=0)
            c.restoreState()
            x, y = c.absolutePosition(0, 0)
            x2, y2 = c.absolutePosition(self.width, height)
            registry.boxes[name] = (
                c.getPageNumber() - 1,
                round(x, 2),
                round(y, 2),
                round(x2, 2),
                round(y2, 2),
            )

    return SignatureBox()


def signature_boxes(pdf_path: str | Path) -> dict[str, Box]:
    """Signature fields of a report: name → (page index, x1, y1, x2, y2), in PDF points."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(pdf_path, "rb") as fh:
        reader = PdfFileReader(fh, strict=False)
        pages = {}
        for i in range(_page_count(reader)):
            ref = reader.find_page_for_modification(i)[0]
            pages[(ref.idnum, ref.generation)] = i
        out: dict[str, Box] = {}
        acro = reader.root.get("/AcroForm")
        if acro is None:
            return out
        for ref in acro.get_object().get("/Fields", []):
            fld = ref.get_object()
            if fld.get("/FT") != "/Sig":
                continue
            name = str(fld.get("/T"))
            widget = fld
            kids = fld.get("/Kids")
            if kids:
                widget = kids[0].get_object()
            rect = [float(v) for v in widget.get("/Rect", [0, 0, 0, 0])]
            page_ref = widget.raw_get("/P") if "/P" in widget else None
            page = pages.get((page_ref.idnum, page_ref.generation), 0) if page_ref else 0
            x1, y1, x2, y2 = rect
            out[name] = (page, min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
        return out


def _page_count(reader: Any) -> int:
    return int(reader.root["/Pages"]["/Count"])
