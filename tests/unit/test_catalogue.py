"""meapp.i18n, the Qt-free reader of the compiled catalogues, against QTranslator.

The command line and the reports translate with meapp.i18n, the GUI with QTranslator; both
read the same .qm files, so both must give the same answer for every message of meapp's
three catalogues, in every plural form, with and without a disambiguation.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from meapp import i18n
from tests.unit.test_qm_compiler import TRICKY_TS, qm

ROOT = Path(__file__).resolve().parent.parent.parent
NS = (-1, *range(0, 32), 101, 111, 112, 121, 1000, 1011, 100_001)


def ts_messages(path: Path):
    """(context, source, comment, numerus) for every message of a .ts."""
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            yield (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )


def lookups(path: Path, extra=()):
    """Every lookup worth comparing: each message with its comment, none and a wrong one,
    plural messages (and a few others) with many n."""
    for context, source, comment, numerus in [*ts_messages(path), *extra]:
        for c in sorted({comment, "", "no such comment"}):
            yield context, source, c or None, -1
            for n in NS if numerus else (1, 2):
                yield context, source, c or None, n


def qtranslator(path: Path):
    from PySide6.QtCore import QTranslator

    t = QTranslator()
    assert t.load(str(path)), f"QTranslator refused {path}"
    return t


def compare(path: Path, ts: Path, extra=()) -> int:
    ours, theirs = i18n.Catalogue.load(path), qtranslator(path)
    assert ours.language == theirs.language()
    differ, checked = [], 0
    for context, source, comment, n in lookups(ts, extra):
        want = theirs.translate(context, source, comment, n)
        got = ours.translate(context, source, comment, n)
        checked += 1
        if (got if got is not None else "") != want or got == "":
            differ.append((context, source, comment, n, got, want))
    assert not differ, f"{len(differ)} of {checked} lookups differ, e.g. {differ[:3]}"
    return checked


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_message_of_meapps_catalogues_translates_as_with_qtranslator(lang, tmp_path):
    ts = ROOT / "translations" / f"meapp_{lang}.ts"
    path = tmp_path / f"meapp_{lang}.qm"
    qm.compile_ts(ts, path)
    catalogue = i18n.Catalogue.load(path)
    assert catalogue.language == lang
    assert len(catalogue) > 2000
    assert compare(path, ts) > 10_000


def test_the_tricky_catalogue_translates_as_with_qtranslator(tmp_path):
    """Disambiguations, unfinished and empty translations, missing plural forms, `<byte>`s
    and texts QTranslator must not find."""
    ts = tmp_path / "tricky_ru.ts"
    ts.write_text(TRICKY_TS, encoding="utf-8")
    extra = [
        ("Nowhere", "Open", "", False),
        ("Dialog", "Missing", "", False),
        ("Dialog", "Open", "", True),  # a plain message asked with a plural
        ("Dialog", "%n file(s)", "", False),
    ]
    for flags in ({}, {"ignore_unfinished": True}):
        path = tmp_path / "tricky.qm"
        qm.compile_ts(ts, path, **flags)
        compare(path, ts, extra)
    t = i18n.Catalogue.load(path)
    assert t.translate("Dialog", "Open", "verb, a file") == "Открыть файл"
    assert t.translate("Dialog", "Open", "unknown comment") == "Открыть"
    assert t.translate("Dialog", "Close") == "Закрыть"  # its comment was dropped
    assert t.translate("Dialog", "Half done") is None  # left out with ignore_unfinished
    assert t.translate("Dialog", "Blank") is None
    assert t.translate("Report", "Open") == "Открыт"
    files = [t.translate("Dialog", "%n file(s)", None, n) for n in (1, 3, 5, 21, 22, 25, 111)]
    assert files == ["%n файл", "%n файла", "%n файлов", "%n файл", "%n файла"] + ["%n файлов"] * 2
    assert t.translate("Dialog", "%n row(s)", None, 5) is None  # the third form is missing


def test_a_catalogue_written_by_lrelease_reads_the_same(tmp_path):
    from tests.unit.test_qm_compiler import lrelease

    ts = ROOT / "translations" / "meapp_ru.ts"
    path = lrelease(ts, tmp_path / "meapp_ru.qm")
    compare(path, ts)


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        ("ky", {0: 1, 1: 0, 2: 1, 5: 1, 11: 1, 21: 1, 101: 1}),
        ("en", {0: 1, 1: 0, 2: 1, 21: 1}),
        ("ru", {0: 2, 1: 0, 2: 1, 4: 1, 5: 2, 11: 2, 12: 2, 21: 0, 22: 1, 111: 2, 121: 0}),
    ],
)
def test_plural_rules(lang, forms):
    assert {n: i18n.plural_form(lang, n) for n in forms} == forms
    assert i18n.plural_form(f"{lang}_KG", 1) == 0
    assert i18n.plural_form(lang, -1) == 0  # no n: the first form


def test_the_plural_rules_are_qts(tmp_path):
    """The Python rules choose the form Qt's byte code (written by the compiler) chooses."""
    from PySide6.QtCore import QTranslator

    for lang, (count, _rules) in qm.NUMERUS_RULES.items():
        forms = "".join(f"<numerusform>form {i}</numerusform>" for i in range(count))
        ts = tmp_path / f"plural_{lang}.ts"
        ts.write_text(
            f'<TS version="2.1" language="{lang}"><context><name>C</name>'
            f'<message numerus="yes"><source>%n x</source><translation>{forms}'
            "</translation></message></context></TS>",
            encoding="utf-8",
        )
        path = tmp_path / f"plural_{lang}.qm"
        qm.compile_ts(ts, path)
        qt = QTranslator()
        assert qt.load(str(path))
        for n in range(0, 1200):
            assert qt.translate("C", "%n x", None, n) == f"form {i18n.plural_form(lang, n)}", n


