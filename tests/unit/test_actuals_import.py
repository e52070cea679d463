"""`import-actuals`: CSV and XLSX, all or nothing, every bad row named."""

from __future__ import annotations

import zipfile

import pytest
from sqlalchemy import func, select

from meapp.errors import PermissionDenied, ValidationError
from meapp.models import Actual, AuditEvent
from meapp.services.monitoring import actuals_import, status
from meapp.services.monitoring import entry as monitoring
from tests.unit import factories as f


@pytest.fixture
def prog(db):
    ns = f.small_program(db)
    ns.editor = f.add_user(db, "editor", "editor")
    ns.mayor = f.add_user(db, "mayor", "viewer")
    return ns


def write_csv(path, lines, encoding="utf-8"):
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def write_xlsx(path, rows, title="Actuals"):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def stored(db):
    with db.session() as s:
        return (
            sorted(
                (str(a.indicator_id), a.period, a.value, a.comment)
                for a in s.scalars(select(Actual))
            ),
            s.scalar(select(func.count()).select_from(AuditEvent)),
        )


def test_a_csv_file_is_imported(db, prog, tmp_path):
    path = write_csv(
        tmp_path / "actuals.csv",
        [
            "indicator_id,period,value,comment",
            f"{prog.roads},2023-H1,1.0,act no. 5",
            f"{prog.roads},2023-H2,1.5,",
            f"{prog.school},2023-H2,68,survey",
        ],
    )
    result = actuals_import.import_actuals(db, prog.editor, path)
    assert (result.rows, result.created, result.updated, result.unchanged) == (3, 3, 0, 0)
    ps = status.program_status(db, prog.program_id, "2023-H2")
    roads = next(r for r in ps.indicators if r.code == "1")
    assert roads.actual == pytest.approx(2.5)
    assert result.program_ids == (str(prog.program_id),)


def test_imported_values_give_the_same_status_as_typed_ones(db, prog, tmp_path):
    values = [
        (prog.roads, "2023-H1", 1.0),
        (prog.roads, "2023-H2", 1.5),
        (prog.school, "2023-H2", 68.0),
        (prog.losses, "2023-H2", 33.0),
    ]
    for ind, period, value in values:
        monitoring.set_actual(db, prog.editor, ind, period, value)
    typed = status.status_json(status.program_status(db, prog.program_id, "2023-H2"))
    for ind, period, _value in values:
        monitoring.set_actual(db, prog.editor, ind, period, None)
    path = write_csv(
        tmp_path / "a.csv",
        ["indicator_id,period,value"]
        + [f"{ind},{period},{value}" for ind, period, value in values],
    )
    actuals_import.import_actuals(db, prog.editor, path)
    imported = status.status_json(status.program_status(db, prog.program_id, "2023-H2"))
    assert imported == typed


def test_excel_style_csv_with_semicolons_decimal_commas_and_cp1251(db, prog, tmp_path):
    path = write_csv(
        tmp_path / "a.csv",
        [
            "indicator_id;period;value;comment",
            f"{prog.revenue};2024-H1;1 234,5;Салыктар",
        ],
        encoding="cp1251",
    )
    actuals_import.import_actuals(db, prog.editor, path)
    row = next(
        r for r in status.program_status(db, prog.program_id, "2024-H1").indicators if r.code == "4"
    )
    assert row.actual == 1234.5 and row.comment == "Салыктар"


def test_headers_with_a_bom_and_capitals_are_recognised(db, prog, tmp_path):
    path = write_csv(
        tmp_path / "a.csv",
        ["Indicator_ID,Period,Value", f"{prog.school},2024-H1,72"],
        encoding="utf-8-sig",
    )
    assert actuals_import.import_actuals(db, prog.editor, path).created == 1


