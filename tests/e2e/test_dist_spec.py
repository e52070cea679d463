"""The bundle's build files, checked without building (the real build runs in `make dist`).

A renamed resource folder, a version bump that forgot the Windows version resource, or an
installer that would ask for administrator rights shows here in a second, long before a
PyInstaller build fails (or, worse, succeeds without the files).
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from meapp import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "meapp.spec"


def _spec_constants() -> dict[str, object]:
    """The literal constants at the top of the spec (DATA_DIRS, KEEP_PLUGINS, …), read the
    way scripts/bundle_size.py reads them for its estimate (one reader of the spec)."""
    path = ROOT / "scripts" / "bundle_size.py"
    module_spec = importlib.util.spec_from_file_location("bundle_size", path)
    assert module_spec is not None and module_spec.loader is not None
    module = sys.modules.get("bundle_size")
    if module is None:
        module = importlib.util.module_from_spec(module_spec)
        sys.modules["bundle_size"] = module  # its dataclasses look their module up there
        module_spec.loader.exec_module(module)
    return module.spec_rules(SPEC)


def test_spec_is_python_and_builds_two_executables_in_one_folder():
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text)
    assert re.search(r'_exe\("meapp", console=False\)', text)
    assert re.search(r'_exe\("meapp-cli", console=True\)', text)
    assert re.search(r"COLLECT\(\s*#[^\n]*\n\s*exe_gui,\s*exe_cli,", text)
    assert 'collect_submodules("meapp"' in text  # CLI commands are found with pkgutil
    assert "upx=False" in text


def test_spec_carries_folders_that_exist():
    consts = _spec_constants()
    data_dirs = consts["DATA_DIRS"]
    assert isinstance(data_dirs, list)
    sources = {source for source, _dest, _patterns in data_dirs}
    assert sources == {"meapp/resources", "meapp/migrations"}
    for source, dest, patterns in data_dirs:
        folder = ROOT / source
        assert folder.is_dir(), source
        assert dest == source  # meapp.paths and Alembic look for them under these names
        assert any(any(folder.rglob(p)) for p in patterns), f"nothing to carry in {source}"
    assert any((ROOT / "translations").glob("meapp_*.ts"))
    assert (ROOT / "meapp" / "migrations" / "env.py").is_file()
    assert any((ROOT / "meapp" / "migrations" / "versions").glob("*.py"))


def test_required_files_exist_or_are_generated():
    required = _spec_constants()["REQUIRED_FILES"]
    assert isinstance(required, list)
    for name in required:
        path = ROOT / name
        if path.suffix == ".qm":  # compiled from translations/<name>.ts by the build
            assert (ROOT / "translations" / path.with_suffix(".ts").name).is_file(), name
        else:
            assert path.is_file(), name


def test_spec_keeps_the_qt_plugins_the_app_needs_and_drops_the_heavy_modules():
    consts = _spec_constants()
    plugins = consts["KEEP_PLUGINS"]
    assert isinstance(plugins, dict)
    assert {"qwindows", "qxcb", "qoffscreen"} <= plugins["platforms"]
    assert {"qsvg", "qjpeg"} <= plugins["imageformats"]
    assert plugins["iconengines"] == {"qsvgicon"}
    assert "styles" in plugins
    excludes = consts["EXCLUDES"]
    assert isinstance(excludes, list)
    for name in ("tkinter", "matplotlib", "IPython", "PyQt5", "PyQt6", "PySide2"):
        assert name in excludes
    for module in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"):
        assert f"PySide6.{module}" in excludes
    assert consts["KEEP_QT_TRANSLATIONS"] == {"qtbase_ru.qm"}


def test_windows_version_resource_matches_the_app_version():
    text = (PACKAGING / "version_info.txt").read_text(encoding="utf-8")
    parts = [int(p) for p in re.findall(r"\d+", __version__)[:3]]
    numbers = tuple(parts + [0] * (4 - len(parts)))
    assert f"filevers={numbers}" in text
    assert f"prodvers={numbers}" in text
    assert f"StringStruct('FileVersion', '{__version__}')" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert (ROOT / "meapp" / "resources" / "icons" / "meapp.ico").stat().st_size > 1000
    assert (
        (ROOT / "meapp" / "resources" / "icons" / "meapp.png").read_bytes().startswith(b"\x89PNG")
    )


def test_installer_installs_per_user_without_admin_rights():
    text = (PACKAGING / "installer.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.M)
    assert re.search(r"^DefaultDirName=\{localappdata\}\\Programs\\\{#MyAppName\}$", text, re.M)
    assert re.search(r'^Name: "\{autoprograms\}', text, re.M)  # Start-menu shortcut
    assert f'#define MyAppVersion "{__version__}"' in text
    assert 'Source: "..\\dist\\meapp\\*"' in text


@pytest.mark.parametrize("script", ["build_dist.sh", "smoke_dist.sh"])
def test_build_scripts_are_executable(script):
    path = ROOT / "scripts" / script
    assert path.is_file()
    if os.name != "nt":
        assert os.access(path, os.X_OK)


def test_smoke_script_runs_demo_check_and_a_screenshot():
    text = (ROOT / "scripts" / "smoke_dist.sh").read_text(encoding="utf-8")
    for needle in ('"$EXE" demo', '"$EXE" check', '"$EXE" gui --page plan --screenshot'):
        assert needle in text
    assert "MEAPP_HOME" in text and "-newer" in text  # nothing written beside the executable
    assert 'ldd "$lib"' in text  # the libraries load (numpy's are not reached by the commands)


def test_bundle_entry_point_runs_the_command_line(tmp_path):
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "entry.py"), "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"meapp {__version__}"
    assert not any(tmp_path.iterdir())


def _load_bundle_size():
    import importlib.util

    path = ROOT / "scripts" / "bundle_size.py"
    spec = importlib.util.spec_from_file_location("bundle_size", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bundle_size", module)
    spec.loader.exec_module(module)
    return module


def _spec_function(name: str):
    """One function of the spec, compiled on its own (the spec itself needs PyInstaller)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    node = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
    namespace: dict[str, object] = {}
    exec(compile(ast.Module(body=[node], type_ignores=[]), str(SPEC), "exec"), namespace)
    namespace["struct"] = __import__("struct")
    return namespace[name]


