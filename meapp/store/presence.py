"""Who has a SQLite database open: one small file per process beside the database.

SQLite shares one file between processes safely, but it cannot say *who* else has it open,
and a restore must know: it replaces the file, and a process still working on the old one
would write its later commits into a file nobody reads again. So every meapp process that
opens a database registers itself in `<db>.meapp-locks/<pid>` and holds that file locked
for as long as it has the database open: `fcntl.flock` on POSIX, `msvcrt.locking` on
Windows. The operating system drops the lock when the process ends, however it ends (kill -9
included), so a file whose lock can be taken belongs to a dead process: it is stale and is
removed by whoever finds it.

The registry is its own file, never the database: on POSIX, closing *any* descriptor of the
database file in a process drops every SQLite lock that process holds on it (fcntl locks are
per process), after which another process closing its connection believes it is the last one
and deletes the WAL index under the first (the "disk I/O error" of issue 20). So nothing here
opens the database file, and nothing in meapp opens it except through SQLite.

`claim(path)` registers this process (counted: several `Database` objects of one process
share one registration); `release(path)` undoes one claim; `others(path)` lists the other
live processes. `nudge(path, pid)` asks another process's window to come to the front (a
`<pid>.come-forward` file its window watches; `nudged` takes it). `ROLE` says what this
process is ("window" for the GUI, "command" for the command line), so a message can say
"a meapp window" or "the command 'meapp status'".
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

ROLE = "command"  # the GUI sets "window" before it opens a database
SUFFIX = ".meapp-locks"
NUDGE = ".come-forward"  # `<pid>.come-forward`: that process's window is asked to the front
_LOCK_AT = 1 << 20  # Windows: the locked byte lies past the text, so others can read it

_lock = threading.Lock()
_held: dict[Path, tuple[IO[bytes], int]] = {}  # path → (open, locked file; claims)


@dataclass(frozen=True)
class Holder:
    """Another live process with the database open."""

    pid: int
    role: str  # "window" or "command"
    command: str  # how it was started, e.g. "meapp status"
    since: str  # ISO time of its registration


def folder(path: Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + SUFFIX)


def _key(path: Path) -> Path:
    return Path(path).resolve()


def _try_lock(fh: IO[bytes]) -> bool:
    """Take the exclusive lock without waiting; False when another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(_LOCK_AT)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fh: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            fh.seek(_LOCK_AT)
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


_VALUED = {"--db", "--program", "--user", "--lang", "--page", "-o", "--output"}
_WORD = re.compile(r"^[a-z][a-z-]*$")


def _command_line() -> str:
    """How this process was started, for a message: "meapp status", "meapp package
    import" (the subcommand's words only: no paths, no logins)."""
    if ROLE == "window":
        return "meapp"
    words: list[str] = []
    skip = False
    for arg in sys.argv[1:]:
        if skip:
            skip = False
            continue
        if arg.startswith("-"):
            skip = arg in _VALUED
            continue
        if not _WORD.match(arg) or len(words) == 2:
            break
        words.append(arg)
    return " ".join(["meapp", *words])


