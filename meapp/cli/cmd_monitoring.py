"""`meapp status`, `meapp import-actuals FILE` and `meapp round submit|approve|reopen`."""

from __future__ import annotations

from meapp.i18n import QT_TRANSLATE_NOOP

ORDER = 40


# The words for statuses, round states and funding sources are the vocabulary's
# (meapp.services.common.vocabulary); this is only the order the summary line counts in.
MEASURE_ORDER = ("done", "in_progress", "not_started", "delayed", "cancelled")
# The budget table's last line (a row of the status, not a stored funding source).
TOTAL = QT_TRANSLATE_NOOP("cli", "total")
# what the quality gate's refusal says the user may do anyway
SUBMIT_WORD = QT_TRANSLATE_NOOP("cli", "submit")
APPROVE_WORD = QT_TRANSLATE_NOOP("cli", "approve")


def register(sub, common) -> None:
    st = sub.add_parser(
        "status", parents=[common], help="progress, status and roll-ups as the GUI shows them"
    )
    st.add_argument("--period", help="2024-H1, 2024-H2, 2024… (default: the latest with data)")
    st.set_defaults(func=cmd_status)
    imp = sub.add_parser(
        "import-actuals",
        parents=[common],
        help="actual values from CSV/XLSX (indicator_id, period, value, comment)",
    )
    imp.add_argument("file")
    imp.set_defaults(func=cmd_import_actuals)
    rd = sub.add_parser("round", parents=[common], help="submit, approve or reopen a round")
    rd.add_argument("action", choices=["submit", "approve", "reopen"])
    rd.add_argument("--period", help="default: the latest period with data")
    rd.add_argument("--reason", help="why the round is reopened (required for reopen)")
    rd.add_argument(
        "--accept-warnings",
        action="store_true",
        help="submit or approve although data-quality items are open (they are listed and "
        "kept in the audit trail)",
    )
    rd.add_argument(
        "--accept-fingerprint",
        metavar="FINGERPRINT",
        help="submit or approve acknowledging exactly the open items a refusal listed with "
        "this fingerprint; refused (exit 2) when the list has changed since",
    )
    rd.set_defaults(func=cmd_round)


# -- status ------------------------------------------------------------------------------


def cmd_status(ctx) -> int:
    import itertools
    from collections.abc import Iterable

    from meapp.errors import NotFound

    period = getattr(ctx.args, "period", None)
    if ctx.json and not getattr(ctx.args, "program", None) and _print_stored(ctx, period):
        return 0
    db = ctx.existing_db()
    pid = ctx.program_id(required=False)
    if pid is None and ctx.json:
        return _all_status_json(ctx, db, period)
    from meapp.services.monitoring import status as st

    result: Iterable[st.ProgramStatus]
    if pid is not None:
        _check_period(db, pid, period)
        result = [st.program_status(db, pid, period)]
    else:
        from meapp.services.dashboard import summary

        # computed and printed a few programmes at a time (484 would hold a gigabyte)
        statuses = summary.all_statuses(db, period)
        first = next(statuses, None)
        if first is None:
            raise NotFound(
                "the database holds no programme yet: run `meapp demo` or `meapp import-plan`"
            )
        result = itertools.chain([first], statuses)
    if ctx.json:  # one programme (all of them went to `_all_status_json`)
        ctx.print_json(_with_deadlines(db, st.status_json(next(iter(result)))))
        return 0
    late = _lateness(db, pid)
    for i, ps in enumerate(result):
        if i:
            ctx.out("")
        for line in format_status(ps, ctx.tr, ctx.translate):
            ctx.out(line)
        for line in _late_lines(ctx, late.get(ps.program_id)):
            ctx.out(line)
    return 0


def _with_deadlines(db, data: dict) -> dict:
    """The one programme's `status --json` with its `deadlines` (issue 21) added last."""
    from datetime import date

    from meapp.services.dashboard import deadlines

    return deadlines.add_to_status(db, data, date.today())


def _lateness(db, pid) -> dict:
    """The overdue deadlines on today's calendar of the programme shown, or of every
    programme (loaded together: a national database has 484)."""
    from datetime import date

    from meapp.services.dashboard import deadlines

    return deadlines.lateness(db, [pid] if pid is not None else None, date.today())


def _late_lines(ctx, late) -> list[str]:
    """Below a programme's status table: what is overdue (nothing when none is)."""
    from meapp.services.monitoring import calendar

    if late is None or not late.overdue:
        return []
    lines = [calendar.late_text(d, ctx.translate) for d in late.overdue]
    return ["", ctx.tr("Overdue:")] + ["  " + line for line in lines]


def _print_stored(ctx, period) -> bool:
    """`status --json` of every programme straight from the stored texts when all are
    fresh (SQLite, no SQLAlchemy imported: a fifth of the time); False when the ordinary
    path must answer (it computes what is stale, or refuses what is wrong)."""
    import sys

    from meapp.services.dashboard import stored

    return stored.print_stored(ctx.db_arg, period, sys.stdout)