def _imported_modules(folder: Path) -> dict[str, str]:
    """{module: file} of every absolute import in the package's sources."""
    out: dict[str, str] = {}
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for name in names:
                out.setdefault(name, str(path.relative_to(ROOT)))
    return out


def test_the_app_imports_nothing_the_spec_excludes():
    bundle_size = _load_bundle_size()
    excludes = _spec_constants()["EXCLUDES"]
    hits = {
        name: where
        for name, where in _imported_modules(ROOT / "meapp").items()
        if bundle_size.excluded(name, excludes)
    }
    assert hits == {}, "the bundle would lack these modules"


def test_exclusion_is_by_module_and_the_packages_above_it():
    bundle_size = _load_bundle_size()
    excludes = ["numpy.random", "PySide6.QtNetwork"]
    assert bundle_size.excluded("numpy.random", excludes)
    assert bundle_size.excluded("numpy.random._generator", excludes)
    assert not bundle_size.excluded("numpy", excludes)
    assert not bundle_size.excluded("numpy.randomness", excludes)
    assert not bundle_size.excluded("PySide6.QtNetworkAuth", excludes)


def test_bundle_size_reads_the_rules_of_the_spec():
    rules = _load_bundle_size().spec_rules(SPEC)
    consts = _spec_constants()
    for name in ("KEEP_PLUGINS", "KEEP_QT_TRANSLATIONS", "DROP_QT_LIBRARIES", "EXCLUDES"):
        assert rules[name] == consts[name]


def test_bundle_size_applies_the_qt_rules_to_windows_wheel_paths():
    bundle_size = _load_bundle_size()
    rules = bundle_size.spec_rules(SPEC)
    wanted = bundle_size.qt_file_wanted
    assert wanted("PySide6/plugins/platforms/qwindows.dll", rules) is True
    assert wanted("PySide6/plugins/platforms/qdirect2d.dll", rules) is False
    assert wanted("PySide6/plugins/tls/qschannelbackend.dll", rules) is False  # folder not kept
    assert wanted("PySide6/translations/qtbase_ru.qm", rules) is True
    assert wanted("PySide6/translations/qtbase_de.qm", rules) is False
    assert wanted("PySide6/opengl32sw.dll", rules) is False
    assert wanted("PySide6/Qt6Widgets.dll", rules) is True
    assert wanted("numpy.libs/msvcp140-x.dll", rules) is None


def test_bundle_size_reports_a_folder(tmp_path, capsys):
    bundle_size = _load_bundle_size()
    bundle = tmp_path / "meapp"
    (bundle / "_internal" / "big").mkdir(parents=True)
    (bundle / "meapp-cli").write_bytes(b"x" * 3 * 1024 * 1024)
    (bundle / "_internal" / "big" / "a.bin").write_bytes(b"x" * 5 * 1024 * 1024)
    (bundle / "_internal" / "big" / "b.bin").write_bytes(b"x" * 1024 * 1024)
    (bundle / "_internal" / "tiny.txt").write_bytes(b"x" * 10)
    assert bundle_size.report_bundle(bundle) == 0
    out = capsys.readouterr().out
    assert "9.0 MiB in 4 files" in out
    assert re.search(r"^\s+6\.0\s+2\s+big/$", out, re.M)  # a folder of _internal
    assert re.search(r"^\s+3\.0\s+1\s+meapp-cli$", out, re.M)
    largest = [line.split()[-1] for line in out.split("largest files:")[1].strip().splitlines()]
    assert largest[:3] == ["_internal/big/a.bin", "meapp-cli", "_internal/big/b.bin"]


