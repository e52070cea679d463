"""The README's Linux set-up names every X11 library Qt's xcb plug-in links against.

Issue 23: under X11 the app needed `libxcb-icccm4` and `libxcb-keysyms1` (and friends) that
the README did not name. The plug-in's ELF NEEDED entries are read with `readelf`/`objdump`
from binutils, or `ldd`; each `libNAME.so.V` maps to the Debian package `libNAMEV` (with a
hyphen when NAME ends in a digit, as Debian names them).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def _plugin() -> Path | None:
    import PySide6

    found = list(Path(PySide6.__file__).parent.glob("Qt/plugins/platforms/libqxcb.so"))
    return found[0] if found else None


def _needed(path: Path) -> set[str]:
    libs = [path, *Path(path).parents[2].glob("lib/libQt6XcbQpa.so*")]
    names: set[str] = set()
    for lib in libs:
        if shutil.which("ldd"):
            out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True).stdout
            names.update(re.findall(r"^\s*(lib[\w.+-]+\.so\.\d+)", out, re.MULTILINE))
    return {n for n in names if n.startswith(("libxcb", "libxkbcommon-x11"))}


def _debian_package(soname: str) -> str:
    base, version = re.match(r"(lib[\w+-]+?)\.so\.(\d+)", soname).groups()
    return f"{base}-{version}" if base[-1].isdigit() else f"{base}{version}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries: Linux only")
def test_readme_names_every_xcb_library_qt_needs():
    plugin = _plugin()
    if plugin is None or not shutil.which("ldd"):
        pytest.skip("no xcb plug-in or no ldd here")
    needed = {_debian_package(n) for n in _needed(plugin)}
    assert needed, "ldd found no xcb library: the mapping is broken"
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    missing = sorted(p for p in needed if p not in readme)
    assert not missing, f"the README's Linux set-up misses {missing}"


def test_debian_names():
    assert _debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert _debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert _debian_package("libxcb.so.1") == "libxcb1"
