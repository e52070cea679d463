"""`meapp review-values` and `meapp confirm-value`: values held for review (issue 19).

A value the checks find implausible (orders of magnitude off its series, outside what its
unit allows, a number the program cannot compute with) is held out of every roll-up as
`needs_review` until it is corrected or an evaluator confirms it with a reason. The same
service backs the Monitoring page's "Confirm value…" (meapp.services.monitoring.review).
"""

from __future__ import annotations

from meapp.cli.args import add_command

ORDER = 41


def register(sub, common) -> None:
    ls = add_command(
        sub,
        common,
        "review-values",
        cmd_review_values,
        help="values held out of the roll-ups until confirmed or corrected",
    )
    ls.add_argument("--period", help="2024-H1, 2024-H2, 2024… (default: every period)")
    cv = add_command(
        sub,
        common,
        "confirm-value",
        cmd_confirm_value,
        help="confirm a value held for review (evaluator; audited, with a reason)",
    )
    cv.add_argument("--indicator", required=True, help="indicator code or id")
    cv.add_argument("--period", required=True, help="2024-H1, 2024-H2 or 2024")
    cv.add_argument("--reason", required=True, help="why the value is right as it stands")


def _item_json(item, translate) -> dict:
    from meapp.services.common.vocabulary import REVIEW_REASONS

    return {
        "indicator_id": item.indicator_id,
        "code": item.indicator_code,
        "name": item.indicator_name,
        "period": str(item.period),
        "value": item.value if _finite(item.value) else str(item.value),
        "reason": item.reason_code,
        "reason_text": REVIEW_REASONS.word(item.reason_code, translate),
    }


def _finite(value: float) -> bool:
    import math

    return math.isfinite(value)


def _value_text(value: float) -> str:
    from meapp.models.numbers import format_number, representable

    return format_number(value) if representable(value) else f"{value:g}"


def cmd_review_values(ctx) -> int:
    from meapp.services.common.vocabulary import REVIEW_REASONS
    from meapp.services.monitoring import review, rounds

    db = ctx.existing_db()
    pid = ctx.program_id()
    period = ctx.args.period
    items = review.values_needing_review(db, pid, rounds.as_period(period) if period else None)
    if ctx.json:
        ctx.print_json({"values": [_item_json(it, ctx.translate) for it in items]})
        return 0
    if not items:
        ctx.out(ctx.tr("No value is held for review."))
        return 0
    for it in items:
        ctx.out(
            ctx.tr(
                "{period}  {code}  {name}: {value} — {reason}",
                period=str(it.period),
                code=it.indicator_code,
                name=it.indicator_name,
                value=_value_text(it.value),
                reason=REVIEW_REASONS.word(it.reason_code, ctx.translate, in_text=True),
            )
        )
    return 0


def cmd_confirm_value(ctx) -> int:
    from meapp.services.monitoring import review, rounds

    db = ctx.existing_db()
    actor = ctx.actor(review.RIGHT)
    pid = ctx.program_id()
    period = rounds.as_period(ctx.args.period)
    iid = review.find_indicator(db, pid, ctx.args.indicator)
    review.confirm_value(db, actor, iid, period, ctx.args.reason)
    if ctx.json:
        ctx.print_json({"indicator_id": str(iid), "period": str(period), "confirmed": True})
    else:
        ctx.out(
            ctx.tr(
                "Confirmed the value of {indicator} for {period}: it counts in the roll-ups.",
                indicator=ctx.args.indicator,
                period=str(period),
            )
        )
    return 0
