"""`meapp demo` then `meapp check` and `meapp programs` on a real file, as a user runs them."""

from __future__ import annotations

import json

import pytest

from tests.helpers import run_cli


@pytest.fixture
def meapp(tmp_path):
    db = tmp_path / "x.db"

    def run(*args: str):
        env = {"MEAPP_HOME": str(tmp_path / "home"), "MEAPP_LANG": "en"}
        return run_cli("--db", str(db), *args, env=env)

    run.db = db  # type: ignore[attr-defined]
    return run


def test_demo_then_check_and_programs(meapp):
    made = meapp("demo")
    assert made.returncode == 0, made.stderr
    assert "Traceback" not in made.stderr
    for login in ("admin", "editor", "chair", "mayor"):
        assert login in made.stdout
    assert "demo" in made.stdout  # the password is printed
    assert meapp.db.exists()

    check = meapp("check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "chain intact" in check.stdout

    report = meapp("check", "--json")
    assert report.returncode == 0
    data = json.loads(report.stdout)
    assert data["ok"] is True and data["audit"]["ok"] is True
    assert data["audit"]["events"] > 300  # every demo row was audited
    assert data["programs"] == 1

    listed = meapp("programs", "--json")
    assert listed.returncode == 0, listed.stderr
    programs = json.loads(listed.stdout)["programs"]
    assert [p["code"] for p in programs] == ["KB-2023"]
    assert programs[0]["municipality"] == "Кара-Балта шаары"
    assert (programs[0]["start_year"], programs[0]["end_year"]) == (2023, 2026)


def test_demo_twice_is_harmless_and_json_says_so(meapp):
    first = meapp("demo", "--json")
    assert first.returncode == 0, first.stderr
    made = json.loads(first.stdout)
    assert made["created"] is True
    assert (made["programs"], made["indicators"], made["measures"]) == (1, 12, 21)
    assert made["actuals"] == 47
    assert made["users"] == ["admin", "editor", "chair", "mayor"]
    assert list(made) == [
        "program_ids",
        "programs",
        "indicators",
        "measures",
        "actuals",
        "users",
        "created",
    ]

    # Users exist now, yet no login is needed: the demo is there, nothing changes.
    second = meapp("demo", "--json")
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)
    assert again["created"] is False
    assert again["program_ids"] == made["program_ids"]

    text = meapp("demo")
    assert text.returncode == 0
    assert "already" in text.stdout

    check = meapp("check", "--json")
    assert json.loads(check.stdout)["audit"]["ok"] is True


def test_oblast_scale_needs_an_admin_once_users_exist(meapp):
    assert meapp("demo").returncode == 0
    refused = meapp("demo", "--scale", "oblast")
    assert refused.returncode == 2
    assert "Traceback" not in refused.stderr
    assert len([ln for ln in refused.stderr.splitlines() if ln.startswith("meapp:")]) == 1


def test_unknown_scale_is_a_usage_error(meapp):
    bad = meapp("demo", "--scale", "huge")
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
