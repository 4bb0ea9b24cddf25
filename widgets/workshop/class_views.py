"""What the class answered, per exercise: blocks for the trainer's class view and the projector.

``blocks_for(exercise, values)`` takes every learner's valid answers (no names: the projector shows
these as they are) and returns blocks, rendered by ``render_html.render_blocks`` like any view.
It uses, in order: the definition's own ``class_view``, a specific view below (issue 7 names them
for E28, E21, E05, E04, E13 and E31), or :func:`generic`, built from the fields, so every exercise
added later has one.
"""

from __future__ import annotations

import logging
import math
import statistics
from collections import Counter
from collections.abc import Callable
from typing import Any

from .. import fmt
from ..blocks import Block, Chart, Metric, Note, Table, Text
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
MAX_TEXTS = 60


def blocks_for(exercise: Exercise, values: list[dict[str, Any]]) -> list[Block]:
    """The class view of ``exercise`` for these answers (never raises: falls back to the generic view)."""
    if not values:
        return [Note("Vēl neviens nav pabeidzis šo vingrinājumu.", "info")]
    view = exercise.class_view or SPECIFIC.get(exercise.id)
    if view is not None:
        try:
            return view(values)
        except Exception:
            log.exception("class view of %s failed", exercise.id)
    return generic(exercise, values)


