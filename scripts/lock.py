#!/usr/bin/env python3
"""Renew meapp's lock files from pyproject.toml (and requirements/build.in): `make lock`.

    requirements/app.txt    the program: what `make venv` / `make run` install
    requirements/test.txt   the program and the test tools: what `make test` installs
    requirements/dist.txt   the program and PyInstaller: what scripts/build_dist.sh installs

Each is one universal resolution (Windows, Linux and macOS; Python 3.11 and later) with the
SHA-256 of every wheel, so `pip install --require-hashes` gets byte-for-byte the same files on
every machine. Run it on purpose only (a new dependency, a security release), then run the
whole suite with the new locks before committing them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "requirements"
LOCKS = {"app.txt": [], "test.txt": ["--extra", "test"], "dist.txt": ["--extra", "dist"]}
# The oldest Python the project claims (pyproject's requires-python); the resolution is
# universal upward from it.
PYTHON_FLOOR = "3.11"


def uv() -> list[str]:
    """uv from the test venv (locked like everything else), else on PATH."""
    try:
        import uv as uv_module  # noqa: PLC0415

        return [uv_module.find_uv_bin()]
    except ImportError:
        return ["uv"]


def main() -> int:
    for name, extras in LOCKS.items():
        cmd = [
            *uv(),
            "pip",
            "compile",
            "pyproject.toml",
            "requirements/build.in",
            *extras,
            "--universal",
            "--generate-hashes",
            "--python-version",
            PYTHON_FLOOR,
            "--custom-compile-command",
            "make lock",
            "--quiet",
            "-o",
            str(OUT / name),
            *sys.argv[1:],  # e.g. --upgrade, --upgrade-package NAME
        ]
        print(" ".join(cmd[1:]), flush=True)
        result = subprocess.run(cmd, cwd=ROOT)
        if result.returncode != 0:
            return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
