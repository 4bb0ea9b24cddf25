"""Profitability of product lines, built on the E28 cost build-up (``pricing``).

Source: the handbook, section "Pārdošanas datu analīze" (indicators "Bruto peļņas norma" and
"Peļņa stundā"), and section "Finanšu plānošana" (a profitability analysis per product line,
counting materials, the maker's time, overhead and platform fees). As in the chapter's example,
"costs" here leave out the maker's own pay, because profit per hour measures the time.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import pricing


@dataclass(frozen=True)
class LineResult:
    """One product line: per-item figures in euros, per-hour in €/h, margin in percent."""

    name: str
    price: float
    costs: float          # materials + waste + overhead + platform fees (no pay for the maker)
    profit: float         # price − costs: what one item leaves for the maker's time and profit
    hours: float
    profit_per_hour: float | None
    margin_pct: float     # gross margin: profit ÷ price
    minimum_price: float  # E28's minimum price (all costs incl. labour at the hourly rate, fees covered)
    units: int
    profit_month: float
    hours_month: float


def line(name: str, materials: float, hours: float, price: float, units: int, hourly_rate: float,
         overhead_pct: float, waste_pct: float, fee_pct: float, fee_fixed: float) -> LineResult:
    """Profitability of one product line at its price, with the pricing chapter's cost build-up."""
    cost = pricing.cost_breakdown(materials, hours, hourly_rate, overhead_pct, waste_pct)
    fees = pricing.fees_on(price, fee_pct, fee_fixed)
    costs = cost.materials + cost.waste + cost.overhead + fees
    profit = price - costs
    return LineResult(
        name=name, price=price, costs=costs, profit=profit, hours=hours,
        profit_per_hour=profit / hours if hours else None,
        margin_pct=profit / price * 100 if price else 0.0,
        minimum_price=pricing.price_covering(cost.total, fee_pct, fee_fixed),
        units=units, profit_month=profit * units, hours_month=hours * units,
    )


def rank(lines: list[LineResult], by: str) -> list[LineResult]:
    """Lines best first by ``"margin_pct"`` or ``"profit_per_hour"`` (lines without hours last)."""
    return sorted(lines, key=lambda x: -(getattr(x, by) if getattr(x, by) is not None else float("-inf")))
