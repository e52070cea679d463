"""`meapp programs` and `meapp check`."""

from __future__ import annotations

from meapp.cli.args import add_command

ORDER = 20


def register(sub, common) -> None:
    add_command(sub, common, "programs", cmd_programs, help="list programmes")
    c = add_command(
        sub,
        common,
        "check",
        cmd_check,
        help="integrity, audit chain and data against the chain (reads only)",
    )
    c.add_argument(
        "--anchor",
        metavar="COUNT:HASH",
        help="the chain's anchor kept elsewhere (default: the newest backup's)",
    )


def cmd_programs(ctx) -> int:
    from meapp.services.plan.programs import list_programs

    progs = list_programs(ctx.existing_db())
    if ctx.json:
        ctx.print_json({"programs": [p.as_json() for p in progs]})
        return 0
    if not progs:
        ctx.out(ctx.tr("No programmes. Import the council's tables or create the demo: meapp demo"))
    for p in progs:
        ctx.out(f"{p.id}  {p.code:<12} {p.start_year}–{p.end_year}  {p.municipality} · {p.title}")
    return 0


SHOWN_FINDINGS = 10  # damage lines shown before "… and N more"


def _open_for_check(ctx):
    """The database opened read-only: `check` never creates, migrates or backs up."""
    from pathlib import Path

    from meapp.errors import ValidationError
    from meapp.store.db import open_readonly

    arg = ctx.db_arg
    if "://" not in arg and not Path(arg).is_file():
        raise ValidationError("database not found: {file}", file=arg)
    ctx._db = open_readonly(arg)
    return ctx._db


def _finding_line(ctx, finding) -> str:
    from meapp.services.audit.findings import finding_text

    return finding_text(finding, ctx.translate)


def cmd_check(ctx) -> int:
    from meapp.errors import ValidationError
    from meapp.store import audit_chain
    from meapp.store.check import backup_anchor, run_check

    db = _open_for_check(ctx)
    anchor, source = None, "--anchor"
    if ctx.args.anchor:
        try:
            anchor = audit_chain.parse_anchor(ctx.args.anchor)
        except ValueError as exc:
            raise ValidationError(
                "not an anchor (COUNT:HASH): {text}", text=ctx.args.anchor
            ) from exc
    else:
        found = backup_anchor(db)
        if found is not None:
            anchor, source = (found[0], found[1]), found[2]
    report = run_check(db, anchor=anchor, anchor_source=source)
    if ctx.json:
        ctx.print_json(report.as_json())
        return 0 if report.ok else 1
    ctx.out(
        ctx.tr(
            "Schema: {rev} (expected {exp})",
            rev=report.schema_revision,
            exp=report.schema_expected,
        )
    )
    ctx.out(ctx.tr("Database integrity: {state}", state=report.integrity))
    if report.foreign_keys:
        ctx.out(ctx.tr("Broken references: {n}", n=len(report.foreign_keys)))
    if report.audit_ok:
        ctx.out(ctx.tr("Audit trail: {n} events, chain intact", n=report.audit_events))
    else:
        ctx.out(
            ctx.tr(
                "Audit trail: BROKEN at event #{seq} ({id}): {reason}",
                seq=report.audit_broken_seq,
                id=report.audit_broken_id,
                reason=ctx.translate("problems", report.audit_reason or ""),
            )
        )
    if report.anchor is None:
        ctx.out(ctx.tr("Anchor: none to compare with (no backup here; give --anchor COUNT:HASH)"))
    elif report.anchor.finding is None:
        ctx.out(
            ctx.tr(
                "Anchor: the history still holds the {n} events of {source}",
                n=report.anchor.count,
                source=report.anchor.source,
            )
        )
    else:
        ctx.out(ctx.tr("Anchor: {problem}", problem=_finding_line(ctx, report.anchor.finding)))
    if report.rows_checked is None:
        ctx.out(ctx.tr("Data: not compared, the history itself is damaged"))
    elif not report.findings:
        ctx.out(ctx.tr("Data: {n} rows, all as the history says", n=report.rows_checked))
    else:
        ctx.out(
            ctx.tr(
                "Data: {n} differences from the history in {rows} rows",
                n=len(report.findings),
                rows=report.rows_checked,
            )
        )
        for finding in report.findings[:SHOWN_FINDINGS]:
            ctx.out("  " + _finding_line(ctx, finding))
        more = len(report.findings) - SHOWN_FINDINGS
        if more > 0:
            ctx.out("  " + ctx.tr("… and {n} more", n=more))
    for finding in report.schema_objects:
        ctx.out(ctx.tr("Schema: {problem}", problem=_finding_line(ctx, finding)))
    ctx.out(ctx.tr("Programmes: {n}", n=report.programs))
    if report.ok:
        ctx.out(
            ctx.tr(
                "Anchor of this database (keep it elsewhere for a later check --anchor): {anchor}",
                anchor=audit_chain.format_anchor(report.head),
            )
        )
    return 0 if report.ok else 1
