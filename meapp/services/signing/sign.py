"""PAdES signatures with a visible stamp, one signatory after another.

Each signature is an incremental update appended to the file, so the chair's signature
stays valid when the mayor countersigns: the earlier signature covers the bytes of its
revision and the later revision only adds a signature (pyHanko's "form filling" level).
Signatures are PAdES B-B (no timestamp server: the app works offline).

The stamp shows the signer's name, position and the date. pyHanko draws non-Latin text
only with a TrueType font through HarfBuzz (its `[opentype]` extra), so the stamp uses the
reports' shipped fonts (with the Kyrgyz letters ө ү ң), never one of the host's: Noto Sans,
or the reports' symbol font when the text holds a sign Noto Sans lacks.

`sign_report` is the use case: only a report of an approved round whose data fingerprint
still matches the database can be signed, each signatory only in the box of their role
(`boxes`: the chair's, the mayor's; in any order), and only after earlier signatures that
are sound and by signers this database trusts; `sign_pdf_bytes` is the bare PDF operation.
Each signature also writes the audit chain's anchor of that moment into the revision it
signs (`anchor`), so `verify --db` sees events deleted from the database afterwards.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meapp.errors import PermissionDenied, ValidationError
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.services.common import files
from meapp.services.reports.mark import ReportMark, report_mark
from meapp.services.signing.approval import round_state
from meapp.services.signing.identity import UnlockedIdentity, certificate_info, certificate_sha256
from meapp.services.signing.pdfinfo import (
    SignatureSlot,
    read_pdf,
    set_info_entries,
    signature_slots,
)

if TYPE_CHECKING:
    from meapp.services.access.users import Actor
    from meapp.services.signing.verify import SignatureCheck
    from meapp.store.engine import Database

Translate = Callable[[str, str], str]


STAMP_TITLE = QT_TRANSLATE_NOOP("signing", "Signed electronically")
STAMP_DATE = QT_TRANSLATE_NOOP("signing", "Date: {date}")
SIGN_REASON = QT_TRANSLATE_NOOP("signing", "Evaluation report {period} approved")

# Where a new field goes when the report has no free signature field: boxes of this size on
# the last page, two per row from the bottom left, in the order people sign.
NEW_BOX_WIDTH = 230
NEW_BOX_HEIGHT = 80
NEW_BOX_MARGIN = 56
NEW_BOX_GAP = 12
STAMP_LINE = 42  # characters per stamp line before a position wraps


def _identity_translate(_ctx: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class SignResult:
    file: str
    field_name: str
    signer: str
    position: str | None
    signed_at: datetime
    program_id: str | None
    period: str | None
    fingerprint: str | None
    sha256: str

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field_name,
            "signer": self.signer,
            "position": self.position,
            "program_id": self.program_id,
            "period": self.period,
            "fingerprint": self.fingerprint,
        }


def stamp_font(text: str = "") -> Path:
    """The shipped TrueType font for the stamp: Noto Sans, or the reports' symbol font (a
    DejaVu Sans subset, with Latin and Cyrillic too) when `text` has a sign Noto Sans lacks."""
    from meapp.services.reports import fonts

    return fonts.font_file(fonts.FILES[fonts.font_for(text)])


def _font_factory(path: Path, size: int) -> Any:
    """pyHanko's HarfBuzz font engine, reading the font from memory.

    The stock factory opens the file and never closes it (a ResourceWarning per stamp).
    """
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

    class _InMemoryFont(GlyphAccumulatorFactory):
        def create_font_engine(self, writer, obj_stream=None):  # type: ignore[override]
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(
                writer=writer,
                font_handle=io.BytesIO(Path(self.font_file).read_bytes()),
                font_size=self.font_size,
                obj_stream=obj_stream,
            )

    return _InMemoryFont(str(path), font_size=size)


def stamp_text(
    signer: str, position: str | None, when: datetime, translate: Translate | None = None
) -> str:
    """The stamp's lines: what it says, who, in what office, when (local time)."""
    import textwrap

    tr = translate or _identity_translate
    lines = [tr("signing", STAMP_TITLE), signer]
    if position:
        # A long position ("Head of the economy department, chair of the monitoring group")
        # goes on two lines rather than shrinking the whole stamp.
        lines += textwrap.wrap(position, STAMP_LINE, break_long_words=False)[:3]
    lines.append(
        tr("signing", STAMP_DATE).format(date=when.astimezone().strftime("%d.%m.%Y %H:%M"))
    )
    return "\n".join(lines)


