"""Reading and writing a whole file the user named, refused in words when the system says no.

The GUI and the command line name the file and the system's reason alike ("cannot read
cert.pem: Permission denied") instead of showing a traceback.
"""

from __future__ import annotations

from pathlib import Path

from meapp.errors import ValidationError


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes; ValidationError naming the file when it cannot be read ("file
    not found: …" when it is not there)."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError("file not found: {file}", file=str(path)) from exc
    except OSError as exc:
        raise ValidationError(
            "cannot read {file}: {error}", file=str(path), error=exc.strerror or str(exc)
        ) from exc


def write_bytes(path: str | Path, data: bytes) -> None:
    """Write the file whole; ValidationError naming the file when it cannot be written."""
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise ValidationError(
            "cannot write {file}: {error}", file=str(path), error=exc.strerror or str(exc)
        ) from exc
