"""meapp's compiled catalogues (`meapp_<lang>.qm`) read without Qt: one catalogue for the GUI,
the command line and the reports.

Why this exists: the GUI translates with QTranslator, but the command line and the reports
(Qt-free services) must print the very same words, from the very same files, without
loading a GUI toolkit. So this module reads the `.qm` files `scripts/qm.py` (or Qt's
`lrelease`) writes and looks messages up exactly as QTranslator does;
tests/unit/test_catalogue.py asks both for every message of meapp's three catalogues.

How QTranslator looks up (qtranslator.cpp), and so how `Catalogue.translate` does
-----------------------------------------------------------------------------------
A message is stored under (context, source text, disambiguation), each as UTF-8, with one
translation per plural form, and found through the ELF hash of source text + disambiguation.
A lookup takes the message whose context, source and disambiguation equal the ones asked
(an empty stored disambiguation matches only an empty one); if none gives a translation and
a disambiguation was asked, it tries again without one. The translation is the plural form
the language's rule picks for `n` (the first form when no `n` is given); a message with a
"no text" form (an empty translation in the .ts) counts as not found. Not found is `None`
here (QTranslator's empty string), and `translator()` then shows the source text, as
`QCoreApplication.translate` does, `%n` replaced by n.

The file format is documented in scripts/qm.py. Plural rules are known for Kyrgyz, Russian
and English (the languages meapp ships); a catalogue of another language with plural rules,
one that depends on other catalogues, or one written by `lrelease -compress` is refused
rather than read wrongly.
"""

from __future__ import annotations

import logging
import os
import struct
from collections.abc import Callable
from pathlib import Path

from meapp import paths

log = logging.getLogger(__name__)

# `translate(context, text)`: what the Qt-free code is handed to produce words.
Translate = Callable[[str, str], str]


