"""The sidebar keeps its row spacing through language switches (issue 23: the rows grew
from 26 to 40 px after the first switch, until a restart)."""

from __future__ import annotations

from meapp.ui import i18n


def _tops(nav):
    return [nav.list.visualItemRect(nav.list.item(r)).top() for r in range(nav.list.count())]


def test_rows_stay_put_when_the_language_changes(demo_db, make_window, styled_app):
    window = make_window(demo_db)
    before = _tops(window.nav)
    for lang in ("ky", "ru", "en", "ky"):
        i18n.switch_language(lang)
        styled_app.processEvents()
        assert _tops(window.nav) == before, lang
