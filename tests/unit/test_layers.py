"""The model and the services never import Qt (ARCHITECTURE: the CLI, tests and a future
server use them without PySide6; the GUI is a layer on top)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = (
    "meapp/models",
    "meapp/store",
    "meapp/services",
    "meapp/errors.py",
    "meapp/paths.py",
    "meapp/i18n.py",  # the catalogue reader of the command line and the reports
)
QT_IMPORT = re.compile(r"^\s*(from|import)\s+PySide6", re.MULTILINE)


def _modules() -> list[tuple[str, Path]]:
    found = []
    for layer in LAYERS:
        base = ROOT / layer
        for path in [base] if base.is_file() else sorted(base.rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts.pop()
            found.append((".".join(parts), path))
    return found


def test_the_layers_hold_modules():
    names = {name for name, _ in _modules()}
    assert {"meapp.models", "meapp.store.audit_chain", "meapp.services.access.users"} <= names


def test_no_source_line_imports_pyside6():
    offenders = [
        f"{path.relative_to(ROOT)}:{text[: m.start()].count(chr(10)) + 1}"
        for _name, path in _modules()
        for text in [path.read_text(encoding="utf-8")]
        for m in QT_IMPORT.finditer(text)
    ]
    assert not offenders, f"PySide6 imported in the Qt-free layers: {offenders}"


# Imports the modules one after another in a fresh interpreter and names the first one
# after whose import PySide6 is loaded (directly or through anything it imports).
_PROBE = """
import importlib, json, sys
result = {"qt": None, "errors": {}}
for name in json.loads(sys.argv[1]):
    try:
        importlib.import_module(name)
    except Exception as exc:
        result["errors"][name] = f"{type(exc).__name__}: {exc}"
    if result["qt"] is None and any(m == "PySide6" or m.startswith("PySide6.") for m in sys.modules):
        result["qt"] = name
print(json.dumps(result))
"""


def test_importing_the_layers_does_not_load_pyside6():
    names = [name for name, _ in _modules()]
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(names)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["qt"] is None, f"importing {result['qt']} loads PySide6"
    assert not result["errors"], f"modules that do not import: {result['errors']}"
