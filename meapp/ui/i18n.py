"""Languages: loading the Qt Linguist catalogues, the runtime switch, and the CLI's translator.

Kyrgyz is the default. The catalogues are `translations/meapp_<lang>.qm` (compiled from the
`.ts` files by `scripts/translations.py compile`). Qt ships no `qtbase_ky`, so under Kyrgyz
Qt's Russian catalogue is loaded for the texts of Qt's own dialogs, and the standard dialog
buttons listed below are translated into Kyrgyz in `meapp_ky.ts` (our catalogue is
installed last, so Qt searches it first).

Switching the language at run time installs new translators; Qt then sends every widget a
`LanguageChange` event, and each widget re-reads its texts in `retranslate_ui()`
(Frescobaldi's pattern). A source text without a translation shows as itself (English).

The command line and the reports read the same compiled catalogues without Qt
(`meapp.i18n`, which also holds the language codes and how the language is chosen);
`cli_translator` hands them that reader, so only the GUI uses QTranslator.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from meapp import i18n as catalogues
from meapp.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGE_NAMES,
    LANGUAGES,
    QT_TRANSLATE_NOOP,  # re-exported: the GUI modules import it from here
    Translate,
    catalogue_path,
    normalise,
)

log = logging.getLogger(__name__)

__all__ = ["LANGUAGE_NAMES", "LANGUAGES"]  # the names the pages' language boxes show

_QT_LOCALES = {"ky": "ky_KG", "ru": "ru_RU", "en": "en_GB"}
# Qt's own catalogue for each language (Russian stands in for the missing Kyrgyz one).
_QT_CATALOGUE = {"ky": "qtbase_ru", "ru": "qtbase_ru", "en": None}


# Qt's standard buttons (QDialogButtonBox, QMessageBox) read their texts from these
# contexts; listing them here puts them into our catalogues, where Kyrgyz gets its own words.
STANDARD_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QProgressDialog", "Cancel"),
)


def resolve_language(lang: str | None = None) -> str:
    """The language to use: the argument, else MEAPP_LANG, else the saved setting, else ky.

    An unknown code is returned as given (lower-cased); no catalogue exists for it, so the
    English source texts show.
    """
    return catalogues.resolve_language(lang, saved=_saved_language)


def _saved_language() -> str | None:
    try:
        from meapp.ui import settings

        return settings.get(settings.Keys.LANGUAGE) or None
    except Exception:  # noqa: BLE001 - an unreadable settings file must not stop the CLI
        log.warning("could not read the saved language", exc_info=True)
        return None


def load_catalogue(lang: str) -> QTranslator | None:
    """meapp's compiled catalogue for `lang`, or None (source texts) when there is none."""
    path = catalogue_path(lang)
    if not path.is_file():
        if lang in LANGUAGES and lang != "en":
            log.warning("translation catalogue missing: %s (run `make translations`)", path)
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("translation catalogue unreadable: %s", path)
        return None
    return translator


def _load_qt_catalogue(lang: str) -> QTranslator | None:
    name = _QT_CATALOGUE.get(lang)
    if not name:
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(name, folder):
        return translator
    log.info("Qt catalogue %s not found in %s", name, folder)
    return None


def cli_translator(lang: str | None = None) -> Translate:
    """A `translate(context, text)` for Qt-free callers (the command line, reports): the
    language `resolve_language` picks, read by `meapp.i18n` (no QTranslator, no
    QApplication). Falls back to the source text."""
    return catalogues.translator(resolve_language(lang))


def ui_translate(context: str, text: str) -> str:
    """The application's installed catalogues, in the `translate(context, text)` shape
    that services and `MeappError.text` expect."""
    return QCoreApplication.translate(context, text)


class _State:
    language: str = DEFAULT_LANGUAGE
    installed: list[QTranslator] = []


def current_language() -> str:
    return _State.language


def install_language(lang: str | None) -> str:
    """Install the catalogues of `lang` into the running application; returns the code used.

    Widgets receive `LanguageChange` (posted) and retranslate themselves.
    """
    app = QCoreApplication.instance()
    code = normalise(lang) or DEFAULT_LANGUAGE
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    for old in _State.installed:
        app.removeTranslator(old)
    _State.installed = []
    # Installed later = searched first: Qt's catalogue, then ours on top of it.
    for translator in (_load_qt_catalogue(code), load_catalogue(code)):
        if translator is not None:
            app.installTranslator(translator)
            _State.installed.append(translator)
    QLocale.setDefault(QLocale(_QT_LOCALES.get(code, "en_GB")))
    _State.language = code
    log.info("language: %s", code)
    return code


def switch_language(lang: str) -> str:
    """Switch at run time and remember the choice for the next start."""
    from meapp.ui import settings

    code = install_language(lang)
    settings.put(settings.Keys.LANGUAGE, code)
    return code
