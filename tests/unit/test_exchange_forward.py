"""Packages move forward only, need a yes for what nobody vouches for, and are measured
before they are read (issues 18 and 20).

The sender is the small demo; the receiver an empty database that imported the sender's
whole programme first (as a rayon does). Every refusal is checked on the receiver's whole
content: every row of every table, the audit trail and the row versions included.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, update

from meapp.errors import ValidationError
from meapp.models import Program, User, sync
from meapp.services.access.users import Actor
from meapp.services.exchange import trust
from meapp.services.exchange.export import export_package
from meapp.services.exchange.import_ import (
    ImportConflicts,
    SignerNotConfirmed,
    import_package,
    preview_package,
)
from meapp.services.monitoring import entry as monitoring
from meapp.store import audit_chain
from tests.unit.test_exchange import (
    CHAIR,
    EDITOR,
    OPEN,
    _actual,
    _indicator,
    contents,
    read_entries,
    rehash,
    with_manifest,
    with_table,
    write_entries,
)

SYSTEM = Actor.system()


@pytest.fixture
def program_id(demo_db):
    with demo_db.session() as s:
        return s.scalar(select(Program.id))


@pytest.fixture
def rayon(demo_db, db, program_id, tmp_path):
    """The receiver: an empty database that imported the sender's whole programme."""
    whole = tmp_path / "whole.mepkg"
    export_package(demo_db, CHAIR, program_id, None, whole)
    import_package(db, SYSTEM, whole, accept_unsigned=True)
    return db


def _period_package(demo_db, program_id, tmp_path, name: str) -> Path:
    path = tmp_path / name
    export_package(demo_db, CHAIR, program_id, [OPEN], path)
    return path


def _vector(db, row_id) -> dict[str, int]:
    with db.session() as s:
        return sync.vectors(s, [row_id]).get(row_id, {})


def _actual_id(db, indicator_id, period=OPEN):
    from meapp.models import Actual

    with db.session() as s:
        return s.scalar(
            select(Actual.id).where(Actual.indicator_id == indicator_id, Actual.period == period)
        )


# -- forward only -----------------------------------------------------------------------------


def test_an_old_package_replayed_after_a_newer_one_changes_nothing(
    demo_db, rayon, program_id, tmp_path
):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 3.0)
    old = _period_package(demo_db, program_id, tmp_path, "old.mepkg")
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 4.0)
    new = _period_package(demo_db, program_id, tmp_path, "new.mepkg")
    taken = import_package(rayon, SYSTEM, new, accept_unsigned=True)
    assert taken.created == 1 and _actual(rayon, ind, OPEN) == 4.0
    before = contents(rayon)

    preview = preview_package(rayon, old)
    replay = import_package(rayon, SYSTEM, old, accept_unsigned=True)

    assert preview.already_newer and [c.kind for c in preview.changes] == ["outdated"]
    assert replay.already_newer and replay.outdated == 1 and replay.written == 0
    assert _actual(rayon, ind, OPEN) == 4.0
    assert contents(rayon) == before  # not even the audit trail


def test_an_older_package_needs_no_yes_since_it_changes_nothing(
    demo_db, rayon, program_id, tmp_path
):
    """The replay above, with no answer given: nothing to write, nothing to ask."""
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 3.0)
    old = _period_package(demo_db, program_id, tmp_path, "old.mepkg")
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 4.0)
    import_package(rayon, SYSTEM, _period_package(demo_db, program_id, tmp_path, "new.mepkg"),
                   accept_unsigned=True)  # fmt: skip
    before = contents(rayon)

    assert import_package(rayon, SYSTEM, old).already_newer
    assert contents(rayon) == before


def test_a_local_edit_counts_in_this_databases_origin_and_an_import_takes_the_senders(
    demo_db, rayon, program_id, tmp_path
):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 3.0)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 4.0)
    row = _actual_id(demo_db, ind)
    with demo_db.session() as s:
        sender = str(sync.peek_origin(s))
    with rayon.session() as s:
        receiver = str(sync.peek_origin(s))
    assert sender != receiver
    assert _vector(demo_db, row) == {sender: 2}  # created, then changed: two changes

    import_package(rayon, SYSTEM, _period_package(demo_db, program_id, tmp_path, "p.mepkg"),
                   accept_unsigned=True)  # fmt: skip
    assert _vector(rayon, row) == {sender: 2}  # taken as it is: an import is no local change

    monitoring.set_actual(rayon, EDITOR, ind, OPEN, 5.0)
    assert _vector(rayon, row) == {sender: 2, receiver: 1}


