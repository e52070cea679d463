"""`meapp publish`: a static website pack a municipality uploads anywhere or opens from a USB
stick (issue 21).

What it holds, all in one folder and nothing from outside (no scripts, no web fonts):
- `index.html` (Kyrgyz) and `ru.html` (Russian): the citizen summary's content — progress by
  direction, what was done, what lags, where the money came from — readable on a phone and
  on a laptop;
- the report PDF when one is given (normally the signed evaluation report), with its SHA-256
  on the page and in `SHA256SUMS`, so anyone can check that a copy is the published one;
- open data: `data/indicators.csv|json`, `data/measures.csv|json` and `data/schema.json`;
- `fonts/`: Noto Sans, which has every Kyrgyz letter.

The texts are the citizen summary's (services/reports/citizen.citizen_facts) and the
catalogue's: one source for the PDF page and the website.
"""

from __future__ import annotations

import hashlib
import html
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from meapp import i18n
from meapp.errors import ValidationError
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models.numbers import format_number, format_percent
from meapp.models.periods import Period
from meapp.paths import resources_dir
from meapp.services.monitoring import status as status_service
from meapp.services.publish import open_data
from meapp.services.reports import texts as T
from meapp.services.reports.citizen import CitizenFacts, citizen_facts
from meapp.services.reports.fingerprint import data_fingerprint, format_fingerprint
from meapp.services.reports.layout import STATUS_COLOURS
from meapp.services.reports.texts import Texts
from meapp.store.engine import Database

SITE_KICKER = QT_TRANSLATE_NOOP("report", "Monitoring of the development programme")
SITE_DOCUMENTS = QT_TRANSLATE_NOOP("report", "Documents and open data")
SITE_REPORT = QT_TRANSLATE_NOOP("report", "The evaluation report (PDF)")
SITE_HASH = QT_TRANSLATE_NOOP(
    "report",
    "SHA-256 of the report: {hash}. A copy with the same SHA-256 is exactly the published "
    "report; its signatures are checked in any PDF reader or with meapp verify.",
)
SITE_FINGERPRINT = QT_TRANSLATE_NOOP(
    "report",
    "Data fingerprint of these figures: {fingerprint}. The signed report prints the same "
    "fingerprint on its signature page when its figures are these.",
)
SITE_NO_REPORT = QT_TRANSLATE_NOOP("report", "The report for this period is not published yet.")
SITE_INDICATORS = QT_TRANSLATE_NOOP("report", "Indicators")
SITE_MEASURES = QT_TRANSLATE_NOOP("report", "Measures")
SITE_SCHEMA = QT_TRANSLATE_NOOP("report", "What the columns mean")
SITE_DATA_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "The tables hold the figures of this page for every indicator and measure; they open in "
    "Excel, LibreOffice or any program that reads CSV or JSON.",
)
SITE_SPENT = QT_TRANSLATE_NOOP("report", "{amount} {unit} spent")

LANGUAGES = ("ky", "ru")  # the pages; the open data speaks codes
PAGE_NAMES = {"ky": "index.html", "ru": "ru.html"}

Translator = Callable[[str], i18n.Translate]


@dataclass(frozen=True)
class PublishResult:
    folder: str
    period: str
    approved: bool
    files: tuple[str, ...]  # relative to the folder, sorted
    report_sha256: str | None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


_CSS = """
@font-face { font-family: "Noto Sans"; src: url("fonts/NotoSans-Regular.ttf"); font-weight: 400; }
@font-face { font-family: "Noto Sans"; src: url("fonts/NotoSans-Bold.ttf"); font-weight: 700; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans", sans-serif; color: #1f2a33; background: #f4f6f8;
       line-height: 1.45; font-size: 16px; }
header { background: #1f5f8b; color: #fff; padding: 20px 16px 24px; }
header .wrap { max-width: 980px; margin: 0 auto; }
main { max-width: 980px; margin: 0 auto; }
header .kicker { opacity: .85; font-size: 14px; }
header h1 { margin: 4px 0 6px; font-size: 26px; line-height: 1.2; }
header .period { font-size: 17px; }
header nav { float: right; font-size: 14px; }
header nav a { color: #fff; }
main { padding: 16px 0; }
@media (max-width: 1012px) { main { padding: 16px; } }
section { background: #fff; border-radius: 8px; padding: 16px; margin: 0 0 16px;
          box-shadow: 0 1px 2px rgba(0,0,0,.06); }
h2 { font-size: 19px; margin: 0 0 12px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; }
.card { text-align: center; padding: 8px 4px; }
.card .figure { font-size: 34px; font-weight: 700; }
.card .words { color: #5b6770; font-size: 14px; }
.bar { margin: 0 0 12px; }
.bar .label { display: flex; justify-content: space-between; gap: 8px; font-size: 15px; }
.bar .track { background: #e3e8ec; border-radius: 4px; height: 12px; overflow: hidden; }
.bar .fill { height: 12px; }
.two { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px; }
ul { margin: 0; padding-left: 20px; }
li { margin: 0 0 6px; }
.muted { color: #5b6770; font-size: 14px; }
.hash { font-family: monospace; word-break: break-all; }
a { color: #1f5f8b; }
footer { max-width: 980px; margin: 0 auto; padding: 0 16px 24px; color: #5b6770; font-size: 14px; }
"""


