"""The national demo (issue 22): the country's 484 municipalities by oblast, and a tiny
"national-shaped" build through the same code path (the full one is built only by the
benchmarks: it takes many minutes)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from meapp.models import Municipality, Program
from meapp.services.demo.builder import create_demo, demo_codes, existing_demo
from meapp.services.demo.national import N_NATIONAL, all_municipalities, municipalities


def test_484_municipalities_with_the_real_counts_by_oblast():
    munis = all_municipalities()
    assert len(munis) == N_NATIONAL == 484
    assert len({m[0] for m in munis}) == 484  # a municipality is found by its name
    assert Counter(m[3] for m in munis) == {
        "Бишкек шаары": 1,
        "Ош шаары": 1,
        "Баткен облусу": 37,
        "Жалал-Абад облусу": 88,
        "Ысык-Көл облусу": 63,
        "Нарын облусу": 61,
        "Ош облусу": 89,
        "Талас облусу": 38,
        "Чүй облусу": 106,
    }
    assert {m[1] for m in munis} == {"city", "aiyl_okmotu"}
    assert all(m[0].endswith(("шаары", "айыл өкмөтү")) for m in munis)
    assert all(m[2] is None or m[2].endswith("району") for m in munis)
    assert all(not any("a" <= ch.lower() <= "z" for ch in m[0]) for m in munis)
    assert municipalities(2) == [(munis[0], "NAT-001"), (munis[1], "NAT-002")]
    assert demo_codes("national")[-1] == "NAT-484"


def test_a_tiny_national_build_has_the_full_shape_per_programme(tmp_path):
    from meapp.store.db import open_database

    db = open_database(str(tmp_path / "n.db"))
    steps: list[tuple[int, int]] = []
    summary = create_demo(
        db, scale="national", national_programs=3, progress=lambda d, t: steps.append((d, t))
    )
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert (summary.programs, summary.indicators, summary.measures) == (3, 450, 900)
    assert summary.actuals > 0.9 * 450 * 8
    with db.session() as s:
        rows = s.execute(
            select(Program.code, Municipality.name, Municipality.oblast)
            .join(Municipality, Program.municipality_id == Municipality.id)
            .order_by(Program.code)
        ).all()
    munis = all_municipalities()
    assert [tuple(r) for r in rows] == [
        (f"NAT-00{i + 1}", munis[i][0], munis[i][3]) for i in range(3)
    ]
    again = existing_demo(db, "national")
    assert again is not None and not again.created and again.programs == 3
    db.dispose()


def test_the_progress_bar_has_no_words_to_translate():
    from meapp.cli.cmd_demo import BAR_WIDTH, _bar

    assert _bar(0, 484) == "[" + "." * BAR_WIDTH + "]"
    assert _bar(242, 484) == "[" + "#" * (BAR_WIDTH // 2) + "." * (BAR_WIDTH // 2) + "]"
    assert _bar(484, 484) == "[" + "#" * BAR_WIDTH + "]"
