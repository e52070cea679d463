"""Failed logins on the command line are counted alike for real and unknown logins (issue 20).

Each `meapp` command is a new process. The count of failures used to outlive the process
only for real users (a column of `app_user`), so `admin`'s delay grew from one command to
the next while an unknown login's stayed short: the timing told which logins exist. Here
two wrong passwords for `admin` and two for `nobody` leave the same recorded count, read
by the service after the processes ended — no clock is involved.
"""

from __future__ import annotations

import pytest

from meapp.errors import AuthenticationFailed
from meapp.services.access import users
from meapp.store.db import open_database
from tests.helpers import run_cli

pytestmark = pytest.mark.slow


def test_wrong_passwords_count_the_same_for_admin_and_an_unknown_login(demo_db):
    path = str(demo_db.path)
    demo_db.dispose()
    for login in ("admin", "nobody", "admin", "nobody"):
        r = run_cli(
            "--db",
            path,
            "--user",
            login,
            "user",
            "add",
            "x1",
            "--role",
            "viewer",
            env={"MEAPP_PASSWORD": "wrong", "MEAPP_NEW_PASSWORD": "x1-pass", "MEAPP_LANG": "en"},
        )
        assert r.returncode == 2, r.stderr
        assert r.stderr.strip() == "meapp: wrong login or password"
    db = open_database(path)
    try:
        assert users.failed_logins(db, "admin") == users.failed_logins(db, "nobody") == 2
        # the next failure waits the same for both: the delay of the third in a row
        slept: list[float] = []
        for login in ("admin", "nobody"):
            with pytest.raises(AuthenticationFailed, match="wrong login or password"):
                users.authenticate(db, login, "wrong", sleep=slept.append)
        assert slept == [2.0, 2.0]
    finally:
        db.dispose()
