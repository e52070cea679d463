#!/usr/bin/env python3
"""What the bundle weighs, and what the Windows bundle would weigh (issue: ≤ 200 MB there).

    scripts/bundle_size.py [BUNDLE]                    # default dist/meapp
    scripts/bundle_size.py --windows-estimate [BUNDLE] [--venv .venv-dist] [--wheels DIR]

Without options it reports a built bundle folder: the total (the files' own sizes, as
Explorer's "Size" shows them, and the disk usage, as `du` shows it), the size of each
top-level part (the executables, then each entry of `_internal/`), and the 15 largest files.
Sizes are in MiB (1 MiB = 1,048,576 bytes), as `du -h` counts.

`--windows-estimate` estimates the Windows bundle from the Linux one (build it first:
`make dist`), with no Windows machine:

1. the distributions the bundle carries are those owning its folders and the modules of
   its Python archive, at the versions installed in the venv (`--venv`: `.venv-dist`, else
   `.venv`), plus their dependencies that only Windows installs (e.g. `tzdata`, newest);
2. their win_amd64 wheels for CPython 3.11, and PyInstaller's (for its Windows
   bootloader), are fetched with `pip download --only-binary=:all: --platform win_amd64
   --python-version 3.11 --implementation cp --no-deps` into `--wheels`
   (default build/bundle-size/wheels; kept, so a second run needs no network);
3. from the wheels it counts what PyInstaller would collect under the rules of
   packaging/meapp.spec (read from the spec, not run): the extension modules (.pyd) of the
   modules the Linux bundle has, minus EXCLUDES; Qt's plugins by KEEP_PLUGINS, Qt's
   catalogues by KEEP_QT_TRANSLATIONS; and every DLL these load (read from their import
   tables, followed through the wheels), minus DROP_QT_LIBRARIES. Data files are those of
   the Linux bundle (taken from the wheel where it has them). The Python archive is the
   Linux one (byte code is the same on both); each executable is the Linux one with
   Windows' bootloader in place of Linux'.
4. Python's own Windows runtime is not on PyPI: the estimate adds a stated allowance for
   python311.dll, the standard library's .pyd files and their DLLs (OpenSSL, SQLite,
   libffi, the VC++ runtime), beside `base_library.zip` taken from the Linux bundle.

Linux-only parts (ICU, X11, glib, libstdc++ …: Qt uses Windows' own) have no Windows
counterpart and count nothing. `make dist-size` can run `scripts/bundle_size.py`, and
`scripts/bundle_size.py --windows-estimate` for the estimate.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import struct
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "meapp.spec"
MIB = 1024 * 1024
INTERNAL = "_internal"

# Python's Windows runtime (python.org's CPython 3.11 for amd64), which PyInstaller copies
# from the building Python: approximate sizes of the files the bundle takes, in MiB. Not
# measured here (no Windows Python can be had); rounded up.
PYTHON_WINDOWS_ALLOWANCE = {
    "python311.dll": 5.8,
    "libcrypto-3.dll (OpenSSL, for _ssl and _hashlib)": 5.0,
    "libssl-3.dll": 0.8,
    "sqlite3.dll + _sqlite3.pyd": 1.6,
    "unicodedata.pyd": 1.1,
    "other stdlib .pyd (_decimal, pyexpat, _ssl, _ctypes, _socket, _lzma, _bz2, …)": 1.8,
    "libffi-8.dll, VCRUNTIME140.dll, VCRUNTIME140_1.dll": 0.2,
}
# DLLs that Python's Windows runtime brings itself (counted in the allowance).
PYTHON_OWN_DLLS = ("vcruntime140.dll", "vcruntime140_1.dll", "python3.dll", "python311.dll")
# Linux-only names among the bundle's top-level entries (the platform's shared libraries).
LINUX_PYTHON = ("libpython3", "python3.")
EXTENSION_SUFFIXES_LINUX = (".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so")
EXTENSION_SUFFIXES_WINDOWS = (".cp311-win_amd64.pyd", ".pyd")
NOT_BUNDLED = {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "pip", "setuptools"}


def mib(size: float) -> str:
    return f"{size / MIB:8.1f}"


# -- a built bundle -------------------------------------------------------------------------


@dataclass
class FileInfo:
    rel: str
    size: int
    blocks: int


def bundle_files(bundle: Path) -> list[FileInfo]:
    """Every regular file of the bundle (a symbolic link counts once, as its target)."""
    out = []
    for dirpath, _dirs, files in os.walk(bundle):
        for name in files:
            path = Path(dirpath) / name
            if path.is_symlink():
                continue
            st = path.stat()
            out.append(
                FileInfo(path.relative_to(bundle).as_posix(), st.st_size, st.st_blocks * 512)
            )
    return out


def component(rel: str) -> str:
    parts = rel.split("/")
    if parts[0] == INTERNAL and len(parts) > 1:
        return parts[1] + ("/" if len(parts) > 2 else "")
    return parts[0]


def group(items: list[tuple[str, int]]) -> dict[str, tuple[int, int]]:
    """{component: (files, bytes)} of (component, size) pairs."""
    out: dict[str, tuple[int, int]] = {}
    for name, size in items:
        n, s = out.get(name, (0, 0))
        out[name] = (n + 1, s + size)
    return out


def print_table(rows: dict[str, tuple[int, int]], total: int, *, least: float = 0.005) -> None:
    """Largest first; parts under `least` of the total go into one line."""
    small_n = small_s = small_parts = 0
    print(f"{'MiB':>8}  {'files':>5}  part")
    for name, (n, s) in sorted(rows.items(), key=lambda kv: (-kv[1][1], kv[0])):
        if total and s < least * total:
            small_n, small_s, small_parts = small_n + n, small_s + s, small_parts + 1
            continue
        print(f"{mib(s)}  {n:5d}  {name}")
    if small_parts:
        print(f"{mib(small_s)}  {small_n:5d}  ({small_parts} smaller parts)")


def report_bundle(bundle: Path, top: int = 15) -> int:
    files = bundle_files(bundle)
    if not files:
        print(f"bundle_size: no files in {bundle}", file=sys.stderr)
        return 1
    total = sum(f.size for f in files)
    disk = sum(f.blocks for f in files)
    print(
        f"bundle {bundle}: {total / MIB:.1f} MiB in {len(files)} files "
        f"({disk / MIB:.1f} MiB on disk, as du counts)"
    )
    print()
    print_table(group([(component(f.rel), f.size) for f in files]), total)
    print()
    print(f"the {top} largest files:")
    for f in sorted(files, key=lambda f: (-f.size, f.rel))[:top]:
        print(f"{mib(f.size)}  {f.rel}")
    return 0


# -- the spec's rules -------------------------------------------------------------------------


def spec_rules(spec: Path = SPEC) -> dict[str, object]:
    """The upper-case literal constants of the spec (KEEP_PLUGINS, EXCLUDES …), not run."""
    tree = ast.parse(spec.read_text(encoding="utf-8"), filename=str(spec))
    out: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id.isupper():
                with contextlib.suppress(ValueError):  # not a literal (e.g. STRIP): not a rule
                    out[target.id] = ast.literal_eval(node.value)
    for name in ("KEEP_PLUGINS", "KEEP_QT_TRANSLATIONS", "DROP_QT_LIBRARIES", "EXCLUDES"):
        if name not in out:
            raise SystemExit(f"bundle_size: {spec} has no literal {name}")
    return out


def excluded(module: str, excludes: list[str]) -> bool:
    """As PyInstaller's excludes: the module or a package above it is excluded."""
    return any(module == e or module.startswith(e + ".") for e in excludes)


