"""Screenshots of every page at 1366×768 in Kyrgyz, Russian and English (issue 23), kept as
test artefacts, and what can be checked on them without looking.

The real main window, as the demo's administrator (every page, every button), walks every
page of `meapp.ui.pages.PAGES` in each language and saves `<lang>-<nn>-<page>.png` under
`$MEAPP_SCREENSHOT_DIR` when set (CI keeps that folder), else under pytest's tmp folder.
On each page, for every widget the user can see:

- no text is cut off: a label or button narrower (or a wrapping label lower) than its text
  needs, a text shortened with "…" whose full text (its tooltip) would fit, a painted chart
  label shortened although the chart has room (`elided_labels()` of the chart);
- in ky and ru, no raw stored code ("2024-H2", "sig_chair", "on_track") and no English word
  of the app's own catalogue ("approved", "viewer") in a label, button, tab or column
  header: a stored code or an untranslated string shown as it is.

Only what is robust is checked: geometry against the widget's own size hint (fonts may
differ between machines, the comparison does not), words against the catalogue.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from meapp.services.access.users import Actor
from meapp.ui import i18n
from meapp.ui.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1366, 768)
SMALL_SIZE = (1280, 720)  # the smaller laptops of the working groups
LANGUAGES = ("ky", "ru", "en")

# a stored period ("2024-H2", "2025-Q3") or a snake_case code ("sig_chair", "on_track")
RAW_PERIOD = re.compile(r"\b(?:19|20)\d\d-(?:H[12]|Q[1-4])\b")
RAW_CODE = re.compile(r"(?<![\w./\\-])[a-z]+(?:_[a-z0-9]+)+(?![\w./\\-])")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# Latin words a Kyrgyz or Russian screen may show: names of formats and keys, the app's name
ALLOWED_LATIN = frozenset(
    {"png", "pdf", "csv", "xlsx", "excel", "swot", "meapp", "ctrl", "shift", "alt", "esc"}
)
ADMIN = Actor("admin", "admin", "Demo administrator")
# data, not words of the app: the login shown in the status bar
DATA_WORDS = frozenset({ADMIN.login})


@dataclass(frozen=True)
class Finding:
    page: str
    widget: str
    text: str
    problem: str

    def __str__(self) -> str:
        return f"{self.page}: {self.widget} {self.text!r}: {self.problem}"


def catalogue_words() -> frozenset[str]:
    """The English words of the app's message catalogue (its source texts), lower case."""
    words: set[str] = set()
    tree = ET.parse(ROOT / "translations" / "meapp_ky.ts")
    for source in tree.iter("source"):
        text = re.sub(r"\{[^}]*\}|%n|&(?=\w)", " ", source.text or "")
        words.update(w.lower() for w in LATIN_WORD.findall(text))
    return frozenset(words - ALLOWED_LATIN - DATA_WORDS)


def shown(widget: QWidget) -> bool:
    """On screen: visible, and not scrolled or clipped away entirely by its parents."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _name(widget: QWidget) -> str:
    return type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")


def _is_rich(label: QLabel) -> bool:
    if label.textFormat() == Qt.TextFormat.RichText:
        return True
    return label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())


def label_problem(label: QLabel) -> str | None:
    """A label whose text does not fit its own box (Qt clips it without a sign)."""
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"cut off: {label.height()} px high, the text needs {needed}"
        return None
    if _is_rich(label):
        return None
    needed = label.sizeHint().width()
    if needed > label.width() + 1:
        return f"cut off: {label.width()} px wide, the text needs {needed}"
    return _elided_problem(label, label.contentsRect().width())


def button_problem(button: QAbstractButton) -> str | None:
    """A button narrower than its text (and icon) need."""
    if not button.text():
        return None
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    needed = button.sizeHint().width()
    if needed > button.width() + 1:
        return f"cut off: {button.width()} px wide, the text needs {needed}"
    return _elided_problem(button, button.width() - 12)


def combo_problem(combo: QComboBox) -> str | None:
    """A combo box whose current text is wider than its field (shortened or cut)."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
    needed = combo.fontMetrics().horizontalAdvance(text) + icon
    if needed > field.width():
        return f"shortened: a field of {field.width()} px, the text needs {needed}"
    return None


