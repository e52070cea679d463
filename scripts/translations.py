#!/usr/bin/env python3
"""Update and compile meapp's Qt Linguist catalogues (translations/meapp_{ky,ru,en}.ts → .qm).

    scripts/translations.py update [--drop-obsolete]   extract strings into the .ts files
    scripts/translations.py compile                    .ts → .qm with scripts/qm.py
    scripts/translations.py check                      list unfinished ky/ru entries (exit 1)
    scripts/translations.py missing LANG               unfinished entries as TSV (context, source)
    scripts/translations.py apply LANG FILE.tsv        set translations from TSV
                                                       (context, source, translation[, form2…])

`update` runs pyside6-lupdate over meapp/ and main.py, so existing translations are kept
and new strings arrive as unfinished. lupdate cannot see three kinds of strings in the
Qt-free code, so this script finds them with Python's `ast` and hands them to lupdate in a
generated file:

- messages of the service errors (`ValidationError("…")`, `Problem("…")`, …) → "problems";
- `ctx.tr("…")`, `self.tr("…")` or a bare `tr("…")` in `meapp/cli/` → "cli" (lupdate would
  file them under "ctx", "Context" or no context);
- `QT_TRANSLATE_NOOP(CONTEXT, "…")` / `translate(CONTEXT, "…")` whose context is a
  module-level constant rather than a literal.

English is the source language: `meapp_en.ts` gets every source copied as its translation.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
# The compiled catalogues are package data (meapp.paths.translations_dir), made here or by
# the wheel's build step; never committed.
QM_DIR = ROOT / "meapp" / "resources" / "translations"
LANGUAGES = ("ky", "ru", "en")
TRANSLATED = ("ky", "ru")  # must be complete
# How many %n forms Qt's lrelease expects per language: a Kyrgyz entry with a single form
# would silently fall back to English at run time.
PLURAL_FORMS = {"ky": 2, "ru": 3, "en": 2}
SOURCE_LANGUAGE = "en"
# Contexts lupdate invents from `tr(...)` outside Qt classes (`ctx.tr`, the CLI's
# `Context.tr`, a bare `tr` alias); their strings are extracted properly by this script.
BOGUS_CONTEXTS = {"", "ctx", "Context"}
ERROR_CLASSES = {
    "MeappError",
    "ValidationError",
    "PermissionDenied",
    "NotFound",
    "PeriodLocked",
    "ConcurrentEdit",
    "AuthenticationFailed",
    "IntegrityDamage",
    "Problem",
}
# Problem texts built inside errors.py from a local helper, listed here until that module
# marks them itself.
EXTRA_STRINGS = (
    ("problems", "sheet {sheet}"),
    ("problems", "row {row}"),
    ("problems", "column {column}"),
    ("problems", "invalid input"),
)


def ts_path(lang: str) -> Path:
    return TS_DIR / f"meapp_{lang}.ts"


def source_files() -> list[Path]:
    files = sorted(p for p in (ROOT / "meapp").rglob("*.py") if "migrations" not in p.parts)
    main = ROOT / "main.py"
    if main.exists():
        files.append(main)
    return files


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 into the venv")
    return found


# -- extraction of what lupdate cannot see ------------------------------------------------------
def _name(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _text(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """The known error classes plus every class in the tree derived from one of them."""
    names = set(ERROR_CLASSES)
    changed = True
    while changed:
        changed = False
        for tree in trees:
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in names
                    and any(_name(base) in names for base in node.bases)
                ):
                    names.add(node.name)
                    changed = True
    return names


def _module_constants(tree: ast.Module) -> dict[str, str]:
    consts: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            value = _text(node.value)
            if isinstance(target, ast.Name) and value is not None:
                consts[target.id] = value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            value = _text(node.value)
            if value is not None:
                consts[node.target.id] = value
    return consts


def extract_hidden(files: list[Path]) -> list[tuple[str, str]]:
    """(context, source) pairs lupdate would miss or misfile, in a stable order."""
    parsed = []
    for path in files:
        try:
            parsed.append((path, ast.parse(path.read_text(encoding="utf-8"), str(path))))
        except SyntaxError as exc:
            print(f"warning: skipped {path}: {exc}", file=sys.stderr)
    errors = _error_classes([tree for _, tree in parsed])
    found: dict[tuple[str, str], None] = {pair: None for pair in EXTRA_STRINGS}
    cli_dir = ROOT / "meapp" / "cli"
    for path, tree in parsed:
        in_cli = cli_dir in path.parents
        consts = _module_constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            args = node.args
            if name in errors:
                text = _text(args[0]) if args else None
                for kw in node.keywords:
                    if kw.arg == "message" and text is None:
                        text = _text(kw.value)
                if text:
                    found[("problems", text)] = None
            elif (
                name == "tr"
                and args
                and (in_cli or _name(getattr(node.func, "value", None)) == "ctx")
            ):
                text = _text(args[0])
                if text:
                    found[("cli", text)] = None
            elif name in ("QT_TRANSLATE_NOOP", "translate") and len(args) >= 2:
                ctx_node, text = args[0], _text(args[1])
                if text and isinstance(ctx_node, ast.Name) and ctx_node.id in consts:
                    found[(consts[ctx_node.id], text)] = None
    return list(found)


def write_hidden(pairs: list[tuple[str, str]], folder: Path) -> Path:
    lines = [
        "# Generated by scripts/translations.py for pyside6-lupdate; not part of meapp.",
        "def QT_TRANSLATE_NOOP(c, t):",
        "    return t",
        "",
    ]
    for context, text in pairs:
        lines.append(
            f"QT_TRANSLATE_NOOP({json.dumps(context, ensure_ascii=False)}, "
            f"{json.dumps(text, ensure_ascii=False)})"
        )
    path = folder / "meapp_hidden_strings.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- .ts files ----------------------------------------------------------------------------------
def read_ts(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write in one stable layout (sorted contexts), so re-running `update` is quiet."""
    root = tree.getroot()
    contexts = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for c in list(root):
        root.remove(c)
    for c in contexts:
        root.append(c)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def messages(tree: ET.ElementTree):
    """(context name, message element) for every live message (not vanished/obsolete)."""
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            tr = message.find("translation")
            kind = tr.get("type") if tr is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            yield name, message