def plugin_name(filename: str) -> str:
    stem = filename.split(".")[0]
    return stem[3:] if stem.startswith("lib") and not filename.endswith(".dll") else stem


def qt_file_wanted(rel: str, rules: dict) -> bool | None:
    """The spec's Qt rules on a wheel path under PySide6/: keep, drop, or None (not Qt's)."""
    parts = rel.split("/")
    if parts[0] != "PySide6":
        return None
    if "plugins" in parts:
        i = parts.index("plugins")
        if len(parts) >= i + 3:
            keep = rules["KEEP_PLUGINS"].get(parts[i + 1], ())
            return keep is None or plugin_name(parts[-1]) in keep
    if "translations" in parts and parts[-1].endswith(".qm"):
        return parts[-1] in rules["KEEP_QT_TRANSLATIONS"]
    if parts[-1].lower().endswith(".dll"):
        stem = parts[-1][3:] if parts[-1].startswith("lib") else parts[-1]
        return not stem.split(".")[0].startswith(tuple(rules["DROP_QT_LIBRARIES"]))
    return None


# -- Windows DLLs -------------------------------------------------------------------------------


def pe_imports(data: bytes) -> list[str]:
    """The DLL names a PE file (DLL, .pyd, .exe) imports, delay-loaded ones included."""
    try:
        if data[:2] != b"MZ":
            return []
        (pe,) = struct.unpack_from("<I", data, 0x3C)
        if data[pe : pe + 4] != b"PE\0\0":
            return []
        coff = pe + 4
        (nsections,) = struct.unpack_from("<H", data, coff + 2)
        (opt_size,) = struct.unpack_from("<H", data, coff + 16)
        opt = coff + 20
        (magic,) = struct.unpack_from("<H", data, opt)
        dirs = opt + (112 if magic == 0x20B else 96)
        sections = []
        for i in range(nsections):
            base = opt + opt_size + 40 * i
            vsize, vaddr, rawsize, rawptr = struct.unpack_from("<IIII", data, base + 8)
            sections.append((vaddr, max(vsize, rawsize), rawptr))

        def offset(rva: int) -> int | None:
            for vaddr, size, rawptr in sections:
                if vaddr <= rva < vaddr + size:
                    return rva - vaddr + rawptr
            return None

        def cstring(rva: int) -> str | None:
            off = offset(rva)
            if off is None:
                return None
            end = data.index(b"\0", off)
            return data[off:end].decode("ascii", "replace")

        names = []
        for entry, stride, name_at in ((1, 20, 12), (13, 32, 4)):  # imports, delay imports
            rva, size = struct.unpack_from("<II", data, dirs + 8 * entry)
            off = offset(rva) if rva else None
            while off is not None and size:
                desc = data[off : off + stride]
                if len(desc) < stride or not any(desc):
                    break
                (name_rva,) = struct.unpack_from("<I", desc, name_at)
                name = cstring(name_rva)
                if name:
                    names.append(name)
                off += stride
        return names
    except (struct.error, ValueError, IndexError):
        return []