def test_translator_falls_back_to_the_source_and_fills_in_n():
    ky = i18n.translator("ky")
    assert ky("report", "Measures") == "Иш-чаралар"
    assert ky("report", "a text nobody wrote") == "a text nobody wrote"
    assert ky("cli", "%n things nobody counted", None, 3) == "3 things nobody counted"
    assert i18n.translator("de")("report", "Measures") == "Measures"  # no such catalogue
    assert i18n.translator("en")("report", "Measures") == "Measures"
    assert i18n.source_text("x", "%n left", None, 2) == "2 left"


def test_a_missing_or_broken_catalogue_shows_the_source_texts(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(i18n.paths, "translations_dir", lambda: tmp_path)
    with caplog.at_level(logging.WARNING, logger="meapp.i18n"):
        assert i18n.load_catalogue("ru") is None
        assert "missing" in caplog.text
        (tmp_path / "meapp_ru.qm").write_bytes(b"not a catalogue")
        assert i18n.translator("ru")("report", "Measures") == "Measures"
        assert "unreadable" in caplog.text


def test_files_it_cannot_read_as_qtranslator_would_are_refused(tmp_path):
    with pytest.raises(i18n.CatalogueError, match="magic"):
        i18n.Catalogue(b"<TS/>")
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<TS version="2.1" language="ru"><dependencies><dependency catalog="qtbase_ru"/>'
        "</dependencies><context><name>C</name></context></TS>",
        encoding="utf-8",
    )
    qm.compile_ts(ts, tmp_path / "x.qm")
    with pytest.raises(i18n.CatalogueError, match="depend"):
        i18n.Catalogue.load(tmp_path / "x.qm")
    # A language without known plural rules: its plural messages could not be read right.
    data = qm.MAGIC + bytes([0xA7, 0, 0, 0, 2]) + b"de" + bytes([0x88, 0, 0, 0, 2, 1, 1])
    with pytest.raises(i18n.CatalogueError, match="plural rules"):
        i18n.Catalogue(data)


def test_resolve_language(monkeypatch):
    monkeypatch.delenv("MEAPP_LANG", raising=False)
    asked = []

    def saved():
        asked.append(True)
        return "ru_RU"

    assert i18n.resolve_language() == "ky"
    assert i18n.resolve_language(saved=saved) == "ru"
    assert i18n.resolve_language("EN", saved=saved) == "en"
    assert len(asked) == 1  # the setting is read only when nothing else decides
    monkeypatch.setenv("MEAPP_LANG", "en")
    assert i18n.resolve_language(saved=saved) == "en"