def _asn1_signer(identity: UnlockedIdentity) -> Any:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key = asn1_keys.PrivateKeyInfo.load(
        identity.key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    )
    cert = asn1_x509.Certificate.load(identity.certificate.public_bytes(Encoding.DER))
    store = SimpleCertificateStore()
    store.register_multiple(
        asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in identity.chain
    )
    return SimpleSigner(cert, key, store)


def _next_box(
    slots: list[SignatureSlot], page_box: tuple[float, float, float, float]
) -> tuple[int, int, int, int]:
    """A free place for a new signature box on the last page (left, right, then up)."""
    x0, y0, x1, _y1 = page_box
    taken = [s.box for s in slots]
    per_row = max(
        1, int((x1 - x0 - 2 * NEW_BOX_MARGIN + NEW_BOX_GAP) // (NEW_BOX_WIDTH + NEW_BOX_GAP))
    )
    for i in range(40):
        row, col = divmod(i, per_row)
        left = x0 + NEW_BOX_MARGIN + col * (NEW_BOX_WIDTH + NEW_BOX_GAP)
        bottom = y0 + NEW_BOX_MARGIN + row * (NEW_BOX_HEIGHT + NEW_BOX_GAP)
        box = (int(left), int(bottom), int(left + NEW_BOX_WIDTH), int(bottom + NEW_BOX_HEIGHT))
        if not any(_overlap(box, t) for t in taken):
            return box
    return (
        int(x0 + NEW_BOX_MARGIN),
        int(y0 + NEW_BOX_MARGIN),
        int(x0 + NEW_BOX_MARGIN + NEW_BOX_WIDTH),
        int(y0 + NEW_BOX_MARGIN + NEW_BOX_HEIGHT),
    )


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return not (a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1])


def sign_pdf_bytes(
    data: bytes,
    identity: UnlockedIdentity,
    *,
    field_name: str | None = None,
    box: tuple[int, int, int, int] | None = None,
    page: int = -1,
    reason: str | None = None,
    location: str | None = None,
    translate: Translate | None = None,
    file: str | None = None,
    position: str | None = None,
    doc_info: Mapping[str, str] | None = None,
) -> tuple[bytes, str]:
    """Append a signature to `data`; returns (signed PDF bytes, field name used).

    Without `field_name` the first empty signature field is used, or else a new field is
    created on the last page (at `box`, or at the next free place). The stamp shows the
    certificate's name and title (or `position`, when given). `doc_info` entries go into the
    document information of the signed revision, so the signature covers them.
    """
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    info = certificate_info(identity.certificate)
    reader = read_pdf(data, file=file)
    slots = signature_slots(reader)
    new_field = None
    chosen = next((s for s in slots if s.name == field_name), None) if field_name else None
    if chosen is not None and chosen.filled:
        raise ValidationError("the signature field {field} is already signed", field=field_name)
    if chosen is None and field_name is None:
        chosen = next((s for s in slots if not s.filled and s.visible), None)
    if chosen is None:
        name = field_name or _free_name(slots)
        if box is None:
            box = _next_box(
                [s for s in slots if s.page == _last_page(reader)], _page_box(reader, page)
            )
        new_field = fields.SigFieldSpec(name, on_page=page, box=box)
        field = name
    else:
        field = chosen.name

    now = datetime.now(UTC)
    text = stamp_text(info.common_name, position or info.title, now, translate)
    style = TextStampStyle(
        stamp_text="%(lines)s",
        text_box_style=TextBoxStyle(font=_font_factory(stamp_font(text), 10), leading=13),
        border_width=1,
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(6, 6, 4, 4),
            inner_content_scaling=layout.InnerScaling.SHRINK_TO_FIT,
        ),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        name=info.common_name,
        reason=reason,
        location=location,
    )
    pdf_signer = signers.PdfSigner(
        meta, _asn1_signer(identity), stamp_style=style, new_field_spec=new_field
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    set_info_entries(writer, doc_info or {})
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out, appearance_text_params={"lines": text})
    return out.getvalue(), field