def is_unfinished(message: ET.Element) -> bool:
    tr = message.find("translation")
    if tr is None or tr.get("type") == "unfinished":
        return True
    if message.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (tr.text or "").strip()


def _postprocess(lang: str, path: Path) -> None:
    tree = read_ts(path)
    root = tree.getroot()
    root.set("version", "2.1")
    root.set("language", lang)
    root.set("sourcelanguage", SOURCE_LANGUAGE)
    bogus = [c for c in root.findall("context") if (c.findtext("name") or "") in BOGUS_CONTEXTS]
    for context in bogus:
        root.remove(context)
    if lang == SOURCE_LANGUAGE:
        kept = {m.findtext("source") for _c, m in messages(tree)}
        # `tr("signing", TEXT)` (a translate alias) looks to lupdate like a source "signing".
        kept |= {c.findtext("name") for c in root.findall("context")}
        for context in bogus:
            for message in context.findall("message"):
                source = message.findtext("source")
                tr = message.find("translation")
                if source not in kept and (tr is None or tr.get("type") != "vanished"):
                    print(
                        f"warning: not extracted (no context): {source!r}; use "
                        "QT_TRANSLATE_NOOP(context, text) or translate(context, text)",
                        file=sys.stderr,
                    )
    if lang == SOURCE_LANGUAGE:
        for _ctx, message in messages(tree):
            if is_unfinished(message):
                source = message.findtext("source") or ""
                tr = message.find("translation")
                if tr is None:
                    tr = ET.SubElement(message, "translation")
                tr.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    forms = tr.findall("numerusform") or [ET.SubElement(tr, "numerusform")]
                    for form in forms:
                        form.text = source
                else:
                    tr.text = source
    write_ts(tree, path)