def _cards(facts: CitizenFacts) -> str:
    cells = "".join(
        f'<div class="card"><div class="figure" style="color:{_e(colour)}">{_e(figure)}</div>'
        f'<div class="words">{_e(words)}</div></div>'
        for figure, words, colour in facts.cards
    )
    return f'<section><div class="cards">{cells}</div></section>'


def _bars(t: Texts, facts: CitizenFacts) -> str:
    rows = []
    for title, progress, status in facts.directions:
        share = 0.0 if progress is None else max(0.0, min(1.0, progress))
        colour = STATUS_COLOURS.get(status, STATUS_COLOURS["no_data"])
        rows.append(
            f'<div class="bar"><div class="label"><span>{_e(title)}</span>'
            f"<b>{_e(format_percent(progress))}</b></div>"
            f'<div class="track" title="{_e(t.status(status))}"><div class="fill" '
            f'style="width:{share * 100:.1f}%;background:{_e(colour)}"></div></div></div>'
        )
    return f"<section><h2>{_e(t(T.CHART_DIRECTIONS))}</h2>{''.join(rows)}</section>"


def _list(items: tuple[str, ...], empty: str) -> str:
    if not items:
        return f'<p class="muted">{_e(empty)}</p>'
    return "<ul>" + "".join(f"<li>{_e(x)}</li>" for x in items) + "</ul>"


def _money(t: Texts, facts: CitizenFacts) -> str:
    unit = t(T.THOUSAND_SOM)
    items = tuple(
        f"{source}: {t(SITE_SPENT, amount=format_number(amount, 1), unit=unit)}"
        for source, amount in facts.money
        if amount
    )
    return f"<section><h2>{_e(t(T.CITIZEN_WHERE_MONEY))}</h2>{_list(items, '–')}</section>"


def _documents(t: Texts, report: str | None, report_hash: str | None, fingerprint: str) -> str:
    if report and report_hash:
        doc = (
            f'<p><a href="{_e(report)}">{_e(t(SITE_REPORT))}</a></p>'
            f'<p class="muted">{_e(t(SITE_HASH, hash="§"))}</p>'
        ).replace("§", f'<span class="hash">{report_hash}</span>')
    else:
        doc = f'<p class="muted">{_e(t(SITE_NO_REPORT))}</p>'
    doc += f'<p class="muted">{_e(t(SITE_FINGERPRINT, fingerprint="§"))}</p>'.replace(
        "§", f'<span class="hash">{_e(fingerprint)}</span>'
    )
    data = (
        f"<ul><li>{_e(t(SITE_INDICATORS))}: "
        '<a href="data/indicators.csv">CSV</a>, <a href="data/indicators.json">JSON</a></li>'
        f"<li>{_e(t(SITE_MEASURES))}: "
        '<a href="data/measures.csv">CSV</a>, <a href="data/measures.json">JSON</a></li>'
        f'<li><a href="data/schema.json">{_e(t(SITE_SCHEMA))}</a></li></ul>'
        f'<p class="muted">{_e(t(SITE_DATA_NOTE))}</p>'
    )
    return f"<section><h2>{_e(t(SITE_DOCUMENTS))}</h2>{doc}{data}</section>"


def _page(
    t: Texts,
    facts: CitizenFacts,
    report: str | None,
    report_hash: str | None,
    fingerprint: str,
) -> str:
    other = [lang for lang in LANGUAGES if lang != t.lang]
    nav = " ".join(
        f'<a href="{PAGE_NAMES[lang]}" hreflang="{lang}" lang="{lang}">'
        f"{_e(i18n.LANGUAGE_NAMES[lang])}</a>"
        for lang in other
    )
    done_behind = (
        '<section class="two">'
        f"<div><h2>{_e(t(T.CITIZEN_WHAT_DONE))}</h2>"
        f"{_list(facts.done, t(T.CITIZEN_NOTHING_DONE))}</div>"
        f"<div><h2>{_e(t(T.CITIZEN_WHAT_BEHIND))}</h2>"
        f"{_list(facts.behind, t(T.CITIZEN_NOTHING_BEHIND))}</div></section>"
    )
    source = t(T.CITIZEN_SOURCE, title=facts.title, period=facts.period_text)
    footer = " ".join(x for x in (source, facts.footer) if x).replace("..", ".")
    title = t(T.CITIZEN_HEADLINE, municipality=facts.municipality)
    return (
        f'<!DOCTYPE html>\n<html lang="{t.lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
        f'<header><div class="wrap"><nav>{nav}</nav>'
        f'<div class="kicker">{_e(t(SITE_KICKER))}</div><h1>{_e(title)}</h1>'
        f'<div class="period">{_e(facts.period_text)}</div></div></header><main>'
        f"{_cards(facts)}{_bars(t, facts)}{done_behind}{_money(t, facts)}"
        f"<section><p><b>{_e(facts.say)}</b></p></section>"
        f"{_documents(t, report, report_hash, fingerprint)}</main>"
        f"<footer>{_e(footer)}</footer></body></html>\n"
    )


