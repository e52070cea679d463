"""Indicators summed within the year on the plan paths (issue 19): the kind column of an
imported matrix in ky/ru/en words, and export → import of such an indicator writes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from meapp.models import Indicator, IndicatorTarget
from meapp.services.access.users import Actor
from meapp.services.plan.export import export_matrix
from meapp.services.plan.importer import ImportOptions, apply_plan_import
from meapp.services.plan.programs import list_programs
from tests.unit.test_plan_export import KY
from tests.unit.test_plan_roundtrip import _audit_count, _rows

ADMIN = Actor.system()


def _matrix(path, kinds: list[str]) -> None:
    """A council matrix with a kind column ("Түрү"): one indicator per kind word."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Индикаторлор"
    ws.append(["Индикаторлор матрицасы"])
    ws.append(
        [
            "№",
            "Индикатордун аталышы",
            "Өлчөө бирдиги",
            "Базалык маани (2022)",
            "2023",
            "2024",
            "2025",
            "2026",
            "Акыркы максаттуу маани",
            "Түрү",
        ]
    )
    for n, kind in enumerate(kinds, start=1):
        ws.append([n, f"Indicator {n}: {kind}", "млн сом", 300, 320, 340, 370, 400, 400, kind])
    wb.save(path)


def _aggregations(db) -> dict[str, str]:
    with db.session() as s:
        return {i.name: i.aggregation for i in s.scalars(select(Indicator))}


@pytest.mark.parametrize(
    "word",
    ["жыл ичиндеги сумма", "Сумма за год", "annual sum", "annual_sum", "жылдык сумма"],
)
def test_the_kind_column_takes_the_sum_within_the_year_in_every_language(db, tmp_path, word):
    path = tmp_path / "m.xlsx"
    _matrix(path, [word, "топтолуучу", "деңгээл"])
    result = apply_plan_import(db, ADMIN, path, None, ImportOptions("T", "M", (2023, 2026)))
    assert result.totals["indicator"] == 3
    kinds = _aggregations(db)
    assert kinds == {
        f"Indicator 1: {word}": "annual_sum",
        "Indicator 2: топтолуучу": "sum",
        "Indicator 3: деңгээл": "latest",
    }
    assert not any("guessed" in w.message for w in result.warnings)
    with db.session() as s:
        ind = s.scalar(select(Indicator).where(Indicator.aggregation == "annual_sum"))
        targets = {
            t.period: t.value
            for t in s.scalars(
                select(IndicatorTarget).where(IndicatorTarget.indicator_id == ind.id)
            )
        }
    # the yearly targets are kept as each year's amount
    assert targets == {"2023": 320, "2024": 340, "2025": 370, "2026": 400}
    assert (ind.baseline_value, ind.final_target) == (300, 400)


def test_an_average_per_year_is_not_a_sum_within_the_year(db, tmp_path):
    path = tmp_path / "m.xlsx"
    _matrix(path, ["среднегодовое", "сумма"])
    apply_plan_import(db, ADMIN, path, None, ImportOptions("T", "M", (2023, 2026)))
    assert sorted(_aggregations(db).values()) == ["average", "sum"]


def _ky(_ctx: str, text: str) -> str:
    return {**KY, "annual sum": "жыл ичиндеги сумма"}.get(text, text)


def _ru(_ctx: str, text: str) -> str:
    return {"annual sum": "сумма за год"}.get(text, text)


def _en(_ctx: str, text: str) -> str:
    return text


@pytest.mark.parametrize("translate", [_en, _ky, _ru], ids=["en", "ky", "ru"])
def test_export_then_import_of_an_annual_sum_indicator_writes_nothing(demo_db, tmp_path, translate):
    (program,) = list_programs(demo_db)
    with demo_db.session() as s, s.begin():
        first = s.scalars(select(Indicator.id).order_by(Indicator.position)).first()
        s.execute(update(Indicator).where(Indicator.id == first).values(aggregation="annual_sum"))
    before, events = _rows(demo_db), _audit_count(demo_db)
    matrix = tmp_path / "matrix.xlsx"
    export_matrix(demo_db, program.id, matrix, translate)
    result = apply_plan_import(demo_db, ADMIN, matrix, program.id)
    assert not [w for w in result.warnings if "not understood" in w.message]
    assert sum(result.created.values()) == 0
    assert sum(result.updated.values()) == 0
    assert _audit_count(demo_db) == events
    assert _rows(demo_db) == before
    with demo_db.session() as s:
        assert s.get(Indicator, first).aggregation == "annual_sum"


def test_the_editor_saves_the_kind_and_the_measurement_fields(db):
    from meapp.errors import ValidationError
    from meapp.services.plan import edit as pe
    from tests.unit import factories as f

    pid = f.make_program(db)
    dto = pe.add_indicator(
        db,
        ADMIN,
        pid,
        name="Jobs created per year",
        aggregation="annual_sum",
        collection_frequency="жылына бир жолу",
    )
    assert (dto.aggregation, dto.collection_frequency, dto.collection_date) == (
        "annual_sum",
        "жылына бир жолу",
        None,
    )
    pe.update_indicator(db, ADMIN, dto.id, {"collection_date": "  31-январь  "})
    again = pe.get_indicator(db, dto.id)
    assert (again.collection_frequency, again.collection_date) == ("жылына бир жолу", "31-январь")
    with pytest.raises(ValidationError) as err:
        pe.update_indicator(db, ADMIN, dto.id, {"aggregation": "per_year"})
    assert err.value.params["field"] == "aggregation"
    assert pe.get_indicator(db, dto.id).aggregation == "annual_sum"
    copy = pe.copy_indicator(db, ADMIN, dto.id)
    assert (copy.aggregation, copy.collection_date) == ("annual_sum", "31-январь")


def test_only_yearly_targets_of_an_annual_sum_are_compared_with_the_baseline(db, tmp_path):
    import openpyxl

    path = tmp_path / "m.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    head = ["№", "Индикатордун аталышы", "Өлчөө бирдиги", "Базалык маани (2022)", "2024"]
    ws.append([*head, "2024-H1", "2025", "Түрү", "Багыттуулук"])
    ws.append([1, "Revenue per year", "млн сом", 300, 340, 170, 280, "сумма за год", "өсүү"])
    ws.append([2, "Revenue level", "млн сом", 300, 340, 170, 280, "деңгээл", "өсүү"])
    wb.save(path)
    result = apply_plan_import(db, ADMIN, path, None, ImportOptions("T", "M", (2023, 2026)))
    below = {
        w.row: w.params["periods"] for w in result.warnings if "below the baseline" in w.message
    }
    assert below == {2: "2025", 3: "2024-H1, 2025"}  # the half of a year's amount is no fall