def _all_status_json(ctx, db, period) -> int:
    """`status --json` of every programme from the stored summaries (each one's JSON text
    is kept with its summary; only programmes changed since are computed): the national
    database's 484 programmes print in about a second instead of a quarter of a minute."""
    import sys

    from meapp.errors import NotFound
    from meapp.services.dashboard import summary

    texts = summary.payloads(db, period)
    if not texts:
        raise NotFound(
            "the database holds no programme yet: run `meapp demo` or `meapp import-plan`"
        )
    if len(texts) == 1:
        from datetime import date

        from meapp.services.dashboard import deadlines

        texts = deadlines.add_to_texts(db, texts, date.today())  # issue 21: one programme
        print(summary.single_text(texts[0]))
    else:
        summary.write_programs(texts, sys.stdout)
    return 0


def _check_period(db, pid, period) -> None:
    """A period the user typed must be a period of the programme (any granularity)."""
    if period is not None:
        program_period(db, pid, period)


def program_period(db, pid, period: str):
    """The programme and the period the user typed, refused (ValidationError) unless the
    period lies inside the programme (any granularity: a year, a half-year, a quarter)."""
    from meapp.errors import ValidationError
    from meapp.services.monitoring import rounds
    from meapp.services.plan import programs

    prog = programs.get_program(db, pid)
    p, problem = rounds.period_problem(
        period,
        start_year=prog.start_year,
        end_year=prog.end_year,
        frequency=prog.frequency,
        strict_frequency=False,
    )
    if problem is not None or p is None:
        raise ValidationError(problem or "the period is empty")
    return prog, p


def _pct(value) -> str:
    from meapp.models.numbers import format_percent

    return format_percent(value, 0)


def _cut(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(r)]
        out.append("  ".join(cells).rstrip())
    return out


def format_status(ps, tr, translate=None) -> list[str]:
    """The status of one programme-period as a readable text table (numbers `734 593,3`).

    `tr(text, **params)` translates the command line's own texts, `translate(context, text)`
    the vocabulary's words for codes."""
    from meapp.models.numbers import format_number
    from meapp.services.common import vocabulary as V

    def word(words, code: str) -> str:
        return words.word(code, translate or V.identity, in_text=True)

    lines = [
        tr("{code} · {title}", code=ps.program_code, title=ps.program_title),
        tr(
            "Period {period} · round {state}",
            period=ps.period,
            state=word(V.ROUND_STATES, ps.round_state),
        ),
        "",
    ]
    header = [
        tr("Code"),
        tr("Indicator"),
        tr("Unit"),
        tr("Baseline"),
        tr("Target"),
        tr("Actual"),
        tr("Progress"),
        tr("Ratio"),
        tr("Status"),
    ]
    rows = [header]
    for r in ps.indicators:
        target = format_number(r.target)
        if r.target_interpolated:
            target = "≈" + target
        rows.append(
            [
                r.code or "",
                _cut(r.name, 40),
                _cut(r.unit, 14),
                format_number(r.baseline),
                target,
                format_number(r.actual),
                _pct(r.progress),
                _pct(r.ratio),
                word(V.INDICATOR_STATUSES, r.status),
            ]
        )
    if len(rows) > 1:
        lines.extend(_table(rows, {3, 4, 5, 6, 7}))
    else:
        lines.append(tr("No indicators."))
    if ps.rollups:
        lines.append("")
        rows = [[tr("Code"), tr("Plan item"), tr("Progress"), tr("Status")]]
        for r in ps.rollups:
            indent = {"direction": "", "sector": "  ", "objective": "    "}.get(r.kind, "")
            rows.append(
                [
                    indent + (r.code or ""),
                    _cut(r.title, 50),
                    _pct(r.progress),
                    word(V.INDICATOR_STATUSES, r.status),
                ]
            )
        lines.extend(_table(rows, {2}))
    lines.append("")
    change = ""
    if ps.program_progress is not None and ps.previous_progress is not None:
        delta = round((ps.program_progress - ps.previous_progress) * 100)
        change = " " + tr(
            "({sign}{delta} points since {period})",
            sign="+" if delta >= 0 else "−",
            delta=abs(delta),
            period=ps.previous_period,
        )
    lines.append(
        tr(
            "Programme progress: {progress} ({status})",
            progress=_pct(ps.program_progress),
            status=word(V.INDICATOR_STATUSES, ps.program_status),
        )
        + change
    )
    lines.append(
        tr(
            "Measures: {parts}",
            parts=", ".join(
                f"{ps.measures[k]} {word(V.MEASURE_STATUSES, k)}" for k in MEASURE_ORDER
            ),
        )
    )
    if ps.budget:
        lines.append("")
        rows = [
            [tr("Funding source"), tr("Planned"), tr("Spent"), tr("Execution"), tr("Deviation")]
        ]
        lines_budget = list(ps.budget) + ([ps.budget_total] if ps.budget_total else [])
        for b in lines_budget:
            rows.append(
                [
                    tr(TOTAL) if b.source == "total" else word(V.FUNDING_SOURCES, b.source),
                    format_number(b.planned),
                    format_number(b.spent),
                    _pct(b.execution),
                    format_number(b.deviation),
                ]
            )
        lines.extend(_table(rows, {1, 2, 3, 4}))
    return lines


