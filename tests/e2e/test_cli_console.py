"""The command line's output on real consoles, redirects and pipes.

On Windows a redirect or a pipe gets the code page (cp1251, cp866), which has no ө ү ң; on a
Linux server the C locale is ASCII. Whatever the locale, meapp writes UTF-8 and exits 0. A
reader that goes away early (`meapp status | head -1`) ends meapp quietly, and no library's
warning reaches the user (cryptography 51 warns about DSA when pyHanko is imported).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

import pytest

from tests.helpers import ROOT, run_cli

pytestmark = pytest.mark.slow

KYRGYZ = set("өүңӨҮҢ")
# Locales without those letters: Windows' ANSI and OEM code pages, and the C locale (no
# coercion to C.UTF-8, no UTF-8 mode).
LOCALES = {
    "cp1251": {"PYTHONIOENCODING": "cp1251"},
    "cp866": {"PYTHONIOENCODING": "cp866"},
    "C": {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
}


def _env(home, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "LANG", "LC_ALL", "LC_CTYPE")
    }
    env.update(QT_QPA_PLATFORM="offscreen", MEAPP_HOME=str(home), MEAPP_LANG="ky")
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo database built by `meapp demo` in a folder of its own."""
    folder = tmp_path_factory.mktemp("console")
    db = folder / "demo.db"
    made = run_cli("--db", str(db), "demo", env={"MEAPP_HOME": str(folder / "home")})
    assert made.returncode == 0, made.stderr
    return folder, db


def meapp(demo, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run `python -m meapp --db DEMO ARGS`; stdout and stderr as bytes."""
    folder, db = demo
    return subprocess.run(
        [sys.executable, "-m", "meapp", "--db", str(db), *args],
        capture_output=True,
        env=_env(folder / "home", **env),
        cwd=ROOT,
        timeout=600,
    )


@pytest.mark.parametrize("locale", sorted(LOCALES))
@pytest.mark.parametrize("command", ["programs", "check", "status"])
def test_output_is_utf8_whatever_the_locale(demo, locale, command):
    done = meapp(demo, command, **LOCALES[locale])
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stderr == b""
    text = done.stdout.decode("utf-8")  # strict: every byte is UTF-8
    assert KYRGYZ & set(text), text
    if command != "check":
        assert "Кара-Балта шаарын социалдык-экономикалык өнүктүрүү" in text


def test_json_and_errors_are_utf8_too(demo):
    done = meapp(demo, "programs", "--json", **LOCALES["cp866"])
    assert done.returncode == 0
    assert "Кара-Балта шаары" in done.stdout.decode("utf-8")
    # a refusal: one translated line on stderr, in UTF-8
    refused = meapp(demo, "status", "--period", "1999-H1", **LOCALES["cp1251"])
    assert refused.returncode == 2
    lines = refused.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith("meapp: "), lines


def _piped(demo, *args: str, reader: list[str] | None):
    """`meapp ARGS | reader` (reader None: a pipe whose reading end is closed at once).
    Returns (meapp's exit code, its stderr, what the reader printed)."""
    folder, db = demo
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "meapp", "--db", str(db), *args],
            stdout=subprocess.PIPE,
            stderr=err,
            env=_env(folder / "home"),
            cwd=ROOT,
        )
        assert proc.stdout is not None
        if reader is None:
            proc.stdout.close()  # gone before meapp writes a byte
            read = b""
        else:
            head = subprocess.run(reader, stdin=proc.stdout, capture_output=True, timeout=600)
            proc.stdout.close()
            read = head.stdout
        code = proc.wait(timeout=600)
        err.seek(0)
        return code, err.read().decode("utf-8", "replace"), read.decode("utf-8")


@pytest.mark.parametrize("args", [("status",), ("programs",), ("status", "--json"), ("--help",)])
def test_a_reader_that_closed_the_pipe_ends_meapp_quietly(demo, args):
    code, err, _ = _piped(demo, *args, reader=None)
    assert (code, err) == (0, "")


