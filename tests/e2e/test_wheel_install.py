"""`pip install .` gives a complete program: the wheel carries the icons, fonts, help, demo
data and the compiled catalogues, and the installed `meapp` works from any folder.

The wheel is built from the tracked files only (a copy of `git ls-files`), so a resource
that exists in this checkout but not in git fails here. The fresh venv gets meapp's
dependencies from this venv's site-packages through a path file (the editable install's own
hook there is not activated: a plain path entry processes no .pth files), so the test needs
no network and checks only meapp's own files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _tracked_copy(dest: Path) -> Path:
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, files):
        src = ROOT / name.decode()
        if src.is_file():
            target = dest / name.decode()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
    return dest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout")
    work = tmp_path_factory.mktemp("wheel")
    src = _tracked_copy(work / "src")
    out = work / "out"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(src),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    (built,) = out.glob("meapp-*.whl")
    return built


def test_wheel_carries_the_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("ky", "ru", "en"):
        assert f"meapp/resources/translations/meapp_{lang}.qm" in names
        assert f"meapp/resources/help/{lang}/help.html" in names
    for name in (
        "meapp/resources/demo/kara_balta.json",
        "meapp/resources/fonts/NotoSans-Regular.ttf",
        "meapp/resources/icons/dashboard.svg",
        "meapp/migrations/env.py",
    ):
        assert name in names, name
    assert not [n for n in names if "__pycache__" in n or n.endswith(".ts")]


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp("venv")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "_meapp_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEAPP_")}
    env.update(MEAPP_HOME=str(work / "home"), QT_QPA_PLATFORM="offscreen", MEAPP_LANG="ky")
    cwd = work / "elsewhere"
    cwd.mkdir()
    return {
        "meapp": str(bindir / "meapp"),
        "python": str(python),
        "env": env,
        "cwd": cwd,
        "site": site,
    }


def _run(installed, *args):
    return subprocess.run(
        [installed["meapp"], *args],
        env=installed["env"],
        cwd=installed["cwd"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def test_installed_package_reads_its_own_files(installed):
    code = "import meapp.paths as p; print(p.resources_dir()); print(p.translations_dir())"
    out = subprocess.run(
        [installed["python"], "-c", code],
        env=installed["env"],
        cwd=installed["cwd"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(Path(line).is_relative_to(installed["site"]) for line in out), out


def test_installed_meapp_demo_guide_and_kyrgyz_gui(installed):
    demo = _run(installed, "demo")
    assert demo.returncode == 0, demo.stderr
    guide_pdf = installed["cwd"] / "guide.pdf"
    guide = _run(installed, "guide", "--lang", "ky", "-o", str(guide_pdf))
    assert guide.returncode == 0, guide.stderr
    assert guide.stdout.strip() and "written to" not in guide.stdout  # said in Kyrgyz
    assert guide_pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(guide_pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert any(letter in text for letter in "өүң")
    shot = installed["cwd"] / "dashboard.png"
    gui = _run(installed, "gui", "--page", "dashboard", "--screenshot", str(shot))
    assert gui.returncode == 0, gui.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert gui.stderr == ""


def test_installed_gui_has_kyrgyz_words_icons_and_fonts(installed):
    code = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from meapp.ui import i18n, style
t = i18n.load_catalogue("ky")
assert t is not None, "no Kyrgyz catalogue"
print(t.translate("MainWindow", "This page has no search."))
print(style.load_fonts())
print(not style.icon("dashboard").isNull())
"""
    out = subprocess.run(
        [installed["python"], "-c", code],
        env=installed["env"],
        cwd=installed["cwd"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert out.returncode == 0, out.stderr
    words, family, has_icon = out.stdout.splitlines()
    assert words == "Бул баракта издөө жок."
    assert family.startswith("Noto Sans")
    assert has_icon == "True"