def _register(key: Path) -> IO[bytes] | None:
    """Create and lock this process's file; None when the folder cannot be written (a
    read-only share): the database still opens, it just cannot be seen by others."""
    where = folder(key)
    mine = where / str(os.getpid())
    for _attempt in range(5):
        try:
            where.mkdir(exist_ok=True)
            fh = open(mine, "a+b")  # noqa: SIM115 - held open for the registration's life
        except FileNotFoundError:  # the empty folder was just removed by another process
            continue
        except OSError:
            return None
        if not _try_lock(fh):
            # Held by another process: one looking whether the file is stale (it lets go at
            # once), or, on a shared folder, a process of another computer with our pid.
            fh.close()
            time.sleep(0.01)
            continue
        # Another process's scan may have found the file before the lock and removed it
        # as stale: then the lock is on a file nobody sees; make a new one.
        try:
            held, named = os.fstat(fh.fileno()), os.stat(mine)
            same = (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)
        except OSError:
            same = False
        if not same:
            _unlock(fh)
            fh.close()
            continue
        info = {
            "pid": os.getpid(),
            "role": ROLE,
            "command": _command_line(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(info).encode())
        fh.flush()
        return fh
    return None


def claim(path: Path) -> None:
    """Register this process as one that has the database at `path` open (counted)."""
    key = _key(path)
    with _lock:
        if key in _held:
            fh, count = _held[key]
            _held[key] = (fh, count + 1)
            return
        fh_new = _register(key)
        if fh_new is not None:
            _held[key] = (fh_new, 1)


def release(path: Path) -> None:
    """Undo one `claim`; the last one removes this process's file."""
    key = _key(path)
    with _lock:
        if key not in _held:
            return
        fh, count = _held[key]
        if count > 1:
            _held[key] = (fh, count - 1)
            return
        del _held[key]
        _unlock(fh)
        fh.close()
        with contextlib.suppress(OSError):
            Path(fh.name).unlink()
        with contextlib.suppress(OSError):
            folder(key).rmdir()  # only when empty


def holds(path: Path) -> bool:
    """True when this process has claimed `path`."""
    with _lock:
        return _key(path) in _held


def _remove_stale(entry: Path, fh: IO[bytes]) -> None:
    """Remove a stale registration whose lock `fh` holds. On POSIX it is unlinked before
    the lock goes, so a process registering under that name at this moment cannot lock
    the doomed file and believe itself registered (it sees the name gone and makes a new
    file); Windows refuses to delete a file another process has open, which guards the
    same moment there."""
    if sys.platform == "win32":
        _unlock(fh)
        fh.close()
        with contextlib.suppress(OSError):
            entry.unlink()
        return
    with contextlib.suppress(OSError):
        entry.unlink()
    fh.close()


def _read(entry: Path) -> Holder | None:
    """The holder written in `entry`, or None when its process is gone (then the stale
    file is removed)."""
    try:
        fh = open(entry, "rb")  # noqa: SIM115 - closed below on every path
    except OSError:
        return None
    try:
        if _try_lock(fh):  # nobody holds it: the process ended without removing its file
            _remove_stale(entry, fh)
            return None
        fh.seek(0)
        text = fh.read(4096)
    except OSError:
        text = b""
    finally:
        fh.close()
    try:
        info = json.loads(text.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        info = {}
    pid = int(entry.name) if entry.name.isdigit() else int(info.get("pid", 0) or 0)
    return Holder(
        pid,
        str(info.get("role", "command")),
        str(info.get("command", "meapp")),
        str(info.get("since", "")),
    )


def others(path: Path) -> list[Holder]:
    """The other live meapp processes that have the database at `path` open (stale files
    of ended processes are removed on the way)."""
    where = folder(_key(path))
    if not where.is_dir():
        return []
    found = []
    me = str(os.getpid())
    entries = sorted(where.iterdir())
    for entry in entries:
        if entry.name == me or not entry.name.isdigit():
            continue
        holder = _read(entry)
        if holder is not None:
            found.append(holder)
    alive = {me} | {str(h.pid) for h in found}
    for entry in entries:  # requests to come forward left for processes that ended
        if entry.name.endswith(NUDGE) and entry.name[: -len(NUDGE)] not in alive:
            with contextlib.suppress(OSError):
                entry.unlink()
    if not found and not holds(path):
        with contextlib.suppress(OSError):
            where.rmdir()
    return found


def nudge(path: Path, pid: int) -> bool:
    """Ask the window of process `pid` (which has `path` open) to come to the front: it
    watches the folder and takes the request (`nudged`). False when it cannot be asked."""
    try:
        (folder(_key(path)) / f"{pid}{NUDGE}").write_bytes(b"")
    except OSError:
        return False
    return True


def nudged(path: Path) -> bool:
    """True (once) when another process asked this one's window to come to the front."""
    request = folder(_key(path)) / f"{os.getpid()}{NUDGE}"
    try:
        request.unlink()
    except OSError:
        return False
    return True
