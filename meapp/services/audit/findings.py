"""A difference between the data and its history, in the user's words.

`meapp check` and the GUI's history check both say a `meapp.store.check.Finding` as a
sentence ("Actual value 3f2a…: the stored value 5 differs from the recorded 4"): the stored
codes in it become the vocabulary's words, so both paths say it alike in every language.
"""

from __future__ import annotations

from typing import Any

from meapp.services.common import vocabulary
from meapp.services.common.vocabulary import Translate
from meapp.store.check import Finding


def _worded_params(finding: Finding, translate: Translate) -> dict[str, Any]:
    """The finding's parameters with the table, column and stored values named in words.

    A value is worded only when the finding shows it whole (a long text is shown shortened
    in `value`/`expected` and stays so)."""
    params = dict(finding.params)
    entity = params.get("entity")
    if entity:
        column = params.get("column")
        if column:
            for shown, raw in (("value", "stored"), ("expected", "recorded")):
                value = params.get(raw)
                if not isinstance(value, str) or len(value) <= len(params[shown]):
                    words = vocabulary.value_text(entity, column, value, translate)
                    params[shown] = vocabulary.lower_first(words)
            params["column"] = vocabulary.field_label(entity, column, translate)
        params["entity"] = vocabulary.entity_label(entity, translate)
    if "kind" in params:
        params["kind"] = translate("problems", params["kind"])
    return params


def finding_text(finding: Finding, translate: Translate) -> str:
    """The finding as one sentence in the language of `translate` (context "problems")."""
    params = _worded_params(finding, translate)
    text = translate("problems", finding.message)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