def test_an_xlsx_file_is_imported(db, prog, tmp_path):
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [
            ["indicator_id", "period", "value", "comment"],
            [str(prog.school), "2024-H1", 72, "survey"],
            [str(prog.losses), "2024-H1", "31,5", None],
        ],
    )
    result = actuals_import.import_actuals(db, prog.editor, path)
    assert result.created == 2
    rows = {r.code: r for r in status.program_status(db, prog.program_id, "2024-H1").indicators}
    assert rows["2"].actual == 72.0 and rows["3"].actual == 31.5


def test_one_bad_row_means_nothing_is_stored_and_every_bad_row_is_named(db, prog, tmp_path):
    monitoring.set_actual(db, prog.editor, prog.school, "2023-H2", 68.0)
    f.set_round(db, prog.program_id, "2023-H2", "approved")
    before = stored(db)
    path = write_csv(
        tmp_path / "bad.csv",
        [
            "indicator_id,period,value,comment",
            f"{prog.roads},2024-H1,1.0,good row",  # 2
            "00000000-0000-0000-0000-000000000009,2024-H1,1,",  # 3 unknown indicator
            "roads,2024-H1,1,",  # 4 not an id
            f"{prog.roads},2024-H2,one,",  # 5 not a number
            f"{prog.roads},2024-H5,1,",  # 6 malformed period
            f"{prog.roads},2030-H1,1,",  # 7 outside the programme
            f"{prog.school},2023-H2,70,",  # 8 locked period
            f"{prog.roads},2024-H1,2.0,",  # 9 duplicate of row 2
        ],
    )
    with pytest.raises(ValidationError) as exc:
        actuals_import.import_actuals(db, prog.editor, path)
    problems = {(p.row, p.column): p for p in exc.value.problems}
    assert set(problems) == {
        (3, "indicator_id"),
        (4, "indicator_id"),
        (5, "value"),
        (6, "period"),
        (7, "period"),
        (8, "period"),
        (9, "period"),
    }
    assert all(p.file == "bad.csv" for p in exc.value.problems)
    assert problems[(3, "indicator_id")].message == "unknown indicator {id}"
    assert problems[(5, "value")].text() == "bad.csv, row 5, column value: not a number: one"
    assert "outside the programme" in problems[(7, "period")].text()
    assert "locked" in problems[(8, "period")].text()
    assert problems[(9, "period")].params["first"] == 2
    assert stored(db) == before


def test_xlsx_problems_name_the_sheet_row_and_column(db, prog, tmp_path):
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [
            ["indicator_id", "period", "value"],
            [str(prog.school), "2024-H1", "lots"],
        ],
        title="Факт",
    )
    with pytest.raises(ValidationError) as exc:
        actuals_import.import_actuals(db, prog.editor, path)
    p = exc.value.problems[0]
    assert (p.file, p.sheet, p.row, p.column) == ("a.xlsx", "Факт", 2, "value")


