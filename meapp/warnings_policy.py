"""Warnings of Python and of the libraries are not shown to users; they go to the log.

A user of `meapp sign` has nothing to do about `CryptographyDeprecationWarning: DSA is
deprecated` (printed by cryptography 51 when pyHanko is imported) and should not see it on
stderr at every run, nor any other library's warning in the command line's output or the
GUI's console. `apply()`, called at the start of `meapp.cli.main` (which every entry point
runs), hands every warning to the `py.warnings` logger at debug level instead of printing
it. The warning filters are left alone: an `error` filter still raises (pytest runs with
`filterwarnings = error`, see pyproject.toml), and `-W` or `PYTHONWARNINGS` given by a
developer keeps Python's usual printing.

Qt-free and light: only modules the interpreter has loaded anyway (not even `typing`).
"""

from __future__ import annotations

import logging
import sys
import warnings

log = logging.getLogger("py.warnings")


def _to_log(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: object = None,
    line: str | None = None,
) -> None:
    log.debug("%s:%s: %s: %s", filename, lineno, category.__name__, message)


def apply() -> None:
    """Route warnings to the log (idempotent); nothing when -W or PYTHONWARNINGS is given."""
    if sys.warnoptions:
        return
    warnings.showwarning = _to_log