def test_every_local_writer_moves_the_rows_version_and_a_rolled_back_one_does_not(
    demo_db, tmp_path
):
    """The hook sees the writers (GUI services, `import-actuals`, the plan editor, rounds)
    whichever way they write, each row once per change; a refused change leaves none."""
    from meapp.models import Indicator, ReportingRound
    from meapp.services.monitoring import rounds
    from meapp.services.monitoring.actuals_import import import_actuals
    from meapp.services.plan import edit

    with demo_db.session() as s:
        origin = str(sync.peek_origin(s))
        pid = s.scalar(select(Program.id))
        round_id = s.scalar(
            select(ReportingRound.id).where(
                ReportingRound.program_id == pid, ReportingRound.period == OPEN
            )
        )
    ind = _indicator(demo_db)

    def count(row_id) -> int:
        return _vector(demo_db, row_id).get(origin, 0)

    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 3.0)  # what the grid calls
    row = _actual_id(demo_db, ind)
    assert count(row) == 1
    csv = tmp_path / "actuals.csv"
    csv.write_text(f"indicator_id,period,value\n{ind},{OPEN},4\n", encoding="utf-8")
    import_actuals(demo_db, EDITOR, csv)
    assert count(row) == 2
    was = count(ind)
    edit.update_indicator(demo_db, Actor("admin", "admin"), ind, {"name": "Жолдор"})
    assert count(ind) == was + 1
    was = count(round_id)
    rounds.submit(demo_db, EDITOR, pid, OPEN, acknowledged=True)
    assert count(round_id) == was + 1
    before = count(row)
    csv.write_text(f"indicator_id,period,value\n{ind},{OPEN},oops\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        import_actuals(demo_db, EDITOR, csv)
    assert count(row) == before
    with demo_db.session() as s:
        assert s.get(Indicator, ind).name == "Жолдор"


def test_a_package_sent_before_a_change_here_does_not_undo_it(demo_db, rayon, program_id, tmp_path):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 3.0)
    package = _period_package(demo_db, program_id, tmp_path, "p.mepkg")
    import_package(rayon, SYSTEM, package, accept_unsigned=True)
    monitoring.set_actual(rayon, EDITOR, ind, OPEN, 30.0)  # corrected at the rayon
    before = contents(rayon)

    result = import_package(rayon, SYSTEM, package, accept_unsigned=True)

    assert result.already_newer and _actual(rayon, ind, OPEN) == 30.0
    assert contents(rayon) == before


def test_a_row_changed_on_both_sides_is_a_conflict_settled_only_by_a_choice(
    demo_db, rayon, program_id, tmp_path
):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 3.0)
    import_package(rayon, SYSTEM, _period_package(demo_db, program_id, tmp_path, "a.mepkg"),
                   accept_unsigned=True)  # fmt: skip
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 4.0)
    monitoring.set_actual(rayon, EDITOR, ind, OPEN, 40.0)
    package = _period_package(demo_db, program_id, tmp_path, "b.mepkg")
    before = contents(rayon)

    [conflict] = preview_package(rayon, package).conflicts
    with pytest.raises(ImportConflicts):
        import_package(rayon, SYSTEM, package, accept_unsigned=True)

    assert (conflict.mine["value"], conflict.theirs["value"]) == (40.0, 4.0)  # side by side
    assert contents(rayon) == before
    kept = import_package(rayon, SYSTEM, package, accept_unsigned=True, prefer="mine")
    assert kept.kept == 1 and _actual(rayon, ind, OPEN) == 40.0
    # the same package again: this database has seen it and kept its own row
    after_choice = contents(rayon)
    assert import_package(rayon, SYSTEM, package, accept_unsigned=True).already_newer
    assert contents(rayon) == after_choice
    # a later change by the sender is a new conflict, never taken silently
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 5.0)
    later = _period_package(demo_db, program_id, tmp_path, "c.mepkg")
    assert [c.theirs["value"] for c in preview_package(rayon, later).conflicts] == [5.0]
    taken = import_package(rayon, SYSTEM, later, accept_unsigned=True, prefer="theirs")
    assert taken.updated == 1 and _actual(rayon, ind, OPEN) == 5.0


