"""Helpers for tests that run meapp as a process."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The council workbooks the tests import, written by scripts/make_test_workbooks.py.
SAMPLES = ROOT / "tests" / "data"


def run_cli(*args: str, env: dict | None = None, input: str | None = None, cwd=None):
    """Run `python -m meapp ARGS` as a process; returns CompletedProcess (text)."""
    import subprocess

    full_env = dict(os.environ)
    full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "meapp", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        cwd=cwd or ROOT,
        timeout=600,
    )
