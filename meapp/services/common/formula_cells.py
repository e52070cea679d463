"""Formula cells saved without their computed value, found in a workbook's XML.

openpyxl with `data_only=True` reads such a cell (written by a program that does not
calculate) as empty, so a reader would skip a row that holds data. Every workbook import
(the plan import, import-actuals) asks `uncalculated_formulas` and refuses the file naming
the cell. A formula whose computed value is an empty text (=IF(…;"";…))
is a value, and is not listed.

The workbook must already be vetted (`workbook.vet_workbook`: no zip bomb, no password).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def has_formulas(path: Path) -> bool:
    """Whether any worksheet holds a formula, read from its XML in pieces without building
    cells (most council files hold none: no second reading)."""
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not name.startswith("xl/worksheets/") or not name.endswith(".xml"):
                continue
            tail = b""
            with z.open(name) as f:
                while chunk := f.read(1 << 20):
                    if _FORMULA_TAG.search(tail + chunk):
                        return True
                    tail = chunk[-16:]
    return False


def _sheet_members(z: Any) -> list[tuple[str, str]]:
    """(sheet name, its XML part) of every worksheet, from the workbook's relations."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    book = etree.fromstring(z.read("xl/workbook.xml"), parser)
    rels = etree.fromstring(z.read("xl/_rels/workbook.xml.rels"), parser)
    targets = {}
    for rel in rels.iter(f"{_PKG_REL}Relationship"):
        target = rel.get("Target") or ""
        targets[rel.get("Id")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return [
        (sh.get("name") or "", targets.get(sh.get(f"{_REL}id"), ""))
        for sh in book.iter(f"{_MAIN}sheet")
    ]


def uncalculated_formulas(path: Path) -> list[tuple[str, int, int]]:
    """(sheet, row, column) of every formula cell with no computed value: no `<v>`, or an
    empty one that is not a text result. Empty without reading cells when the workbook
    holds no formula at all."""
    if not has_formulas(path):
        return []
    from lxml import etree
    from openpyxl.utils.cell import coordinate_to_tuple

    found: list[tuple[str, int, int]] = []
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        for sheet, member in _sheet_members(z):
            if member not in names:
                continue
            with z.open(member) as f:
                for _event, c in etree.iterparse(
                    f, events=("end",), tag=f"{_MAIN}c", resolve_entities=False, no_network=True
                ):
                    if c.find(f"{_MAIN}f") is not None:
                        v = c.find(f"{_MAIN}v")
                        empty = v is None or not (v.text or "")
                        if empty and c.get("t") not in ("str", "inlineStr", "s") and c.get("r"):
                            found.append((sheet, *coordinate_to_tuple(c.get("r"))))
                    c.clear()
    return found