def test_the_receivers_resolution_travels_back_and_is_taken_by_the_sender(
    demo_db, rayon, program_id, tmp_path
):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 3.0)
    import_package(rayon, SYSTEM, _period_package(demo_db, program_id, tmp_path, "a.mepkg"),
                   accept_unsigned=True)  # fmt: skip
    monitoring.set_actual(rayon, EDITOR, ind, OPEN, 33.0)
    back = tmp_path / "back.mepkg"
    export_package(rayon, CHAIR, program_id, [OPEN], back)

    result = import_package(demo_db, SYSTEM, back, accept_unsigned=True)

    assert result.updated == 1 and _actual(demo_db, ind, OPEN) == 33.0


# -- the chain anchor -------------------------------------------------------------------------


def test_the_manifest_carries_the_senders_origin_and_chain_anchor(demo_db, program_id, tmp_path):
    anchor = audit_chain.chain_anchor(demo_db)
    path = _period_package(demo_db, program_id, tmp_path, "p.mepkg")
    manifest = json.loads(dict(read_entries(path))["manifest.json"])
    with demo_db.session() as s:
        origin = str(sync.peek_origin(s))

    assert manifest["chain"] == {"events": anchor[0], "head": anchor[1]}
    assert manifest["origin"] == origin
    preview = preview_package(demo_db, path)
    assert preview.chain == anchor and preview.as_json()["chain"]["head"] == anchor[1]


# -- a yes for what nobody vouches for --------------------------------------------------------


def _forged_versions(good: Path, out: Path, count: int) -> Path:
    """Same rows, but every target claims `count` changes by the sender: an attacker's way to
    make every later real package look older."""
    entries = []
    for name, body in read_entries(good):
        if name == "data/indicator_target.json":
            doc = json.loads(body)
            origin = "11111111-1111-4111-8111-111111111111"
            doc["versions"] = {r["id"]: {origin: count} for r in doc["rows"]}
            body = json.dumps(doc).encode()
        entries.append((name, body))
    return write_entries(out, rehash(entries))


def test_an_unsigned_package_cannot_even_move_versions_without_a_yes(
    demo_db, rayon, program_id, tmp_path
):
    good = _period_package(demo_db, program_id, tmp_path, "p.mepkg")
    forged = _forged_versions(good, tmp_path / "forged.mepkg", 2**40)
    before = contents(rayon)

    with pytest.raises(SignerNotConfirmed) as exc:
        import_package(rayon, SYSTEM, forged)

    assert "--accept-unsigned" in exc.value.text()
    assert contents(rayon) == before


def test_the_first_signer_is_named_with_its_fingerprint_and_needs_a_yes(
    demo_db, db, program_id, tmp_path
):
    path = tmp_path / "signed.mepkg"
    export_package(demo_db, CHAIR, program_id, None, path, password="demo")
    before = contents(db)

    with pytest.raises(SignerNotConfirmed) as exc:
        import_package(db, SYSTEM, path, accept_unsigned=True)  # the wrong yes

    preview = preview_package(db, path)
    assert preview.trust.state == trust.FIRST
    assert preview.trust.signer.sha256 in exc.value.text() and "--accept-signer" in exc.value.text()
    assert contents(db) == before
    assert trust.get_record(preview.municipality_id) is None
    assert import_package(db, SYSTEM, path, accept_signer=True).trust_recorded


def test_another_signer_with_the_same_name_is_told_apart_by_fingerprints(
    demo_db, db, program_id, tmp_path
):
    from meapp.services.signing.identity import create_identity

    first = tmp_path / "first.mepkg"
    export_package(demo_db, CHAIR, program_id, None, first, password="demo")
    import_package(db, SYSTEM, first, accept_signer=True)
    with demo_db.session() as s, s.begin():
        name = s.scalar(select(User.full_name).where(User.login == "chair"))
        s.execute(update(User).where(User.login == "admin").values(full_name=name))
    admin = Actor("admin", "admin", name)
    create_identity(demo_db, admin, "admin", "demo")
    monitoring.set_actual(demo_db, EDITOR, _indicator(demo_db), OPEN, 7.0)
    forged = tmp_path / "same-name.mepkg"
    export_package(demo_db, admin, program_id, [OPEN], forged, password="demo")
    before = contents(db)

    with pytest.raises(SignerNotConfirmed) as exc:
        import_package(db, SYSTEM, forged)

    decision = preview_package(db, forged).trust
    assert decision.state == trust.OTHER_SIGNER
    assert decision.signer.common_name == decision.known.common_name  # same name…
    assert decision.signer.sha256 != decision.known.certificate_sha256  # …other key
    text = exc.value.text()
    assert decision.signer.sha256 in text and decision.known.certificate_sha256 in text
    assert contents(db) == before


