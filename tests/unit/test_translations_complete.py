"""The Kyrgyz and Russian catalogues are complete for every string in the code.

A new `tr()` / `translate()` / `QT_TRANSLATE_NOOP` / service error text without its ky and
ru translation fails here: run `scripts/translations.py update`, translate the entries
(`missing ky` lists them; `apply ky FILE.tsv` sets them), then `compile`.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

from meapp.services.reports.texts import EXTRA_PARAMS

ROOT = Path(__file__).resolve().parent.parent.parent
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}")


def _script():
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "scripts" / "translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


script = _script()


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_no_unfinished_entries(lang):
    todo = script.unfinished(lang)
    assert not todo, f"{len(todo)} unfinished {lang} entries, e.g. {todo[:5]}"


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_plural_entries_have_every_form_qt_expects(lang):
    """Qt gives Kyrgyz two %n forms and Russian three; fewer shows the English text."""
    tree = script.read_ts(script.ts_path(lang))
    short = [
        message.findtext("source")
        for _context, message in script.messages(tree)
        if message.get("numerus") == "yes"
        and len(message.find("translation").findall("numerusform")) < script.PLURAL_FORMS[lang]
    ]
    assert not short, short[:5]


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_translations_keep_every_placeholder(lang):
    """`{file}` lost in a translation would hide the file name; an extra one would crash
    `.format()`."""
    tree = script.read_ts(script.ts_path(lang))
    wrong = []
    for context, message in script.messages(tree):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        texts = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        # the report texts may use the extra fields they are given (texts.EXTRA_PARAMS:
        # "II" for a half-year, where Kyrgyz writes the half in Roman numerals)
        extra = EXTRA_PARAMS.get(source) if context == "report" else None
        for text in texts:
            found, wanted = PLACEHOLDER.findall(text), PLACEHOLDER.findall(source)
            if extra is not None:
                allowed = set(wanted) | {"{" + e + "}" for e in extra}
                if found and set(found) <= allowed:
                    continue
            if sorted(found) != sorted(wanted):
                wrong.append((context, source, text))
    assert not wrong, wrong[:5]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_catalogue_covers_every_string_in_the_code(lang, tmp_path):
    """Extract the code's strings afresh into a copy of the catalogue: nothing may be new."""
    if not shutil.which(script.qt_tool("lupdate")):
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / f"meapp_{lang}.ts"
    shutil.copyfile(script.ts_path(lang), copy)
    script.refresh(lang, copy)
    todo = [
        (c, m.findtext("source"))
        for c, m in script.messages(script.read_ts(copy))
        if script.is_unfinished(m)
    ]
    assert not todo, (
        f"{len(todo)} strings without a {lang} translation (run scripts/translations.py "
        f"update, then translate): {todo[:5]}"
    )