def _elided_problem(widget: QWidget, room: int) -> str | None:
    """Shortened with "…" (the full text in the tooltip) although the full text fits."""
    text, tip = widget.text().rstrip(), widget.toolTip().strip()
    if not text.endswith("…") or not tip or not tip.startswith(text[:-1].rstrip()):
        return None
    if widget.fontMetrics().horizontalAdvance(tip) <= room:
        return "shortened with … although the full text fits"
    return None


def visible_texts(window: QWidget) -> list[tuple[QWidget, str]]:
    """What the user reads on the window now: labels, buttons, tabs, group titles, list
    lines, the column headers of tables and the menu bar."""
    found: list[tuple[QWidget, str]] = []
    for w in window.findChildren(QWidget):
        if not shown(w):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            found.append((w, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((w, w.title()))
        elif isinstance(w, QTabBar):
            found.extend((w, w.tabText(i)) for i in range(w.count()) if w.isTabVisible(i))
        elif isinstance(w, QListView) and w.model() is not None:
            model = w.model()
            found.extend(
                (w, str(model.index(r, 0).data() or ""))
                for r in range(min(model.rowCount(), 40))
                if not w.isRowHidden(r)
            )
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            model = w.model()
            found.extend(
                (w, str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(w.count())
                if model is not None and not w.isSectionHidden(c)
            )
    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar):
        found.extend((menu_bar(), a.text()) for a in menu_bar().actions())
    return [(w, plain(w, t)) for w, t in found if t]


def plain(widget: QWidget, text: str) -> str:
    """The words as read: rich text without its markup, a mnemonic without its "&"."""
    if isinstance(widget, QLabel) and _is_rich(widget):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cut_off(page: str, window: QWidget) -> list[Finding]:
    findings: list[Finding] = []
    for w in window.findChildren(QWidget):
        if not shown(w):
            continue
        problem = None
        if isinstance(w, QLabel):
            problem = label_problem(w)
        elif isinstance(w, QAbstractButton):
            problem = button_problem(w)
        elif isinstance(w, QComboBox):
            problem = combo_problem(w)
        elif callable(getattr(w, "elided_labels", None)):
            problem = "; ".join(
                f"{t!r} shortened although it could wrap" for t in w.elided_labels()
            )
        if problem:
            text = (
                w.text()
                if isinstance(w, (QLabel, QAbstractButton))
                else w.currentText()
                if isinstance(w, QComboBox)
                else ""
            )
            findings.append(Finding(page, _name(w), text, problem))
    return findings


def foreign(page: str, window: QWidget, english: frozenset[str]) -> list[Finding]:
    """Raw codes and the catalogue's English words in a Kyrgyz or Russian screen."""
    findings: list[Finding] = []
    for w, text in visible_texts(window):
        if RAW_PERIOD.search(text) or RAW_CODE.search(text):
            findings.append(Finding(page, _name(w), text, "a raw stored code"))
            continue
        # paths and file names (the status bar's database) are not words
        words = " ".join(t for t in text.split() if not re.search(r"[/\\.@:]\w", t))
        latin = [m for m in LATIN_WORD.findall(words) if m.lower() in english and not m.isupper()]
        if latin:
            findings.append(Finding(page, _name(w), text, f"English: {', '.join(latin)}"))
    return findings


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where the PNGs go: $MEAPP_SCREENSHOT_DIR (kept by CI) or pytest's tmp folder."""
    chosen = os.environ.get("MEAPP_SCREENSHOT_DIR")
    if chosen:
        folder = Path(chosen)
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return tmp_path_factory.mktemp("screenshots")


def settle(app: QApplication) -> None:
    """Let posted layout and paint requests run (no waiting on a clock)."""
    for _ in range(3):
        app.processEvents()


def walk(
    lang: str, db, make_window, folder: Path, size: tuple[int, int] = SIZE
) -> tuple[list[Finding], list[Path]]:
    """Every page in `lang` at `size`: the PNGs saved and what was found."""
    app = QApplication.instance()
    english = catalogue_words()
    findings: list[Finding] = []
    saved: list[Path] = []
    i18n.switch_language(lang)
    window = make_window(db, ADMIN)
    window.resize(*size)
    suffix = "" if size == SIZE else f"-{size[0]}x{size[1]}"
    for n, info in enumerate(PAGES, start=1):
        window.show_page(info.key)
        settle(app)
        path = folder / f"{lang}-{n:02d}-{info.key}{suffix}.png"
        assert window.grab().save(str(path), "PNG"), path
        saved.append(path)
        findings += cut_off(info.key, window)
        if lang != "en":
            findings += foreign(info.key, window, english)
    return findings, saved


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_screenshot_shows_nothing_cut_off_or_foreign(lang, demo_db, make_window, shots):
    try:
        findings, saved = walk(lang, demo_db, make_window, shots)
    finally:
        i18n.switch_language("en")
    assert len(saved) == len(PAGES) and all(p.stat().st_size > 10_000 for p in saved)
    report = "\n".join(str(f) for f in findings)
    assert not findings, f"{len(findings)} findings on the {lang} screenshots in {shots}:\n{report}"


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_every_page_at_1280_by_720_shows_nothing_cut_off(lang, demo_db, make_window, shots):
    """The smaller laptop: the longest words (Kyrgyz, Russian) still fit on every page."""
    try:
        findings, saved = walk(lang, demo_db, make_window, shots, SMALL_SIZE)
    finally:
        i18n.switch_language("en")
    assert len(saved) == len(PAGES)
    assert all(p.stat().st_size > 10_000 for p in saved)
    assert all(p.name.endswith("-1280x720.png") for p in saved)
    report = "\n".join(str(f) for f in findings)
    assert not findings, f"{len(findings)} findings at 1280×720 ({lang}) in {shots}:\n{report}"


# -- the checks themselves find what they are for -------------------------------------------


def test_the_checks_find_a_cut_label_button_combo_and_chart(qtbot):
    from meapp.ui.dashboard.bars import Bar, BarChart

    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("Мамлекеттик-жеке өнөктөштүк", host)
    label.setFixedWidth(60)
    wrapped = QLabel("Жетишкендик " * 20, host)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 40, 200, 20)
    button = QPushButton("Баалоону ачуу", host)
    button.setGeometry(0, 80, 40, 30)
    combo = QComboBox(host)
    combo.addItem("Кара-Балта шаарын социалдык-экономикалык өнүктүрүү программасы 2023–2026")
    combo.setGeometry(0, 120, 150, 30)
    chart = BarChart(parent=host)
    chart.set_bars([Bar("ppp", "Мамлекеттик-жеке өнөктөштүк " * 3, 0.5, "50 %", "#0072B2")])
    chart.setGeometry(0, 160, 300, 24)
    fits = QLabel("Бюджет", host)
    fits.move(0, 200)
    host.resize(400, 240)
    host.show()
    qtbot.waitExposed(host)
    found = {f.widget: f.problem for f in cut_off("test", host)}
    assert set(found) == {"QLabel", "QPushButton", "QComboBox", "BarChart"}, found
    assert len(cut_off("test", host)) == 5  # the two labels, not the one that fits


def test_the_checks_find_raw_codes_and_catalogue_english(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    texts = [
        "2024-H2 боюнча отчет",  # a stored period
        "Роль: sig_chair",  # a stored code
        "Абалы: approved",  # an English word of the catalogue
        "Маалымат базасы: /tmp/demo.db",  # a path: not words
        "PDF катары сактоо",  # a format's name
        "Колдонуучу: admin (администратор)",  # a login: data
    ]
    for n, text in enumerate(texts):
        QLabel(text, host).move(0, 30 * n)
    host.resize(400, 200)
    host.show()
    qtbot.waitExposed(host)
    found = [f.text for f in foreign("test", host, catalogue_words())]
    assert found == texts[:3]
