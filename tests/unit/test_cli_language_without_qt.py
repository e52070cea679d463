"""The command line reads the language saved by the GUI's Settings without importing Qt
(issue 22: importing PySide6 for it cost 0,3 s of every command)."""

from __future__ import annotations

import subprocess
import sys

from meapp import i18n


def test_the_saved_language_is_read_from_the_ini_file(tmp_path, monkeypatch):
    monkeypatch.setenv("MEAPP_HOME", str(tmp_path))
    monkeypatch.delenv("MEAPP_LANG", raising=False)
    assert i18n.saved_language() is None
    (tmp_path / "meapp.ini").write_text("[ui]\nlanguage=ru\n", encoding="utf-8")
    assert i18n.saved_language() == "ru"
    assert i18n.resolve_language(None, saved=i18n.saved_language) == "ru"
    (tmp_path / "meapp.ini").write_bytes(b"\xff\xfe garbage [")
    assert i18n.saved_language() is None  # an unreadable file: the default, no crash


def test_a_cli_command_does_not_import_qt(tmp_path):
    code = (
        "import sys; from meapp.cli import main\n"
        "try:\n    main(['--db', sys.argv[1], 'programs'])\n"
        "except SystemExit:\n    pass\n"
        "print('PySide6' in sys.modules)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "empty.db")],
        capture_output=True,
        text=True,
        env={"MEAPP_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert proc.stdout.strip().splitlines()[-1] == "False", proc.stdout + proc.stderr
