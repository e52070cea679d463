#!/usr/bin/env python3
"""Compile a Qt Linguist catalogue (.ts) into the binary .qm file QTranslator loads.

Why this exists: the wheel of meapp carries compiled catalogues, made by setup.py at build
time. Qt's own compiler, lrelease, comes only with PySide6 (or a Qt install), and a build
should not have to install a 100 MB GUI toolkit to turn XML into a lookup table. This module
needs nothing but Python's standard library and produces the same bytes as
`pyside6-lrelease FILE.ts -qm FILE.qm` (Qt 6.11) for the .ts files Qt Linguist and lupdate
write; tests/unit/test_qm_compiler.py checks that QTranslator translates every message of
meapp's catalogues identically from both.

    scripts/qm.py translations/meapp_ru.ts meapp_ru.qm [--no-unfinished]

The .qm format (Qt's qtranslator.cpp reads it, linguist's qm.cpp writes it)
-------------------------------------------------------------------------------
All integers are big-endian. The file is a 16-byte magic number followed by sections, each a
tag byte, a uint32 length and that many bytes. lrelease writes them in this order:

- Language (0xa7): the `language` attribute of <TS> as UTF-8, if there is one.
- Dependencies (0x96): catalogues QTranslator loads along with this one (from
  <dependencies>), each a QDataStream QString; only if there are any.
- Hashes (0x42): (hash, offset) pairs of uint32, sorted by hash then offset. The hash is the
  ELF hash of the UTF-8 source text followed by the comment; the offset points into Messages.
  QTranslator binary-searches this table.
- Messages (0x69): the messages, one after another, sorted by (context, source, comment) as
  bytes. Each is a list of tagged fields ending with End (1): Translation (3) once per plural
  form, a uint32 byte length and UTF-16BE text (length 0xFFFFFFFF: no text); then Comment
  (8), SourceText (6) and Context (7), each a uint32 length and UTF-8 bytes.
- Contexts (0x2f): a hash table of context names, written only by `lrelease -compress`
  (together with shortened messages); not written here.
- NumerusRules (0x88): a tiny byte code that maps n to the index of the plural form, written
  for languages Qt knows plural rules for.

How a lookup goes: QTranslator.translate(context, source, comment, n) hashes source+comment,
tries every message with that hash whose context, source and comment match, and takes the
translation numbered by the plural rule for n; a message whose translations contain a
0xFFFFFFFF one counts as not found. If nothing matched and the comment was not empty, it
tries again with an empty comment. An empty comment stored in a message matches only an
empty comment.

What lrelease does before writing, reproduced here
--------------------------------------------------
- Obsolete and vanished messages are left out; so are unfinished ones without a translation.
  Unfinished messages that have a translation are included, as lrelease does unless given
  `-nounfinished` (here: `ignore_unfinished=True`, `--no-unfinished`).
- An empty translation is written as "no text", so Qt shows the source text.
- A message repeated with the same context, source and comment is compiled once, from its
  first occurrence (taking the translation of a later one if the first has none).
- The comment (disambiguation) of a message is dropped when nothing in the catalogue has the
  same context and source without a comment, and no other comment of that context and source
  was dropped already: QTranslator then finds it for any comment, as it would with lrelease.
- Each message gets exactly as many translations as the language has plural forms (one if
  it is not a plural message): missing forms are "no text", surplus ones are dropped.
- `<byte value="…"/>` (a character, decimal or `x`-prefixed hex, value 0 meaning nothing)
  and `<lengthvariant>`s (joined with U+009C) inside texts.

Languages: plural rules are known for NUMERUS_RULES' languages only; compiling a catalogue in
another language stops with an error rather than guessing. Id-based catalogues (<message
id=…>) are refused as well; meapp's are not.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Section tags.
CONTEXTS = 0x2F
HASHES = 0x42
MESSAGES = 0x69
NUMERUS_RULES_SECTION = 0x88
DEPENDENCIES = 0x96
LANGUAGE = 0xA7

# Field tags inside a message.
TAG_END = 1
TAG_TRANSLATION = 3
TAG_SOURCE_TEXT = 6
TAG_CONTEXT = 7
TAG_COMMENT = 8

NO_TEXT = 0xFFFFFFFF  # the length QDataStream writes for a null QString
LENGTH_VARIANT_SEPARATOR = "\u009c"  # Translator::BinaryVariantSeparator

# Plural rules: language code → (number of forms, NumerusRules byte code). The byte code is
# Qt's, from qttools/src/linguist/shared/numerus.cpp (englishStyleRules, russianStyleRules),
# and is exactly what pyside6-lrelease 6.11 writes for these languages. Opcodes: 0x01 equal,
# 0x04 between, +0x08 not, +0x10 n mod 10, +0x20 n mod 100; 0xfd and, 0xff next form's rule;
# a number follows each comparison (two for between). The last form takes what no rule does.
NUMERUS_RULES: dict[str, tuple[int, bytes]] = {
    # n == 1 → form 0; else form 1
    "en": (2, bytes([0x01, 1])),
    # Qt files Kyrgyz (Kirghiz) with the English-style languages
    "ky": (2, bytes([0x01, 1])),
    # n%10 == 1 && n%100 != 11 → 0; n%10 in 2..4 && n%100 not in 10..19 → 1; else 2
    "ru": (3, bytes([0x11, 1, 0xFD, 0x29, 11, 0xFF, 0x14, 2, 4, 0xFD, 0x2C, 10, 19])),
}

FINISHED, UNFINISHED, OBSOLETE, VANISHED = "finished", "unfinished", "obsolete", "vanished"


class Message(NamedTuple):
    context: str
    source: str
    comment: str
    # None is "no text" (an empty or missing translation), as Qt's null QString.
    translations: tuple[str | None, ...]
    kind: str = FINISHED
    numerus: bool = False


class Catalogue(NamedTuple):
    language: str
    messages: tuple[Message, ...]
    dependencies: tuple[str, ...] = ()


# -- reading .ts --------------------------------------------------------------------------------
def _byte_value(element: ET.Element) -> str:
    """The character of `<byte value="65"/>` or `<byte value="x41"/>`; "" for 0 or junk."""
    value = (element.get("value") or "").strip()
    base = 10
    if value.startswith("x"):
        base, value = 16, value[1:]
    try:
        code = int(value, base)
    except ValueError:
        return ""
    if code < 0:
        return ""
    return chr(code & 0xFFFF) if code & 0xFFFF else ""  # QChar keeps 16 bits


def _contents(element: ET.Element | None) -> str | None:
    """The text of an element, `<byte>`s included; None if there is none."""
    if element is None:
        return None
    parts = [element.text or ""]
    for child in element:
        if child.tag != "byte":
            raise ValueError(f"unexpected <{child.tag}> inside <{element.tag}>")
        parts.append(_byte_value(child))
        parts.append(child.tail or "")
    return "".join(parts) or None


def _translation_contents(element: ET.Element) -> str | None:
    """A translation or plural form: its text, or its length variants joined."""
    if element.get("variants") not in ("yes", "true"):
        return _contents(element)
    text = ""
    for variant in element:
        if variant.tag != "lengthvariant":
            raise ValueError(f"unexpected <{variant.tag}> among length variants")
        if text:
            text += LENGTH_VARIANT_SEPARATOR
        text += _contents(variant) or ""
    return text or None


def _message(context: str, element: ET.Element) -> Message:
    if element.get("id"):
        raise ValueError("id-based messages (<message id=…>) are not supported")
    numerus = element.get("numerus") == "yes"
    translation = element.find("translation")
    kind = FINISHED
    translations: tuple[str | None, ...] = ()
    if translation is not None:
        kind = {
            "unfinished": UNFINISHED,
            "obsolete": OBSOLETE,
            "vanished": VANISHED,
        }.get(translation.get("type") or "", FINISHED)
        if numerus:
            forms = translation.findall("numerusform")
            translations = tuple(_translation_contents(form) for form in forms)
        else:
            translations = (_translation_contents(translation),)
    return Message(
        context=context,
        source=_contents(element.find("source")) or "",
        comment=_contents(element.find("comment")) or "",
        translations=translations,
        kind=kind,
        numerus=numerus,
    )


def parse_ts(data: bytes) -> Catalogue:
    """Read a .ts document (the XML Qt Linguist and lupdate write)."""
    root = ET.fromstring(data)
    if root.tag != "TS":
        raise ValueError(f"not a Qt Linguist catalogue: root element <{root.tag}>")
    messages = []
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        messages.extend(_message(name, message) for message in context.findall("message"))
    dependencies = tuple(
        dep.get("catalog") or "" for dep in root.findall("dependencies/dependency")
    )
    return Catalogue(root.get("language") or "", tuple(messages), dependencies)


def read_ts(path: Path) -> Catalogue:
    return parse_ts(Path(path).read_bytes())


# -- what lrelease does before writing ------------------------------------------------------------
def plural_rules(language: str) -> tuple[int, bytes]:
    """(number of plural forms, NumerusRules bytes) for a .ts `language` attribute."""
    if not language:  # lrelease: no language, no rules; every message has one form
        return 1, b""
    base = language.replace("-", "_").split("_")[0]
    try:
        return NUMERUS_RULES[base]
    except KeyError:
        raise ValueError(
            f"no plural rules for language {language!r}: add them to NUMERUS_RULES in "
            "scripts/qm.py (the 0x88 section of a file pyside6-lrelease compiled)"
        ) from None


def _without_duplicates(messages: tuple[Message, ...]) -> list[Message]:
    """lrelease's Translator::resolveDuplicates: the first of equal messages stays."""
    kept: list[Message] = []
    index: dict[tuple[str, str, str], int] = {}
    for message in messages:
        # An empty source marks an old-style context comment: those are equal whatever
        # their comment.
        key = (message.context, message.source, message.comment if message.source else "")
        if key not in index:
            index[key] = len(kept)
            kept.append(message)
            continue
        first = kept[index[key]]
        if not any(first.translations) and any(message.translations):
            kept[index[key]] = first._replace(translations=message.translations)
    return kept


