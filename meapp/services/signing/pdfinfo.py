"""Reading what signing needs from a PDF (its signature fields) and writing the report mark
into a signed revision; the mark's format is `meapp.services.reports.mark`.

A report built by meapp names the programme, the period and the SHA-256 fingerprint of the
approved data it shows (the same fingerprint is printed on its signature page). Signing
compares that fingerprint with the database, so a report built before the data changed
cannot be signed. The mark is read from the document information dictionary:
`/MeappFingerprint`, `/MeappProgramId`, `/MeappPeriod`; as a fallback from
`meapp-fingerprint=…` style tokens in `/Keywords` or `/Subject` (reportlab writes only the
standard entries).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from meapp.errors import ValidationError
from meapp.services.reports.mark import INFO_FINGERPRINT, INFO_PERIOD, INFO_PROGRAM


@dataclass(frozen=True)
class SignatureSlot:
    """A signature field: its name, page (0-based), box, and whether it is signed."""

    name: str
    page: int | None
    box: tuple[float, float, float, float]
    filled: bool

    @property
    def visible(self) -> bool:
        x0, y0, x1, y1 = self.box
        return abs(x1 - x0) > 1 and abs(y1 - y0) > 1


def set_report_mark(writer: Any, program_id: str, period: str, fingerprint: str) -> None:
    """Write the mark into the document information of a pyHanko writer (e.g. the
    incremental update that adds the empty signature fields)."""
    from pyhanko.pdf_utils import generic

    info_ref = writer.trailer.raw_get("/Info") if "/Info" in writer.trailer else None
    info = info_ref.get_object() if info_ref is not None else generic.DictionaryObject()
    for key, value in (
        (INFO_FINGERPRINT, fingerprint),
        (INFO_PROGRAM, program_id),
        (INFO_PERIOD, period),
    ):
        info[generic.NameObject(key)] = generic.TextStringObject(str(value))
    if info_ref is None:
        writer.trailer[generic.NameObject("/Info")] = writer.add_object(info)
    else:
        writer.update_container(info)


def set_info_entries(writer: Any, entries: Mapping[str, str]) -> None:
    """Write text entries into the document information of a pyHanko writer, in the
    revision it writes (signing writes the audit chain's anchor this way: the signature
    then covers it)."""
    from pyhanko.pdf_utils import generic

    if not entries:
        return
    info_ref = writer.trailer.raw_get("/Info") if "/Info" in writer.trailer else None
    info = info_ref.get_object() if info_ref is not None else generic.DictionaryObject()
    for key, value in entries.items():
        info[generic.NameObject(key)] = generic.TextStringObject(str(value))
    if info_ref is None:
        writer.set_info(writer.add_object(info))
    else:
        writer.update_container(info)


def looks_like_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def read_pdf(data: bytes, *, file: str | None = None) -> Any:
    """A pyHanko reader over `data`; a file that is not a PDF is bad input."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    name = file or "PDF"
    if not looks_like_pdf(data):
        raise ValidationError("not a PDF file: {file}", file=name)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        _ = reader.root["/Pages"]
    except (PdfError, KeyError, ValueError, TypeError, IndexError) as exc:
        raise ValidationError("{file} is damaged and cannot be read as a PDF", file=name) from exc
    return reader


def _pages(reader: Any) -> list[Any]:
    count = int(reader.root["/Pages"]["/Count"])
    return [reader.find_page_for_modification(i)[0] for i in range(count)]


def _key(ref: Any) -> tuple[int, int] | None:
    return (ref.idnum, ref.generation) if hasattr(ref, "idnum") else None


def signature_slots(reader: Any) -> list[SignatureSlot]:
    """Every signature field in document order (empty ones are where people sign)."""
    from pyhanko.sign.fields import enumerate_sig_fields

    pages = _pages(reader)
    page_keys = [_key(p) for p in pages]
    annots_by_page = [{_key(a) for a in (p.get_object().get("/Annots") or [])} for p in pages]
    slots = []
    for name, value, field_ref in enumerate_sig_fields(reader):
        field = field_ref.get_object()
        widget, widget_ref = field, field_ref
        if "/Rect" not in field and "/Kids" in field:
            widget_ref = field["/Kids"][0]
            widget = widget_ref.get_object()
        rect = widget.get("/Rect")
        box = tuple(float(v) for v in rect) if rect is not None else (0.0, 0.0, 0.0, 0.0)
        page_index = None
        p = _key(widget.raw_get("/P")) if "/P" in widget else None
        if p is not None and p in page_keys:
            page_index = page_keys.index(p)
        else:
            key = _key(widget_ref)
            page_index = next((i for i, refs in enumerate(annots_by_page) if key in refs), None)
        slots.append(
            SignatureSlot(str(name), page_index, box, value is not None)  # type: ignore[arg-type]
        )
    return slots