# -- the estimate --------------------------------------------------------------------------------

_VENV_PROBE = r"""
import importlib.metadata as md, json, sys
from packaging.markers import Marker, default_environment
from packaging.requirements import Requirement
tops = json.loads(sys.stdin.read())
mapping = md.packages_distributions()
dists = {}
for top in tops:
    for name in mapping.get(top, []):
        d = md.distribution(name)
        dists[d.metadata["Name"]] = d.version
win = dict(default_environment(), sys_platform="win32", platform_system="Windows",
           os_name="nt", extra="")
here = dict(default_environment(), extra="")
extra = {}
for name in list(dists):
    for text in md.distribution(name).requires or []:
        r = Requirement(text)
        if r.marker is None or "extra" in str(r.marker):
            continue
        if r.marker.evaluate(win) and not r.marker.evaluate(here):
            extra.setdefault(r.name, str(r.specifier))
pyi = None
try:
    import PyInstaller, os
    pyi = [PyInstaller.__version__, os.path.join(os.path.dirname(PyInstaller.__file__),
           "bootloader", "Linux-64bit-intel", "run")]
except ImportError:
    pass
print(json.dumps({"dists": dists, "windows_only": extra, "pyinstaller": pyi}))
"""


def bundle_modules(bundle: Path, venv_python: Path) -> set[str]:
    """The modules in the bundle's Python archive (read with the venv's PyInstaller)."""
    exe = bundle / "meapp-cli"
    code = r"""
import json, sys
from PyInstaller.archive.readers import CArchiveReader
arc = CArchiveReader(sys.argv[1])
names = [n for n in arc.toc if n.endswith("PYZ.pyz") or n == "PYZ-00.pyz" or n.endswith(".pyz")]
pyz = arc.open_embedded_archive(names[0])
print(json.dumps(sorted(pyz.toc)))
"""
    out = subprocess.run([str(venv_python), "-c", code, str(exe)], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"bundle_size: cannot read the Python archive of {exe}:\n{out.stderr}")
    return set(json.loads(out.stdout))


