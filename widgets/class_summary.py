"""Building blocks for class views: what a whole class answered, summarised without names.

An exercise's ``class_view`` (see :class:`widgets.exercise.Exercise`) composes these; the trainer's
class view and the projector render the blocks like any view. Pure: no widgets, no I/O.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable
from typing import Any

from . import fmt
from .blocks import Chart, Metric, Table

MAX_TEXTS = 60  # texts listed in a class view: enough for any class, bounded for the projector


def finished(values: list[dict[str, Any]]) -> Metric:
    """How many learners' valid answers the view summarises."""
    return Metric("Pabeiguši", fmt.integer(len(values)))


def results_of(compute: Callable[[dict[str, Any]], dict[str, Any]], values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each learner's computed results (answers that no longer compute are skipped)."""
    out = []
    for v in values:
        try:
            out.append(compute(v))
        except Exception:  # one learner's odd answers must not take down the whole class view
            continue
    return out


def _nice_step(span: float, bins: int) -> float:
    raw = span / max(bins, 1)
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power


def histogram(numbers: list[float], title: str, unit: str = "", bins: int = 6) -> Chart:
    """A bar chart of how many answers fall in each range (``unit``: "€", "%" or "")."""
    numbers = [float(n) for n in numbers]
    low, high = min(numbers), max(numbers)

    def label(x: float) -> str:
        if unit == "€":
            return fmt.money(x, 0 if abs(x) >= 100 or float(x).is_integer() else 2)
        if unit == "%":
            return fmt.percent(x, 0 if float(x).is_integer() else 1)
        return fmt.number(x, 1)

    if high - low < 1e-9:
        return Chart("bar", title, [label(low)], {"Dalībnieki": [len(numbers)]}, xlabel=unit, ylabel="Dalībnieki")
    step = _nice_step(high - low, bins)
    start = math.floor(low / step) * step
    edges = []
    x = start
    while x <= high + 1e-9:
        edges.append(x)
        x += step
    counts = [0] * len(edges)
    for n in numbers:
        counts[min(int((n - start) // step), len(edges) - 1)] += 1
    labels = [f"{label(e)}–{label(e + step)}" for e in edges]
    return Chart("bar", title, labels, {"Dalībnieki": counts}, xlabel=unit, ylabel="Dalībnieki")


def _summary_row(label: str, numbers: list[float], kind: str) -> tuple[list[str], list[float | None]]:
    show = fmt.money if kind == "money" else (lambda v: fmt.percent(v)) if kind == "percent" else fmt.number
    stats = [len(numbers), min(numbers), statistics.median(numbers), statistics.mean(numbers), max(numbers)]
    cells = [label, fmt.integer(stats[0])] + [show(s) for s in stats[1:]]
    return cells, [None, float(stats[0])] + [float(s) for s in stats[1:]]


def summary_table(title: str, rows: list[tuple[str, list[float], str]]) -> Table | None:
    """Count, minimum, median, mean and maximum of each number (rows: label, numbers, "money"/"percent"/"number")."""
    rows = [r for r in rows if r[1]]
    if not rows:
        return None
    cells, numbers, formats = [], [], []
    for label, values, kind in rows:
        c, n = _summary_row(label, values, kind)
        cells.append(c)
        numbers.append(n)
        formats.append(kind)
    return Table(title, ["Rādītājs", "Atbildes", "Mazākā", "Mediāna", "Vidējā", "Lielākā"], cells, numbers,
                 [None, "integer", None, None, None, None])


def numbers(values: list[dict[str, Any]], name: str) -> list[float]:
    """The numeric answers to one field (empty and non-numeric answers left out)."""
    return [float(v[name]) for v in values if isinstance(v.get(name), int | float) and not isinstance(v.get(name), bool)]
