"""The `meapp` command line (PRODUCT.md §6): the same services as the GUI.

With no arguments it starts the GUI; so does `meapp FILE.mepkg` (how Windows opens an
exchange package on a double click), with the package import dialog over the window.
Global options (`--db`, `--program`, `--user`, `--json`) are accepted before or after the
subcommand. Exit codes: 0 success, 2 bad input or a refused action (one clear line on
stderr, never a traceback), 1 when `check` or `verify` find damage or tampering.

`main` is what every entry point runs first (`meapp`, `python -m meapp`, `python main.py`,
the bundle's packaging/entry.py): stdout and stderr in UTF-8 whatever the locale, a closed
pipe (`meapp status | head -1`) ends quietly (meapp.console), and warnings go to the log
instead of the user's screen (meapp.warnings_policy).

Each subcommand lives in its own module (`cmd_*.py`) with a `register(sub, common)`
function; heavy libraries are imported inside the command functions, so `meapp status`
does not pay for reportlab or openpyxl.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from meapp import __version__, console, speed, warnings_policy

# The global options that take a value (`--json` is a flag).
_VALUE_OPTIONS = ("--db", "--program", "--user", "--lang")
PACKAGE_SUFFIX = ".mepkg"


def _command_modules() -> list:
    """Every `meapp.cli.cmd_*` module, ordered by its ORDER constant (then name)."""
    import pkgutil

    import meapp.cli as package

    mods = [
        importlib.import_module(f"meapp.cli.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
        if info.name.startswith("cmd_")
    ]
    return sorted(mods, key=lambda m: (m.ORDER, m.__name__))


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    g = parser.add_argument_group("global options")
    g.add_argument("--db", default=default, help="database file or SQLAlchemy URL")
    g.add_argument("--program", default=default, help="programme id or code")
    g.add_argument("--user", default=default, help="login (or MEAPP_USER)")
    g.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="machine-readable output",
    )
    g.add_argument(
        "--lang", default=default, type=_language, help="language of messages: ky, ru or en"
    )


def _language(value: str) -> str:
    """`--lang` names a language meapp speaks (`ky_KG`, `RU` are fine): an unknown one is
    a usage error on every command, not English mixed with Kyrgyz on some and a refusal on
    others."""
    from meapp.i18n import LANGUAGES, normalise

    code = normalise(value)
    if code not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"unknown language {value!r}; use one of ky, ru, en")
    return code


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as exit code 2 with one line (its default)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="meapp", description="meapp — monitoring and evaluation")
    parser.add_argument("--version", action="version", version=f"meapp {__version__}")
    _global_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in _command_modules():
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    console.utf8_streams()
    warnings_policy.apply()
    return console.quiet_on_closed_pipe(lambda: _main(argv))


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in ("-h", "--help", "--version") and _only_globals(argv)):
        package = _gui_arguments(argv)[1]
        lang = _lang_in(argv)
        if lang is not None:
            try:
                _language(lang)
            except argparse.ArgumentTypeError as exc:
                print(f"meapp: argument --lang: {exc}", file=sys.stderr)
                return 2
        if package is not None and not os.path.isfile(package):
            return _package_not_found(argv, package)
        speed.hold_collector()  # until the window is shown (run_gui): see meapp.speed
        _import_services_before_qt()
        from meapp.ui.app import run_gui

        return run_gui(argv)
    from meapp.cli.common import run_command

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return run_command(args)


def _import_services_before_qt() -> None:
    """Import the Qt-free layers the start needs before PySide6 is loaded.

    Once PySide6 is imported, its import hook (shibokensupport's feature check) reads the
    source of every module imported after it; over SQLAlchemy's ORM and the models that is
    about 0.15 s of a one-second start. The modules are needed by the first screen anyway.
    """
    import sqlalchemy.dialects.sqlite  # noqa: F401

    import meapp.services.access.users  # noqa: F401
    import meapp.services.dashboard.figures  # noqa: F401
    import meapp.store.backup  # noqa: F401


def _only_globals(argv: list[str]) -> bool:
    """`meapp --db x.db` (no subcommand) starts the GUI on that database; so does
    `meapp [--db x.db] FILE.mepkg`, opening that package's import dialog."""
    return _gui_arguments(argv)[0]


def _gui_arguments(argv: list[str]) -> tuple[bool, str | None]:
    """Whether `argv` holds only global options and at most one exchange package (a path
    ending in .mepkg, in any case), and that package."""
    package = None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in _VALUE_OPTIONS:
            i += 2
            continue
        if a.split("=", 1)[0] in _VALUE_OPTIONS:
            i += 1
            continue
        if package is None and not a.startswith("-") and a.lower().endswith(PACKAGE_SUFFIX):
            package = a
            i += 1
            continue
        return False, None
    return True, package


def _package_not_found(argv: list[str], path: str) -> int:
    """`meapp FILE.mepkg` for a file that is not there: one line naming it, exit 2."""
    from meapp.cli.common import make_translate
    from meapp.errors import ValidationError

    error = ValidationError("package not found: {file}", file=path)
    print(f"meapp: {error.text(make_translate(_lang_in(argv)))}", file=sys.stderr)
    return 2


def _lang_in(argv: list[str]) -> str | None:
    """The value of `--lang` among the window's arguments (None when not given)."""
    lang = None
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif a.startswith("--lang="):
            lang = a.split("=", 1)[1]
    return lang
