"""Entry point of the PyInstaller bundle, shared by both executables of `packaging/meapp.spec`.

`meapp` (windowed: no console window on Windows) and `meapp-cli` (console) are the same
program: with no arguments it starts the GUI, with a subcommand it runs the command line
(`meapp-cli demo`, `meapp-cli check`, `meapp-cli gui --page plan --screenshot x.png`).

A windowed Windows executable starts with `sys.stdout` and `sys.stderr` set to None; code
that writes to them (a logging handler, a library's warning) would then fail. Pointing
them at the null device keeps the GUI safe; the console executable is the one for output.
"""

from __future__ import annotations

import os
import sys


def _ensure_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def main() -> int:
    _ensure_streams()
    from meapp.cli import main as meapp_main

    return meapp_main()


if __name__ == "__main__":
    raise SystemExit(main())
