"""`meapp report --kind period|half-year|annual|citizen -o FILE` and `meapp export-xlsx --kind … -o FILE`.

`--kind period` is the report of one reporting period: a half-year, or a quarter when the
programme reports quarterly (its PDF is then the quarterly report); `half-year` is its
older name and stays an alias (PRODUCT.md §6).

Reading commands: no login. The report's language is the global `--lang` (ky, ru or en;
else MEAPP_LANG, the saved setting, Kyrgyz). Report texts come from the compiled catalogue
`meapp_<lang>.qm`, the one the GUI uses, read by `meapp.i18n`.
"""

from __future__ import annotations

ORDER = 50

REPORT_KINDS = ("period", "half-year", "annual", "citizen")
# --kind period and its alias build the same report
PERIOD_KINDS = ("period", "half-year")
XLSX_KINDS = ("iptt", "plan", "matrix")


def register(sub, common) -> None:
    rp = sub.add_parser(
        "report",
        parents=[common],
        help="build a PDF report (citizen summary also as PNG); language with --lang",
    )
    rp.add_argument("--kind", required=True, choices=REPORT_KINDS)
    rp.add_argument(
        "--period",
        help="2024-H1, 2024-H2, 2024-Q3 (quarterly programmes), 2024… "
        "(default: the latest with data)",
    )
    rp.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="FILE.pdf (or FILE.png for --kind citizen)",
    )
    rp.add_argument(
        "--website",
        metavar="URL",
        help="for --kind citizen: the website its QR code opens, with the data fingerprint "
        '(default: the one saved in Settings; "" for the fingerprint alone)',
    )
    rp.set_defaults(func=cmd_report)
    xl = sub.add_parser("export-xlsx", parents=[common], help="Excel exports")
    xl.add_argument("--kind", required=True, choices=XLSX_KINDS)
    xl.add_argument(
        "--period",
        help="for --kind plan: the period whose status and spending are shown "
        "(default: the latest with data)",
    )
    xl.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.xlsx")
    xl.set_defaults(func=cmd_export_xlsx)


def report_language(ctx) -> str:
    """ky, ru or en: `--lang`, else MEAPP_LANG / the saved setting, else Kyrgyz."""
    from meapp.cli.common import language
    from meapp.errors import ValidationError
    from meapp.i18n import LANGUAGES

    lang = language(getattr(ctx.args, "lang", None))
    if lang not in LANGUAGES:
        raise ValidationError(
            "unknown language {lang}; use one of {langs}", lang=lang, langs=", ".join(LANGUAGES)
        )
    return lang


def saved_website(args) -> str | None:
    """`--website`, else the address saved in the GUI's Settings (the INI, read without Qt:
    QSettings quotes a value holding a comma)."""
    given = getattr(args, "website", None)
    if given is not None:
        return given
    import configparser

    from meapp import paths

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(paths.settings_path(), encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    value = parser.get("report", "website", fallback="").strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    return _ini_unescaped(value) or None


# QSettings writes a backslash and a double quote of a value escaped (`\\`, `\"`); read
# as they are, `…/a\b` saved in Settings would reach the QR code as `…/a\\b`.
_INI_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r"}


def _ini_unescaped(value: str) -> str:
    """A value of the settings INI as QSettings meant it (its backslash escapes undone)."""
    out: list[str] = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value) and value[i + 1] in _INI_ESCAPES:
            out.append(_INI_ESCAPES[value[i + 1]])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def report_translate(lang: str):
    """The compiled catalogue of `lang` (ky, ru or en), read without Qt."""
    from meapp import i18n

    return i18n.translator(lang)


