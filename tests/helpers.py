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


def demo_file(folder: Path) -> Path:
    """A demo database made once by `meapp demo` in `folder` (tests copy it, never write it)."""
    path = folder / "demo.db"
    made = run_cli("--db", str(path), "demo", env={"MEAPP_LANG": "en"})
    assert made.returncode == 0, made.stderr
    return path


def demo_runner(template: Path, tmp_path: Path):
    """`run(user, *args)`: the CLI, in English, on this test's own copy of `template` (the
    copy's path is `run.db`); `user` None runs without `--user`."""
    import shutil

    db = tmp_path / "demo.db"
    shutil.copyfile(template, db)

    def run(user: str | None, *args: str):
        env = {"MEAPP_PASSWORD": "demo", "MEAPP_LANG": "en", "MEAPP_HOME": str(tmp_path / "h")}
        who = ("--user", user) if user else ()
        return run_cli("--db", str(db), *who, *args, env=env)

    run.db = db  # type: ignore[attr-defined]
    return run