def _utf8(text: str) -> bytes:
    """UTF-8 as Qt's QString::toUtf8 makes it: surrogate pairs (which `<byte>`s can produce)
    joined, unpaired surrogates left out."""
    joined = text.encode("utf-16-be", "surrogatepass").decode("utf-16-be", "surrogatepass")
    return "".join(c for c in joined if not 0xD800 <= ord(c) <= 0xDFFF).encode("utf-8")


def elf_hash(data: bytes) -> int:
    """The hash QTranslator looks messages up by (qtranslator.cpp elfHash); never 0."""
    h = 0
    for byte in data:
        if byte == 0:  # a C string ends there
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


Key = tuple[bytes, bytes, bytes]  # context, source, comment as stored


def releasable(catalogue: Catalogue, *, ignore_unfinished: bool = False) -> dict[Key, tuple]:
    """The messages that go into the .qm: stored key → translations (lrelease's saveQM)."""
    forms, _rules = plural_rules(catalogue.language)
    messages = _without_duplicates(catalogue.messages)
    without_comment = {(m.context, m.source) for m in messages if not m.comment}
    out: dict[Key, tuple] = {}
    for message in messages:
        if message.kind in (OBSOLETE, VANISHED):
            continue
        wanted = forms if message.numerus else 1
        translations = (message.translations + (None,) * wanted)[:wanted]
        if message.kind == UNFINISHED and (not translations[0] or ignore_unfinished):
            continue
        key = (_utf8(message.context), _utf8(message.source), _utf8(message.comment))
        keep_comment = (
            not message.comment
            or not message.context
            or (message.context, message.source) in without_comment
        )
        if not keep_comment and key[:2] + (b"",) not in out:
            key = key[:2] + (b"",)
        out.setdefault(key, translations)  # Qt's QMap keeps the first of equal keys
    return out