def _free_name(slots: list[SignatureSlot]) -> str:
    names = {s.name for s in slots}
    n = len(slots) + 1
    while f"Signature{n}" in names:
        n += 1
    return f"Signature{n}"


def _last_page(reader: Any) -> int:
    return int(reader.root["/Pages"]["/Count"]) - 1


def _page_box(reader: Any, page: int) -> tuple[float, float, float, float]:
    page_obj = reader.find_page_for_modification(page)[0].get_object()
    box = page_obj.get("/MediaBox") or page_obj.get("/Parent", {}).get("/MediaBox")
    if box is None:
        return (0.0, 0.0, 595.0, 842.0)
    x0, y0, x1, y1 = (float(v) for v in box)
    return (x0, y0, x1, y1)


def write_in_place(path: Path, data: bytes) -> None:
    """Replace the file atomically: a crash leaves the old or the new file, never half."""
    tmp = path.with_name(path.name + ".signing")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(
            "cannot write {file}: {error} (is it open in another program?)",
            file=path.name,
            error=exc.strerror or str(exc),
        ) from exc


def _no_countersignature(name: str, kind: str, sig: SignatureCheck) -> ValidationError:
    """Why an earlier signature stops another one (`VerifyReport.fault`; exit 2)."""
    from meapp.services.signing.verify import OUT_OF_BOX, UNTRUSTED

    if kind == UNTRUSTED:
        return ValidationError(
            "{file} carries a signature by an unknown signer, {signer} (certificate "
            "SHA-256 {sha256}); it cannot be countersigned",
            file=name,
            signer=sig.signer,
            sha256=sig.certificate_sha256,
        )
    if kind == OUT_OF_BOX:
        return ValidationError(
            "{file} carries a signature by {signer} in {field}, a box {signer} does not "
            "hold; it cannot be countersigned",
            file=name,
            signer=sig.signer,
            field=sig.field_name,
        )
    return ValidationError(  # broken, or changed since
        "{file} was changed after {signer} signed it; it cannot be signed again",
        file=name,
        signer=sig.signer,
    )


def _box(db: Database, actor: Actor, mark: ReportMark, field_name: str | None) -> str:
    """The box `actor` signs in this report (`boxes`); asking for another box is refused."""
    from meapp.services.signing.boxes import require_box

    box = require_box(db, actor.login, actor.role, mark.program_id)
    if field_name is not None and field_name != box:
        raise PermissionDenied(
            "the signature field {field} is not {login}'s: {login} signs only in {box}",
            field=field_name,
            login=actor.login or "",
            box=box,
        )
    return box


def _signable(
    s: Any, db: Database, actor: Actor, path: Path, data: bytes, field_name: str | None
) -> tuple[ReportMark, Any, str]:
    """The report's mark, its earlier signatures and the actor's box, when the actor may
    sign the report now.

    Refused when the PDF carries no data fingerprint, when its round is not approved, when
    the data changed since the report was built, when the actor has no box in it or their
    box is signed already, or when an earlier signature is broken, was followed by a change
    or is by a signer this database does not trust. The mark is read from the revision the
    first signature covers (`verify`), never from what a later update wrote.
    """
    from meapp.errors import IntegrityDamage
    from meapp.services.signing.identity import trusted_certificates
    from meapp.services.signing.verify import check_boxes, verify_pdf_bytes

    reader = read_pdf(data, file=path.name)
    try:
        earlier = verify_pdf_bytes(data, trusted_certificates(db), file=path.name)
    except IntegrityDamage as exc:
        raise ValidationError(exc.message, **exc.params) from exc
    earlier = check_boxes(db, earlier)
    found = earlier.fault()
    if found is not None:
        raise _no_countersignature(path.name, *found)
    mark = earlier.mark if earlier.signed else report_mark(reader)
    if not mark.fingerprint or not mark.program_id or not mark.period:
        raise ValidationError(
            "{file} carries no data fingerprint: only a report built by meapp can be signed",
            file=path.name,
        )
    box = _box(db, actor, mark, field_name)
    state = round_state(s, mark.program_id, mark.period)
    if state != "approved":
        raise ValidationError(
            "only the report of an approved round can be signed; {period} is {state}",
            period=mark.period,
            state=state,
        )
    current = _current_fingerprint(db, mark)
    if current.lower() != mark.fingerprint.lower():
        raise ValidationError(
            "the data of {period} differ from the report ({file}); build the report again",
            period=mark.period,
            file=path.name,
        )
    if any(slot.name == box and slot.filled for slot in signature_slots(reader)):
        raise ValidationError("the signature field {field} is already signed", field=box)
    return mark, earlier, box


