"""Languages: Kyrgyz by default, Russian and English, switched while the app runs; the
command line's translator; Qt's own buttons in Kyrgyz."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from meapp.ui import i18n, labels, settings

NAV = {
    "ky": [
        "Жалпы абал",
        "План",
        "Мониторинг",
        "Баалоо",
        "Отчеттор",
        "Жумушчу топ",
        "Тобокелдик",
        "Аудит",
        "Колдонуучулар",
        "Жөндөөлөр",
        "Жардам",
    ],
    "ru": [
        "Обзор",
        "План",
        "Мониторинг",
        "Оценка",
        "Отчёты",
        "Рабочая группа",
        "Риски",
        "Аудит",
        "Пользователи",
        "Настройки",
        "Справка",
    ],
    "en": [
        "Dashboard",
        "Plan",
        "Monitoring",
        "Evaluation",
        "Reports",
        "Working group",
        "Risks",
        "Audit",
        "Users",
        "Settings",
        "Help",
    ],
}
# What the user reads in each language: top bar, plan page, status bar.
SEEN = {
    "ky": {
        "period_label": "Мезгил:",
        "period": "2025-ж. I жарым жылдык",
        "round": "Маалымат киргизүү үчүн ачык",
        "plan_heading": "Программанын планы",
        "kind": "Артыкчылыктуу багыт",
        "user": "Колдонуучу: admin (администратор)",
    },
    "ru": {
        "period_label": "Период:",
        "period": "I полугодие 2025 г.",
        "round": "Открыт для ввода данных",
        "plan_heading": "План программы",
        "kind": "Приоритетное направление",
        "user": "Пользователь: admin (администратор)",
    },
    "en": {
        "period_label": "Period:",
        "period": "2025, first half-year",
        "round": "Open for data entry",
        "plan_heading": "Programme plan",
        "kind": "Priority direction",
        "user": "User: admin (administrator)",
    },
}


def _switch(lang: str, app) -> None:
    i18n.switch_language(lang)
    app.processEvents()  # LanguageChange is posted to every widget


def _seen(window) -> dict[str, str]:
    plan = window.pages["plan"]
    return {
        "period_label": window.top.period_label.text().replace("&", ""),
        "period": window.top.period.currentText(),
        "round": window.top.round_text.text(),
        "plan_heading": plan.heading.text(),
        "kind": plan.proxy.index(0, 1).data(),
        "user": window.status_user.text(),
    }


def _nav(window) -> list[str]:
    return [window.nav.list.item(r).text() for r in range(window.nav.list.count())]


def test_language_switches_while_running(demo_db, make_window, styled_app):
    window = make_window(demo_db, page="plan")
    assert _nav(window) == NAV["en"]
    for lang in ("ky", "ru", "en"):
        _switch(lang, styled_app)
        assert _nav(window) == NAV[lang], lang
        assert _seen(window) == SEEN[lang], lang
        assert settings.get(settings.Keys.LANGUAGE) == lang


def test_a_page_opened_after_the_switch_speaks_the_new_language(demo_db, make_window, styled_app):
    window = make_window(demo_db)
    _switch("ky", styled_app)
    window.show_page("settings")
    page = window.pages["settings"]
    assert page.heading.text() == "Жөндөөлөр"
    assert page.language.currentText() == "Кыргызча"
    word, rule = page._status_rows["on_track"]
    assert (word.text(), rule.text()) == ("График боюнча", "жетишкендик 90\u00a0% же андан көп")


def test_settings_page_switches_the_language(demo_db, make_window, styled_app):
    window = make_window(demo_db, page="settings")
    combo = window.pages["settings"].language
    combo.setCurrentIndex(combo.findData("ru"))
    styled_app.processEvents()
    assert i18n.current_language() == "ru"
    assert _nav(window) == NAV["ru"]
    assert window.pages["settings"].heading.text() == "Настройки"


def test_standard_buttons_speak_kyrgyz(styled_app, qtbot):
    i18n.install_language("ky")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    ok = box.button(QDialogButtonBox.StandardButton.Ok).text()
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert (ok, cancel) == ("Макул", "Жокко чыгаруу")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ky", "2024-ж. II жарым жылдык"),
        ("ru", "II полугодие 2024 г."),
        ("en", "2024, second half-year"),
    ],
)
def test_period_names_follow_the_glossary(styled_app, lang, expected):
    i18n.install_language(lang)
    assert labels.period("2024-H2") == expected


def test_service_errors_are_shown_in_the_users_language(styled_app):
    from meapp.errors import ValidationError
    from meapp.ui.messages import error_text

    error = ValidationError("database not found: {file}", file="x.db")
    i18n.install_language("ky")
    kyrgyz = error_text(error)
    i18n.install_language("ru")
    russian = error_text(error)
    assert "x.db" in kyrgyz and "x.db" in russian
    assert kyrgyz != russian != error.text()


# -- the command line's translator (no QApplication needed) ---------------------------------
def test_cli_translator_uses_the_catalogue_and_falls_back_to_the_source():
    text = "Audit trail: {n} events, chain intact"
    assert i18n.cli_translator("en")("cli", text) == text
    kyrgyz = i18n.cli_translator("ky")("cli", text)
    assert kyrgyz != text and "{n}" in kyrgyz
    assert i18n.cli_translator("de")("cli", text) == text  # no such catalogue
    assert i18n.cli_translator("ky")("cli", "a text nobody wrote") == "a text nobody wrote"


def test_language_comes_from_argument_then_environment_then_setting(monkeypatch):
    monkeypatch.delenv("MEAPP_LANG", raising=False)
    assert i18n.resolve_language() == "ky"  # the default
    settings.put(settings.Keys.LANGUAGE, "en")
    assert i18n.resolve_language() == "en"
    monkeypatch.setenv("MEAPP_LANG", "ru_RU")
    assert i18n.resolve_language() == "ru"
    assert i18n.resolve_language("KY") == "ky"
