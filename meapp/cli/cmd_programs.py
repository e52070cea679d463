"""`meapp programs` and `meapp check`."""

from __future__ import annotations

ORDER = 20


def register(sub, common) -> None:
    p = sub.add_parser("programs", parents=[common], help="list programmes")
    p.set_defaults(func=cmd_programs)
    c = sub.add_parser("check", parents=[common], help="integrity and audit-chain check")
    c.set_defaults(func=cmd_check)


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


def cmd_check(ctx) -> int:
    from meapp.store.check import run_check

    report = run_check(ctx.existing_db())
    if ctx.json:
        ctx.print_json(report.as_json())
    else:
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
        ctx.out(ctx.tr("Programmes: {n}", n=report.programs))
    return 0 if report.ok else 1