def _pe_with_imports(*dlls: str) -> bytes:
    """A minimal PE32+ image whose import table names `dlls` (enough for pe_imports)."""
    import struct

    section_rva, section_raw = 0x1000, 0x200
    names = b""
    name_rvas = []
    table_size = 20 * (len(dlls) + 1)
    for dll in dlls:
        name_rvas.append(section_rva + table_size + len(names))
        names += dll.encode() + b"\0"
    table = b"".join(struct.pack("<IIIII", 0, 0, 0, rva, 0) for rva in name_rvas) + bytes(20)
    body = table + names
    pe = 0x40
    opt_size = 112 + 16 * 8
    header = bytearray(section_raw)
    header[0:2] = b"MZ"
    struct.pack_into("<I", header, 0x3C, pe)
    header[pe : pe + 4] = b"PE\0\0"
    struct.pack_into("<HH", header, pe + 4, 0x8664, 1)  # machine, one section
    struct.pack_into("<H", header, pe + 4 + 16, opt_size)
    opt = pe + 24
    struct.pack_into("<H", header, opt, 0x20B)
    struct.pack_into("<II", header, opt + 112 + 8, section_rva, len(table))  # import directory
    section = opt + opt_size
    header[section : section + 8] = b".idata\0\0"
    struct.pack_into("<IIII", header, section + 8, len(body), section_rva, len(body), section_raw)
    return bytes(header) + body


def test_bundle_size_reads_the_dlls_a_windows_file_imports():
    bundle_size = _load_bundle_size()
    image = _pe_with_imports("Qt6Core.dll", "KERNEL32.dll")
    assert bundle_size.pe_imports(image) == ["Qt6Core.dll", "KERNEL32.dll"]
    assert bundle_size.pe_imports(b"\x7fELF" + bytes(100)) == []


def test_strip_guard_tells_a_library_the_loader_would_refuse(tmp_path):
    aligned = _spec_function("_elf_segments_aligned")
    elf = Path(os.path.realpath(sys.executable))
    if elf.read_bytes()[:4] != b"\x7fELF":
        pytest.skip("needs an ELF executable (Linux)")
    good = tmp_path / "good"
    good.write_bytes(elf.read_bytes())
    assert aligned(good)
    # shift the file offset of the first loadable segment by one byte: "not page-aligned"
    import struct

    data = bytearray(good.read_bytes())
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        at = phoff + i * phentsize
        if struct.unpack_from("<I", data, at)[0] == 1:
            (offset,) = struct.unpack_from("<Q", data, at + 8)
            struct.pack_into("<Q", data, at + 8, offset + 1)
            break
    bad = tmp_path / "bad"
    bad.write_bytes(bytes(data))
    assert not aligned(bad)


def test_bundle_runs_in_utf8_mode_and_carries_the_licences():
    consts = _spec_constants()
    assert ("X utf8_mode=1", None, "OPTION") in consts["PYTHON_OPTIONS"]
    assert consts["LICENSES_DIR"] == ("build/licenses", "licenses")
    text = (ROOT / "scripts" / "build_dist.sh").read_text(encoding="utf-8")
    assert "scripts/collect_licenses.py build/licenses" in text
    assert "--require-hashes" in text and "requirements/dist.txt" in text
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt", "Qt-for-Python.txt"):
        assert (PACKAGING / "licenses" / name).stat().st_size > 500, name
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_collected_licences_name_qt_and_every_runtime_package(tmp_path):
    import subprocess

    out = tmp_path / "licenses"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "collect_licenses.py"), str(out)],
        check=True,
        capture_output=True,
    )
    listing = (out / "THIRD-PARTY.txt").read_text(encoding="utf-8")
    for name in ("PySide6", "SQLAlchemy", "reportlab", "pyHanko", "openpyxl", "numpy"):
        assert f"\n{name}" in listing or f"\n{name.lower()}" in listing, name
    assert (out / "LGPL-3.0.txt").is_file() and (out / "LICENSE.txt").is_file()


def test_installer_associates_mepkg_files_with_meapp():
    text = (PACKAGING / "installer.iss").read_text(encoding="utf-8")
    assert "ChangesAssociations=yes" in text
    assert 'Subkey: "Software\\Classes\\.mepkg"' in text
    assert '""{app}\\{#MyAppExe}"" ""%1""' in text