# -- numbers and sizes before work ------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "column", "value", "words"),
    [
        ("actual", "version", 10**40, "version is out of range"),
        ("actual", "version", 2**40, "version is out of range"),
        ("actual", "value", 10**300, "value is out of range"),
        ("actual", "value", 1e300, "value is out of range"),
        ("indicator_target", "value", -(10**16), "value is out of range"),
        ("indicator_target", "version", -(2**63), "version is out of range"),
    ],
)
def test_every_number_in_a_package_is_range_checked(
    demo_db, rayon, program_id, tmp_path, table, column, value, words
):
    monitoring.set_actual(demo_db, EDITOR, _indicator(demo_db), OPEN, 3.0)
    good = _period_package(demo_db, program_id, tmp_path, "p.mepkg")

    def change(rows):
        rows[0][column] = value

    bad = write_entries(
        tmp_path / "bad.mepkg", rehash(with_table(read_entries(good), table, change))
    )
    before = contents(rayon)

    with pytest.raises(ValidationError) as exc:
        import_package(rayon, SYSTEM, bad, accept_unsigned=True, prefer="theirs")

    assert words in exc.value.text() and "bad.mepkg" in exc.value.text()
    assert "\n" not in exc.value.text()
    assert contents(rayon) == before


def test_a_row_version_count_out_of_range_is_refused(demo_db, rayon, program_id, tmp_path):
    good = _period_package(demo_db, program_id, tmp_path, "p.mepkg")
    bad = _forged_versions(good, tmp_path / "bad.mepkg", 10**30)
    before = contents(rayon)

    with pytest.raises(ValidationError) as exc:
        preview_package(rayon, bad)

    assert "versions is out of range" in exc.value.text()
    assert contents(rayon) == before


def test_a_manifest_number_out_of_range_is_refused(demo_db, rayon, program_id, tmp_path):
    good = _period_package(demo_db, program_id, tmp_path, "p.mepkg")
    bad = write_entries(
        tmp_path / "bad.mepkg",
        with_manifest(
            rehash(read_entries(good)),
            lambda m: m.update(chain={"events": 10**40, "head": "0" * 64}),
        ),
    )
    with pytest.raises(ValidationError) as exc:
        preview_package(rayon, bad)
    assert "manifest is incomplete or damaged" in exc.value.text()


def test_more_rows_than_the_limit_are_refused_from_the_manifest_before_parsing(
    demo_db, rayon, program_id, tmp_path
):
    good = _period_package(demo_db, program_id, tmp_path, "p.mepkg")

    def claim(manifest):
        manifest["entries"]["data/actual.json"]["rows"] = 10**6

    entries = [(n, b"[not json" if n == "data/actual.json" else b) for n, b in read_entries(good)]
    bad = write_entries(tmp_path / "bad.mepkg", with_manifest(rehash(entries), claim))

    with pytest.raises(ValidationError) as exc:
        preview_package(rayon, bad)

    assert "holds 1000000 rows (at most 250000)" in exc.value.text()


def big_package(good: Path, out: Path, megabytes: int = 38) -> Path:
    """A package of `megabytes` MB on disk whose actuals table is that large too (stored,
    not compressed: random text), with a manifest that lists it correctly."""
    entries = dict(read_entries(good))
    body = os.urandom(megabytes * 1024 * 1024 // 2).hex().encode()
    manifest = json.loads(entries["manifest.json"])
    manifest["entries"]["data/actual.json"] = {
        "sha256": hashlib.sha256(body).hexdigest(),
        "size": len(body),
    }
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for name, data in entries.items():
            if name in ("signature.p7s", "manifest.json"):
                continue
            zf.writestr(name, body if name == "data/actual.json" else data)
        zf.writestr("manifest.json", json.dumps(manifest))
    return out


def test_an_oversized_package_is_refused_before_it_is_read(demo_db, rayon, program_id, tmp_path):
    good = _period_package(demo_db, program_id, tmp_path, "p.mepkg")
    big = big_package(good, tmp_path / "big.mepkg")
    assert big.stat().st_size > 38 * 1024 * 1024
    before = contents(rayon)

    tracemalloc.start()
    started = time.process_time()
    try:
        with pytest.raises(ValidationError) as exc:
            import_package(rayon, SYSTEM, big, accept_unsigned=True)
        cpu = time.process_time() - started
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert "too large to import: data/actual.json would take 38.0 MB (at most 32.0 MB)" in (
        exc.value.text()
    )
    assert peak < 300 * 1024 * 1024 and peak < 20 * 1024 * 1024  # nothing of it was read
    assert cpu < 2.0
    assert contents(rayon) == before
