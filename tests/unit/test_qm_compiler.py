"""scripts/qm.py, meapp's pure-Python .ts → .qm compiler, against Qt's own lrelease.

The wheel's catalogues are compiled by scripts/qm.py (setup.py has no Qt tools), so it must
give QTranslator exactly what `pyside6-lrelease` gives it: every message of the real
catalogues, every plural form, every disambiguation, and the awkward cases of a small
hand-written catalogue are translated from both files and compared.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent.parent
QM_SCRIPT = ROOT / "scripts" / "qm.py"
NS = (0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 101)


def _load_compiler():
    spec = importlib.util.spec_from_file_location("meapp_qm_compiler", QM_SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


qm = _load_compiler()


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease")


def lrelease(ts: Path, out: Path, *flags: str) -> Path:
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([tool, "-silent", *flags, str(ts), "-qm", str(out)], check=True)
    return out


def translator(path: Path) -> QTranslator:
    t = QTranslator()
    assert t.load(str(path)), f"QTranslator refused {path}"
    return t


def plural_form(lang: str, n: int) -> int:
    """The plural form Qt uses for n (the CLDR rules, written out independently here)."""
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19:
            return 1
        return 2
    return 0 if n == 1 else 1  # en, ky


def ts_messages(path: Path):
    """(context, source, comment, numerus, kind, translations) for every message of a .ts."""
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            tr = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if tr is None:
                kind, texts = "finished", []
            else:
                kind = tr.get("type") or "finished"
                forms = tr.findall("numerusform") if numerus else [tr]
                texts = [f.text or "" for f in forms]
            yield (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                numerus,
                kind,
                texts,
            )


def lookups(context: str, source: str, comment: str, numerus: bool):
    """The translate() calls to compare for one message: (args, plural n or None)."""
    comments = {comment, "", "no such comment"}
    for c in sorted(comments):
        if numerus:
            for n in NS:
                yield (context, source, c), n
        else:
            yield (context, source, c), None


# -- the real catalogues ------------------------------------------------------------------------
@pytest.fixture(scope="module", params=["ky", "ru", "en"])
def compiled(request, tmp_path_factory):
    lang = request.param
    ts = ROOT / "translations" / f"meapp_{lang}.ts"
    folder = tmp_path_factory.mktemp(f"qm_{lang}")
    ours = folder / f"ours_{lang}.qm"
    qm.compile_ts(ts, ours)
    theirs = lrelease(ts, folder / f"lrelease_{lang}.qm")
    return lang, ts, ours, theirs


def test_every_message_translates_as_with_lrelease(compiled):
    lang, ts, ours_path, theirs_path = compiled
    ours, theirs = translator(ours_path), translator(theirs_path)
    assert ours.language() == theirs.language() == lang
    differ, missing, checked = [], [], 0
    for context, source, comment, numerus, kind, texts in ts_messages(ts):
        for args, n in lookups(context, source, comment, numerus):
            got = ours.translate(*args) if n is None else ours.translate(*args, n)
            want = theirs.translate(*args) if n is None else theirs.translate(*args, n)
            checked += 1
            if got != want:
                differ.append((args, n, got, want))
        if kind != "finished" or not all(texts):
            continue
        # A finished translation comes out, in the plural form the language wants.
        if numerus:
            for n in NS:
                expected = texts[plural_form(lang, n)]
                if ours.translate(context, source, comment, n) != expected:
                    missing.append((context, source, n, expected))
        elif ours.translate(context, source, comment) != texts[0]:
            missing.append((context, source, comment, texts[0]))
    assert checked > 2000
    assert not differ, f"{len(differ)} lookups differ from lrelease, e.g. {differ[:3]}"
    assert not missing, f"{len(missing)} translations do not come out, e.g. {missing[:3]}"


def test_same_bytes_as_lrelease(compiled):
    """Not required for QTranslator, but the strongest check there is: Qt 6.11's lrelease
    and scripts/qm.py write identical files. A newer Qt may reorder its output; then the
    test above is the one that matters."""
    _lang, _ts, ours, theirs = compiled
    assert ours.read_bytes() == theirs.read_bytes()


def test_plural_messages_are_exercised(compiled):
    lang, ts, ours_path, _theirs = compiled
    plural = [m for m in ts_messages(ts) if m[3] and m[4] == "finished"]
    assert plural, "the catalogue has no plural messages to check"
    forms = {len(m[5]) for m in plural}
    assert forms == {qm.NUMERUS_RULES[lang][0]}


# -- the awkward cases ------------------------------------------------------------------------
TRICKY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Dialog</name>
    <message>
        <source>&amp;Save &lt;all&gt; &quot;now&quot; &#x263A;</source>
        <translation>&amp;Сохранить &lt;всё&gt; «сейчас» &#9786;</translation>
    </message>
    <message>
        <source>Party 🎉 time 😀</source>
        <translation>Праздник 🎉 &#x1F600;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb, a file</comment>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>adjective, a period</comment>
        <translation>Открытый</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>only with a comment</comment>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Half done</source>
        <translation type="unfinished">Наполовину</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="obsolete">Ушло</translation>
    </message>
    <message>
        <source>Vanished</source>
        <translation type="vanished">Исчезло</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation></translation>
    </message>
    <message>
        <source>Tab<byte value="x9"/>stop</source>
        <translation>Таб<byte value="9"/>стоп</translation>
    </message>
    <message>
        <source>  spaced
 lines </source>
        <translation>  с пробелами
 строки </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Нет</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def tricky(tmp_path):
    ts = tmp_path / "tricky_ru.ts"
    ts.write_text(TRICKY_TS, encoding="utf-8")
    return ts


def _all_lookups(ts: Path):
    extra = [("Nowhere", "Open", ""), ("Dialog", "Missing", "")]
    seen = [(c, s, m, num) for c, s, m, num, _kind, _texts in ts_messages(ts)]
    seen += [(c, s, m, False) for c, s, m in extra]
    for context, source, comment, numerus in seen:
        yield from lookups(context, source, comment, numerus)
    for n in NS:  # a plural message asked without a plural, and the other way round
        yield ("Dialog", "Open", ""), n
    yield ("Dialog", "%n file(s)", ""), None


def _compare(ours: QTranslator, theirs: QTranslator, ts: Path) -> None:
    for args, n in _all_lookups(ts):
        if n is None:
            assert ours.translate(*args) == theirs.translate(*args), args
        else:
            assert ours.translate(*args, n) == theirs.translate(*args, n), (args, n)


@pytest.mark.parametrize("ignore_unfinished", [False, True])
def test_tricky_catalogue_translates_as_with_lrelease(tricky, tmp_path, ignore_unfinished):
    ours = tmp_path / "ours.qm"
    qm.compile_ts(tricky, ours, ignore_unfinished=ignore_unfinished)
    flags = ("-nounfinished",) if ignore_unfinished else ()
    theirs = lrelease(tricky, tmp_path / "theirs.qm", *flags)
    _compare(translator(ours), translator(theirs), tricky)
    assert ours.read_bytes() == theirs.read_bytes()


def test_tricky_catalogue_translations(tricky, tmp_path):
    """What the tricky catalogue gives, spelled out (independently of lrelease)."""
    path = tmp_path / "tricky.qm"
    qm.compile_ts(tricky, path)
    t = translator(path)
    assert t.language() == "ru"
    d = "Dialog"
    assert t.translate(d, '&Save <all> "now" ☺') == "&Сохранить <всё> «сейчас» ☺"
    assert t.translate(d, "Party 🎉 time 😀") == "Праздник 🎉 😀"
    assert t.translate(d, "Open") == "Открыть"
    assert t.translate(d, "Open", "verb, a file") == "Открыть файл"
    assert t.translate(d, "Open", "adjective, a period") == "Открытый"
    assert t.translate(d, "Open", "unknown comment") == "Открыть"
    assert t.translate("Report", "Open") == "Открыт"
    assert t.translate("Nowhere", "Open") == ""
    # lrelease drops the comment of a message nothing else shares the source with, so it
    # is found with any comment or none.
    assert t.translate(d, "Close", "only with a comment") == "Закрыть"
    assert t.translate(d, "Close") == "Закрыть"
    # Unfinished with a translation: included, as lrelease does without -nounfinished.
    assert t.translate(d, "Half done") == "Наполовину"
    assert t.translate(d, "Not started") == ""
    assert t.translate(d, "Gone") == ""
    assert t.translate("Report", "Gone") == "Нет"
    assert t.translate(d, "Vanished") == ""
    assert t.translate(d, "Blank") == ""
    assert t.translate(d, "Tab\tstop") == "Таб\tстоп"
    assert t.translate(d, "  spaced\n lines ") == "  с пробелами\n строки "
    files = {n: t.translate(d, "%n file(s)", "", n) for n in NS}
    assert files == {n: ("%n файл", "%n файла", "%n файлов")[plural_form("ru", n)] for n in NS}
    # Two forms where Russian needs three: the missing one falls back to the source text.
    assert t.translate(d, "%n row(s)", "", 1) == ""

    strict = tmp_path / "strict.qm"
    qm.compile_ts(tricky, strict, ignore_unfinished=True)
    assert translator(strict).translate(d, "Half done") == ""


# -- the compiler itself ------------------------------------------------------------------------
def test_output_is_deterministic(tmp_path):
    ts = ROOT / "translations" / "meapp_ru.ts"
    first, second = tmp_path / "a.qm", tmp_path / "b.qm"
    qm.compile_ts(ts, first)
    qm.compile_ts(ts, second)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes().startswith(qm.MAGIC)


def test_unknown_language_is_refused():
    ts = b'<TS version="2.1" language="de"><context><name>A</name></context></TS>'
    with pytest.raises(ValueError, match="plural rules"):
        qm.compile_catalogue(qm.parse_ts(ts))


def test_compiler_needs_only_the_standard_library():
    tree = ast.parse(QM_SCRIPT.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}, imported


def test_elf_hash_matches_qt():
    # Values from the Hashes section lrelease wrote for these source texts.
    assert qm.elf_hash(b"n") == 110
    assert qm.elf_hash(b"fin") == 27902
    assert qm.elf_hash(b"") == 1
