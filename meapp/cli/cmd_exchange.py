"""`meapp package export|import`: exchange files between installations.

`package export` writes the whole programme (no `--period`) or the chosen periods' data;
when `--user` has a signing identity, the package is signed with it (the key opens with the
login password from MEAPP_PASSWORD, or MEAPP_KEY_PASSWORD when it was protected with
another). `package import` checks and applies a package in one transaction; conflicting
rows make it change nothing and list them (exit 2) unless `--prefer mine|theirs`. Rows move
forward only: an older package changes nothing and says so (exit 0). A first signer or one
other than the municipality's recorded one needs `--accept-signer`, an unsigned package
`--accept-unsigned` (without them: exit 2 naming the signer and its certificate's SHA-256
fingerprint). `--dry-run` shows what an import would do and needs no login.
"""

from __future__ import annotations

import os
from pathlib import Path

from meapp.cli.args import add_command

ORDER = 70


def register(sub, common) -> None:
    pkg = sub.add_parser("package", parents=[common], help="exchange packages (.mepkg)")
    actions = pkg.add_subparsers(dest="package_action", metavar="ACTION", required=True)

    e = add_command(
        actions,
        common,
        "export",
        cmd_export,
        help="write the programme or chosen periods to a package",
    )
    e.add_argument(
        "--period",
        action="append",
        help="a period to export (repeatable); without it: the whole programme",
    )
    e.add_argument("-o", "--output", required=True, help="FILE.mepkg")

    i = add_command(actions, common, "import", cmd_import, help="import a package")
    i.add_argument("file", help="FILE.mepkg")
    i.add_argument(
        "--prefer",
        choices=("mine", "theirs"),
        help="resolve conflicting rows: keep this database's (mine) or the package's (theirs)",
    )
    i.add_argument(
        "--accept-signer",
        action="store_true",
        help="accept the package's signer: the first from its municipality, or another key "
        "than earlier ones (compare its SHA-256 fingerprint with the sender first)",
    )
    i.add_argument(
        "--accept-unsigned",
        action="store_true",
        help="accept a package that is not signed",
    )
    i.add_argument(
        "--dry-run", action="store_true", help="show what the import would change; change nothing"
    )


def _key_password(actor) -> str | None:
    if actor.is_system:
        return None
    return os.environ.get("MEAPP_KEY_PASSWORD") or os.environ.get("MEAPP_PASSWORD")


def cmd_export(ctx) -> int:
    from meapp.services.exchange.export import export_package

    db = ctx.existing_db()
    pid = ctx.program_id()
    actor = ctx.actor("read")
    out = Path(ctx.args.output)
    result = export_package(db, actor, pid, ctx.args.period, out, password=_key_password(actor))
    if ctx.json:
        ctx.print_json(result.as_json())
        return 0
    if result.whole_program:
        what = ctx.tr("the whole programme {code}", code=result.program_code)
    else:
        what = ctx.tr(
            "programme {code}, periods {periods}",
            code=result.program_code,
            periods=", ".join(result.periods),
        )
    ctx.out(ctx.tr("Package written: {file} ({what})", file=str(out), what=what))
    ctx.out(
        ctx.tr(
            "Rows: {rows}, evidence files: {files}",
            rows=result.total_rows,
            files=result.evidence_files,
        )
    )
    if result.signed:
        ctx.out(ctx.tr("Signed by {signer}", signer=result.signer or ""))
    else:
        ctx.out(ctx.tr("Not signed (no signing identity)"))
    return 0


def _counts_lines(ctx, tables) -> list[str]:
    lines = []
    for t in tables:
        if not t.total:
            continue
        parts = [
            ctx.tr("{n} new", n=t.new) if t.new else "",
            ctx.tr("{n} changed", n=t.changed) if t.changed else "",
            ctx.tr("{n} unchanged", n=t.unchanged) if t.unchanged else "",
            ctx.tr("{n} conflicting", n=t.conflict) if t.conflict else "",
            ctx.tr("{n} outdated (kept here)", n=t.outdated) if t.outdated else "",
            ctx.tr("{n} locked", n=t.locked) if t.locked else "",
        ]
        lines.append(f"  {t.table:<18} " + ", ".join(p for p in parts if p))
    return lines


def _value(v) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        from meapp.models.numbers import format_number

        return format_number(v)
    text = " ".join(str(v).split())
    return text if len(text) <= 60 else text[:59] + "…"


def _row_lines(ctx, rows) -> list[str]:
    lines = []
    for r in rows:
        lines.append(f"  {r.table} {r.label} [{r.row_id}]")
        for column in r.columns:
            lines.append(
                "    "
                + ctx.tr(
                    "{column}: here {mine}, in the package {theirs}",
                    column=column,
                    mine=_value((r.mine or {}).get(column)),
                    theirs=_value((r.theirs or {}).get(column)),
                )
            )
        if r.local_id:
            lines.append("    " + ctx.tr("another row here: {id}", id=r.local_id))
    return lines


