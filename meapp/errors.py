"""Structured errors the services raise; the UI and the CLI turn them into sentences.

Services speak in codes and data: a `Problem` names what is wrong (a message code plus
parameters) and where (file, sheet, row, column). The message text is English and
translatable; callers translate `message` with the context "problems" and format it with
`params`. A `render(name, value, translate)` given to `text()` turns each parameter into
words first (a period code into "2024, second half-year", a role code into its name), so
that a translated sentence carries no stored code (services/common/message_words).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Render = Callable[[str, Any, Any], str]


def _format(msg: str, params: dict[str, Any], translate, render: Render | None) -> str:
    if render is not None and translate is not None:
        params = {k: render(k, v, translate) for k, v in params.items()}
    with contextlib.suppress(KeyError, IndexError, ValueError):
        return msg.format(**params)
    return msg


@dataclass(frozen=True)
class Problem:
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def text(self, translate=None, render: Render | None = None) -> str:
        msg = translate("problems", self.message) if translate else self.message
        msg = _format(msg, self.params, translate, render)
        where = self.where(translate)
        return f"{where}: {msg}" if where else msg

    def where(self, translate=None) -> str:
        t = (lambda s: translate("problems", s)) if translate else (lambda s: s)
        parts = []
        if self.file:
            parts.append(self.file)
        if self.sheet:
            parts.append(t("sheet {sheet}").format(sheet=self.sheet))
        if self.row is not None:
            parts.append(t("row {row}").format(row=self.row))
        if self.column:
            parts.append(t("column {column}").format(column=self.column))
        return ", ".join(parts)


class MeappError(Exception):
    """Base of the errors a user can act on (exit code 2 on the command line)."""

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.text())

    def text(self, translate=None, render: Render | None = None) -> str:
        msg = translate("problems", self.message) if translate else self.message
        return _format(msg, self.params, translate, render)


class ValidationError(MeappError):
    """Bad input: one or more problems, nothing was changed."""

    def __init__(self, problems: list[Problem] | Problem | str, **params: Any) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems, params)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        first = self.problems[0] if self.problems else Problem("invalid input")
        super().__init__(first.message, **first.params)

    def text(self, translate=None, render: Render | None = None) -> str:
        if not getattr(self, "problems", None):
            return super().text(translate, render)
        first = self.problems[0].text(translate, render)
        more = len(self.problems) - 1
        if more > 0:
            tail = (
                translate("problems", "(and {n} more problems)")
                if translate
                else "(and {n} more problems)"
            )
            return f"{first} {tail.format(n=more)}"
        return first


class PermissionDenied(MeappError):
    """The user's role does not allow the action."""


class NotFound(MeappError):
    """A programme, indicator, user… that the caller named does not exist."""


class PeriodLocked(MeappError):
    """The period's round is approved: nothing in it changes any more."""


class ConcurrentEdit(MeappError):
    """Someone else changed the row since it was read (optimistic concurrency)."""


class AuthenticationFailed(MeappError):
    """Wrong login or password."""


class IntegrityDamage(MeappError):
    """The database or the audit chain is damaged (exit code 1 on the command line)."""


def parse_id(value: uuid.UUID | str, message: str, **params: str) -> uuid.UUID:
    """A row id given as a UUID or its text; text that is no UUID is a row that does not
    exist (NotFound with `message`), never a crash."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError as exc:
        raise NotFound(message, **params) from exc
