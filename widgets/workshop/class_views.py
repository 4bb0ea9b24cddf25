"""What the class answered, per exercise: blocks for the trainer's class view and the projector.

``blocks_for(exercise, values)`` takes every learner's valid answers (no names: the projector shows
these as they are) and returns blocks, rendered by ``render_html.render_blocks`` like any view.
It uses the definition's own ``class_view`` (E28, E21, E05, E04, E13 and E31 have one, built from
:mod:`widgets.class_summary`), or else :func:`generic`, built from the fields, so every exercise
added later has one.
"""

from __future__ import annotations

import logging
import statistics
from collections import Counter
from typing import Any

from .. import fmt
from ..blocks import Block, Chart, Metric, Note, Text
from ..class_summary import MAX_TEXTS, numbers, summary_table
from ..exercise import Exercise
from ..fields import (
    ChecklistField,
    ChoiceField,
    LongTextField,
    MoneyField,
    NumberField,
    PercentField,
    TableField,
    TextField,
)

log = logging.getLogger(__name__)


def blocks_for(exercise: Exercise, values: list[dict[str, Any]]) -> list[Block]:
    """The class view of ``exercise`` for these answers (never raises: falls back to the generic view)."""
    if not values:
        return [Note("Vēl neviens nav pabeidzis šo vingrinājumu.", "info")]
    if exercise.class_view is not None:
        try:
            return exercise.class_view(values)
        except Exception:
            log.exception("class view of %s failed", exercise.id)
    return generic(exercise, values)


def _kind(field) -> str:
    return "money" if isinstance(field, MoneyField) else "percent" if isinstance(field, PercentField) else "number"


def generic(exercise: Exercise, values: list[dict[str, Any]]) -> list[Block]:
    """The class view every exercise has: numbers summarised, choices counted, texts listed."""
    blocks: list[Block] = [Metric("Pabeiguši", fmt.integer(len(values)), "dalībnieki ar derīgām atbildēm")]
    number_rows = []
    for f in exercise.fields:
        if isinstance(f, NumberField):
            number_rows.append((f.label, numbers(values, f.name), _kind(f)))
    table = summary_table("Skaitļi klasē", number_rows)
    if table:
        blocks.append(table)
    for f in exercise.fields:
        if isinstance(f, ChoiceField):
            counts = Counter(v.get(f.name) for v in values if v.get(f.name))
            if counts:
                labels = [o for o in f.options if counts.get(o)] or list(counts)
                blocks.append(Chart("barh", f.label, labels, {"Dalībnieki": [counts[o] for o in labels]}))
        elif isinstance(f, ChecklistField):
            counts = Counter(item for v in values for item in (v.get(f.name) or []))
            if counts:
                top = counts.most_common(15)
                blocks.append(Chart("barh", f.label, [k for k, _ in top], {"Dalībnieki": [n for _, n in top]}))
        elif isinstance(f, TextField | LongTextField) and not getattr(f, "readonly", False):
            texts = [str(v.get(f.name)).strip() for v in values if v.get(f.name)]
            if texts:
                blocks.append(Text(f.label, "\n".join("• " + t for t in texts[:MAX_TEXTS])))
        elif isinstance(f, TableField):
            sizes = [len(v.get(f.name) or []) for v in values]
            if sizes:
                blocks.append(Metric(f"{f.label}: rindas vidēji", fmt.number(statistics.mean(sizes), 1)))
    return blocks
