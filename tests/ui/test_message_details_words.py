"""Qt's "Show Details..." button of an error with several problems reads Kyrgyz and Russian
(issue 23): the words live in meapp's catalogue under Qt's context "QMessageBox"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from meapp.errors import Problem, ValidationError
from meapp.ui import i18n, messages

WORDS = {
    "ky": ("Толугураак...", "Кыскараак..."),
    "ru": ("Показать подробности...", "Скрыть подробности..."),
    "en": ("Show Details...", "Hide Details..."),
}


def _details_button(box: QMessageBox) -> QPushButton:
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            return button  # type: ignore[return-value]
    raise AssertionError("no details button")


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_details_button_in_the_interface_language(qapp, monkeypatch, language):
    i18n.install_language(language)
    seen: dict[str, str] = {}

    def look(box: QMessageBox) -> int:
        box.show()
        button = _details_button(box)
        seen["show"] = button.text()
        button.click()
        seen["hide"] = button.text()
        seen["details"] = box.detailedText()
        box.close()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    problems = [
        Problem("Row {row}: the value is not a number.", {"row": 4}),
        Problem("Row {row}: the value is not a number.", {"row": 9}),
    ]
    try:
        messages.show_error(None, ValidationError(problems))
    finally:
        i18n.install_language("en")
    assert (seen["show"], seen["hide"]) == WORDS[language]
    assert seen["details"].count("\n") == 1  # both problems listed, one per line