@dataclass
class Wheels:
    files: dict[str, tuple[str, int]] = field(default_factory=dict)  # rel -> (wheel, size)
    data: dict[str, bytes] = field(default_factory=dict)  # rel of PE files -> content

    def add(self, wheel: Path) -> None:
        with zipfile.ZipFile(wheel) as z:
            for info in z.infolist():
                rel = info.filename
                if info.is_dir():
                    continue
                self.files.setdefault(rel, (wheel.name, info.file_size))
                if rel.lower().endswith((".dll", ".pyd")):
                    self.data.setdefault(rel, z.read(info))


def venv_python(venv: Path) -> Path:
    for candidate in (venv / "bin" / "python", venv / "Scripts" / "python.exe"):
        if candidate.exists():
            return candidate
    raise SystemExit(f"bundle_size: no Python in {venv}")


def download(python: Path, pins: list[str], dest: Path) -> list[str]:
    """Fetch the win_amd64 / cp311 wheels; returns the pins that have none."""
    dest.mkdir(parents=True, exist_ok=True)
    base = [
        str(python),
        "-m",
        "pip",
        "download",
        "-q",
        "--disable-pip-version-check",
        "--only-binary=:all:",
        "--platform",
        "win_amd64",
        "--python-version",
        "3.11",
        "--implementation",
        "cp",
        "--no-deps",
        "-d",
        str(dest),
    ]

    def fetch(names: list[str]) -> bool:
        done = subprocess.run(base + names, capture_output=True, text=True)
        if done.returncode and len(names) == 1:
            print("\n".join(done.stderr.strip().splitlines()[-1:]), file=sys.stderr)
        return done.returncode == 0

    if fetch(pins):
        return []
    return [pin for pin in pins if not fetch([pin])]


def module_of(rel: str, suffixes: tuple[str, ...]) -> str | None:
    for suffix in suffixes:
        if rel.endswith(suffix):
            return rel[: -len(suffix)].replace("/", ".")
    return None


def norm(name: str) -> str:
    """A distribution's name as wheel file names spell it."""
    return name.lower().replace("-", "_").replace(".", "_")


def version_key(wheel_name: str) -> tuple:
    parts = wheel_name.split("-")[1].split(".")
    return tuple(int(p) if p.isdigit() else 0 for p in parts)


