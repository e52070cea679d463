"""`meapp gui [--page NAME] [--screenshot FILE.png] [--size 1366x768] [--item CODE]`.

Without `--screenshot` it starts the GUI on that page. With it, it draws the page into a PNG
and exits: no login (a reading command), read-only as a viewer, offscreen unless a Qt
platform is chosen, so it works on a server and in tests. Qt is imported only when run.
`--item` shows one indicator or plan item first: its trend on the dashboard, its row on
Monitoring (a chart for a presentation; the bundle's smoke test draws a trend with it).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from meapp.cli.args import add_command
from meapp.ui.pages import PAGE_KEYS

ORDER = 100


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text} (expected e.g. 1366x768)") from None
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"size out of range: {text}")
    return w, h


def register(sub, common) -> None:
    p = add_command(
        sub, common, "gui", cmd_gui, help="start the GUI on a page, or save a screenshot of it"
    )
    p.add_argument("--page", choices=PAGE_KEYS, default=None, help="page to show")
    p.add_argument("--screenshot", metavar="FILE.png", help="save the page as PNG and exit")
    p.add_argument("--size", type=_size, default=(1366, 768), help="window size, e.g. 1366x768")
    p.add_argument(
        "--item",
        metavar="CODE",
        help="with --screenshot: show this indicator or plan item (code or id) on the page",
    )


def cmd_gui(ctx) -> int:
    args = ctx.args
    if args.item and not args.screenshot:
        from meapp.errors import ValidationError

        raise ValidationError("--item is for a screenshot: give --screenshot FILE.png too")
    if not args.screenshot:
        from meapp.ui.app import run_gui

        argv: list[str] = []
        for name in ("db", "program", "user", "lang", "page"):
            value = getattr(args, name, None)
            if value:
                argv += [f"--{name}", str(value)]
        return run_gui(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db = ctx.existing_db()
    program_id = None
    if getattr(args, "program", None):
        program_id = str(ctx.program_id())
    item_id = None
    if args.item:
        from meapp.services.plan.programs import resolve_item

        program_id = program_id or str(ctx.program_id())  # the item is the programme's
        item_id = resolve_item(db, program_id, args.item)
    from meapp.ui.app import render_screenshot

    path = render_screenshot(
        db,
        args.page or "dashboard",
        Path(args.screenshot),
        args.size,
        lang=getattr(args, "lang", None),
        program_id=program_id,
        item_id=item_id,
        item_label=args.item,
    )
    if ctx.json:
        ctx.print_json(
            {"page": args.page or "dashboard", "width": args.size[0], "height": args.size[1]}
        )
    else:
        ctx.out(ctx.tr("Screenshot saved: {file}", file=str(path)))
    return 0
