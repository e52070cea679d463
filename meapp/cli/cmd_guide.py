"""`meapp guide -o FILE.pdf`: the user guide as one PDF, for printing or for a laptop that
has the PDF but not the app yet (the same guide F1 shows, in the language of `--lang`)."""

from __future__ import annotations

from meapp.cli.args import add_command

ORDER = 95


def register(sub, common) -> None:
    g = add_command(sub, common, "guide", cmd_guide, help="write the user guide as a PDF")
    g.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.pdf")


def cmd_guide(ctx) -> int:
    from pathlib import Path

    from meapp.cli.common import language
    from meapp.errors import ValidationError
    from meapp.services.help.content import export_help_pdf

    lang = language(getattr(ctx.args, "lang", None))
    path = Path(ctx.args.output)
    try:
        export_help_pdf(lang, path)
    except OSError as exc:
        raise ValidationError(
            "cannot write {file}: {error}", file=str(path), error=exc.strerror or str(exc)
        ) from exc
    ctx.out(ctx.tr("The user guide was written to {file}", file=str(path)))
    return 0
