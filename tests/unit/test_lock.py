"""The lock files are what gets installed: complete, consistent with pyproject.toml, and the
venv that runs this suite holds exactly them (`make venv` / `make test` install nothing else)."""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
REQ = ROOT / "requirements"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCKS = {"app.txt": (), "test.txt": ("test",), "dist.txt": ("dist",)}
ENTRY = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def _entries(name: str) -> list[tuple[str, Version, Marker | None, int]]:
    """(name, version, marker, number of hashes) for every pinned line of a lock file."""
    out = []
    current = None
    hashes = 0
    for line in (REQ / name).read_text(encoding="utf-8").splitlines():
        match = ENTRY.match(line)
        if match:
            if current:
                out.append((*current, hashes))
            marker = Marker(match.group(3)) if match.group(3) else None
            current = (canonicalize_name(match.group(1)), Version(match.group(2)), marker)
            hashes = 0
        elif line.strip().startswith("--hash=sha256:"):
            hashes += 1
    if current:
        out.append((*current, hashes))
    return out


def _applicable(name: str) -> dict[str, Version]:
    """The lock's pins that apply to the running interpreter and platform."""
    return {n: v for n, v, m, _h in _entries(name) if m is None or m.evaluate()}


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_every_pin_is_hashed_and_exact(lock):
    entries = _entries(lock)
    assert len(entries) > 20
    for name, _version, _marker, hashes in entries:
        assert hashes >= 1, f"{lock}: {name} has no hash"


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_lock_satisfies_pyproject(lock):
    """Each dependency (and each extra's) is pinned at a version its specifier allows: a
    pyproject.toml changed without `make lock` fails here."""
    wanted = list(PYPROJECT["project"]["dependencies"])
    for extra in LOCKS[lock]:
        wanted += PYPROJECT["project"]["optional-dependencies"][extra]
    wanted += ["setuptools>=77"]  # requirements/build.in
    pins = {}
    for name, version, _m, _h in _entries(lock):
        pins.setdefault(name, []).append(version)
    for text in wanted:
        req = Requirement(text)
        name = canonicalize_name(req.name)
        assert name in pins, f"{lock}: {req.name} is not locked (run `make lock`)"
        for version in pins[name]:
            assert req.specifier.contains(version, prereleases=True), (
                f"{lock}: {req.name}=={version} does not satisfy {req.specifier}"
            )


def test_python_floor_is_the_one_claimed():
    claimed = PYPROJECT["project"]["requires-python"]
    text = (ROOT / "scripts" / "lock.py").read_text(encoding="utf-8")
    floor = re.search(r'PYTHON_FLOOR = "([\d.]+)"', text).group(1)
    assert claimed == f">={floor}"
    assert sys.version_info >= tuple(int(p) for p in floor.split("."))
    assert PYPROJECT["tool"]["mypy"]["python_version"] == floor
    assert PYPROJECT["tool"]["ruff"]["target-version"] == "py" + floor.replace(".", "")


def test_the_test_lock_contains_the_app_lock():
    app = {(n, v, str(m)) for n, v, m, _h in _entries("app.txt")}
    test = {(n, v, str(m)) for n, v, m, _h in _entries("test.txt")}
    assert app <= test, sorted(app - test)


def test_this_venv_holds_exactly_the_test_lock():
    """`pip freeze` of the venv `make test` made equals the lock (meapp itself and pip aside)."""
    venv = ROOT / ".venv"
    if Path(sys.prefix).resolve() != venv.resolve() or not (venv / ".installed-test").exists():
        pytest.skip("not running in the venv made by `make test`")
    installed = {
        canonicalize_name(d.metadata["Name"]): Version(d.version) for d in metadata.distributions()
    }
    installed.pop("meapp", None)
    installed.pop("pip", None)
    assert installed == _applicable("test.txt")
