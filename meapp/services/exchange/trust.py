"""Whose signature each municipality's packages carry ("trust on first use").

Nothing from a municipality is imported on trust alone: the first signed package from it
needs the user's explicit yes (`--accept-signer`, or the dialog's question), after they
compared the certificate's SHA-256 fingerprint with the sender; the signer is then
recorded. Later packages for that municipality must be signed with the same certificate:
one signed by another key needs the same yes, and confirming records the new signer (the
old one is kept in the record's history). An unsigned package — nothing shows who made it
or that it is unchanged — needs its own yes (`--accept-unsigned`). Every signer is shown
with its fingerprint: two certificates may carry the same name.

Until the database has a table for it, the records are JSON files in
`data_dir()/trust/<municipality id>.json`, written atomically. They are the user's, like
the trusted certificates of signed reports, so they survive a restore of the database.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.services.exchange.signature import Signer

log = logging.getLogger(__name__)


# Trust states of a package (`TrustDecision.state`).
FIRST = "first"  # signed; no signer known yet for the municipality: confirm, then recorded
KNOWN = "known"  # signed by the recorded signer
OTHER_SIGNER = "other_signer"  # signed by another key than the recorded one: confirm
UNSIGNED = "unsigned"  # not signed, and no signer known: confirm
UNSIGNED_KNOWN = "unsigned_known"  # not signed, but the municipality signs its packages: confirm
SIGNED_STATES = (FIRST, KNOWN, OTHER_SIGNER)

STATE_TEXTS = {
    FIRST: QT_TRANSLATE_NOOP(
        "problems",
        "first package from {municipality}, signed by {signer} (certificate SHA-256 "
        "{sha256}): compare the fingerprint with the sender before accepting it",
    ),
    KNOWN: QT_TRANSLATE_NOOP(
        "problems", "signed by {signer}, as earlier packages (certificate SHA-256 {sha256})"
    ),
    OTHER_SIGNER: QT_TRANSLATE_NOOP(
        "problems",
        "signed by {signer} (certificate SHA-256 {sha256}), but earlier packages from "
        "{municipality} were signed by {known} (certificate SHA-256 {known_sha256})",
    ),
    UNSIGNED: QT_TRANSLATE_NOOP(
        "problems", "the package is not signed: nothing shows who made it or that it is unchanged"
    ),
    UNSIGNED_KNOWN: QT_TRANSLATE_NOOP(
        "problems",
        "the package is not signed, but earlier packages from {municipality} were signed "
        "by {known} (certificate SHA-256 {known_sha256})",
    ),
}


@dataclass(frozen=True)
class TrustRecord:
    municipality_id: str
    municipality: str
    certificate_sha256: str
    common_name: str
    certificate_pem: str
    recorded_at: str
    package_id: str | None


@dataclass(frozen=True)
class TrustDecision:
    """What the package's signature means for its municipality."""

    state: str
    signer: Signer | None
    known: TrustRecord | None
    municipality: str

    @property
    def needs_confirmation(self) -> bool:
        """Every package but one signed by the municipality's recorded signer."""
        return self.state != KNOWN

    @property
    def unsigned(self) -> bool:
        return self.signer is None

    def accepted(self, *, accept_signer: bool = False, accept_unsigned: bool = False) -> bool:
        """Whether the user's answers let the package in: `accept_signer` for a first or
        another signer, `accept_unsigned` for a package without a signature."""
        if not self.needs_confirmation:
            return True
        return accept_unsigned if self.unsigned else accept_signer

    @property
    def params(self) -> dict[str, Any]:
        return {
            "municipality": self.municipality,
            "signer": self.signer.common_name if self.signer else "",
            "sha256": self.signer.sha256 if self.signer else "",
            "known": self.known.common_name if self.known else "",
            "known_sha256": self.known.certificate_sha256 if self.known else "",
        }

    def text(self, translate: Any = None) -> str:
        msg = STATE_TEXTS[self.state]
        if translate is not None:
            msg = translate("problems", msg)
        return msg.format(**self.params)

    def as_json(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "signer": self.signer.as_json() if self.signer else None,
            "known_signer": (
                {"common_name": self.known.common_name, "sha256": self.known.certificate_sha256}
                if self.known
                else None
            ),
            "needs_confirmation": self.needs_confirmation,
        }


