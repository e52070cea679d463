"""`meapp import-plan FILE.xlsx`: the council's action plan and/or indicator matrix.

When the database holds no programme, the import creates one and needs its title,
municipality and years (`--title --municipality --years 2023-2026`). With one programme
the file goes into it; with several, `--program` chooses. `--json` prints the summary of
PRODUCT.md §6 (counts of what the programme holds after the import, and the warnings).
Several files (the action plan and the matrix kept apart, as the samples are) import
together, in one transaction, so the matrix's indicators find the plan's measures.
The text output says how many indicators stayed unlinked to a plan item (each is named in
the warnings, as are the columns the import does not read).
"""

from __future__ import annotations

import re

from meapp.cli.args import add_command

ORDER = 30


def register(sub, common) -> None:
    p = add_command(
        sub,
        common,
        "import-plan",
        cmd_import_plan,
        help="import an action plan and/or indicator matrix (.xlsx)",
    )
    p.add_argument(
        "file",
        metavar="FILE.xlsx",
        nargs="+",
        help="one workbook, or the action plan and the indicator matrix as two files",
    )
    p.add_argument("--title", help="title of the programme to create")
    p.add_argument("--municipality", help="municipality of the programme to create")
    p.add_argument("--years", help="years of the programme to create, e.g. 2023-2026")


def _years(text: str | None):
    from meapp.errors import ValidationError

    if not text:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*[-–—:]\s*(\d{4})\s*", text)
    if not m:
        raise ValidationError("--years takes two years, for example 2023-2026: {value}", value=text)
    start, end = int(m.group(1)), int(m.group(2))
    if end < start:
        raise ValidationError(
            "the programme ends before it starts: {start}–{end}", start=start, end=end
        )
    return start, end


def cmd_import_plan(ctx) -> int:
    from meapp.errors import ValidationError
    from meapp.services.common.workbook import vet_plan_workbooks

    args = ctx.args
    years = _years(args.years)
    vet_plan_workbooks(args.file)  # a bad file is refused before the database and ORM load
    from meapp.services.plan.importer import ImportOptions, apply_plan_import
    from meapp.services.plan.programs import list_programs

    db = ctx.db()
    actor = ctx.actor("program.setup")
    program = getattr(args, "program", None)
    creating = bool(args.title)
    if not program and not creating and not list_programs(db):
        raise ValidationError(
            "the database holds no programme yet: give --title, --municipality and --years "
            "(for example --years 2023-2026) to create it"
        )
    if creating and not program and not (args.municipality and years):
        existing = [p for p in list_programs(db) if p.title.casefold() == args.title.casefold()]
        if not existing:
            raise ValidationError(
                "to create the programme give --title, --municipality and --years "
                "(for example --years 2023-2026)"
            )
    options = ImportOptions(title=args.title, municipality=args.municipality, years=years)
    files = args.file[0] if len(args.file) == 1 else args.file
    result = apply_plan_import(db, actor, files, program, options)
    if ctx.json:
        ctx.print_json(result.as_json(ctx.translate))
        return 0
    t = result.totals
    if result.created_program:
        ctx.out(ctx.tr("Programme created: {id}", id=result.program_id))
    ctx.out(
        ctx.tr(
            "Programme {id}: {d} directions, {s} sectors, {o} objectives, {m} measures, "
            "{i} indicators",
            id=result.program_id,
            d=t["direction"],
            s=t["sector"],
            o=t["objective"],
            m=t["measure"],
            i=t["indicator"],
        )
    )
    made = sum(result.created.values())
    changed = sum(result.updated.values())
    ctx.out(ctx.tr("Created {n} rows, updated {u}.", n=made, u=changed))
    if result.unlinked:
        # the mayor's direction view shows only linked indicators: say how many are not
        ctx.out(
            ctx.tr(
                "Indicators not linked to a plan item: {n} (named in the warnings below); "
                'place them in the plan editor or name the plan item in a "Plan item" column.',
                n=len(result.unlinked),
            )
        )
    for w in result.warnings:
        ctx.out(w.text(ctx.translate))
    return 0
