"""`meapp demo [--scale small|oblast|national]`: create the demo programme(s) and the four demo users."""

from __future__ import annotations

import sys
import time

from meapp.cli.args import add_command

ORDER = 10


def register(sub, common) -> None:
    p = add_command(
        sub,
        common,
        "demo",
        cmd_demo,
        help="create the demo data (Kara-Balta programme; 40 programmes with --scale oblast, "
        "484 with --scale national)",
    )
    p.add_argument(
        "--scale",
        choices=("small", "oblast", "national"),
        default="small",
        help="small: one programme with two years of data; oblast: 40 programmes for benchmarks; "
        "national: the 484 municipalities of the country (about 2 million rows, minutes)",
    )


def _progress_printer(ctx):
    """A one-line progress counter on stderr when it is a terminal (the oblast build takes a while)."""
    if ctx.json or not sys.stderr.isatty():
        return None

    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        text = ctx.tr("Creating the demo: {done} of {total}", done=done, total=total)
        print(
            f"\r{_bar(done, total)} {text}{_eta(started, done, total)}",
            end=end,
            file=sys.stderr,
            flush=True,
        )

    return progress


BAR_WIDTH = 30


def _bar(done: int, total: int) -> str:
    """`[#########.....]`: the share of programmes written (no words, nothing to translate)."""
    filled = BAR_WIDTH * done // total if total else BAR_WIDTH
    return "[" + "#" * filled + "." * (BAR_WIDTH - filled) + "]"


def _eta(started: float, done: int, total: int) -> str:
    """`  ~3:25` left, from the pace so far (blank at the start and at the end)."""
    if done <= 0 or done >= total:
        return ""
    left = (time.perf_counter() - started) / done * (total - done)
    return f"  ~{int(left) // 60}:{int(left) % 60:02d}  "


def cmd_demo(ctx) -> int:
    from sqlalchemy import select

    from meapp.models import User
    from meapp.services.common.vocabulary import ROLES
    from meapp.services.demo import builder as demo

    db = ctx.db()
    scale = ctx.args.scale
    started = time.perf_counter()
    # Asked first: an existing demo needs no login (running `meapp demo` twice is harmless).
    summary = demo.existing_demo(db, scale)
    if summary is None:
        actor = ctx.actor("demo.create")
        summary = demo.create_demo(db, actor, scale=scale, progress=_progress_printer(ctx))
    elapsed = time.perf_counter() - started
    if ctx.json:
        ctx.print_json(summary.as_json())
        return 0
    if summary.created:
        ctx.out(ctx.tr("Demo created in {seconds} s.", seconds=f"{elapsed:.1f}"))
    else:
        ctx.out(ctx.tr("The demo is already in the database; nothing was changed."))
    ctx.out(
        ctx.tr(
            "Programmes: {programs}, indicators: {indicators}, measures: {measures}, "
            "actuals: {actuals}.",
            programs=summary.programs,
            indicators=summary.indicators,
            measures=summary.measures,
            actuals=summary.actuals,
        )
    )
    ctx.out(ctx.tr("Demo users (password: {password}):", password=demo.DEMO_PASSWORD))
    with ctx.db().session() as s:
        roles = dict(
            s.execute(select(User.login, User.role).where(User.login.in_(summary.users))).all()
        )
    for login in summary.users:
        role = roles.get(login)
        ctx.out(f"  {login:<8} {ROLES.word(role, ctx.translate) if role in ROLES else ''}".rstrip())
    return 0
