"""The process's text streams: UTF-8 whatever the locale, and a closed pipe ends quietly.

Qt-free and light (only modules the interpreter has loaded anyway), so the GUI start does not
pay for it. `meapp.cli.main`, which every entry point runs first (`meapp`, `python -m meapp`,
`python main.py`, the bundle's `packaging/entry.py`), calls `utf8_streams()` before anything
is printed and runs the rest through `quiet_on_closed_pipe`.

- On Windows a redirect or a pipe gets the ANSI or OEM code page (cp1251, cp866), which has
  no ө ү ң: `meapp check > log` would end in UnicodeEncodeError. stdout and stderr are
  switched to UTF-8 (the bundle also runs in Python's UTF-8 mode, see packaging/meapp.spec).
  Only real text streams are touched: a stream that is already UTF-8 (a Windows console, a
  UTF-8 locale, pytest's capture) or that cannot be reconfigured is left as it is.
- `meapp status | head -1`: the reader has gone; the rest of the output has nowhere to go,
  which is not an error (exit 0, nothing on stderr) -- the recipe of the Python docs
  ("Note on SIGPIPE"), including the flush the interpreter would otherwise do at exit.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable

STREAMS = ("stdout", "stderr")


def _is_utf8(encoding: str | None) -> bool:
    try:
        return codecs.lookup(encoding or "").name == "utf-8"
    except LookupError:
        return False


def utf8_streams() -> None:
    """Switch stdout and stderr to UTF-8 unless they are UTF-8 already (idempotent).

    The error handler stays the stream's own (strict for stdout, backslashreplace for
    stderr); `reconfigure(encoding=…)` alone would reset it to strict.
    """
    for name in STREAMS:
        stream = getattr(sys, name, None)
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or _is_utf8(getattr(stream, "encoding", None)):
            continue
        try:
            reconfigure(encoding="utf-8", errors=getattr(stream, "errors", None) or "strict")
        except (OSError, ValueError, TypeError):  # a wrapper that cannot change: keep it
            continue


def _to_null(name: str) -> None:
    """Point sys.<name> at the null device, also at the file-descriptor level, so that the
    interpreter's last flush (of what is still buffered) cannot fail again at exit."""
    stream = getattr(sys, name, None)
    try:
        fd = stream.fileno()  # type: ignore[union-attr]
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, fd)
        finally:
            os.close(null)
    except (AttributeError, OSError, ValueError):  # no descriptor (a test's capture)
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _flush(name: str) -> None:
    stream = getattr(sys, name, None)
    if stream is not None:
        stream.flush()


def _flush_all() -> None:
    for name in STREAMS:
        _flush(name)


def quiet_on_closed_pipe(run: Callable[[], int]) -> int:
    """`run()`, then flush stdout and stderr (also on SystemExit: argparse's `--help`); a
    reader that closed the pipe (BrokenPipeError on a write or on that flush) ends the
    program quietly with 0. Any other exception passes through untouched."""
    try:
        try:
            code = run()
        except SystemExit:
            _flush_all()
            raise
        _flush_all()
        return code
    except BrokenPipeError:
        _to_null("stdout")
        try:  # stderr may be the same pipe (`2>&1 | head -1`)
            _flush("stderr")
        except (BrokenPipeError, ValueError):
            _to_null("stderr")
        return 0
