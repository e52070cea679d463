"""`meapp backup [-o FILE]` and `meapp restore FILE`."""

from __future__ import annotations

from pathlib import Path

ORDER = 80


def register(sub, common) -> None:
    b = sub.add_parser("backup", parents=[common], help="copy the database to a backup file")
    b.add_argument("-o", "--output", help="backup file (default: the backup folder)")
    b.set_defaults(func=cmd_backup)
    r = sub.add_parser("restore", parents=[common], help="replace the database with a backup")
    r.add_argument("file")
    r.set_defaults(func=cmd_restore)


def cmd_backup(ctx) -> int:
    from meapp.services.backup import backup_file

    dest = backup_file(ctx.existing_db(), Path(ctx.args.output) if ctx.args.output else None)
    if ctx.json:
        ctx.print_json({"backup": str(dest)})
    else:
        ctx.out(ctx.tr("Backup written: {file}", file=str(dest)))
    return 0


def cmd_restore(ctx) -> int:
    from meapp.services.backup import restore_file

    db = ctx.db(migrate=False)
    ctx.actor("backup.restore")
    target = restore_file(db, Path(ctx.args.file))
    ctx._db = None
    from meapp.services.db import open_database

    open_database(str(target)).dispose()  # upgrade an older backup to the current schema
    ctx.out(ctx.tr("Restored {target} from {file}", target=str(target), file=ctx.args.file))
    return 0