def check_signable(
    db: Database, actor: Actor, path: Path | str, *, field_name: str | None = None
) -> ReportMark:
    """Every refusal `sign_report` can make before it needs the password, so the GUI can
    say "not approved" or "data changed" before asking for one; changes nothing.

    Also refused: a user without a signing identity, or one who already signed the file.
    """
    from sqlalchemy import select

    from meapp.errors import NotFound
    from meapp.models import User
    from meapp.services.signing.identity import load_certificate

    path = Path(path)
    data = _read_file(path)
    with db.session() as s:
        mark, earlier, _box_name = _signable(s, db, actor, path, data, field_name)
        pem = s.scalar(select(User.signing_cert_pem).where(User.login == actor.login))
    if not pem:
        raise NotFound(
            "{login} has no signing identity; create one first (meapp identity create)",
            login=actor.login or "",
        )
    mine = certificate_sha256(load_certificate(pem.encode("ascii")))
    if any(c.certificate_sha256 == mine for c in earlier.signatures):
        raise ValidationError(
            "{login} has already signed {file}", login=actor.login, file=path.name
        )
    return mark


def sign_report(
    db: Database,
    actor: Actor,
    path: Path | str,
    password: str,
    *,
    field_name: str | None = None,
    translate: Translate | None = None,
) -> SignResult:
    """Sign a report of an approved round in place, as `actor` with their identity, in the
    box of their role (`boxes`: the chair's or the mayor's), whichever signs first.

    Refused as `check_signable` says, and when the actor already signed it. An older key
    file (a MAC cheap to attack) is written again strongly with the password that opened it.
    """
    from meapp.services.signing import anchor
    from meapp.services.signing.identity import strengthen_in, unlock_for_signing
    from meapp.store import audit_chain as audit

    path = Path(path)
    data = _read_file(path)
    tr = translate or _identity_translate
    with db.session() as s, s.begin():
        mark, earlier, box = _signable(s, db, actor, path, data, field_name)
        identity = unlock_for_signing(db, actor, password)
        strengthen_in(s, actor.login or "", password)
        mine = certificate_sha256(identity.certificate)
        if any(c.certificate_sha256 == mine for c in earlier.signatures):
            raise ValidationError(
                "{login} has already signed {file}", login=actor.login, file=path.name
            )
        title = certificate_info(identity.certificate).title
        # The certificate's title is cut at 64 characters (X.509); the stamp shows it whole.
        full = actor.position if actor.position and actor.position.startswith(title or "") else None
        # The chain's head before this signing's own event: `verify --db` finds events
        # deleted or rewritten after it (`anchor`).
        chain = anchor.info_entries(s)
        signed, field = sign_pdf_bytes(
            data,
            identity,
            position=full or title,
            field_name=box,
            reason=tr("signing", SIGN_REASON).format(period=mark.period),
            translate=translate,
            file=path.name,
            doc_info=chain,
        )
        write_in_place(path, signed)
        info = certificate_info(identity.certificate)
        digest = hashlib.sha256(signed).hexdigest()
        audit.record(
            s,
            user=actor.login,
            action="report.sign",
            entity="report",
            program_id=mark.program_id,
            period=mark.period,
            after={
                "file": path.name,
                "field": field,
                "fingerprint": mark.fingerprint,
                "certificate_sha256": info.sha256,
                "sha256": digest,
                "chain_anchor": chain.get(anchor.INFO_CHAIN_ANCHOR),
            },
        )
    return SignResult(
        file=str(path),
        field_name=field,
        signer=info.common_name,
        position=full or title,
        signed_at=datetime.now(UTC),
        program_id=mark.program_id,
        period=mark.period,
        fingerprint=mark.fingerprint,
        sha256=digest,
    )


def _read_file(path: Path) -> bytes:
    return files.read_bytes(path)


def _current_fingerprint(db: Database, mark: ReportMark) -> str:
    from meapp.services.reports.fingerprint import data_fingerprint

    return str(data_fingerprint(db, mark.program_id or "", mark.period or ""))
