"""`meapp backup [-o FILE] [--list]` and `meapp restore FILE`.

`backup` copies the database (a consistent snapshot, checked) to FILE or to the backup
folder; `--list` shows the backups there. `restore` is an administrator's action: it
refuses a file that is not an intact meapp database, saves the current database first and
records the restore in the restored database's audit trail. When the current database is
too damaged to log in to, the administrator logs in against the backup being restored.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from meapp.cli.args import add_command

ORDER = 80


def register(sub, common) -> None:
    b = add_command(sub, common, "backup", cmd_backup, help="copy the database to a backup file")
    b.add_argument("-o", "--output", help="backup file (default: the backup folder)")
    b.add_argument("--list", action="store_true", help="list the backups in the backup folder")
    r = add_command(sub, common, "restore", cmd_restore, help="replace the database with a backup")
    r.add_argument("file")


def cmd_backup(ctx) -> int:
    from meapp.store.backup import backup_file, backups

    db = ctx.existing_db()
    if ctx.args.list:
        found = backups(db)
        if ctx.json:
            ctx.print_json({"backups": [b.as_json() for b in found]})
            return 0
        if not found:
            ctx.out(ctx.tr("No backups yet"))
        for b in found:
            ctx.out(
                f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {b.reason:<15} {b.size // 1024:>8} KB  {b.path}"
            )
        return 0
    from meapp.errors import MeappError

    output = Path(ctx.args.output) if ctx.args.output else None
    try:
        dest = backup_file(db, output)
    except OSError as exc:  # a folder that cannot be made or written, a full disk: one line
        raise MeappError(
            "cannot write the backup {file}: {error}",
            file=str(exc.filename or output or "backups"),
            error=exc.strerror or str(exc),
        ) from exc
    if ctx.json:
        ctx.print_json({"backup": str(dest)})
    else:
        ctx.out(ctx.tr("Backup written: {file}", file=str(dest)))
    return 0


def _authenticate_on_backup(ctx, source: Path):
    """The administrator, checked against the users of the backup (the current database
    cannot be read). A copy is opened, so the backup file itself is not touched."""
    from meapp.errors import ValidationError
    from meapp.services.access import users
    from meapp.store.db import open_database

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "backup.db"
        shutil.copyfile(source, copy)
        db = open_database(str(copy), migrate=False)
        try:
            if not users.has_users(db):
                actor = users.Actor.system()
            else:
                login = getattr(ctx.args, "user", None) or os.environ.get("MEAPP_USER")
                password = os.environ.get("MEAPP_PASSWORD")
                if not login or password is None:
                    raise ValidationError(
                        "the database is damaged: log in as an administrator of the backup "
                        "(--user and MEAPP_PASSWORD)"
                    )
                actor = users.authenticate(db, login, password)
            users.require(actor, "backup.restore")
            return actor
        finally:
            db.dispose()


def cmd_restore(ctx) -> int:
    from meapp.errors import ValidationError
    from meapp.store.backup import database_problem
    from meapp.store.db import open_database
    from meapp.store.restore import restore_file

    arg = ctx.db_arg
    if "://" in arg:
        raise ValidationError("a shared database is restored with the server's own tools")
    source = Path(ctx.args.file)
    found = database_problem(source)
    if found is not None:
        message, params = found
        raise ValidationError(message, **params)
    current = Path(arg)
    if current.exists() and database_problem(current, full=False, revisions=False) is None:
        ctx.db(migrate=False)
        actor = ctx.actor("backup.restore")
    else:
        actor = _authenticate_on_backup(ctx, source)
    db = ctx._db or open_database(arg, migrate=False)
    ctx._db = db
    result = restore_file(db, source, actor_login=actor.login)
    from meapp.services.common.db_stats import refresh_after_bulk  # issue 22

    refresh_after_bulk(db)
    if ctx.json:
        ctx.print_json(
            {
                "restored": str(result.target),
                "from": str(result.source),
                "previous_copy": str(result.previous_copy) if result.previous_copy else None,
                "upgraded": result.upgraded,
            }
        )
        return 0
    ctx.out(ctx.tr("Restored {target} from {file}", target=str(result.target), file=str(source)))
    if result.previous_copy is not None:
        ctx.out(ctx.tr("The previous database was saved as {file}", file=str(result.previous_copy)))
    if result.upgraded:
        ctx.out(ctx.tr("The backup was made by an older meapp; its data was upgraded"))
    return 0