def _check_period(db, pid, period: str | None, kind: str) -> None:
    """The period of the programme (`cmd_monitoring.program_period`), and one a report of
    `kind` can be built for (a year only for the annual report)."""
    from meapp.cli.cmd_monitoring import program_period
    from meapp.errors import ValidationError

    if period is None:
        return
    prog, p = program_period(db, pid, period)
    if kind != "annual" and p.is_year and prog.frequency != "year":
        if kind == "plan":
            raise ValidationError(
                "{period} is a year: give a half-year such as {period}-H2", period=period
            )
        if prog.frequency == "quarter":
            raise ValidationError(
                "{period} is a year: use --kind annual, or give a quarter such as {period}-Q4",
                period=period,
            )
        raise ValidationError(
            "{period} is a year: use --kind annual, or give a half-year such as {period}-H2",
            period=period,
        )


def _output(ctx, allowed: tuple[str, ...]):
    from pathlib import Path

    from meapp.errors import ValidationError

    out = Path(ctx.args.output)
    if out.suffix.lower() not in allowed:
        raise ValidationError(
            "the output file must end in {suffixes}: {file}",
            suffixes=" or ".join(allowed),
            file=str(out),
        )
    if out.exists() and out.is_dir():
        raise ValidationError("{file} is a folder, not a file", file=str(out))
    if not out.parent.exists():
        raise ValidationError("the folder {folder} does not exist", folder=str(out.parent))
    return out


def cmd_report(ctx) -> int:
    kind = ctx.args.kind
    out = _output(ctx, (".pdf", ".png") if kind == "citizen" else (".pdf",))
    db = ctx.existing_db()
    pid = ctx.program_id()
    period = getattr(ctx.args, "period", None)
    _check_period(db, pid, period, kind)
    lang = report_language(ctx)
    translate = report_translate(lang)
    if kind == "citizen":
        from meapp.services.reports import build_report

        cres = build_report(
            db, pid, kind, period, out, translate, lang, website=saved_website(ctx.args)
        )
        if ctx.json:
            ctx.print_json(
                {
                    "kind": kind,
                    "lang": lang,
                    "period": cres.period,
                    "file": str(out),
                    "format": out.suffix.lower().lstrip("."),
                }
            )
        else:
            ctx.out(
                ctx.tr(
                    "Citizen summary for {period} written to {file}",
                    period=cres.period,
                    file=str(out),
                )
            )
        return 0
    from meapp.services.reports import build_report

    res = build_report(
        db, pid, "half-year" if kind in PERIOD_KINDS else kind, period, out, translate, lang
    )
    if ctx.json:
        ctx.print_json(
            {
                "kind": kind,
                "lang": lang,
                "period": res.period,
                "file": str(out),
                "pages": res.pages,
                "approved": res.approved,
                "fingerprint": res.fingerprint,
                "signature_fields": {
                    name: {"page": box[0], "box": list(box[1:])}
                    for name, box in sorted(res.signature_boxes.items())
                },
            }
        )
    else:
        ctx.out(
            ctx.tr(
                "Report for {period} written to {file} ({pages} pages)",
                period=res.period,
                file=str(out),
                pages=res.pages,
            )
        )
        if not res.approved:
            ctx.out(ctx.tr("The period is not approved yet: the report is marked as a draft."))
    return 0


def cmd_export_xlsx(ctx) -> int:
    out = _output(ctx, (".xlsx",))
    db = ctx.existing_db()
    pid = ctx.program_id()
    kind = ctx.args.kind
    lang = report_language(ctx)
    translate = report_translate(lang)
    from meapp.services.reports.workbooks import export_workbook

    period = getattr(ctx.args, "period", None)
    if kind == "plan":
        _check_period(db, pid, period, "plan")
    res = export_workbook(db, pid, kind, out, translate, lang, period=period)
    summary: dict = {"kind": kind, "file": str(out)}
    if kind == "iptt":
        summary["indicators"] = res.indicators
        summary["periods"] = list(res.periods)
    elif kind == "plan":
        summary["period"] = res.period
    if ctx.json:
        ctx.print_json(summary)
    else:
        ctx.out(ctx.tr("Excel file written to {file}", file=str(out)))
    return 0