def _preview(ctx) -> int:
    from meapp.services.exchange.import_ import preview_package

    p = preview_package(ctx.existing_db(), Path(ctx.args.file))
    if ctx.json:
        ctx.print_json(p.as_json())
        return 0
    ctx.out(
        ctx.tr(
            "{file}: {municipality}, programme {code}, periods {periods}",
            file=p.file,
            municipality=p.municipality,
            code=p.program_code,
            periods=", ".join(p.periods) or "—",
        )
    )
    if p.sender_login or p.sender_name:
        ctx.out(
            ctx.tr("Sent by {name} ({login})", name=p.sender_name or "", login=p.sender_login or "")
        )
    ctx.out(p.trust.text(ctx.translate))
    if p.chain is not None:
        from meapp.store.audit_chain import format_anchor

        ctx.out(ctx.tr("Sender's audit chain anchor: {anchor}", anchor=format_anchor(p.chain)))
    if not p.program_known:
        ctx.out(ctx.tr("The programme is new here: it will be created"))
    for line in _counts_lines(ctx, p.tables):
        ctx.out(line)
    if p.conflicts:
        ctx.out(ctx.tr("Conflicting rows:"))
        for line in _row_lines(ctx, p.conflicts):
            ctx.out(line)
    if p.locked:
        ctx.out(ctx.tr("Rows of approved (locked) periods that would change:"))
        for line in _row_lines(ctx, p.locked):
            ctx.out(line)
    if p.already_newer:
        ctx.out(ctx.tr("Nothing to import: this database already has newer data"))
    elif p.changes_nothing:
        ctx.out(ctx.tr("Nothing to import: this database already holds everything in the package"))
    elif p.needs_confirmation:
        flag = "--accept-unsigned" if p.trust.unsigned else "--accept-signer"
        ctx.out(ctx.tr("The import needs {flag}", flag=flag))
    return 0


def cmd_import(ctx) -> int:
    if ctx.args.dry_run:
        return _preview(ctx)
    from meapp.services.exchange.import_ import (
        ImportConflicts,
        PackageLocked,
        import_package,
    )

    db = ctx.db()  # a new rayon database may start with its first package
    actor = ctx.actor("package.import")
    try:
        result = import_package(
            db,
            actor,
            Path(ctx.args.file),
            prefer=ctx.args.prefer,
            accept_signer=ctx.args.accept_signer,
            accept_unsigned=ctx.args.accept_unsigned,
            program=getattr(ctx.args, "program", None),
        )
    except ImportConflicts as exc:
        if ctx.json:
            ctx.print_json({"conflicts": [c.as_json() for c in exc.conflicts]})
        else:
            ctx.out(ctx.tr("Conflicting rows (changed both here and in the package):"))
            for line in _row_lines(ctx, exc.conflicts):
                ctx.out(line)
        raise
    except PackageLocked as exc:
        if ctx.json:
            ctx.print_json({"locked": [r.as_json() for r in exc.rows]})
        else:
            ctx.out(ctx.tr("Rows of approved (locked) periods that would change:"))
            for line in _row_lines(ctx, exc.rows):
                ctx.out(line)
        raise
    if ctx.json:
        ctx.print_json(result.as_json())
        return 0
    if result.trust is not None:
        ctx.out(result.trust.text(ctx.translate))
    if result.already_newer:
        ctx.out(
            ctx.tr(
                "Nothing imported: this database already has newer data than {file} "
                "({outdated} rows newer here, {unchanged} unchanged)",
                file=result.file,
                outdated=result.outdated,
                unchanged=result.unchanged,
            )
        )
        return 0
    if result.changed_nothing:
        ctx.out(
            ctx.tr(
                "Nothing imported: this database already holds everything in {file} "
                "({unchanged} rows unchanged, {outdated} newer here)",
                file=result.file,
                unchanged=result.unchanged,
                outdated=result.outdated,
            )
        )
        return 0
    if result.created_program:
        ctx.out(ctx.tr("Programme {code} created from the package", code=result.program_code))
    ctx.out(
        ctx.tr(
            "Imported {file}: {created} new, {updated} changed, {replaced} replaced, "
            "{kept} kept here, {unchanged} unchanged, {outdated} newer here",
            file=result.file,
            created=result.created,
            updated=result.updated,
            replaced=result.replaced,
            kept=result.kept,
            unchanged=result.unchanged,
            outdated=result.outdated,
        )
    )
    if result.skipped:
        ctx.out(ctx.tr("{n} rows skipped: they belong to rows kept here", n=result.skipped))
    if result.trust_recorded:
        ctx.out(
            ctx.tr(
                "The signer's certificate was recorded for {municipality}",
                municipality=result.trust.municipality if result.trust else "",
            )
        )
    return 0
