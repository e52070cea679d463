"""The look: Qt's Fusion style, the Okabe–Ito palette of UI.md, the shipped Noto Sans font.

Fusion draws the same on every Windows version; the palette is colour-blind-safe and
high-contrast for bright rooms. Status colours are never used alone: every status also has
a word and an icon (see `labels` and the icons in `resources/icons`).
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from meapp import paths

log = logging.getLogger(__name__)

ON_TRACK = "#009E73"
AT_RISK = "#E69F00"
OFF_TRACK = "#D55E00"
NO_DATA = "#999999"
NEEDS_REVIEW = "#CC79A7"  # Okabe–Ito reddish purple: a value held until an evaluator confirms it
ACCENT = "#0072B2"
TEXT = "#222222"
BACKGROUND = "#FAFAFA"
BASE = "#FFFFFF"
MUTED = "#5F6B76"
LINE = "#D9DEE3"
SELECTION = "#DCEBF7"  # a light tint of the accent: selected text stays dark and legible

FONT_FAMILY = "Noto Sans"
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
BODY_PT = 10
TITLE_PT = 15

STATUS_COLOURS = {
    "on_track": ON_TRACK,
    "at_risk": AT_RISK,
    "off_track": OFF_TRACK,
    "no_data": NO_DATA,
    "needs_review": NEEDS_REVIEW,
}

_STYLE_SHEET = f"""
QWidget#TopBar {{ background: {BASE}; border-bottom: 1px solid {LINE}; }}
QWidget#Navigation {{ background: #F1F4F7; border-right: 1px solid {LINE}; }}
QListWidget#NavigationList {{ background: transparent; border: none; outline: 0; }}
QListWidget#NavigationList::item {{ padding: 7px 8px; border-radius: 4px; color: {TEXT}; }}
QListWidget#NavigationList::item:selected {{
    background: {SELECTION}; color: {TEXT}; border-left: 3px solid {ACCENT};
}}
QListWidget#NavigationList::item:hover:!selected {{ background: #E6ECF1; }}
QLabel#PageTitle {{ font-size: {TITLE_PT}pt; font-weight: bold; color: {TEXT}; }}
QLabel#Muted {{ color: {MUTED}; }}
QLabel#EmptyTitle {{ font-size: 13pt; font-weight: bold; color: {TEXT}; }}
QLabel#EmptyText {{ color: {MUTED}; }}
QLabel#RoundState {{ color: {TEXT}; }}
QFrame#Card {{ background: {BASE}; border: 1px solid {LINE}; border-radius: 6px; }}
QLabel#CardFigure {{ font-size: 22pt; font-weight: bold; color: {TEXT}; }}
QLabel#CardLabel {{ color: {MUTED}; }}
QStatusBar {{ background: #F1F4F7; border-top: 1px solid {LINE}; }}
QStatusBar QLabel {{ color: {TEXT}; padding: 0 6px; }}
"""


def palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, BACKGROUND),
        (role.WindowText, TEXT),
        (role.Base, BASE),
        (role.AlternateBase, "#F4F6F8"),
        (role.Text, TEXT),
        (role.Button, "#F0F2F4"),
        (role.ButtonText, TEXT),
        (role.ToolTipBase, "#FFFFF0"),
        (role.ToolTipText, TEXT),
        (role.Highlight, SELECTION),
        (role.HighlightedText, TEXT),
        (role.Link, ACCENT),
        (role.PlaceholderText, "#7A858F"),
        (role.BrightText, "#FFFFFF"),
    ):
        p.setColor(r, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor("#8A949C"))
    return p


def load_fonts() -> str:
    """Register the shipped fonts; returns the family to use (a system sans if they fail)."""
    folder = paths.resources_dir() / "fonts"
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id < 0:
            log.warning("font not loaded: %s", folder / name)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        family = family or (families[0] if families else None)
    return family or QFont().defaultFamily()


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(palette())
    family = load_fonts()
    font = QFont(family, BODY_PT)
    app.setFont(font)
    app.setStyleSheet(_STYLE_SHEET)
    app.setWindowIcon(icon("app"))


@cache
def icon(name: str) -> QIcon:
    """An icon from `resources/icons/NAME.svg` (cached; an empty icon when missing)."""
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    if not path.is_file():
        log.warning("icon missing: %s", path)
        return QIcon()
    return QIcon(str(path))
