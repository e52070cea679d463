"""review7: stored summaries stay exactly the computed status, and the collector comes back.

- `summary.rollup` reads a summary as fresh only at the programme's own stamp (the
  `_read` query labels the programme's stamp `program_stamp` beside the summary's
  `stamp`): a summary written at another stamp is computed again, and an edit makes the
  edited programme's summary stale, only it.
- The stored texts (`status_text`, the hand-written indent encoder) are the standard
  library's to the byte for the real `status --json` objects of the small demo (Kyrgyz and
  Russian names), and the payload written by the first fill (`figures_only`) is the text of
  the full status.
- `statuses_in` holds the collector off across its yields: it must be on again once the
  generator is closed early, dropped, ends in an exception, or the CLI's `all_statuses`
  wrapper is abandoned.
"""

from __future__ import annotations

import gc
import json
import uuid
from contextlib import closing

import pytest
from sqlalchemy import select, update

from meapp.models.summary import ProgramStamp, StatusSummary
from meapp.services.dashboard import summary
from meapp.services.dashboard.stored import status_text
from meapp.services.monitoring import status as st
from meapp.services.plan.programs import list_programs
from tests.unit import factories as f


def _json_dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2).replace("\n", "\n    ")


@pytest.fixture
def three(db):
    return [f.small_program(db, code=code) for code in ("KB", "KC", "KD")]


def test_a_summary_at_another_stamp_is_computed_again(db, three):
    first = summary.rollup(db, "2024-H1")
    assert first.computed == 3
    assert summary.rollup(db, "2024-H1").computed == 0
    target = three[1].program_id
    with db.session() as s, s.begin():
        stamp = s.scalar(select(ProgramStamp.stamp).where(ProgramStamp.program_id == target))
        assert stamp is not None
        s.execute(
            update(StatusSummary)
            .where(StatusSummary.program_id == target)
            .values(stamp=stamp + 7, progress=0.123456)
        )
    again = summary.rollup(db, "2024-H1")
    assert again.computed == 1
    assert again.programs == first.programs  # the wrong progress did not survive


def test_an_edit_makes_only_that_programme_stale_and_the_new_figures_show(db, three):
    summary.rollup(db, "2024-H1")
    summary.rollup(db, None)
    ns = three[2]
    f.add_progress(db, ns.m1, "2024-H1", "done", 100, {"local_budget": 10.0})
    for period in ("2024-H1", None):
        after = summary.rollup(db, period)
        assert after.computed == 1
        mine = next(p for p in after.programs if p.program_id == str(ns.program_id))
        assert mine == summary.fresh_summary(db, ns.program_id, period)
        assert mine.measures["done"] == 1


def test_the_first_fill_payloads_are_the_full_status_texts(demo_db):
    for period in (None, "2024-H2", "2023"):
        texts = summary.payloads(demo_db, period)
        programs = list_programs(demo_db)
        ordered = sorted(programs, key=lambda p: (p.code, str(p.id)))
        want = [
            _json_dumps(st.status_json(st.program_status(demo_db, p.id, period))) for p in ordered
        ]
        assert texts == want


def test_status_text_is_json_dumps_for_the_demo_in_kyrgyz_and_russian(demo_db):
    seen_cyrillic = False
    for prog in list_programs(demo_db):
        for ps in st.program_statuses(demo_db, prog.id, ["2023-H2", "2024-H1", "2024-H2"]):
            data = st.status_json(ps)
            assert status_text(data) == _json_dumps(data)
            text = status_text(data)
            seen_cyrillic |= any("\u0400" <= ch <= "\u04ff" for ch in text)
    assert seen_cyrillic  # the demo's names went through the encoder unescaped


def _pids(three) -> list[uuid.UUID]:
    return [ns.program_id for ns in three]


def test_the_collector_comes_back_after_statuses_in_is_left_early(db, three):
    assert gc.isenabled()
    with db.session() as s:
        for _ps in st.statuses_in(s, _pids(three), batch=1):
            break
        assert gc.isenabled()
        with closing(st.statuses_in(s, _pids(three), batch=1)) as gen:
            next(gen)
        assert gc.isenabled()
        gen = st.statuses_in(s, _pids(three), batch=1)
        next(gen)
        del gen
        assert gc.isenabled()


def test_the_collector_comes_back_after_an_exception_in_the_consumer(db, three):
    def consume():
        with db.session() as s:
            for n, _ps in enumerate(st.statuses_in(s, _pids(three), batch=1)):
                if n == 1:
                    raise RuntimeError("the consumer failed")

    with pytest.raises(RuntimeError) as caught:
        consume()
    # the exception (and its traceback, whose frames held the generator) is still alive
    assert caught.value.__traceback__ is not None
    assert gc.isenabled()


def test_the_collector_comes_back_after_an_exception_inside_statuses_in(db, three):
    """An exception raised inside the run, where it is suspended (`throw` at its yield)."""
    with db.session() as s:
        gen = st.statuses_in(s, _pids(three), batch=1)
        assert next(gen).program_code == "KB"
        assert gc.isenabled()  # on again between batches: the hold ends with each batch
        with pytest.raises(RuntimeError, match="inside"):
            gen.throw(RuntimeError("inside"))
        assert gc.isenabled()


def test_the_collector_comes_back_after_all_statuses_is_abandoned(db, three):
    with closing(summary.all_statuses(db)) as statuses:
        first = next(statuses)
        assert first.program_code == "KB"
    assert gc.isenabled()
    statuses = summary.all_statuses(db)
    next(statuses)
    del statuses
    assert gc.isenabled()
