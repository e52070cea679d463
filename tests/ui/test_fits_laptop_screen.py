"""Every page fits a 1366×768 laptop (and 1280×720) in every language, before and after
any other page has been shown: the window's minimum size never grows past the screen.

Found by issue 23: after Settings was shown once the minimum height went from 515 to 755 px
and the status bar was cut off under a title bar at 1366×768.
"""

from __future__ import annotations

import pytest

from meapp.ui import i18n
from meapp.ui.pages import PAGES

# 720 px of screen less a title bar and a taskbar leave about 650 px for the window.
MAX_MIN_HEIGHT = 650
MAX_MIN_WIDTH = 1280


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_every_page_fits_after_every_page(lang, demo_db, make_window, qtbot):
    i18n.switch_language(lang)
    try:
        window = make_window(demo_db)
        too_big = []
        for info in PAGES:
            window.show_page(info.key)
            qtbot.wait(1)
            hint = window.minimumSizeHint().expandedTo(window.minimumSize())
            if hint.height() > MAX_MIN_HEIGHT or hint.width() > MAX_MIN_WIDTH:
                too_big.append((info.key, hint.width(), hint.height()))
        assert not too_big, f"pages that make the window larger than a laptop screen: {too_big}"
    finally:
        i18n.switch_language("en")
