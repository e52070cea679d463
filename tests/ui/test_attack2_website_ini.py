"""Attack on the website setting (issue 21): the GUI keeps the address in the settings INI
through QSettings, which escapes a backslash and a double quote; the command line read the
file with configparser as it stood, so `meapp report --kind citizen` without `--website`
put `…/a\\\\b` into the QR code while Settings showed `…/a\\b`. Every address the GUI keeps
reaches the command line unchanged."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from meapp.cli.cmd_reports import saved_website
from meapp.services.reports.citizen import normalise_website
from meapp.ui import settings


@pytest.mark.parametrize(
    "typed",
    [
        'https://karabalta.kg/"news"',
        "https://karabalta.kg/a\\b",
        "https://karabalta.kg/a\\\\nb",
        "https://karabalta.kg/a,b;c=1&d=%20",
        "мэрия.кг/мониторинг",
    ],
)
def test_the_address_saved_in_settings_reaches_the_command_line_unchanged(qapp, typed):
    address = normalise_website(typed)
    settings.put(settings.Keys.WEBSITE, address)
    assert settings.get(settings.Keys.WEBSITE) == address
    assert saved_website(SimpleNamespace(website=None)) == address