# -- import-actuals ----------------------------------------------------------------------


def cmd_import_actuals(ctx) -> int:
    from meapp.errors import MeappError, ValidationError
    from meapp.services.monitoring.actuals_import import import_actuals

    db = ctx.existing_db()
    actor = ctx.actor("data.enter")
    pid = ctx.program_id(required=False) if getattr(ctx.args, "program", None) else None
    try:
        result = import_actuals(db, actor, ctx.args.file, pid)
    except ValidationError as exc:
        # every bad row on the one stderr line the conventions allow
        texts = [p.text(ctx.translate) for p in exc.problems]
        shown = texts[:50]
        tail = ""
        if len(texts) > len(shown):
            tail = " " + ctx.tr("(and {n} more problems)", n=len(texts) - len(shown))
        summary = ctx.tr("nothing was imported")
        raise MeappError("{details}", details=f"{summary}: " + "; ".join(shown) + tail) from exc
    if ctx.json:
        ctx.print_json(result.as_json())
        return 0
    ctx.out(
        ctx.tr(
            "Imported {file}: {created} new, {updated} changed, {deleted} cleared, "
            "{unchanged} unchanged, {skipped} empty rows skipped",
            file=result.file,
            created=result.created,
            updated=result.updated,
            deleted=result.deleted,
            unchanged=result.unchanged,
            skipped=result.skipped,
        )
    )
    for w in result.warnings:
        ctx.warn(ctx.tr("warning: {warning}", warning=w.text(ctx.translate)))
    return 0


# -- round -------------------------------------------------------------------------------


def cmd_round(ctx) -> int:
    """Submit, approve or reopen; the rights come from the one workflow table.

    Submit and approve pass the quality gate: with open data-quality items and no
    `--accept-warnings` nothing changes, the items are named one a line and the exit code
    is 2; with it they are listed as warnings and kept in the audit trail. The refusal
    prints the list's fingerprint: `--accept-fingerprint` with it acknowledges that list
    only (an item that appeared since refuses again), and wins over `--accept-warnings`."""
    from meapp.models import workflow
    from meapp.services.monitoring import quality, rounds, status

    db = ctx.existing_db()
    action = ctx.args.action
    actor = ctx.actor(workflow.transition(action).right)
    pid = ctx.program_id()
    period = ctx.args.period or str(status.latest_period(db, pid))
    accept = _acknowledgement(ctx.args)
    try:
        if action == "submit":
            r = rounds.submit(db, actor, pid, period, acknowledged=accept)
        elif action == "approve":
            r = rounds.approve(db, actor, pid, period, acknowledged=accept)
        else:
            r = rounds.reopen(db, actor, pid, period, ctx.args.reason)
    except quality.OpenItems as exc:
        _refuse_open_items(ctx, exc)
        return 2
    for item in r.acknowledged:
        ctx.warn(ctx.tr("warning: acknowledged: {item}", item=item.text(ctx.translate)))
    if ctx.json:
        data = r.as_json()
        if action in ("submit", "approve"):
            data["acknowledged"] = [
                {**item.as_json(), "text": item.text(ctx.translate)} for item in r.acknowledged
            ]
        ctx.print_json(data)
    else:
        from meapp.services.common.vocabulary import ROUND_STATES

        ctx.out(
            ctx.tr(
                "Round {period}: {state}",
                period=r.period,
                state=ROUND_STATES.word(r.state, ctx.translate, in_text=True),
            )
        )
    return 0


def _acknowledgement(args) -> bool | str:
    """What the command line acknowledges: the fingerprint given (exactly that list), else
    whatever is open with `--accept-warnings`, else nothing."""
    given = getattr(args, "accept_fingerprint", None)
    if given is not None:
        return str(given)
    return bool(getattr(args, "accept_warnings", False))


def _refuse_open_items(ctx, exc) -> None:
    """The refusal of the quality gate: one headline with the list's fingerprint, then each
    open item on its own line."""
    action = ctx.tr(SUBMIT_WORD) if exc.action == "submit" else ctx.tr(APPROVE_WORD)
    if exc.stale is not None:
        head = ctx.tr(
            "the round {period} was not changed: the open data-quality items are no longer "
            "the list {given}: {n} open now. Check them, and repeat with --accept-fingerprint "
            "{fingerprint} to {action} anyway:",
            period=exc.period,
            given=exc.stale,
            n=len(exc.items),
            fingerprint=exc.fingerprint,
            action=action,
        )
    else:
        head = ctx.tr(
            "the round {period} was not changed: open data-quality items: {n}. "
            "Resolve them, or repeat with --accept-warnings (or --accept-fingerprint "
            "{fingerprint}: exactly these items) to {action} anyway:",
            period=exc.period,
            n=len(exc.items),
            fingerprint=exc.fingerprint,
            action=action,
        )
    ctx.warn("meapp: " + head)
    for item in exc.items:
        ctx.warn("  - " + item.text(ctx.translate))