def test_reimporting_the_same_file_changes_nothing(db, prog, tmp_path):
    path = write_csv(tmp_path / "a.csv", ["indicator_id,period,value", f"{prog.school},2024-H1,72"])
    actuals_import.import_actuals(db, prog.editor, path)
    before = stored(db)
    again = actuals_import.import_actuals(db, prog.editor, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert stored(db) == before


def test_empty_rows_are_skipped_and_a_comment_alone_keeps_the_value(db, prog, tmp_path):
    monitoring.set_actual(db, prog.editor, prog.school, "2024-H1", 72.0)
    path = write_csv(
        tmp_path / "a.csv",
        [
            "indicator_id,period,value,comment",
            f"{prog.school},2024-H1,,checked again",
            f"{prog.roads},2024-H1,,",
            ",,,",
        ],
    )
    result = actuals_import.import_actuals(db, prog.editor, path)
    assert result.updated == 1 and result.skipped == 1
    row = next(
        r for r in status.program_status(db, prog.program_id, "2024-H1").indicators if r.code == "2"
    )
    assert row.actual == 72.0 and row.comment == "checked again"


def test_a_missing_column_is_named(db, prog, tmp_path):
    path = write_csv(tmp_path / "a.csv", ["indicator,period,value", f"{prog.school},2024-H1,1"])
    with pytest.raises(ValidationError) as exc:
        actuals_import.import_actuals(db, prog.editor, path)
    assert exc.value.problems[0].column == "indicator_id"
    assert "missing column" in exc.value.problems[0].message


def test_unused_columns_are_a_warning(db, prog, tmp_path):
    path = write_csv(
        tmp_path / "a.csv", ["indicator_id,period,value,unit", f"{prog.school},2024-H1,72,%"]
    )
    result = actuals_import.import_actuals(db, prog.editor, path)
    assert result.created == 1
    assert [w.column for w in result.warnings] == ["unit"]


def test_suspicious_values_are_imported_with_a_warning(db, prog, tmp_path):
    path = write_csv(
        tmp_path / "a.csv",
        [
            "indicator_id,period,value",
            f"{prog.revenue},2024-H1,1300",
            f"{prog.revenue},2024-H2,1300000",
        ],
    )
    result = actuals_import.import_actuals(db, prog.editor, path)
    assert result.created == 2
    assert [(w.row, w.column) for w in result.warnings] == [(3, "value")]
    assert "thousand som" in result.warnings[0].message


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.pdf", b"%PDF-1.4", "unsupported file type"),
        ("a.xls", b"\xd0\xcf\x11\xe0", ".xls"),
        ("a.xlsx", b"this is not a workbook", "not an Excel workbook"),
        ("a.csv", b"", "empty"),
        ("a.csv", b"\x00\x01\x02binary", "not a text file"),
        ("a.csv", b"PK\x03\x04rest", "Excel workbook, not a CSV"),
    ],
)
def test_wrong_files_get_a_clear_message(db, prog, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as exc:
        actuals_import.import_actuals(db, prog.editor, path)
    assert message in exc.value.text()
    assert exc.value.problems[0].file == name


def test_a_broken_xlsx_gets_a_clear_message(db, prog, tmp_path):
    # the same answer as the plan import gives (one vetting: `workbook.vet_workbook`)
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "no workbook in here")
    with pytest.raises(ValidationError) as exc:
        actuals_import.import_actuals(db, prog.editor, path)
    assert "not an Excel workbook" in exc.value.text()


def test_a_huge_file_is_refused(db, prog, tmp_path, monkeypatch):
    monkeypatch.setattr(actuals_import, "MAX_BYTES", 1024)
    path = write_csv(
        tmp_path / "big.csv", ["indicator_id,period,value"] + [f"{prog.school},2024-H1,1"] * 100
    )
    with pytest.raises(ValidationError) as exc:
        actuals_import.import_actuals(db, prog.editor, path)
    assert "too large" in exc.value.text()


def test_a_missing_file_is_named(db, prog, tmp_path):
    with pytest.raises(ValidationError) as exc:
        actuals_import.import_actuals(db, prog.editor, tmp_path / "nowhere.csv")
    assert "not found" in exc.value.text()


def test_indicators_of_another_programme_are_refused_when_one_is_chosen(db, prog, tmp_path):
    other = f.small_program(db, code="ZZ")
    path = write_csv(
        tmp_path / "a.csv", ["indicator_id,period,value", f"{other.school},2024-H1,72"]
    )
    with pytest.raises(ValidationError) as exc:
        actuals_import.import_actuals(db, prog.editor, path, prog.program_id)
    assert "another programme" in exc.value.text()


def test_a_viewer_cannot_import(db, prog, tmp_path):
    path = write_csv(tmp_path / "a.csv", ["indicator_id,period,value", f"{prog.school},2024-H1,72"])
    before = stored(db)
    with pytest.raises(PermissionDenied):
        actuals_import.import_actuals(db, prog.mayor, path)
    assert stored(db) == before


def test_import_reports_progress(db, prog, tmp_path):
    path = write_csv(
        tmp_path / "a.csv",
        ["indicator_id,period,value", f"{prog.school},2024-H1,72", f"{prog.school},2024-H2,75"],
    )
    calls = []
    actuals_import.import_actuals(db, prog.editor, path, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (2, 2)
