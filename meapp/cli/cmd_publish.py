"""`meapp publish [--period P] -o DIR [--report FILE.pdf]`: the website pack (issue 21).

A reading command (no login): pages in Kyrgyz and Russian, open data, and — given with
`--report` — the published PDF (normally the signed evaluation report) with its SHA-256.
"""

from __future__ import annotations

from meapp.cli.args import PERIOD_HELP, add_command

ORDER = 55


def register(sub, common) -> None:
    p = add_command(
        sub,
        common,
        "publish",
        cmd_publish,
        help="write the website pack: pages in ky/ru, the report with its SHA-256, open data",
    )
    p.add_argument("--period", help=PERIOD_HELP)
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="the folder to write")
    p.add_argument(
        "--report",
        metavar="FILE.pdf",
        help="the report to publish beside the pages (normally the signed evaluation report)",
    )


def cmd_publish(ctx) -> int:
    from meapp.cli.cmd_reports import _check_period
    from meapp.services.publish.site import publish

    db = ctx.existing_db()
    pid = ctx.program_id()
    period = getattr(ctx.args, "period", None)
    _check_period(db, pid, period, "half-year")
    res = publish(db, pid, period, ctx.args.output, report_pdf=ctx.args.report)
    if ctx.json:
        ctx.print_json(
            {
                "period": res.period,
                "folder": res.folder,
                "approved": res.approved,
                "report_sha256": res.report_sha256,
                "files": list(res.files),
            }
        )
        return 0
    ctx.out(
        ctx.tr(
            "Website pack for {period} written to {folder} ({n} files); open index.html.",
            period=res.period,
            folder=res.folder,
            n=len(res.files),
        )
    )
    if not res.approved:
        ctx.warn(ctx.tr("The period is not approved yet: the pages say so."))
    if res.report_sha256 is None:
        ctx.warn(
            ctx.tr(
                "No report was given (--report FILE.pdf): the pages say it is not published yet."
            )
        )
    return 0
