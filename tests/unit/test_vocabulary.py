"""The one vocabulary of stored codes (meapp/services/common/vocabulary.py).

Every stored code has its word in one table, translated in Kyrgyz and Russian; no other
module keeps a list of words for codes; the GUI, the reports, the Excel sheets, the drafted
evaluation and the command line say the same word for the same code.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from meapp import i18n
from meapp.models import enums
from meapp.services.common import vocabulary as V
from meapp.services.plan import importer
from meapp.services.reports.texts import Texts
from tests.unit.test_qm_compiler import qm

ROOT = Path(__file__).resolve().parents[2]
# The enumeration (meapp.models.enums) whose codes each table names, where its name differs.
ENUMS = {"KINDS": "PLAN_ITEM_KINDS", "INDICATOR_DIRECTIONS": "DIRECTIONS"}
# Dicts keyed by codes that hold something else than the code's word.
NOT_WORDS = {
    ("meapp/ui/pages/plan.py", "NEW_NAMES"),  # "New priority direction": a new line's name
}
NOT_STORED_IN_A_COLUMN = {"RISK_LEVELS", "PACKAGE_SCOPES", "TRUST_STATES"}


@pytest.fixture(scope="module", params=["ky", "ru", "en"])
def catalogue(request, tmp_path_factory):
    lang = request.param
    path = tmp_path_factory.mktemp("vocabulary") / f"meapp_{lang}.qm"
    qm.compile_ts(ROOT / "translations" / f"meapp_{lang}.ts", path)
    return lang, i18n.Catalogue.load(path)


def test_every_stored_code_has_a_word():
    assert len(V.ALL_WORDS) >= 25
    for name, words in V.ALL_WORDS.items():
        if name in NOT_STORED_IN_A_COLUMN:
            continue
        base = name.removesuffix("_SHORT")
        codes = getattr(enums, ENUMS.get(base, base))
        if name == "KINDS":  # the trail names indicators with the plan items' kinds
            assert set(words) == {*codes, "indicator"}
        else:
            assert tuple(words) == codes, name


def test_every_word_is_translated_in_its_context(catalogue):
    lang, cat = catalogue
    missing = [
        (words.context, source)
        for words in V.ALL_WORDS.values()
        for source in words.values()
        if cat.translate(words.context, source) is None
    ]
    missing += [
        (V.WORDS, p) for p in V.PERIOD_PATTERNS.values() if cat.translate(V.WORDS, p) is None
    ]
    assert not missing, f"{lang}: {missing}"
    for pattern in V.PERIOD_PATTERNS.values():
        fields = {f for _l, f, _s, _c in string.Formatter().parse(cat.translate("labels", pattern))}
        assert fields - {None} == {"year"}, (lang, pattern)


def test_contexts():
    for name, words in V.ALL_WORDS.items():
        audit_only = name in ("PACKAGE_SCOPES", "TRUST_STATES")
        assert words.context == (V.CONTEXT if audit_only else V.WORDS), name


def test_no_other_module_keeps_words_for_codes():
    """A dict of `QT_TRANSLATE_NOOP` words keyed by stored codes outside the vocabulary is a
    copy that will drift (five such copies had: "other" beside "Other sources", …)."""
    tables = [set(words) for words in V.ALL_WORDS.values()]
    copies = []
    for path in sorted((ROOT / "meapp").rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        if where == "meapp/services/common/vocabulary.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = {t.id for t in targets if isinstance(t, ast.Name)}
                if any((where, name) in NOT_WORDS for name in names):
                    continue
                value = node.value
            else:
                continue
            if not isinstance(value, ast.Dict) or len(value.keys) < 2:
                continue
            keys = {k.value for k in value.keys if isinstance(k, ast.Constant)}
            if len(keys) < 2 or len(keys) < len(value.keys):  # not all string codes
                continue
            marked = all(
                isinstance(v, ast.Call) and getattr(v.func, "id", "") == "QT_TRANSLATE_NOOP"
                for v in value.values
            )
            if marked and any(keys <= codes for codes in tables):
                copies.append(f"{where}:{node.lineno}")
    assert not copies, f"words for stored codes outside the vocabulary: {copies}"


def test_a_word_for_a_label_and_for_a_sentence():
    ru = {
        ("labels", "On track"): "В графике",
        ("labels", "Civic / NGO"): "Гражданское общество / НКО",
    }

    def russian(context: str, text: str) -> str:
        return ru.get((context, text), text)

    assert V.INDICATOR_STATUSES.word("on_track", russian) == "В графике"
    assert V.INDICATOR_STATUSES.word("on_track", russian, in_text=True) == "в графике"
    assert V.MEMBER_SIDES.word("civic", in_text=True) == "civic / NGO"
    assert V.MEMBER_SIDES.word("civic", russian, in_text=True) == "гражданское общество / НКО"
    assert V.INDICATOR_STATUSES.word(None) == ""
    assert V.INDICATOR_STATUSES.word("written_by_a_later_version") == "written_by_a_later_version"
    assert V.lower_first("NGO members") == "NGO members"  # an abbreviation stays
    assert V.lower_first("БӨУ") == "БӨУ"
    assert V.lower_first("") == ""


# What the reports printed before the vocabulary was their only source (ky, ru): the same.
REPORT_WORDS = {
    "ky": {
        ("status", "on_track"): "график боюнча",
        ("status", "off_track"): "артта калууда",
        ("measure_status", "not_started"): "башталган жок",
        ("round_state", "submitted"): "жөнөтүлгөн",
        ("source", "community"): "жамааттын салымы",
        ("side", "civic"): "жарандык коом / БӨУ",
        ("member_role", "chair"): "төрага",
        ("municipality_kind", "aiyl_okmotu"): "айыл өкмөтү",
        ("level", "outcome"): "натыйжа",
        ("direction", "decrease"): "азаюу",
        ("value_type", "percent"): "%",
        ("value_type", "milestone"): "ооба/жок",
    },
    "ru": {
        ("status", "at_risk"): "под угрозой",
        ("measure_status", "in_progress"): "выполняется",
        ("round_state", "approved"): "утверждён",
        ("source", "ppp"): "государственно-частное партнёрство",
        ("side", "council"): "кенеш",
        ("municipality_kind", "city"): "город",
        ("level", "impact"): "влияние",
        ("direction", "keep"): "сохранение",
        ("value_type", "ratio"): "отношение",
    },
}


@pytest.mark.parametrize("lang", sorted(REPORT_WORDS))
def test_the_reports_say_the_vocabularys_words(lang):
    t = Texts(None, lang)
    got = {(method, code): getattr(t, method)(code) for method, code in REPORT_WORDS[lang]}
    assert got == REPORT_WORDS[lang]


# The Kyrgyz word for "decrease" is "азаюу"; the plan import looks for "азай" (азайтуу) and
# so guesses the direction from the figures instead (meapp/services/plan/importer.py
# _DIRECTIONS needs "азаю" too).
KNOWN_MISREAD: set[tuple[str, str]] = set()  # "азаюу" is read as decrease since issue 19


@pytest.mark.parametrize(
    ("words", "table"),
    [
        (V.AGGREGATIONS_SHORT, importer._AGGREGATIONS),
        (V.INDICATOR_DIRECTIONS_SHORT, importer._DIRECTIONS),
        (V.INDICATOR_LEVELS, importer._LEVELS),
    ],
    ids=["aggregation", "direction", "level"],
)
def test_the_short_column_words_are_read_back_by_the_plan_import(catalogue, words, table):
    """The indicator matrix writes how periods combine, the direction and the level with the
    vocabulary's short words; importing the sheet again must give the same codes."""
    lang, cat = catalogue

    def translate(context: str, text: str) -> str:
        return cat.translate(context, text) or text

    read = {code: importer._code_from(words.word(code, translate), table) for code in words}
    misread = {(lang, code) for code, got in read.items() if got != code}
    assert misread == KNOWN_MISREAD & {(lang, code) for code in words}, read
