"""Attack on the citizen summary's website address (issue 21): the QR code must hold what
the caption says. Invisible characters (zero-width space, right-to-left override, other
format or control characters) print as nothing or reorder the caption while the code holds
them, so they are refused; so is a host with an empty label (`https://.`). An address too
long for the code to be read on the PNG summary is refused too."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from meapp.errors import ValidationError
from meapp.services.plan.programs import list_programs
from meapp.services.reports.citizen import (
    MAX_WEBSITE,
    build_citizen,
    normalise_website,
    qr_payload,
)
from meapp.services.reports.fingerprint import data_fingerprint


@pytest.mark.parametrize(
    "bad",
    [
        "https://karabalta.kg/\u200bmonitoring",  # zero-width space
        "https://karabalta.kg/\u202egpj.exe",  # right-to-left override
        "https://karabalta.kg/\u00admon",  # soft hyphen
        "https://karabalta.kg/\x7fmon",  # DEL
        "https://karabalta.kg/\u0085mon",  # a C1 control
        "https://karabalta.kg/\u3000mon",  # ideographic space
        "https://.",
        "https://x..kg/",
        ".kg",
    ],
)
def test_an_address_the_caption_would_not_show_as_the_code_holds_it_is_refused(bad):
    with pytest.raises(ValidationError) as exc:
        normalise_website(bad)
    assert exc.value.params["field"] == "website"


@pytest.mark.parametrize(
    "good",
    [
        "мэрия.кг/мониторинг",
        "https://karabalta.kg/a%20b?x=1&y=<2>",
        "https://karabalta.kg:8443/monitoring",
    ],
)
def test_ordinary_addresses_stay_accepted_and_the_code_holds_them_as_written(good):
    address = normalise_website(good)
    assert address is not None
    assert qr_payload("ab" * 32, good).startswith(address + "#fingerprint=")


def _longest(prefix: str, letter: str) -> str:
    """An address of exactly MAX_WEBSITE bytes made of `prefix` and `letter`s."""
    text = prefix
    while len((text + letter).encode("utf-8")) <= MAX_WEBSITE:
        text += letter
    return text


def test_an_address_longer_than_the_code_can_carry_is_refused():
    assert normalise_website(_longest("https://karabalta.kg/", "m")) is not None
    with pytest.raises(ValidationError):
        normalise_website(_longest("https://karabalta.kg/", "m") + "m")
    # a Cyrillic letter takes two bytes of the code
    with pytest.raises(ValidationError):
        normalise_website("https://мэрия.кг/" + "м" * 55)


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools not installed")
@pytest.mark.parametrize("letter", ["m", "м"])
def test_the_png_summarys_code_reads_with_the_longest_address(demo_db, tmp_path, letter):
    """The PNG (144 dpi) used to carry a code no reader could decode for addresses of more
    than about 160 characters, which were accepted up to 200; and a Cyrillic address was
    written as UTF-8 without saying so, so the reader guessed another encoding (`мммм` read
    as `邾邾`): the code now says UTF-8 (its ECI)."""
    address = _longest("https://karabalta.kg/", letter)
    pid = list_programs(demo_db)[0].id
    png = tmp_path / "summary.png"
    build_citizen(demo_db, pid, "2024-H1", png, None, "en", website=address)
    out = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True)
    digest = data_fingerprint(demo_db, pid, "2024-H1")
    assert out.stdout.decode("utf-8").split() == [f"{address}#fingerprint={digest}"]


def test_a_character_that_does_not_print_is_named_by_its_code():
    with pytest.raises(ValidationError) as exc:
        normalise_website("https://karabalta.kg/\u200bmonitoring")
    assert "U+200B" in exc.value.text()


def test_a_too_long_address_is_refused_as_too_long():
    with pytest.raises(ValidationError) as exc:
        normalise_website("мэрия.кг/" + "м" * 60)
    assert "too long" in exc.value.text() and str(MAX_WEBSITE) in exc.value.text()