def trust_dir(folder: Path | None = None) -> Path:
    if folder is None:
        from meapp import paths

        folder = paths.data_dir() / "trust"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _file(municipality_id: uuid.UUID | str, folder: Path | None) -> Path:
    return trust_dir(folder) / f"{uuid.UUID(str(municipality_id))}.json"


def get_record(
    municipality_id: uuid.UUID | str, *, folder: Path | None = None
) -> TrustRecord | None:
    path = _file(municipality_id, folder)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
        return TrustRecord(
            str(data["municipality_id"]),
            str(data.get("municipality") or ""),
            str(data["certificate_sha256"]),
            str(data.get("common_name") or ""),
            str(data.get("certificate_pem") or ""),
            str(data.get("recorded_at") or ""),
            data.get("package_id"),
        )
    except (OSError, ValueError, KeyError, TypeError):
        # A damaged record must not let any signer through silently: it is treated as a
        # signer nobody can match, so the user is asked to confirm.
        log.warning("damaged trust record %s", path)
        return TrustRecord(str(municipality_id), "", "?", "?", "", "", None)


def decide(
    municipality_id: uuid.UUID | str,
    municipality: str,
    signer: Signer | None,
    *,
    folder: Path | None = None,
) -> TrustDecision:
    known = get_record(municipality_id, folder=folder)
    if signer is None:
        state = UNSIGNED_KNOWN if known is not None else UNSIGNED
    elif known is None:
        state = FIRST
    elif known.certificate_sha256 == signer.sha256:
        state = KNOWN
    else:
        state = OTHER_SIGNER
    return TrustDecision(state, signer, known, municipality)


def record(
    municipality_id: uuid.UUID | str,
    municipality: str,
    signer: Signer,
    *,
    package_id: str | None = None,
    folder: Path | None = None,
) -> TrustRecord:
    """Record `signer` as the municipality's signer (replacing an earlier one)."""
    path = _file(municipality_id, folder)
    history: list[dict[str, Any]] = []
    if path.is_file():
        try:
            old = json.loads(path.read_text("utf-8"))
            history = list(old.get("history") or [])
            history.append(
                {
                    "certificate_sha256": old.get("certificate_sha256"),
                    "common_name": old.get("common_name"),
                    "recorded_at": old.get("recorded_at"),
                }
            )
        except (OSError, ValueError, AttributeError):
            history = []
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    data: dict[str, Any] = {
        "municipality_id": str(uuid.UUID(str(municipality_id))),
        "municipality": municipality,
        "certificate_sha256": signer.sha256,
        "common_name": signer.common_name,
        "certificate_pem": signer.certificate_pem,
        "recorded_at": now,
        "package_id": package_id,
        "history": history,
    }
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
    return TrustRecord(
        data["municipality_id"],
        municipality,
        signer.sha256,
        signer.common_name,
        signer.certificate_pem,
        now,
        package_id,
    )


def forget(municipality_id: uuid.UUID | str, *, folder: Path | None = None) -> bool:
    """Drop the record (an administrator starting over with a municipality)."""
    path = _file(municipality_id, folder)
    if path.is_file():
        path.unlink()
        return True
    return False


def list_records(*, folder: Path | None = None) -> list[TrustRecord]:
    out = []
    for path in sorted(trust_dir(folder).glob("*.json")):
        rec = get_record(path.stem, folder=folder) if _is_uuid(path.stem) else None
        if rec is not None:
            out.append(rec)
    return sorted(out, key=lambda r: r.municipality.casefold())


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