# -- writing .qm --------------------------------------------------------------------------------
def _field(tag: int, data: bytes | None) -> bytes:
    if data is None:
        return struct.pack(">BI", tag, NO_TEXT)
    return struct.pack(">BI", tag, len(data)) + data


def _utf16(text: str | None) -> bytes | None:
    return None if text is None else text.encode("utf-16-be", "surrogatepass")


def _section(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def compile_catalogue(catalogue: Catalogue, *, ignore_unfinished: bool = False) -> bytes:
    """The .qm bytes for a catalogue."""
    _forms, rules = plural_rules(catalogue.language)
    entries = releasable(catalogue, ignore_unfinished=ignore_unfinished)
    messages = bytearray()
    offsets = []
    for key in sorted(entries):
        context, source, comment = key
        offsets.append((elf_hash(source + comment), len(messages)))
        for translation in entries[key]:
            messages += _field(TAG_TRANSLATION, _utf16(translation))
        messages += _field(TAG_COMMENT, comment)
        messages += _field(TAG_SOURCE_TEXT, source)
        messages += _field(TAG_CONTEXT, context)
        messages.append(TAG_END)
    out = bytearray(MAGIC)
    if catalogue.language:
        out += _section(LANGUAGE, _utf8(catalogue.language))
    if catalogue.dependencies:
        deps = b"".join(_field(TAG_TRANSLATION, _utf16(d))[1:] for d in catalogue.dependencies)
        out += _section(DEPENDENCIES, deps)  # QDataStream QStrings: the fields without tags
    if offsets:
        out += _section(HASHES, b"".join(struct.pack(">II", *o) for o in sorted(offsets)))
        out += _section(MESSAGES, bytes(messages))
    if rules:
        out += _section(NUMERUS_RULES_SECTION, rules)
    return bytes(out)


def compile_ts(ts_path: Path, qm_path: Path, *, ignore_unfinished: bool = False) -> None:
    """Compile `ts_path` into `qm_path` (what setup.py and scripts/translations.py call)."""
    data = compile_catalogue(read_ts(Path(ts_path)), ignore_unfinished=ignore_unfinished)
    # Written beside and renamed over: a running meapp (or a test worker) has the old file
    # mapped into memory by QTranslator, and rewriting it in place would crash that process.
    target = Path(qm_path)
    part = target.with_name(target.name + f".{os.getpid()}.part")
    part.write_bytes(data)
    os.replace(part, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", type=Path, help="the .ts catalogue")
    parser.add_argument("qm", type=Path, help="the .qm file to write")
    parser.add_argument(
        "--no-unfinished",
        action="store_true",
        help="leave out unfinished translations (lrelease -nounfinished)",
    )
    args = parser.parse_args(argv)
    try:
        compile_ts(args.ts, args.qm, ignore_unfinished=args.no_unfinished)
    except (ValueError, ET.ParseError) as exc:
        print(f"{args.ts}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
