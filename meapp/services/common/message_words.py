"""One formatter for the messages a user reads: whole sentences, no stored codes.

A service error carries an English sentence and its parameters, and the parameters are often
codes: a period (`2024-H2`), a role (`viewer`), a right, a round state. Formatted as they are, a Kyrgyz sentence read "уруксат жок: viewer ролу enter
actuals and measure progress мүмкүн эмес" (issue 23). Here each parameter is put into the
reader's words by its name before the sentence is formatted, and the sentence starts with a
capital letter. The GUI uses it for every error it shows (`meapp.ui.messages.error_text`);
the command line keeps codes, which are what a user types there.
"""

from __future__ import annotations

import inspect
from typing import Any

from meapp.errors import MeappError, ValidationError
from meapp.models.numbers import format_number
from meapp.models.roles import RIGHT_LABELS
from meapp.services.common import vocabulary as v

_PERIOD_PARAMS = frozenset({"period", "periods", "locked_period", "first", "last"})
_ROLE_PARAMS = frozenset({"role", "old_role", "new_role", "needed_role"})


def _period_words(text: str, translate: Any) -> str:
    parts = [p.strip() for p in text.split(",")]
    return ", ".join(v.period_words(p, translate) for p in parts)


def render(name: str, value: Any, translate: Any) -> str:
    """The parameter `name` with `value` in the reader's words (a code it does not know
    stays as it is)."""
    if value is None:
        return ""
    if isinstance(value, float | int) and not isinstance(value, bool):
        return format_number(value)
    text = str(value)
    if name in _PERIOD_PARAMS:
        return _period_words(text, translate)
    if name in _ROLE_PARAMS and text in v.ROLES:
        return v.ROLES.word(text, translate, in_text=True)
    if name == "action" and text in RIGHT_LABELS.values():
        return translate("rights", text)
    if name == "right" and text in RIGHT_LABELS:
        return translate("rights", RIGHT_LABELS[text])
    if name in ("state", "status", "round_state") and text in v.ROUND_STATES:
        return v.ROUND_STATES.word(text, translate, in_text=True)
    if name == "kind" and text in v.KINDS:
        return v.KINDS.word(text, translate, in_text=True)
    if name == "source" and text in v.FUNDING_SOURCES:
        return v.FUNDING_SOURCES.word(text, translate, in_text=True)
    if name in ("field", "box") and text in v.SIGNATURE_BOXES:
        return translate("signing", v.SIGNATURE_BOXES[text])
    return text


def capitalise(text: str) -> str:
    """The sentence with its first letter upper case ("сан эмес: {value}" → "Сан эмес: …");
    a sentence that starts with a placeholder stays as it is."""
    for i, ch in enumerate(text):
        if ch == "{":
            return text
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :] if ch.islower() else text
        if not (ch.isspace() or ch in "«\"'“(„"):
            return text
    return text


def message(exc: MeappError, translate: Any) -> str:
    """The error as the GUI shows it: translated whole, parameters in words, the sentence's
    own first word capitalised — never a value put in front of it (a login, a file name, a
    code stay as written), and not after a "file, row: " prefix."""
    first = exc.problems[0] if isinstance(exc, ValidationError) and exc.problems else None
    main = first.message if first is not None else exc.message
    located = first is not None and bool(first.where())

    def words(context: str, source: str) -> str:
        text = translate(context, source)
        if context == "problems" and source == main and not located:
            return capitalise(text)
        return text

    accepts_render = "render" in inspect.signature(exc.text).parameters
    return exc.text(words, render) if accepts_render else exc.text(words)
