"""The report mark: which programme, period and approved-data fingerprint a report shows.

A report built by meapp names the programme, the period and the SHA-256 fingerprint of the
approved data it shows (the same fingerprint is printed on its signature page). Signing
compares that fingerprint with the database, so a report built before the data changed
cannot be signed. The mark is read from the document information dictionary:
`/MeappFingerprint`, `/MeappProgramId`, `/MeappPeriod`; as a fallback from
`meapp-fingerprint=…` style tokens in `/Keywords` or `/Subject` (reportlab writes only the
standard entries). The reports write it; signing and verification read it.

`report_mark` reads any revision: given a pyHanko reader it reads the file as it is now,
given `reader.get_historical_resolver(n)` the document information as of revision n. A
signed report's mark is read from the revision its first signature covers (see
`meapp.services.signing.verify`): a later incremental update that rewrites the document
information changes what a naive reader shows, not what was signed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

INFO_FINGERPRINT = "/MeappFingerprint"
INFO_PROGRAM = "/MeappProgramId"
INFO_PERIOD = "/MeappPeriod"
# Written by each signature into the revision it signs (not part of the report's mark, which
# must stay the same from one signature to the next): the audit chain's head at signing,
# "COUNT:HASH", and the hash of the chain's first event, which tells the database it is.
INFO_CHAIN_ANCHOR = "/MeappChainAnchor"
INFO_CHAIN_ORIGIN = "/MeappChainOrigin"
_TOKEN = re.compile(r"meapp[-_:.]?(fingerprint|program(?:_?id)?|period)\s*[=:]\s*([^\s;,]+)", re.I)


@dataclass(frozen=True)
class ReportMark:
    fingerprint: str | None
    program_id: str | None
    period: str | None


def mark_keywords(program_id: str, period: str, fingerprint: str) -> tuple[str, str, str]:
    """Keywords that carry the mark through reportlab's `/Keywords` (joined with ", ")."""
    return (
        f"meapp-fingerprint={fingerprint}",
        f"meapp-program={program_id}",
        f"meapp-period={period}",
    )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "get_object"):
        value = value.get_object()
    s = str(value).strip()
    return s or None


@dataclass(frozen=True)
class ChainAnchor:
    """The audit chain as it stood when a signature was made (`audit_chain.chain_anchor`)."""

    count: int
    head: str
    origin: str | None  # hash of the chain's first event: which database it is

    def text(self) -> str:
        return f"{self.count}:{self.head}"


def _info(reader: Any) -> Any:
    trailer = getattr(reader, "trailer_view", None)
    if trailer is None:
        trailer = reader.trailer
    try:
        raw = trailer.raw_get("/Info")
        ref = getattr(raw, "reference", None)
        # Through the reader (or the historical resolver) itself: a reference's own
        # get_object would read the latest version of the object, not the revision's.
        info = reader.get_object(ref) if ref is not None else raw.get_object()
    except (KeyError, AttributeError):
        info = {}
    return info if hasattr(info, "get") else {}


def chain_anchor_of(reader: Any) -> ChainAnchor | None:
    """The chain anchor a signature wrote into its revision (read through the historical
    resolver of that revision); None when there is none or it is not one."""
    text = _text(_info(reader).get(INFO_CHAIN_ANCHOR)) or ""
    count, sep, head = text.partition(":")
    head = head.strip().lower()
    if not sep or not count.strip().isdigit() or len(head) != 64:
        return None
    if any(c not in "0123456789abcdef" for c in head):
        return None
    origin = (_text(_info(reader).get(INFO_CHAIN_ORIGIN)) or "").lower() or None
    return ChainAnchor(int(count), head, origin)


def report_mark(reader: Any) -> ReportMark:
    """The mark of a pyHanko reader (the latest revision) or historical resolver."""
    info = _info(reader)
    found: dict[str, str | None] = {
        "fingerprint": _text(info.get(INFO_FINGERPRINT)),
        "program": _text(info.get(INFO_PROGRAM)),
        "period": _text(info.get(INFO_PERIOD)),
    }
    for key in ("/Keywords", "/Subject"):
        for kind, value in _TOKEN.findall(_text(info.get(key)) or ""):
            slot = "program" if kind.lower().startswith("program") else kind.lower()
            found[slot] = found[slot] or value
    return ReportMark(found["fingerprint"], found["program"], found["period"])
