"""Failed-login delays are the same for existing and unknown logins (issue 20).

The delays used to grow only for real users (their count was a column of `app_user`), while
an unknown login got a steady short wait: the timing told which logins exist. Now the count
is kept by the login text in `users.LoginThrottle` (the table `login_attempt`), for every login;
these tests compare the recorded counts and the computed delays, never a clock.
"""

from __future__ import annotations

import pytest

from meapp.errors import AuthenticationFailed
from meapp.services.access import users
from meapp.store.db import open_database

PASSWORD = "Ala-Too 2024"


@pytest.fixture
def admin(db):
    users.create_first_admin(db, "aibek", "Aibek Osmonov", PASSWORD)
    return users.authenticate(db, "aibek", PASSWORD, sleep=lambda _s: None)


def fail(db, login: str, times: int) -> list[float]:
    """`times` wrong passwords for `login`; the delays `authenticate` asked to wait."""
    slept: list[float] = []
    for _ in range(times):
        with pytest.raises(AuthenticationFailed) as err:
            users.authenticate(db, login, "a wrong guess", sleep=slept.append)
        assert err.value.text() == "wrong login or password"
    return slept


def test_unknown_and_existing_logins_get_the_same_count_and_delays(db, admin):
    known = fail(db, "aibek", 5)
    unknown = fail(db, "nobody-here", 5)
    assert known == unknown == [0.5, 1.0, 2.0, 4.0, 8.0]
    assert users.failed_logins(db, "aibek") == users.failed_logins(db, "nobody-here") == 5


def test_a_deactivated_user_is_counted_like_an_unknown_login(db, admin):
    users.add_user(db, admin, "asel", full_name="Asel", role="editor", password="password")
    users.deactivate_user(db, admin, "asel")
    assert fail(db, "asel", 3) == fail(db, "nobody", 3) == [0.5, 1.0, 2.0]
    assert users.failed_logins(db, "asel") == users.failed_logins(db, "nobody") == 3


def test_the_count_persists_into_the_next_process_for_unknown_logins_too(db, admin):
    """Each CLI command is a new process: the count must outlive it (it used to be kept
    in memory for unknown logins, so their delay never grew from one command to the next)."""
    fail(db, "nobody-here", 2)
    fail(db, "aibek", 2)
    db.dispose()
    again = open_database(db.url)
    try:
        assert fail(again, "nobody-here", 1) == fail(again, "aibek", 1) == [2.0]
        assert users.failed_logins(again, "nobody-here") == 3
    finally:
        again.dispose()


def test_the_login_text_is_matched_without_letter_case_for_every_login(db, admin):
    fail(db, "NoBody", 2)
    fail(db, "AIBEK", 2)
    assert users.failed_logins(db, "nobody") == users.failed_logins(db, "aibek") == 2


def test_a_success_resets_the_count_and_so_does_a_new_password(db, admin):
    fail(db, "aibek", 3)
    users.authenticate(db, "aibek", PASSWORD, sleep=lambda _s: None)
    assert users.failed_logins(db, "aibek") == 0
    users.add_user(db, admin, "nurlan", full_name="Nurlan", role="viewer", password="password")
    fail(db, "nurlan", 2)
    users.set_password(db, admin, "nurlan", "another one")
    assert users.failed_logins(db, "nurlan") == 0
    assert fail(db, "nurlan", 1) == [0.5]


def test_the_store_keeps_no_login_text(db, admin):
    from sqlalchemy import select

    from meapp.models.security import LoginAttempt

    fail(db, "my-secret-password", 1)
    with db.session() as s:
        rows = s.execute(select(LoginAttempt.key, LoginAttempt.failures)).all()
    assert [tuple(r) for r in rows] == [(users.LoginThrottle.key("my-secret-password"), 1)]
    if db.path is not None:
        db.dispose()  # everything checkpointed into the file
        assert b"my-secret-password" not in db.path.read_bytes()


def test_the_store_is_bounded(db, admin, monkeypatch):
    monkeypatch.setattr(users, "MAX_THROTTLED_LOGINS", 3)
    throttle = users.LoginThrottle(db)
    for login in ("a", "b", "c", "d", "e"):
        throttle.record_failure(login)
    assert [throttle.failures(x) for x in ("a", "b", "c", "d", "e")] == [0, 0, 1, 1, 1]


def test_an_unknown_login_is_checked_against_a_hash_as_costly_as_a_real_one():
    from argon2 import extract_parameters

    real = extract_parameters(users.hash_password("a real password"))
    dummy = extract_parameters(users._dummy())
    assert (dummy.type, dummy.time_cost, dummy.memory_cost, dummy.parallelism) == (
        real.type,
        real.time_cost,
        real.memory_cost,
        real.parallelism,
    )
