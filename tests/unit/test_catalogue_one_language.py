"""Every Kyrgyz and Russian catalogue entry reads as one language and holds no stored code
(issue 23: "уруксат жок: viewer ролу enter actuals … мүмкүн эмес", "sig_chair").

What may stay in Latin letters is listed: formats and programs, keys, command-line words a
user types (flags, environment variables, `meapp …` commands, placeholders in capitals), and
Roman numerals. Anything else — an English word in a translation — fails here."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TYPED = re.compile(
    r"\{[a-z_0-9]+\}"  # placeholders
    r"|%n|%\d"
    r"|(?:Ctrl|Shift|Alt)(?:\+\w+)+|\bF\d+\b"  # shortcuts: Ctrl+Shift+M, F1
    r"|<[^>]+>|&\w+;"  # markup
    r"|--[a-z][a-z-]*(?: [a-z|]+)?"  # a flag and its value: --prefer mine|theirs
    r"|\bmeapp(?: [a-z-]+)*"  # a command: meapp identity trust
    r"|\bMEAPP_[A-Z_]+"  # environment variables
    r"|\*\.\w+"  # file patterns
    r"|\b[A-Z][A-Z0-9_]+\b"  # FILE, LOGIN, PDF, SHA, COUNT:HASH, PEM
    r"|\b[\w.-]+\.(?:html|xlsx|pdf|png|mepkg|db|p12|pem)\b"  # file names
    r"|\bhttps?://[\w./#%?=-]+"  # an example web address: https://example.kg/monitoring
)
ALLOWED = {
    # programs, formats, keys
    "meapp",
    "Excel",
    "LibreOffice",
    "Calc",
    "Adobe",
    "Reader",
    "Qt",
    "Windows",
    "Linux",
    "SQLite",
    "PostgreSQL",
    "Noto",
    "Sans",
    "Ctrl",
    "Shift",
    "Alt",
    "Del",
    "Tab",
    "Enter",
    "Esc",
    "Page",
    "Up",
    "Down",
    "PgUp",
    "PgDown",
    "KiB",
    "MiB",
    "GiB",
    "xlsx",
    "xls",
    "zip",
    "png",
    "pdf",
    "pem",
    "der",
    "pdfsig",
    "poppler",
    "pg_dump",
    "pg_restore",
    "alembic_version",
    "Okabe",
    "Ito",
    "mepkg",
    "p",
    "pfx",
    "PAdES",
    "PDF",
    "x",
    # values of command-line options, as typed (--role viewer, --prefer mine)
    "viewer",
    "editor",
    "evaluator",
    "admin",
    "mine",
    "theirs",
    # Roman numerals of half-years; the word "id" of the audit columns
    "I",
    "II",
    "id",
    # SQL objects `meapp check` names (a view, a rule: the database's own words)
    "view",
    "rule",
}
RAW_CODES = re.compile(
    r"\b\d{4}-[HQ]\d\b|\b(?:on_track|at_risk|off_track|no_data|needs_review|sig_chair|sig_mayor)\b"
)


def _entries(lang: str):
    tree = ET.parse(ROOT / "translations" / f"meapp_{lang}.ts")
    for ctx in tree.getroot().iter("context"):
        context = ctx.findtext("name")
        for message in ctx.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("obsolete", "vanished"):
                continue
            texts = [n.text or "" for n in tr.iter("numerusform")] or [tr.text or ""]
            for text in texts:
                yield context, message.findtext("source") or "", text


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_no_english_word_in_a_translation(lang):
    mixed = []
    for context, source, text in _entries(lang):
        if context == "cli":
            continue  # the command line speaks its own commands and codes
        words = set(re.findall(r"[A-Za-z][A-Za-z_]*", TYPED.sub(" ", text))) - ALLOWED
        if words:
            mixed.append((context, source[:60], sorted(words)))
    assert not mixed, mixed[:10]


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_no_stored_code_in_a_translation(lang):
    raw = [
        (context, source[:60], text[:80])
        for context, source, text in _entries(lang)
        if context != "cli" and RAW_CODES.search(text) and not RAW_CODES.search(source)
    ]
    raw += [
        (context, source[:60], text[:80])
        for context, source, text in _entries(lang)
        if context != "cli" and re.search(r"\bsig_(?:chair|mayor)\b", text)
    ]
    assert not raw, raw[:10]