@pytest.mark.skipif(sys.platform == "win32", reason="head(1)")
def test_status_into_head_one(demo):
    code, err, read = _piped(demo, "status", reader=["head", "-1"])
    assert (code, err) == (0, "")
    assert read.startswith("KB-2023") and read.count("\n") == 1


def test_a_library_warning_is_not_shown(demo):
    """Any warning goes to the log, not to stderr; `-W` (a developer asking) still shows it."""
    folder, _ = demo
    program = (
        "import warnings\n"
        "from meapp import cli\n"
        "def command(argv):\n"
        "    warnings.warn_explicit('a library speaks', UserWarning, 'lib.py', 1)\n"
        "    return 0\n"
        "cli._main = command\n"
        "raise SystemExit(cli.main([]))\n"
    )
    for flags, shown in (([], False), (["-W", "default"], True)):
        done = subprocess.run(
            [sys.executable, *flags, "-c", program],
            capture_output=True,
            text=True,
            env=_env(folder / "home"),
            cwd=ROOT,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        assert ("a library speaks" in done.stderr) is shown, done.stderr


def test_sign_and_verify_say_nothing_on_stderr(demo, tmp_path):
    pdf = tmp_path / "r.pdf"
    made = meapp(demo, "report", "--kind", "half-year", "--period", "2024-H2", "-o", str(pdf))
    assert made.returncode == 0, made.stderr.decode()
    for login in ("chair", "mayor"):
        signed = meapp(demo, "sign", str(pdf), "--user", login, MEAPP_PASSWORD="demo")
        assert signed.returncode == 0, signed.stderr.decode()
        assert signed.stderr == b""
        assert f"sig_{login}" in signed.stdout.decode("utf-8")
    verified = meapp(demo, "verify", str(pdf), **LOCALES["cp1251"])
    assert verified.returncode == 0, verified.stdout.decode() + verified.stderr.decode()
    assert verified.stderr == b""
    assert "Жумабаева Айгүл" in verified.stdout.decode("utf-8")


def test_a_package_that_is_not_there_is_one_line_and_exit_2(demo, tmp_path):
    missing = tmp_path / "нет" / "Кара-Балта.mepkg"
    done = meapp(demo, str(missing), MEAPP_LANG="en", **LOCALES["cp1251"])
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.decode("utf-8") == f"meapp: package not found: {missing}\n"


# -- meapp.console in this process ------------------------------------------------------------


def test_utf8_streams_switches_a_code_page_stream_and_keeps_its_error_handler(monkeypatch):
    import io

    from meapp import console

    out = io.TextIOWrapper(io.BytesIO(), encoding="cp1251", errors="strict")
    err = io.TextIOWrapper(io.BytesIO(), encoding="cp866", errors="backslashreplace")
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    console.utf8_streams()
    assert (out.encoding, out.errors) == ("utf-8", "strict")
    assert (err.encoding, err.errors) == ("utf-8", "backslashreplace")
    print("өүң", end="")
    out.flush()
    assert out.buffer.getvalue() == "өүң".encode()  # type: ignore[attr-defined]


def test_utf8_streams_leaves_pytests_capture_and_odd_streams_alone(capsys, monkeypatch):
    from meapp import console

    before = (sys.stdout, sys.stdout.encoding)
    console.utf8_streams()
    assert (sys.stdout, sys.stdout.encoding) == before
    monkeypatch.setattr(sys, "stderr", None)  # a windowed Windows program
    console.utf8_streams()
    print("ң")
    assert capsys.readouterr().out == "ң\n"


def test_quiet_on_closed_pipe_ends_with_0_and_lets_other_errors_through(monkeypatch):
    import io

    from meapp import console

    class Closed(io.StringIO):
        def write(self, _text):
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self):
            raise io.UnsupportedOperation("fileno")

    monkeypatch.setattr(sys, "stdout", Closed())
    assert console.quiet_on_closed_pipe(lambda: print("status") or 1) == 0
    assert sys.stdout.name == os.devnull
    sys.stdout.close()
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    with pytest.raises(KeyError):
        console.quiet_on_closed_pipe(lambda: {}["bug"])
    with pytest.raises(SystemExit):
        console.quiet_on_closed_pipe(lambda: sys.exit(2))