LANGUAGES = ("ky", "ru", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for the catalogue under `context` and returns it as it is: lupdate and
    scripts/translations.py find the calls by this name; the caller translates later. The
    one definition for the Qt-free code (meapp.ui.i18n's is Qt's own idea of the same)."""
    return text


# Each language's name in that language: a language menu is read by someone who may not
# understand the current one, so these are never translated.
LANGUAGE_NAMES = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}
DEFAULT_LANGUAGE = "ky"

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# Section tags (qtranslator.cpp; scripts/qm.py writes them).
_CONTEXTS = 0x2F
_HASHES = 0x42
_MESSAGES = 0x69
_NUMERUS_RULES = 0x88
_DEPENDENCIES = 0x96
_LANGUAGE = 0xA7
# Field tags inside a message.
_END, _OBSOLETE1, _TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT = 1, 2, 3, 6, 7, 8


class CatalogueError(ValueError):
    """A file this reader cannot read as QTranslator would."""


# -- languages ----------------------------------------------------------------------------------
def normalise(lang: str | None) -> str | None:
    """`ky_KG`, `KY`, `ru-RU` → `ky`, `ru`; None or empty stays None; unknown codes pass."""
    if not lang:
        return None
    return lang.strip().replace("-", "_").split("_")[0].lower() or None


def saved_language() -> str | None:
    """The language saved by the GUI's Settings, read from the INI file without Qt: the
    command line must not import PySide6 just for this (0,3 s of every command)."""
    import configparser

    from meapp import paths

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(paths.settings_path(), encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    return parser.get("ui", "language", fallback=None) or None


def resolve_language(lang: str | None = None, saved: Callable[[], str | None] | None = None) -> str:
    """The language to use: the argument, else MEAPP_LANG, else the saved setting (asked
    only when needed), else Kyrgyz. An unknown code is returned as given (lower-cased): no
    catalogue exists for it, so the English source texts show."""
    for candidate in (lang, os.environ.get("MEAPP_LANG")):
        code = normalise(candidate)
        if code:
            return code
    return normalise(saved() if saved is not None else None) or DEFAULT_LANGUAGE


def _english_plural(n: int) -> int:
    return 0 if n == 1 else 1


def _russian_plural(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19:
        return 1
    return 2


# Qt's rules (qttools numerus.cpp), which lrelease writes into the NumerusRules section:
# Kyrgyz is filed with the English-style languages (one, other); Russian has one, few, many.
PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": _english_plural,
    "ky": _english_plural,
    "ru": _russian_plural,
}


def plural_form(language: str, n: int) -> int:
    """The index of the plural form `language` uses for n (0 when no n is given: n < 0)."""
    if n < 0:
        return 0
    base = normalise(language) or ""
    try:
        return PLURAL_RULES[base](n)
    except KeyError:
        raise CatalogueError(f"no plural rules for language {language!r}") from None


# -- the reader ---------------------------------------------------------------------------------
def _elf_hash(data: bytes) -> int:
    """The hash QTranslator files messages under (qtranslator.cpp elfHash); never 0."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _c_string(text: str) -> bytes:
    """What QTranslator receives from Python: UTF-8, ending at the first NUL (a C string)."""
    data = text.encode("utf-8", "surrogatepass")
    end = data.find(b"\0")
    return data if end < 0 else data[:end]


_Key = tuple[int, bytes, bytes, bytes]  # hash, context, source, disambiguation as stored
_NOT_READABLE: tuple[str | None, ...] = (None,)  # a message QTranslator would skip


def _sections(data: bytes) -> dict[int, bytes]:
    """The sections after the magic number, as QTranslatorPrivate::do_load walks them."""
    if len(data) < len(MAGIC) or data[: len(MAGIC)] != MAGIC:
        raise CatalogueError("not a compiled Qt catalogue (.qm): wrong magic number")
    out: dict[int, bytes] = {}
    pos, end = len(MAGIC), len(data)
    while pos < end - 5:  # room for a tag and a length
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        pos += 5
        if not tag or not length:
            break
        if end - pos < length:
            raise CatalogueError("truncated .qm file")
        out[tag] = data[pos : pos + length]
        pos += length
    return out


def _message(block: bytes, offset: int) -> tuple[bytes, bytes, bytes, tuple[str | None, ...]]:
    """(context, source, disambiguation, translations) of the message at `offset`.

    Translations are None where QTranslator reads "no text" (or an odd byte length); a
    message it would reject outright (an unknown field) gets `_NOT_READABLE`.
    """
    context = source = comment = b""
    translations: list[str | None] = []
    pos, end = offset, len(block)
    while True:
        tag = block[pos] if pos < end else 0
        pos += 1
        if tag == _END:
            return context, source, comment, tuple(translations)
        if tag == _OBSOLETE1:
            pos += 4
            continue
        if tag not in (_TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT) or pos + 4 > end:
            return context, source, comment, _NOT_READABLE
        (length,) = struct.unpack_from(">I", block, pos)
        pos += 4
        if tag == _TRANSLATION:
            if length & 1:  # 0xFFFFFFFF ("no text") is odd as well
                translations.append(None)
                continue
            translations.append(block[pos : pos + length].decode("utf-16-be", "surrogatepass"))
        else:
            text = block[pos : pos + length]
            if text.endswith(b"\0"):  # qtranslator.cpp match(): a stored NUL is ignored
                text = text[:-1]
            if tag == _SOURCE_TEXT:
                source = text
            elif tag == _CONTEXT:
                context = text
            else:
                comment = text
        pos += length


class Catalogue:
    """One compiled catalogue, looked up like QTranslator."""

    def __init__(self, data: bytes) -> None:
        sections = _sections(data)
        if _CONTEXTS in sections:
            raise CatalogueError("compressed catalogues (lrelease -compress) are not supported")
        if _DEPENDENCIES in sections:
            raise CatalogueError("catalogues that depend on other catalogues are not supported")
        self.language = sections.get(_LANGUAGE, b"").decode("utf-8")
        self._plural = bool(sections.get(_NUMERUS_RULES))
        if self._plural:
            plural_form(self.language, 1)  # refuses a language without known rules
        self._messages: dict[_Key, list[tuple[str | None, ...]]] = {}
        hashes, block = sections.get(_HASHES, b""), sections.get(_MESSAGES, b"")
        for i in range(0, len(hashes) - len(hashes) % 8, 8):
            h, offset = struct.unpack_from(">II", hashes, i)
            if offset >= len(block):
                continue
            context, source, comment, translations = _message(block, offset)
            self._messages.setdefault((h, context, source, comment), []).append(translations)

    @classmethod
    def load(cls, path: Path | str) -> Catalogue:
        return cls(Path(path).read_bytes())

    def __len__(self) -> int:
        return sum(len(found) for found in self._messages.values())

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation, or None where QTranslator.translate gives an empty string."""
        ctx, src = _c_string(context), _c_string(source)
        comment = _c_string(disambiguation or "")
        form = plural_form(self.language, n) if self._plural else 0
        while True:
            key = (_elf_hash(src + comment), ctx, src, comment)
            for translations in self._messages.get(key, ()):
                if form < len(translations) and None not in translations:
                    return translations[form]
            if not comment:
                return None
            comment = b""


# -- meapp's catalogues ---------------------------------------------------------------------------
def catalogue_path(lang: str) -> Path:
    return paths.translations_dir() / f"meapp_{lang}.qm"


_loaded: dict[Path, tuple[int, int, Catalogue | None]] = {}


def load_catalogue(lang: str) -> Catalogue | None:
    """meapp's compiled catalogue for `lang`, or None (source texts) when there is none.

    Read once per file version (a recompiled file is read again)."""
    path = catalogue_path(lang)
    try:
        stat = path.stat()
    except OSError:
        if lang in LANGUAGES and lang != "en":
            log.warning("translation catalogue missing: %s (run `make translations`)", path)
        return None
    cached = _loaded.get(path)
    if cached is not None and cached[:2] == (stat.st_mtime_ns, stat.st_size):
        return cached[2]
    catalogue: Catalogue | None
    try:
        catalogue = Catalogue.load(path)
    except (OSError, CatalogueError, struct.error, UnicodeDecodeError) as exc:
        log.warning("translation catalogue unreadable: %s (%s)", path, exc)
        catalogue = None
    _loaded[path] = (stat.st_mtime_ns, stat.st_size, catalogue)
    return catalogue


def source_text(_context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
    """The English source as it is (with `%n` replaced): the "translation" into English."""
    return _replace_n(text, n)


def _replace_n(text: str, n: int) -> str:
    # QCoreApplication::translate's replacePercentN, for the plain `%n` meapp's texts use
    return text.replace("%n", str(n)) if n >= 0 and "%n" in text else text


def translator(lang: str | None) -> Translate:
    """`translate(context, text[, disambiguation, n])` for meapp's catalogue of `lang`
    (a code as given: call `resolve_language` first for the user's choice); a text the
    catalogue does not translate comes back as itself, as in the GUI."""
    code = normalise(lang) or DEFAULT_LANGUAGE
    catalogue = load_catalogue(code)
    if catalogue is None:
        return source_text

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = catalogue.translate(context, text, disambiguation, n)
        return _replace_n(text if found is None else found, n)

    return translate
