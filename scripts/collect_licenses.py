#!/usr/bin/env python3
"""Gather the licence texts the bundle must carry into one folder (scripts/build_dist.sh).

    scripts/collect_licenses.py OUT_DIR

Writes OUT_DIR/LICENSE.txt (meapp's own), OUT_DIR/THIRD-PARTY.txt (every installed
distribution the bundle can contain: name, version, licence), OUT_DIR/<distribution>/… (the
licence files each wheel ships), Python's own licence, and the texts kept in
packaging/licenses/ for what ships none in its wheel (Qt for Python: LGPL-3.0 and GPL-3.0).
Run with the Python of the build venv, so it lists exactly what PyInstaller sees.
"""

from __future__ import annotations

import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKERS = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")
# Build tools present in the build venv that never enter the bundle.
BUILD_ONLY = {
    "pip",
    "setuptools",
    "pyinstaller",
    "pyinstaller-hooks-contrib",
    "packaging",
    "altgraph",
    "pefile",
    "pywin32-ctypes",
    "macholib",
    "meapp",
}


def _licence_files(dist: metadata.Distribution) -> list[Path]:
    out = []
    for file in dist.files or []:
        name = Path(str(file)).name.upper()
        if name.startswith(MARKERS) and not name.endswith((".PY", ".PYC")):
            out.append(Path(str(dist.locate_file(file))))
    return out


def _licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expr = meta.get("License-Expression")
    if expr:
        return expr
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    if classifiers:
        return "; ".join(classifiers)
    text = (meta.get("License") or "").strip().splitlines()
    return text[0][:80] if text else "see the licence files"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    shutil.copyfile(ROOT / "LICENSE", out / "LICENSE.txt")
    for text in sorted((ROOT / "packaging" / "licenses").glob("*.txt")):
        shutil.copyfile(text, out / text.name)
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        shutil.copyfile(python_licence, out / "Python-LICENSE.txt")
    lines = [
        "Third-party software in the meapp bundle",
        "",
        f"Python {sys.version.split()[0]} (Python Software Foundation License: Python-LICENSE.txt)",
    ]
    seen: set[str] = set()
    dists = sorted(metadata.distributions(), key=lambda d: d.metadata["Name"].lower())
    for dist in dists:
        name = dist.metadata["Name"]
        key = name.lower().replace("_", "-")
        if key in BUILD_ONLY or key in seen:
            continue
        seen.add(key)
        files = _licence_files(dist)
        folder = out / f"{name}-{dist.version}"
        for file in files:
            if file.is_file():
                folder.mkdir(exist_ok=True)
                shutil.copyfile(file, folder / file.name)
        where = f"{folder.name}/" if files else "Qt-for-Python.txt, LGPL-3.0.txt, GPL-3.0.txt"
        lines.append(f"{name} {dist.version} ({_licence_name(dist)}): {where}")
    (out / "THIRD-PARTY.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"licences: {len(seen)} distributions into {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
