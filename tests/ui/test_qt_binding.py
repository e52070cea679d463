"""The Qt binding itself: PySide6 6.12.0 lost a reference to None on every empty value a
model handed to Python, and Python 3.11 aborts ("none_dealloc") once None's count runs out
— after a few thousand table redraws, usually far from the cause. pyproject.toml keeps that
release out; this test notices if a binding with the same fault comes back."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel


def test_reading_empty_model_values_keeps_none_alive(qapp):
    model = QStandardItemModel(1, 1)
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        assert index.data(Qt.ItemDataRole.ToolTipRole) is None
    assert sys.getrefcount(None) > before - 1000