def _write(folder: Path, name: str, text: str, *, bom: bool = False) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(("\ufeff" if bom else "") + text, encoding="utf-8", newline="")
    os.replace(tmp, path)
    return name


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise ValidationError("{file} is a file, not a folder", file=str(folder))
    if folder.is_dir() and any(folder.iterdir()) and not (folder / PAGE_NAMES["ky"]).exists():
        raise ValidationError(
            "the folder {folder} holds other files: choose an empty folder or an earlier pack",
            folder=str(folder),
        )


def publish(
    db: Database,
    program_id: uuid.UUID | str,
    period: Period | str | None,
    folder: str | Path,
    *,
    report_pdf: str | Path | None = None,
    translator: Translator = i18n.translator,
) -> PublishResult:
    """Write the website pack of one programme and period into `folder` (created; an earlier
    pack there is replaced file by file)."""
    out = Path(folder)
    _check_folder(out)
    report = Path(report_pdf) if report_pdf else None
    if report is not None and (not report.is_file() or report.suffix.lower() != ".pdf"):
        raise ValidationError("the report {file} is not a PDF file", file=str(report))
    ps = status_service.program_status(db, program_id, period)
    out.mkdir(parents=True, exist_ok=True)
    files: list[str] = []
    report_name = report_hash = None
    if report is not None:
        report_name = f"report-{ps.period}.pdf"
        tmp = out / (report_name + ".tmp")
        shutil.copyfile(report, tmp)
        os.replace(tmp, out / report_name)
        report_hash = sha256_of(out / report_name)
        files.append(report_name)
        files.append(_write(out, "SHA256SUMS", f"{report_hash}  {report_name}\n"))
    fonts = out / "fonts"
    fonts.mkdir(exist_ok=True)
    for font in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "OFL.txt"):
        shutil.copyfile(resources_dir() / "fonts" / font, fonts / font)
        files.append(f"fonts/{font}")
    fingerprint = format_fingerprint(data_fingerprint(db, ps.program_id, ps.period))
    facts_by_lang = {}
    for lang in LANGUAGES:
        t = Texts(translator(lang), lang)
        facts = citizen_facts(db, ps.program_id, ps.period, t)
        facts_by_lang[lang] = facts
        files.append(
            _write(out, PAGE_NAMES[lang], _page(t, facts, report_name, report_hash, fingerprint))
        )
    pid = uuid.UUID(ps.program_id)
    measures = status_service.measure_rows(db, pid, Period.parse(ps.period))
    indicators = open_data.indicator_records(ps)
    # budget per year, spending to the end of the period (issue 21)
    from meapp.services.plan.budget_years import execution

    with db.session() as s:
        per_year = execution(s, pid, Period.parse(ps.period))
    measure_rows = open_data.measure_records(measures, ps.period, per_year)
    ind_cols = [c for c, _ in open_data.INDICATOR_COLUMNS]
    mea_cols_doc = open_data.measure_columns(measures, per_year)
    mea_cols = [c for c, _ in mea_cols_doc]
    meta = {"program_id": ps.program_id, "program_code": ps.program_code, "period": ps.period}
    files.append(
        _write(out, "data/indicators.csv", open_data.to_csv(indicators, ind_cols), bom=True)
    )
    files.append(
        _write(out, "data/measures.csv", open_data.to_csv(measure_rows, mea_cols), bom=True)
    )
    files.append(_write(out, "data/indicators.json", open_data.to_json(indicators, meta)))
    files.append(_write(out, "data/measures.json", open_data.to_json(measure_rows, meta)))
    import json

    files.append(
        _write(
            out,
            "data/schema.json",
            json.dumps(open_data.schema(mea_cols_doc), ensure_ascii=False, indent=1) + "\n",
        )
    )
    return PublishResult(
        folder=str(out),
        period=ps.period,
        approved=facts_by_lang["ky"].approved,
        files=tuple(sorted(files)),
        report_sha256=report_hash,
    )