def refresh(lang: str, ts_file: Path | None = None, *, drop_obsolete: bool = False) -> None:
    """Run the extraction into `ts_file` (default: the catalogue of `lang`), keeping what it
    already holds; new strings arrive as unfinished."""
    ts_file = ts_file or ts_path(lang)
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    files = source_files()
    with tempfile.TemporaryDirectory() as tmp:
        hidden = write_hidden(extract_hidden(files), Path(tmp))
        cmd = [
            qt_tool("lupdate"),
            *map(str, files),
            str(hidden),
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            lang,
        ]
        if drop_obsolete:
            cmd.append("-no-obsolete")
        cmd += ["-ts", str(ts_file)]
        result = subprocess.run(cmd, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(result.stdout + result.stderr)
    _postprocess(lang, ts_file)


def cmd_update(args: argparse.Namespace) -> int:
    for lang in LANGUAGES:
        refresh(lang, drop_obsolete=args.drop_obsolete)
    return cmd_check(args, quiet_ok=False, fail=False)


def _qm_compiler():
    """scripts/qm.py, meapp's own .ts → .qm compiler (no Qt tools needed)."""
    spec = importlib.util.spec_from_file_location("meapp_qm", Path(__file__).with_name("qm.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cmd_compile(_args: argparse.Namespace) -> int:
    qm = _qm_compiler()
    status = 0
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if not ts.exists():
            print(f"missing {ts}: run `scripts/translations.py update`", file=sys.stderr)
            status = 1
            continue
        QM_DIR.mkdir(parents=True, exist_ok=True)
        try:
            qm.compile_ts(ts, QM_DIR / f"meapp_{lang}.qm")
        except (ValueError, ET.ParseError) as exc:
            print(f"{ts}: {exc}", file=sys.stderr)
            status = 1
    return status


def unfinished(lang: str) -> list[tuple[str, str]]:
    tree = read_ts(ts_path(lang))
    return [(c, m.findtext("source") or "") for c, m in messages(tree) if is_unfinished(m)]


def cmd_check(_args: argparse.Namespace, quiet_ok: bool = False, fail: bool = True) -> int:
    status = 0
    for lang in LANGUAGES:
        if not ts_path(lang).exists():
            continue
        todo = unfinished(lang)
        total = sum(1 for _ in messages(read_ts(ts_path(lang))))
        if todo:
            print(f"{lang}: {len(todo)} of {total} unfinished")
            if lang in TRANSLATED:
                status = 1
        elif not quiet_ok:
            print(f"{lang}: {total} entries, complete")
    return status if fail else 0


def cmd_missing(args: argparse.Namespace) -> int:
    for context, source in unfinished(args.lang):
        print(f"{context}\t{_escape(source)}")
    return 0


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def cmd_apply(args: argparse.Namespace) -> int:
    """Set translations from TSV lines `context<TAB>source<TAB>translation[<TAB>form…]`."""
    wanted: dict[tuple[str, str], list[str]] = {}
    for n, line in enumerate(Path(args.file).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            print(f"{args.file}:{n}: needs context, source and translation", file=sys.stderr)
            return 2
        wanted[(parts[0], _unescape(parts[1]))] = [_unescape(p) for p in parts[2:]]
    path = ts_path(args.lang)
    tree = read_ts(path)
    used = set()
    for context, message in messages(tree):
        key = (context, message.findtext("source") or "")
        if key not in wanted:
            continue
        used.add(key)
        forms = wanted[key]
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        tr.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for old in tr.findall("numerusform"):
                tr.remove(old)
            wanted_forms = PLURAL_FORMS.get(args.lang, len(forms))
            forms = forms + [forms[-1]] * (wanted_forms - len(forms))
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = forms[0]
    write_ts(tree, path)
    for key in wanted.keys() - used:
        print(f"not in the catalogue: {key[0]}: {key[1][:70]}", file=sys.stderr)
    print(f"{args.lang}: {len(used)} translations set")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="extract strings into translations/*.ts")
    up.add_argument("--drop-obsolete", action="store_true", help="remove vanished entries")
    up.set_defaults(func=cmd_update)
    sub.add_parser("compile", help="compile .ts into .qm").set_defaults(func=cmd_compile)
    sub.add_parser("check", help="list unfinished entries").set_defaults(func=cmd_check)
    mi = sub.add_parser("missing", help="unfinished entries of LANG as TSV")
    mi.add_argument("lang", choices=LANGUAGES)
    mi.set_defaults(func=cmd_missing)
    ap = sub.add_parser("apply", help="set translations of LANG from a TSV file")
    ap.add_argument("lang", choices=LANGUAGES)
    ap.add_argument("file")
    ap.set_defaults(func=cmd_apply)
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
