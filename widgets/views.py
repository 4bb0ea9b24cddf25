"""Shared view components: build result blocks from plain numbers.

Exercises call these instead of formatting by hand, so every table and metric
is formatted the same way in the app, the book and the exports.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from . import fmt
from .blocks import Metric, Table

_FORMATTERS = {
    "money": fmt.money,
    "percent": lambda v: fmt.percent(v, 1),
    "number": lambda v: fmt.number(v, 2),
    "integer": fmt.integer,
}


def cell(value: Any, kind: str | None) -> str:
    """Format one cell: numbers by ``kind``, anything else as text."""
    if value is None:
        return ""
    if kind in _FORMATTERS and isinstance(value, (int, float)):
        return _FORMATTERS[kind](value)
    return str(value)


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], kinds: Sequence[str | None]) -> Table:
    """A table block from raw values; ``kinds`` gives each column's format
    ("money", "percent", "number", "integer" or None for text)."""
    formatted = [[cell(v, k) for v, k in zip(row, kinds)] for row in rows]
    numbers = [
        [float(v) if k in _FORMATTERS and isinstance(v, (int, float)) else None for v, k in zip(row, kinds)]
        for row in rows
    ]
    return Table(title, list(columns), formatted, numbers, list(kinds))


def money_metric(label: str, value: float, note: str = "") -> Metric:
    """A headline amount in euros."""
    return Metric(label, fmt.money(value), note)


def percent_metric(label: str, value: float, note: str = "") -> Metric:
    """A headline percentage (percent units)."""
    return Metric(label, fmt.percent(value), note)


def score_metric(label: str, score: float, out_of: float, note: str = "") -> Metric:
    """A score such as ``4 no 5``."""
    return Metric(label, f"{fmt.number(score, 1)} no {fmt.number(out_of, 1)}", note)
