"""Sales analytics of chapter 28: monthly KPIs, their trends, price elasticity.

Sources: the handbook, sections "Analīze un optimizēšana" (5–7 KPIs) and "Pārdošanas datu analīze"
(gross margin = (price − cost) ÷ price, conversion, return rate, price elasticity testing). The
formulas are standard definitions. numpy and scipy are imported inside the functions.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

KPI_RANGE = (5, 7)  # the handbook: follow 5–7 key indicators

_MONTH_WORDS = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def parse_month(text: str) -> tuple[int, int] | None:
    """A month label → (year, month): ``2024-01``, ``2024.01``, ``01.2024``, ``1/2024``, ``janv. 2024``."""
    text = str(text).strip().lower()
    m = re.fullmatch(r"(\d{4})[-./ ](\d{1,2})(?:[-./ ]\d{1,2})?", text)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
    else:
        m = re.fullmatch(r"(?:\d{1,2}[-./])?(\d{1,2})[-./ ](\d{4})", text)
        if m:
            month, year = int(m.group(1)), int(m.group(2))
        else:
            m = re.fullmatch(r"([^\W\d_]+)\.?[ ,]*(\d{4})", text)
            if not m:
                return None
            word = m.group(1).replace("ū", "u").replace("ā", "a")
            month = next((i + 1 for i, w in enumerate(_MONTH_WORDS) if word.startswith(w)), 0)
            year = int(m.group(2))
    if not (1 <= month <= 12 and 1990 <= year <= 2100):
        return None
    return year, month


def consecutive(months: Sequence[tuple[int, int]]) -> bool:
    """Whether the months follow one another without gaps."""
    index = [y * 12 + m for y, m in months]
    return all(b - a == 1 for a, b in zip(index, index[1:]))


def ratio(part: float | None, whole: float | None) -> float | None:
    """``part ÷ whole`` in percent, or None when it cannot be computed."""
    if part is None or not whole:
        return None
    return part / whole * 100


@dataclass(frozen=True)
class Kpi:
    """One indicator over the months: ``kind`` is "money", "percent" or "integer"."""

    name: str
    kind: str
    values: list[float | None]
    higher_is_better: bool = True


def monthly_kpis(rows: Sequence[dict]) -> list[Kpi]:
    """The KPIs of chapter 28 for each month; optional columns give optional KPIs.

    Each row has ``revenue``, ``orders``, ``visitors`` and may have ``cost``, ``returns``, ``repeat``.
    """
    def col(name):
        return [r.get(name) for r in rows]

    revenue, orders = col("revenue"), col("orders")
    kpis = [
        Kpi("Ieņēmumi", "money", revenue),
        Kpi("Pasūtījumi", "integer", orders),
        Kpi("Vidējā pasūtījuma vērtība", "money", [r / o if r is not None and o else None for r, o in zip(revenue, orders)]),
        Kpi("Konversijas likme", "percent", [ratio(o, v) for o, v in zip(orders, col("visitors"))]),
    ]
    if any(r.get("cost") is not None for r in rows):
        kpis.append(Kpi("Bruto peļņas marža", "percent",
                        [ratio(rv - c, rv) if rv is not None and c is not None else None for rv, c in zip(revenue, col("cost"))]))
    if any(r.get("returns") is not None for r in rows):
        kpis.append(Kpi("Atgriešanas likme", "percent", [ratio(x, o) for x, o in zip(col("returns"), orders)], False))
    if any(r.get("repeat") is not None for r in rows):
        kpis.append(Kpi("Atkārtotu pircēju īpatsvars", "percent", [ratio(x, o) for x, o in zip(col("repeat"), orders)]))
    return kpis


def trend_pct(values: Sequence[float | None], last: int = 12) -> float | None:
    """Linear trend of the last ``last`` months as % of their mean per month (None if < 3 points or mean 0)."""
    import numpy as np

    points = [(i, v) for i, v in enumerate(list(values)[-last:]) if v is not None]
    if len(points) < 3:
        return None
    xs, ys = np.array([p[0] for p in points], float), np.array([p[1] for p in points], float)
    mean = ys.mean()
    if not mean or np.ptp(xs) == 0:
        return None
    slope = float(np.polyfit(xs, ys, 1)[0])
    return slope / abs(mean) * 100


@dataclass(frozen=True)
class Elasticity:
    """Log-log fit volume = A · price^elasticity."""

    elasticity: float
    intercept: float
    r_squared: float

    def volume(self, price: float) -> float:
        return math.exp(self.intercept) * price ** self.elasticity


def elasticity(prices: Sequence[float], volumes: Sequence[float]) -> Elasticity:
    """Price elasticity of demand from price/volume pairs by log-log least squares (scipy.stats.linregress).

    Raises ValueError when fewer than two different prices or a non-positive value is given.
    """
    from scipy.stats import linregress

    if len(set(prices)) < 2 or min(prices) <= 0 or min(volumes) <= 0:
        raise ValueError("need two different positive prices and positive volumes")
    xs, ys = [math.log(p) for p in prices], [math.log(v) for v in volumes]
    if len(set(ys)) < 2:
        return Elasticity(0.0, ys[0], 1.0)
    fit = linregress(xs, ys)
    return Elasticity(float(fit.slope), float(fit.intercept), float(fit.rvalue) ** 2)


def best_revenue_price(fit: Elasticity, low: float, high: float, steps: int = 200) -> float:
    """The price within [low, high] (the tested range) where the fitted revenue price × volume is highest."""
    grid = [low + (high - low) * i / steps for i in range(steps + 1)]
    return max(grid, key=lambda p: (round(p * fit.volume(p), 9), -p))
