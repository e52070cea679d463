"""The rules that the GUI and the command line used to hold in two copies (issue 17), now
one function each: a damage finding in words, reading/writing a named file, declaring a
subcommand."""

from __future__ import annotations

import argparse

import pytest

from meapp.cli.args import add_command
from meapp.errors import ValidationError
from meapp.services.audit.findings import finding_text
from meapp.services.common.files import read_bytes, write_bytes
from meapp.services.common.vocabulary import entity_label
from meapp.store.check import ROW_CHANGED, ROW_DIFFERS, Finding


def english(_context: str, text: str) -> str:
    return text


def test_a_changed_code_is_said_in_words_not_as_stored():
    finding = Finding(
        ROW_CHANGED,
        {
            "entity": "measure_progress",
            "id": "3f2a",
            "column": "status",
            "value": "done",
            "expected": "in_progress",
            "stored": "done",
            "recorded": "in_progress",
        },
    )
    assert finding_text(finding, english) == (
        "measure progress 3f2a: Status is done, the history says in progress"
    )


def test_a_shortened_long_text_stays_as_shown():
    long_text = "x" * 200
    finding = Finding(
        ROW_CHANGED,
        {
            "entity": "plan_item",
            "id": "7",
            "column": "title",
            "value": "xxxx…",
            "expected": "old",
            "stored": long_text,
            "recorded": "old",
        },
    )
    text = finding_text(finding, english)
    assert "xxxx…" in text and long_text not in text


def test_the_reader_language_is_used_for_the_sentence():
    def reader(context: str, text: str) -> str:
        words = {
            ("problems", ROW_DIFFERS): "{entity} {id}: не то (событие #{seq})",
            ("audit", "actual value"): "факт",
        }
        return words.get((context, text), text)

    finding = Finding(ROW_DIFFERS, {"entity": "actual", "id": "9", "seq": 4})
    assert entity_label("actual") == "actual value"
    assert finding_text(finding, reader) == "факт 9: не то (событие #4)"


def test_a_message_missing_a_parameter_is_shown_unformatted():
    finding = Finding("{entity} {id}: broken", {"entity": "actual"})
    assert finding_text(finding, english) == "{entity} {id}: broken"


def test_read_bytes_names_the_file_it_cannot_read(tmp_path):
    path = tmp_path / "cert.pem"
    path.write_bytes(b"abc")
    assert read_bytes(path) == b"abc"
    with pytest.raises(ValidationError) as info:
        read_bytes(tmp_path / "missing.pem")
    assert info.value.message == "file not found: {file}"
    assert info.value.params["file"] == str(tmp_path / "missing.pem")
    with pytest.raises(ValidationError) as info:
        read_bytes(tmp_path)  # a folder: the system's reason is named
    assert info.value.message == "cannot read {file}: {error}"


def test_write_bytes_names_the_file_it_cannot_write(tmp_path):
    target = tmp_path / "out.pem"
    write_bytes(target, b"x")
    assert target.read_bytes() == b"x"
    with pytest.raises(ValidationError) as info:
        write_bytes(tmp_path, b"x")  # a folder is not a file
    assert info.value.message == "cannot write {file}: {error}"
    assert info.value.params["file"] == str(tmp_path)


def test_add_command_shares_the_global_options_and_names_the_function():
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db")
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")

    def run(_ctx) -> int:
        return 0

    p = add_command(sub, common, "thing", run, help="do the thing", active=True)
    p.add_argument("name")
    args = parser.parse_args(["thing", "--db", "x.db", "n"])
    assert (args.func, args.active, args.db, args.name) == (run, True, "x.db", "n")
