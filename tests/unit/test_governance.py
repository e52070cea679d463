"""The working group (order, members, quotas), hearings with proposals, public checks."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from meapp.errors import ConcurrentEdit, NotFound, PermissionDenied, ValidationError
from meapp.models import AuditEvent, GroupMember, Hearing, Proposal, PublicCheck
from meapp.services.governance import working_group as g
from tests.unit import factories as f


@pytest.fixture
def prog(db):
    ns = f.small_program(db)
    ns.editor = f.add_user(db, "editor", "editor")
    ns.chair = f.add_user(db, "chair", "evaluator")
    ns.mayor = f.add_user(db, "mayor", "viewer")
    return ns


def _member(name="Asanova Gulnara", gender="f", birth_year=1980, role="member", **kw):
    return g.MemberInput(name, gender=gender, birth_year=birth_year, role=role, **kw)


def _dto(gender="f", birth_year=1980, role="member"):
    return g.MemberDTO("x", "N", None, None, "civic", gender, birth_year, role, 0, 1)


def _events(db, entity):
    with db.session() as s:
        return s.scalars(
            select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.seq)
        ).all()


def _count(db, table):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(table))


# -- quota maths -------------------------------------------------------------------------


def test_quota_of_an_empty_group_says_to_add_members():
    q = g.compute_quota([], 2026)
    assert q.members == 0 and q.women_share is None and q.youth_share is None
    assert not q.women_ok and not q.youth_ok
    assert [w.message for w in q.warnings] == [g.NO_MEMBERS]


def test_quota_met_exactly_at_the_thresholds():
    # 7 of 20 women = 35 %, 4 of 20 young = 20 %
    members = (
        [_dto("f", 2000, "chair")]
        + [_dto("f", 1980)] * 6
        + [_dto("m", 2000)] * 3
        + [_dto("m", 1970)] * 10
    )
    q = g.compute_quota(members, 2026)
    assert (q.members, q.women, q.youth, q.chairs) == (20, 7, 4, 1)
    assert q.women_share == pytest.approx(0.35) and q.youth_share == pytest.approx(0.20)
    assert q.women_ok and q.youth_ok
    assert q.warnings == ()


def test_quota_below_the_thresholds_says_how_many_are_missing():
    # 2 of 9 women (22 %): 2 more women make 4 of 11 = 36 %; 1 of 9 young: 1 more → 2 of 10 = 20 %
    members = [_dto("f", 1970, "chair"), _dto("f", 1999)] + [_dto("m", 1960)] * 7
    q = g.compute_quota(members, 2026)
    assert q.women == 2 and q.youth == 1
    women, youth = q.warnings
    assert women.message == g.WOMEN_LOW
    assert women.params == {"share": "22 %", "target": "35 %", "missing": 2}
    assert youth.message == g.YOUTH_LOW
    assert youth.params["missing"] == 1 and youth.params["share"] == "11 %"


def test_youth_means_under_28_in_the_given_year():
    assert g.is_young(1999, 2026)  # 27
    assert not g.is_young(1998, 2026)  # 28
    assert not g.is_young(None, 2026)
    q = g.compute_quota([_dto("f", 1998, "chair"), _dto("f", 1999)], 2026)
    assert q.youth == 1 and q.youth_share == 0.5


def test_unknown_birth_years_and_chairs_are_warned_about():
    q = g.compute_quota([_dto("f", None, "member"), _dto("f", 1990, "member")], 2026)
    messages = [w.message for w in q.warnings]
    assert g.NO_CHAIR in messages and g.BIRTH_UNKNOWN in messages
    assert q.birth_unknown == 1
    q = g.compute_quota([_dto("f", 1999, "chair"), _dto("f", 1999, "chair")], 2026)
    [w] = q.warnings
    assert w.message == g.MANY_CHAIRS and w.params == {"n": 2}


def test_the_demo_group_meets_the_quotas(demo_db):
    from meapp.services.plan.programs import list_programs

    pid = list_programs(demo_db)[0].id
    q = g.quota(demo_db, pid, 2026)
    assert q.women_ok and q.youth_ok and q.chairs == 1
    assert g.get_group(demo_db, pid).order_number == "№ 112-б"


# -- the group and its members --------------------------------------------------------------


def test_members_are_added_listed_updated_and_deleted_with_audit(db, prog):
    assert g.get_group(db, prog.program_id).id is None
    a = g.add_member(db, prog.chair, prog.program_id, _member("Asanova", role="chair"))
    b = g.add_member(db, prog.chair, prog.program_id, _member("Bekov", gender="m"))
    assert g.get_group(db, prog.program_id).id is not None  # created with the first member
    assert [m.full_name for m in g.list_members(db, prog.program_id)] == ["Asanova", "Bekov"]
    changed = g.update_member(
        db, prog.chair, b.id, _member("Bekov", gender="m", birth_year=2001), b.version
    )
    assert changed.birth_year == 2001 and changed.version == b.version + 1
    g.delete_member(db, prog.chair, a.id)
    assert [m.full_name for m in g.list_members(db, prog.program_id)] == ["Bekov"]
    actions = [e.action for e in _events(db, "group_member")]
    assert actions == ["create", "create", "update", "delete"]
    update = _events(db, "group_member")[2]
    assert json.loads(update.before) == {"birth_year": 1980}
    assert json.loads(update.after) == {"birth_year": 2001}
    assert [e.action for e in _events(db, "working_group")] == ["create"]


def test_reordering_moves_a_member_and_renumbers(db, prog):
    ids = [
        g.add_member(db, prog.chair, prog.program_id, _member(name)).id for name in ("A", "B", "C")
    ]
    out = g.move_member(db, prog.chair, ids[2], -1)
    assert [m.full_name for m in out] == ["A", "C", "B"]
    out = g.move_member(db, prog.chair, ids[0], -1)  # already first: stays
    assert [m.full_name for m in out] == ["A", "C", "B"]
    assert [m.sort_order for m in g.list_members(db, prog.program_id)] == [0, 1, 2]


def test_the_order_number_and_date(db, prog):
    dto = g.set_order(db, prog.chair, prog.program_id, " № 5 ", "2024-02-01")
    assert dto.order_number == "№ 5" and dto.order_date == date(2024, 2, 1)
    again = g.set_order(db, prog.chair, prog.program_id, "№ 6", date(2024, 3, 1), dto.version)
    assert again.order_number == "№ 6"
    with pytest.raises(ConcurrentEdit):
        g.set_order(db, prog.chair, prog.program_id, "№ 7", None, dto.version)
    with pytest.raises(ValidationError, match="Order date"):
        g.set_order(db, prog.chair, prog.program_id, "№ 7", "1 March")


def test_member_validation_names_every_bad_field_and_stores_nothing(db, prog):
    bad = g.MemberInput(" ", side="ngo", gender="x", birth_year="19x9", role="boss")
    with pytest.raises(ValidationError) as exc:
        g.add_member(db, prog.chair, prog.program_id, bad)
    messages = [p.message.split(":")[0] for p in exc.value.problems]
    assert messages == ["Full name", "Side", "Gender", "Birth year", "Role in the group"]
    assert [p.params["field"] for p in exc.value.problems][:2] == ["full_name", "side"]
    with pytest.raises(ValidationError, match="Birth year: must lie between 1900"):
        g.add_member(db, prog.chair, prog.program_id, _member(birth_year=date.today().year + 1))
    assert _count(db, GroupMember) == 0 and _count(db, AuditEvent) == 0


@pytest.mark.parametrize("role", ["editor", "viewer"])
def test_only_the_chair_and_admin_form_the_group(db, prog, role):
    actor = prog.editor if role == "editor" else prog.mayor
    with pytest.raises(PermissionDenied, match="may not change the working group"):
        g.add_member(db, actor, prog.program_id, _member())
    with pytest.raises(PermissionDenied):
        g.set_order(db, actor, prog.program_id, "1", None)
    assert _count(db, GroupMember) == 0
    assert not g.can_set_up(actor) and g.can_set_up(prog.chair)


def test_an_unknown_member_is_not_found(db, prog):
    with pytest.raises(NotFound):
        g.delete_member(db, prog.chair, "00000000-0000-0000-0000-000000000000")
    with pytest.raises(NotFound):
        g.delete_member(db, prog.chair, "not-a-uuid")


# -- hearings and proposals ------------------------------------------------------------------


def test_a_hearing_with_proposals(db, prog):
    h = g.add_hearing(
        db,
        prog.editor,
        prog.program_id,
        g.HearingInput("2024-02-20", "House of culture", "public_hearing", "86", 47, "notes"),
    )
    assert h.attendance == 86 and h.women == 47 and h.proposals == ()
    p = g.add_proposal(db, prog.editor, h.id, "Street lights in Jany-Jer")
    assert p.status == "received"
    g.update_proposal(db, prog.editor, p.id, p.text, "In the 2025 budget", "accepted", p.version)
    [listed] = g.list_hearings(db, prog.program_id)
    assert [(x.answer, x.status) for x in listed.proposals] == [("In the 2025 budget", "accepted")]
    g.update_hearing(
        db,
        prog.editor,
        h.id,
        g.HearingInput("2024-02-21", "Hall", "group_meeting", 10, 5),
        h.version,
    )
    assert g.get_hearing(db, h.id).kind == "group_meeting"
    g.delete_hearing(db, prog.editor, h.id)
    assert _count(db, Hearing) == 0 and _count(db, Proposal) == 0
    assert [e.action for e in _events(db, "proposal")] == ["create", "update", "delete"]
    assert [e.action for e in _events(db, "hearing")] == ["create", "update", "delete"]


def test_hearings_are_listed_newest_first(db, prog):
    for day in ("2024-02-20", "2025-02-20", None):
        g.add_hearing(db, prog.editor, prog.program_id, g.HearingInput(held_on=day))
    days = [h.held_on for h in g.list_hearings(db, prog.program_id)]
    assert days == [date(2025, 2, 20), date(2024, 2, 20), None]


def test_women_cannot_outnumber_the_attendance(db, prog):
    with pytest.raises(ValidationError, match="Women among them: 50 is more than the attendance"):
        g.add_hearing(db, prog.editor, prog.program_id, g.HearingInput(attendance=40, women=50))
    with pytest.raises(ValidationError, match="Attendance: not a whole number"):
        g.add_hearing(db, prog.editor, prog.program_id, g.HearingInput(attendance="many"))
    with pytest.raises(ValidationError, match="Kind"):
        g.add_hearing(db, prog.editor, prog.program_id, g.HearingInput(kind="party"))
    assert _count(db, Hearing) == 0


def test_proposals_need_a_text_and_a_known_status(db, prog):
    h = g.add_hearing(db, prog.editor, prog.program_id, g.HearingInput())
    with pytest.raises(ValidationError) as exc:
        g.add_proposal(db, prog.editor, h.id, "  ", None, "maybe")
    assert [p.params["field"] for p in exc.value.problems] == ["text", "status"]


def test_a_viewer_cannot_record_hearings_or_checks(db, prog):
    with pytest.raises(PermissionDenied):
        g.add_hearing(db, prog.mayor, prog.program_id, g.HearingInput())
    with pytest.raises(PermissionDenied):
        g.add_check(db, prog.mayor, prog.m1, g.CheckInput())
    assert _count(db, Hearing) == 0 and _count(db, PublicCheck) == 0


# -- public checks ---------------------------------------------------------------------------


def test_public_checks_of_investment_measures(db, prog):
    from meapp.models import PlanItem

    with db.session() as s, s.begin():
        s.get(PlanItem, prog.m3).is_investment = True
    assert [m.id for m in g.list_checked_measures(db, prog.program_id)] == [str(prog.m3)]
    c50 = g.add_check(
        db,
        prog.editor,
        prog.m3,
        g.CheckInput("50", "2024-08-20", "Members and residents", "9", "Pipes laid", 4, "3"),
    )
    assert (c50.citizens, c50.timeliness, c50.quality) == (9, 4, 3)
    g.add_check(db, prog.editor, prog.m1, g.CheckInput("100", "2024-12-01"))
    measures = g.list_checked_measures(db, prog.program_id)
    # plan order: m1 (direction 1) before m3 (direction 2); m1 shows because it was checked
    assert [m.id for m in measures] == [str(prog.m1), str(prog.m3)]
    assert measures[1].stage("50") == measures[1].checks[0]
    assert measures[1].stage("100") is None
    g.update_check(db, prog.editor, c50.id, g.CheckInput("50", quality=5), c50.version)
    assert g.list_checked_measures(db, prog.program_id)[1].checks[0].quality == 5
    g.delete_check(db, prog.editor, c50.id)
    assert [e.action for e in _events(db, "public_check")] == [
        "create",
        "create",
        "update",
        "delete",
    ]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (g.CheckInput(stage="75"), "stage"),
        (g.CheckInput(timeliness=0), "timeliness"),
        (g.CheckInput(quality="6"), "quality"),
        (g.CheckInput(citizens="-1"), "citizens"),
        (g.CheckInput(check_date="2024-13-01"), "check_date"),
    ],
)
def test_check_validation_names_the_field(db, prog, data, field):
    with pytest.raises(ValidationError) as exc:
        g.add_check(db, prog.editor, prog.m1, data)
    assert [p.params["field"] for p in exc.value.problems] == [field]
    assert _count(db, PublicCheck) == 0


def test_a_check_of_a_non_measure_is_not_found(db, prog):
    with pytest.raises(NotFound):
        g.add_check(db, prog.editor, prog.o1, g.CheckInput())
