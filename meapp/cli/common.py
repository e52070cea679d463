"""What every subcommand shares: the database, the acting user, the programme, output.

Errors raised by services (`MeappError`) become one translated line on stderr and exit
code 2; `IntegrityDamage` exits 1. Nothing else is caught here, so a real bug still shows
its traceback to the developer.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from meapp.errors import IntegrityDamage, MeappError, ValidationError

Translate = Callable[[str, str], str]


def _identity(_ctx: str, text: str) -> str:
    return text


@dataclass
class Context:
    args: Any
    translate: Translate = _identity
    _db: Any = None
    _actor: Any = None
    _extra: dict = field(default_factory=dict)

    # -- output -------------------------------------------------------------------------
    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def tr(self, text: str, **params: Any) -> str:
        msg = self.translate("cli", text)
        return msg.format(**params) if params else msg

    def out(self, text: str = "") -> None:
        print(text)

    def print_json(self, data: Any) -> None:
        print(json.dumps(data, ensure_ascii=False, indent=2))

    def warn(self, text: str) -> None:
        print(text, file=sys.stderr)

    # -- database -----------------------------------------------------------------------
    @property
    def db_arg(self) -> str:
        from meapp import paths

        return (
            getattr(self.args, "db", None)
            or os.environ.get("MEAPP_DB")
            or str(paths.default_db_path())
        )

    def db(self, *, migrate: bool = True):
        if self._db is None:
            from meapp.store.db import open_database

            self._db = open_database(self.db_arg, migrate=migrate)
        return self._db

    def existing_db(self):
        """The database for a reading command: refuse to create a new file by accident."""
        from pathlib import Path

        arg = self.db_arg
        if "://" not in arg and not Path(arg).exists():
            raise ValidationError("database not found: {file}", file=arg)
        return self.db()

    # -- who ----------------------------------------------------------------------------
    def actor(self, right: str | None = None):
        """The acting user for a command that changes data.

        Before any user exists the local operator acts (set-up mode); afterwards `--user`
        (or MEAPP_USER) and the password from MEAPP_PASSWORD or a prompt are required.
        """
        from meapp.services.access import users

        if self._actor is None:
            db = self.db()
            login = getattr(self.args, "user", None) or os.environ.get("MEAPP_USER")
            if not users.has_users(db):
                self._actor = users.Actor.system()
            else:
                if not login:
                    raise ValidationError("this command changes data: give --user LOGIN")
                password = os.environ.get("MEAPP_PASSWORD")
                if password is None:
                    if not sys.stdin or not sys.stdin.isatty():
                        raise ValidationError(
                            "no password: set MEAPP_PASSWORD or run the command in a terminal"
                        )
                    password = getpass.getpass(self.tr("Password for {login}: ", login=login))
                self._actor = users.authenticate(db, login, password)
        if right:
            users.require(self._actor, right)
        return self._actor

    # -- which programme -----------------------------------------------------------------
    def program_id(self, *, required: bool = True):
        from meapp.services.plan import programs

        return programs.resolve_program(
            self.db(), getattr(self.args, "program", None), required=required
        )


def language(lang: str | None) -> str:
    """The language of the output: `--lang`, else MEAPP_LANG, else the language saved in
    the GUI's settings (read only if Qt is there), else Kyrgyz."""
    from meapp import i18n

    return i18n.resolve_language(lang, saved=i18n.saved_language)


def make_translate(lang: str | None) -> Translate:
    """The compiled catalogue of the output's language, read without Qt (`meapp.i18n`)."""
    from meapp import i18n

    return i18n.translator(language(lang))


def run_command(args: Any) -> int:
    ctx = Context(args, make_translate(getattr(args, "lang", None)))
    try:
        code = args.func(ctx)
        return int(code or 0)
    except IntegrityDamage as exc:
        print(f"meapp: {exc.text(ctx.translate)}", file=sys.stderr)
        return 1
    except MeappError as exc:
        print(f"meapp: {exc.text(ctx.translate)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("meapp: interrupted", file=sys.stderr)
        return 130
    finally:
        if ctx._db is not None:
            ctx._db.dispose()