def _results(exercise_id: str, values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each learner's computed results (answers that no longer compute are skipped)."""
    from .. import registry

    compute = registry.get(exercise_id).compute
    out = []
    for v in values:
        try:
            out.append(compute(v))
        except Exception:
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


def _numbers(values: list[dict[str, Any]], name: str) -> list[float]:
    return [float(v[name]) for v in values if isinstance(v.get(name), int | float) and not isinstance(v.get(name), bool)]


def _kind(field) -> str:
    return "money" if isinstance(field, MoneyField) else "percent" if isinstance(field, PercentField) else "number"


def generic(exercise: Exercise, values: list[dict[str, Any]]) -> list[Block]:
    """The class view every exercise has: numbers summarised, choices counted, texts listed."""
    blocks: list[Block] = [Metric("Pabeiguši", fmt.integer(len(values)), "dalībnieki ar derīgām atbildēm")]
    number_rows = []
    for f in exercise.fields:
        if isinstance(f, NumberField):
            number_rows.append((f.label, _numbers(values, f.name), _kind(f)))
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


# --- the specific views issue 7 asks for -----------------------------------------------------

def e28(values: list[dict[str, Any]]) -> list[Block]:
    """E28: the distribution of retail prices and of hourly rates."""
    results = _results("E28", values)
    prices = [r["retail_price"] for r in results]
    rates = _numbers(values, "hourly_rate")
    earned = [r["earnings_per_hour"] for r in results if r.get("earnings_per_hour") is not None]
    blocks: list[Block] = [Metric("Pabeiguši", fmt.integer(len(values)))]
    if prices:
        blocks.append(Metric("Mazumtirdzniecības cenas mediāna", fmt.money(statistics.median(prices))))
    if rates:
        blocks.append(Metric("Stundas likmes mediāna", fmt.money(statistics.median(rates))))
    table = summary_table("Cenas un likmes klasē", [("Mazumtirdzniecības cena", prices, "money"),
                                                    ("Stundas likme", rates, "money"),
                                                    ("Nopelnīts stundā", earned, "money")])
    if table:
        blocks.append(table)
    if prices:
        blocks.append(histogram(prices, "Mazumtirdzniecības cenas", "€"))
    if rates:
        blocks.append(histogram(rates, "Stundas likmes", "€"))
    return blocks


def e21(values: list[dict[str, Any]]) -> list[Block]:
    """E21: the share of the price that goes to fees."""
    shares = [r["fee_share_pct"] for r in _results("E21", values)]
    blocks: list[Block] = [Metric("Pabeiguši", fmt.integer(len(values)))]
    if shares:
        blocks.append(Metric("Komisiju daļa: mediāna", fmt.percent(statistics.median(shares))))
        blocks.append(summary_table("Komisiju daļa no ieņēmumiem", [("Komisiju daļa", shares, "percent")]))
        blocks.append(histogram(shares, "Cik no ieņēmumiem aiziet komisijās", "%"))
    return blocks


def e05(values: list[dict[str, Any]]) -> list[Block]:
    """E05: where each learner's price sits against their competitors' average."""
    rows = []
    for r in _results("E05", values):
        rows.append((r["mine"]["price"], r["avg_price"], r["price_diff_pct"], r["my_rank"], len(r["ranking"])))
    if not rows:
        return [Note("Vēl neviens nav pabeidzis šo vingrinājumu.", "info")]
    rows.sort(key=lambda x: x[2])
    labels = [f"{i}." for i in range(1, len(rows) + 1)]
    table = Table("Katra dalībnieka cenas pozīcija (bez vārdiem)",
                  ["Nr.", "Mana cena", "Konkurentu vidējā", "Starpība", "Vieta kopvērtējumā"],
                  [[lbl, fmt.money(a), fmt.money(b), fmt.percent(c), f"{d}. no {e}"] for lbl, (a, b, c, d, e) in zip(labels, rows)],
                  [[None, a, b, c, None] for a, b, c, _d, _e in rows], [None, "money", "money", "percent", None])
    cheaper = sum(1 for r in rows if r[2] < -5)
    dearer = sum(1 for r in rows if r[2] > 5)
    return [Metric("Pabeiguši", fmt.integer(len(rows))),
            Metric("Lētāki par konkurentiem", fmt.integer(cheaper), "vairāk nekā 5 % zem vidējās"),
            Metric("Dārgāki par konkurentiem", fmt.integer(dearer), "vairāk nekā 5 % virs vidējās"),
            Chart("barh", "Cena pret konkurentu vidējo, %", labels, {"Starpība, %": [r[2] for r in rows]}, xlabel="%"),
            table]


def e04(values: list[dict[str, Any]]) -> list[Block]:
    """E04: every learner's USP statement."""
    statements = [r["statement"] for r in _results("E04", values) if r.get("statement")]
    return [Metric("Pabeiguši", fmt.integer(len(values))),
            Text("Unikālie piedāvājumi (USP)", "\n\n".join("• " + s for s in statements[:MAX_TEXTS]))]


def e13(values: list[dict[str, Any]]) -> list[Block]:
    """E13: the brand words the class chose, and each brand's words."""
    counts = Counter(w for v in values for w in (v.get("attributes") or []))
    top = counts.most_common(15)
    lines = [f"• {v.get('brand_name') or '—'}: {', '.join(v.get('attributes') or [])}" for v in values]
    blocks: list[Block] = [Metric("Pabeiguši", fmt.integer(len(values)))]
    if top:
        blocks.append(Chart("barh", "Zīmola raksturs: biežāk izvēlētie vārdi", [k for k, _ in top],
                            {"Dalībnieki": [n for _, n in top]}))
    blocks.append(Text("Zīmolu vārdi", "\n".join(lines[:MAX_TEXTS])))
    return blocks


def e31(values: list[dict[str, Any]]) -> list[Block]:
    """E31: the months most chosen for launches."""
    from ..exercises.e31_content import MONTHS

    counts = Counter(row.get("month") for v in values for row in (v.get("months") or []) if (row.get("launch") or "").strip())
    launches = [f"• {row.get('month')}: {row.get('launch').strip()}" for v in values for row in (v.get("months") or [])
                if (row.get("launch") or "").strip()]
    blocks: list[Block] = [Metric("Pabeiguši", fmt.integer(len(values)))]
    if counts:
        best = max(MONTHS, key=lambda m: counts.get(m, 0))
        blocks.append(Metric("Populārākais mēnesis jaunumiem", best, f"{counts[best]} dalībnieku plānos"))
    blocks.append(Chart("bar", "Mēneši, kuros plānoti jaunumi un kampaņas", MONTHS,
                        {"Dalībnieki": [counts.get(m, 0) for m in MONTHS]}, ylabel="Dalībnieki"))
    if launches:
        blocks.append(Text("Plānotie jaunumi", "\n".join(launches[:MAX_TEXTS])))
    return blocks


SPECIFIC: dict[str, Callable[[list[dict[str, Any]]], list[Block]]] = {
    "E28": e28, "E21": e21, "E05": e05, "E04": e04, "E13": e13, "E31": e31,
}