def is_elf(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"


def estimate_windows(
    bundle: Path, venv: Path, wheel_dir: Path, verbose: bool = False, spec: Path = SPEC
) -> int:
    """Print the estimate of the Windows bundle (see the module's docstring for the steps)."""
    rules = spec_rules(spec)
    python = venv_python(venv)
    internal = bundle / INTERNAL
    if not (bundle / "meapp-cli").is_file() or not internal.is_dir():
        raise SystemExit(f"bundle_size: no Linux bundle in {bundle} (run `make dist`)")
    files = bundle_files(bundle)
    modules = bundle_modules(bundle, python)

    # 1. the distributions carried, and their Windows wheels
    carried = _carried_distributions(python, venv, files, modules)
    missing = download(
        python,
        carried.pins + carried.windows_only_pins + [f"pyinstaller=={carried.pyinstaller[0]}"],
        wheel_dir,
    )
    wheels, pyi_wheel = _read_wheels(wheel_dir, carried)

    # 2. what goes in, by the spec's rules
    counting = _Counting(wheels)
    linux_ext, linux_libs = _linux_binaries(bundle, files)
    no_counterpart = _count_extensions(counting, linux_ext, rules)
    _count_ctypes_dlls(counting, linux_libs)
    _count_qt_files(counting, rules)
    system = _count_dll_dependencies(counting, rules)
    linux_only = _count_data_files(counting, bundle, files, carried.windows_only)

    # 3. the executables and Python's runtime
    exe_linux, exes = _executables(bundle, carried.pyinstaller, pyi_wheel)
    allowance = int(sum(PYTHON_WINDOWS_ALLOWANCE.values()) * MIB)
    _print_estimate(
        _Estimate(
            bundle=bundle,
            spec=spec,
            venv=venv,
            wheel_dir=wheel_dir,
            carried=carried,
            counted=counting.counted,
            exes=exes,
            exe_linux=exe_linux,
            allowance=allowance,
            linux_only=linux_only,
            system=system,
            no_counterpart=no_counterpart,
            missing=missing,
            pyi_wheel=pyi_wheel,
        ),
        verbose,
    )
    return 0


@dataclass
class _Carried:
    """The distributions the Linux bundle carries ({name: version} as installed in the venv),
    their dependencies that only Windows installs ({name: specifier}), and the venv's
    PyInstaller ([version, path of its Linux bootloader])."""

    dists: dict[str, str]
    windows_only: dict[str, str]
    pyinstaller: list[str]

    @property
    def pins(self) -> list[str]:
        return [f"{n}=={v}" for n, v in sorted(self.dists.items())]

    @property
    def windows_only_pins(self) -> list[str]:
        return [f"{n}{spec}" for n, spec in sorted(self.windows_only.items())]


def _carried_distributions(
    python: Path, venv: Path, files: list[FileInfo], modules: set[str]
) -> _Carried:
    """Which distributions own the bundle's top-level modules and folders, asked of the
    venv's own Python (the versions there are the bundle's; this script's Python may not
    have them). PyInstaller and pip, which build the bundle but are not in it, and meapp
    itself (its files are the Linux bundle's) are left out."""
    tops = sorted(
        {m.split(".")[0] for m in modules}
        | {f.rel.split("/")[1].split(".")[0] for f in files if f.rel.startswith(INTERNAL + "/")}
    )
    probe = subprocess.run(
        [str(python), "-c", _VENV_PROBE], input=json.dumps(tops), capture_output=True, text=True
    )
    if probe.returncode:
        raise SystemExit(f"bundle_size: cannot read the venv {venv}:\n{probe.stderr}")
    found = json.loads(probe.stdout)
    dists = {
        n: v for n, v in found["dists"].items() if n.lower() not in NOT_BUNDLED and n != "meapp"
    }
    pyi = found["pyinstaller"]
    if pyi is None:
        raise SystemExit(f"bundle_size: PyInstaller is not in {venv}")
    return _Carried(dists, found["windows_only"], pyi)


def _read_wheels(wheel_dir: Path, carried: _Carried) -> tuple[Wheels, Path | None]:
    """The files of the fetched wheels that belong to the estimate: those at the pinned
    versions, and of each Windows-only dependency the newest fetched (it has no pin); and
    PyInstaller's win_amd64 wheel, for its Windows bootloader (None when it was not
    fetched). Wheels of earlier runs with other versions lie in the same folder and are
    passed over."""
    pinned = {(norm(n), v) for n, v in carried.dists.items()}
    windows_only = {norm(n) for n in carried.windows_only}
    newest: dict[str, Path] = {}
    wheels = Wheels()
    pyi_wheel = None
    for wheel in sorted(wheel_dir.glob("*.whl")):
        name, version = norm(wheel.name.split("-")[0]), wheel.name.split("-")[1]
        if name == "pyinstaller":
            if version == carried.pyinstaller[0] and "win_amd64" in wheel.name:
                pyi_wheel = wheel
        elif (name, version) in pinned:
            wheels.add(wheel)
        elif name in windows_only:
            newest[name] = max(newest.get(name, wheel), wheel, key=lambda w: version_key(w.name))
    for wheel in newest.values():
        wheels.add(wheel)
    return wheels, pyi_wheel


@dataclass
class _Counting:
    """What the Windows bundle's `_internal/` gets: {rel: (part, size, source)}, in the order
    it was found (the verbose listing keeps it among files of one size)."""

    wheels: Wheels
    counted: dict[str, tuple[str, int, str]] = field(default_factory=dict)

    def take(self, rel: str, source: str) -> None:
        """Count a wheel's file once, at its size in the wheel."""
        if rel not in self.counted:
            self.counted[rel] = (component(f"{INTERNAL}/{rel}"), self.wheels.files[rel][1], source)


def _linux_binaries(
    bundle: Path, files: list[FileInfo]
) -> tuple[dict[str, FileInfo], set[tuple[str, str]]]:
    """The Linux bundle's extension modules ({module: file}) and the libraries packages load
    themselves with ctypes ({(folder, stem)}, e.g. pypdfium2_raw/libpdfium.so): what the
    Windows bundle needs a counterpart of. Vendored libraries (`*.libs/`) and the platform's
    (libpython …) are left out: they are found through the import tables instead."""
    linux_ext: dict[str, FileInfo] = {}
    linux_libs: set[tuple[str, str]] = set()
    for f in files:
        if not f.rel.startswith(INTERNAL + "/"):
            continue
        rel = f.rel[len(INTERNAL) + 1 :]
        if not is_elf(bundle / f.rel):
            continue
        folder = rel.rsplit("/", 1)[0] if "/" in rel else ""
        if folder.endswith(".libs") or rel.startswith(LINUX_PYTHON):
            continue
        suffixes = EXTENSION_SUFFIXES_LINUX if folder else EXTENSION_SUFFIXES_LINUX[:2]
        mod = module_of(rel, suffixes)
        if mod and not rel.split("/")[-1].startswith("lib"):
            linux_ext[mod] = f
        elif folder and not folder.startswith("PySide6"):
            stem = rel.split("/")[-1].removeprefix("lib").split(".so")[0]
            linux_libs.add((folder, stem))
    return linux_ext, linux_libs


def _count_extensions(
    counting: _Counting, linux_ext: dict[str, FileInfo], rules: dict
) -> list[str]:
    """The Windows .pyd of every Linux extension module the spec does not exclude; returns
    the modules whose wheels have none (counted nothing, and said so)."""
    excludes = list(rules["EXCLUDES"])
    win_ext: dict[str, str] = {}
    for rel in counting.wheels.files:
        mod = module_of(rel, EXTENSION_SUFFIXES_WINDOWS)
        if mod:
            win_ext[mod] = rel
    no_counterpart: list[str] = []
    for mod in sorted(linux_ext):
        if excluded(mod, excludes):
            continue
        pyd = win_ext.get(mod)
        if pyd is None:
            no_counterpart.append(mod)
        else:
            counting.take(pyd, "wheel")
    return no_counterpart


def _count_ctypes_dlls(counting: _Counting, linux_libs: set[tuple[str, str]]) -> None:
    """The DLLs a package loads itself (ctypes), where the Linux bundle has their .so: as the
    package's PyInstaller hook collects them; no import table names them."""
    for rel in counting.wheels.files:
        folder, _, name = rel.rpartition("/")
        if name.lower().endswith(".dll") and (folder, name[: -len(".dll")]) in linux_libs:
            counting.take(rel, "wheel")


def _count_qt_files(counting: _Counting, rules: dict) -> None:
    """Qt's plugins and catalogues, by the spec's KEEP_PLUGINS and KEEP_QT_TRANSLATIONS."""
    for rel in counting.wheels.files:
        parts = rel.split("/")
        qt_part = parts[0] == "PySide6" and ("plugins" in parts or "translations" in parts)
        if qt_part and qt_file_wanted(rel, rules):
            counting.take(rel, "wheel")


def _count_dll_dependencies(counting: _Counting, rules: dict) -> set[str]:
    """Every DLL the counted files load, followed through the wheels' import tables (a
    DLL's own imports too); returns the names no wheel has, taken as Windows' or Python's
    own. A DLL is loaded once per process, by name: PyInstaller collects one of each name
    (the one beside the importing package's first), and Python's own (the VC++ runtime)
    are in the allowance; DROP_QT_LIBRARIES are not followed."""
    wheels = counting.wheels
    by_name: dict[str, list[str]] = {}
    for rel in wheels.data:
        if rel.lower().endswith(".dll"):
            by_name.setdefault(rel.rsplit("/", 1)[-1].lower(), []).append(rel)
    system: set[str] = set()
    queue = [rel for rel in counting.counted if rel in wheels.data]
    seen = set(queue)
    names_taken = {rel.rsplit("/", 1)[-1].lower() for rel in counting.counted} | set(
        PYTHON_OWN_DLLS
    )
    while queue:
        rel = queue.pop()
        for dll in pe_imports(wheels.data[rel]):
            candidates = by_name.get(dll.lower())
            if not candidates:
                system.add(dll.lower())
                continue
            if dll.lower() in names_taken:
                continue
            top = rel.split("/")[0]
            pick = next((c for c in candidates if c.split("/")[0] == top), candidates[0])
            if qt_file_wanted(pick, rules) is False:
                continue
            if pick not in seen:
                seen.add(pick)
                names_taken.add(dll.lower())
                counting.take(pick, "wheel (DLL)")
                queue.append(pick)
    return system


def _count_data_files(
    counting: _Counting, bundle: Path, files: list[FileInfo], windows_only: dict[str, str]
) -> int:
    """The data files: the Linux bundle's, at the wheel's size where the wheel has them,
    base_library.zip as the Python runtime's, and the
    Windows-only distributions whole (their hooks take their data). Returns the size of the
    Linux bundle's own binaries, which the wheels' Windows files above stand for."""
    wheels = counting.wheels
    linux_only = 0
    for f in files:
        if not f.rel.startswith(INTERNAL + "/"):
            continue
        rel = f.rel[len(INTERNAL) + 1 :]
        top = rel.split("/")[0]
        if top == "base_library.zip":
            counting.counted[rel] = ("Python runtime", f.size, "Linux bundle")
            continue
        if top.startswith(LINUX_PYTHON) or is_elf(bundle / f.rel):
            linux_only += f.size
            continue
        if top == "PySide6":  # Qt's catalogues: from the wheel, by the rules above
            continue
        if rel in wheels.files:
            counting.take(rel, "wheel")
        else:
            counting.counted[rel] = (component(f.rel), f.size, "Linux bundle")
    for name in windows_only:
        for rel, (wheel, size) in wheels.files.items():
            if norm(wheel.split("-")[0]) == norm(name) and not rel.endswith(".py"):
                counting.counted.setdefault(
                    rel, (component(f"{INTERNAL}/{rel}"), size, "wheel (Windows only)")
                )
    return linux_only


def _executables(
    bundle: Path, pyinstaller: list[str], pyi_wheel: Path | None
) -> tuple[int, dict[str, int]]:
    """The Linux executable's size, and each Windows executable's: the Linux one (the Python
    archive is the same on both) with Windows' bootloader (console or not) in place of
    Linux', plus the icon. Without PyInstaller's Windows wheel the Linux bootloader's size
    stands in."""
    exe_linux = (bundle / "meapp-cli").stat().st_size
    boot_linux = Path(pyinstaller[1]).stat().st_size
    boot_win = {}
    if pyi_wheel is not None:
        with zipfile.ZipFile(pyi_wheel) as z:
            for name in ("run.exe", "runw.exe"):
                info = z.getinfo(f"PyInstaller/bootloader/Windows-64bit-intel/{name}")
                boot_win[name] = info.file_size
    icon = (ROOT / "meapp" / "resources" / "icons" / "meapp.ico").stat().st_size
    return exe_linux, {
        "meapp.exe": exe_linux - boot_linux + boot_win.get("runw.exe", boot_linux) + icon,
        "meapp-cli.exe": exe_linux - boot_linux + boot_win.get("run.exe", boot_linux) + icon,
    }


@dataclass
class _Estimate:
    """Everything the estimate's report prints."""

    bundle: Path
    spec: Path
    venv: Path
    wheel_dir: Path
    carried: _Carried
    counted: dict[str, tuple[str, int, str]]
    exes: dict[str, int]
    exe_linux: int
    allowance: int
    linux_only: int
    system: set[str]
    no_counterpart: list[str]
    missing: list[str]
    pyi_wheel: Path | None

    def rows(self) -> dict[str, tuple[int, int]]:
        """{part: (files, bytes)}: the counted files by part, the executables, and the
        Python runtime with the allowance added."""
        rows: dict[str, tuple[int, int]] = {}
        for _rel, (part, size, _src) in self.counted.items():
            n, s = rows.get(part, (0, 0))
            rows[part] = (n + 1, s + size)
        for name, size in self.exes.items():
            rows[name] = (1, size)
        n, s = rows.get("Python runtime", (0, 0))
        rows["Python runtime"] = (n + len(PYTHON_WINDOWS_ALLOWANCE), s + self.allowance)
        return rows


def _print_estimate(e: _Estimate, verbose: bool) -> None:
    """The table by part, the total, the assumptions behind it and (verbose) every file."""
    rows = e.rows()
    total = sum(s for _n, s in rows.values())
    print(f"Windows estimate for {e.bundle} (spec rules of {e.spec}; wheels in {e.wheel_dir})")
    print()
    print_table(rows, total)
    print()
    print(
        f"total: {total / MIB:.1f} MiB ({total / 1e6:.1f} MB) unpacked, "
        f"about {len(e.counted) + 2 + len(PYTHON_WINDOWS_ALLOWANCE)} files"
    )
    print()
    print("assumptions:")
    _print_assumptions(e)
    if verbose:
        print()
        for rel, (_part, size, source) in sorted(e.counted.items(), key=lambda kv: -kv[1][1]):
            print(f"{mib(size)}  {source:20s}  {rel}")
    print("- sizes are the files' own (Explorer's \"Size\"); NTFS rounds each up to 4 KiB on disk")


def _print_assumptions(e: _Estimate) -> None:
    """What the figure rests on, and what it could not count, so that a reader can judge
    how far to trust it."""
    windows_only = e.carried.windows_only_pins
    print(
        f"- the wheels: {len(e.carried.pins)} distributions at the versions of {e.venv}"
        + (f", plus Windows-only {', '.join(windows_only)} (newest)" if windows_only else "")
    )
    print(
        f"- each executable: the Linux one ({e.exe_linux / MIB:.1f} MiB, Python archive same on "
        f"both) with PyInstaller {e.carried.pyinstaller[0]}'s Windows bootloader and the icon"
    )
    print(
        f"- Python's Windows runtime (not on PyPI): an allowance of {e.allowance / MIB:.1f} MiB "
        "(python.org 3.11 amd64, approximate), beside base_library.zip from the Linux bundle:"
    )
    for name, size in PYTHON_WINDOWS_ALLOWANCE.items():
        print(f"    {size:4.1f}  {name}")
    print(
        f"- the Linux bundle's own binaries ({e.linux_only / MIB:.1f} MiB) count nothing: the "
        "wheels' Windows files above stand for them; the Linux-only ones (ICU, X11, glib, "
        "libstdc++ …: Qt on Windows uses the system's) have no counterpart"
    )
    if e.system:
        print(
            f"- DLLs not in the wheels, taken as Windows' or Python's own ({len(e.system)}): "
            + ", ".join(sorted(e.system)[:12])
            + (" …" if len(e.system) > 12 else "")
        )
    if e.no_counterpart:
        print(
            "- Linux extension modules without a Windows .pyd (counted 0): "
            + ", ".join(e.no_counterpart)
        )
    if e.missing:
        print(f"- no win_amd64 wheel could be fetched for: {', '.join(e.missing)} (counted 0)")
    if e.pyi_wheel is None:
        print("- PyInstaller's Windows wheel missing: the Linux bootloader size was used")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "meapp"))
    parser.add_argument(
        "--windows-estimate",
        action="store_true",
        help="estimate the Windows bundle from the Linux one and the win_amd64 wheels",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="with --windows-estimate: every file counted"
    )
    parser.add_argument("--spec", default=str(SPEC), help="the spec whose rules apply")
    parser.add_argument(
        "--venv", help="venv whose versions are pinned (default .venv-dist, else .venv)"
    )
    parser.add_argument(
        "--wheels",
        default=str(ROOT / "build" / "bundle-size" / "wheels"),
        help="where the Windows wheels are kept",
    )
    args = parser.parse_args(argv)
    bundle = Path(args.bundle)
    if not bundle.is_dir():
        print(f"bundle_size: no bundle folder {bundle} (run `make dist`)", file=sys.stderr)
        return 1
    if not args.windows_estimate:
        return report_bundle(bundle)
    venv = (
        Path(args.venv)
        if args.venv
        else next((v for v in (ROOT / ".venv-dist", ROOT / ".venv") if v.is_dir()), ROOT / ".venv")
    )
    return estimate_windows(bundle, venv, Path(args.wheels), args.verbose, Path(args.spec))


if __name__ == "__main__":
    raise SystemExit(main())
