"""Product cost build-up and prices, as the handbook's pricing chapter lays them out.

Source: the handbook, section "Cenas veidošanas stratēģijas": materials; labour
hours × a fair hourly rate (at least 15–25 € for skilled makers); overhead
10–20 % of materials and labour; waste 5–10 % of materials; platform fees.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CostBreakdown:
    """Cost of one item, in euros."""

    materials: float
    waste: float
    labour: float
    overhead: float

    @property
    def total(self) -> float:
        """Production cost of one item."""
        return self.materials + self.waste + self.labour + self.overhead


def cost_breakdown(materials: float, hours: float, hourly_rate: float, overhead_pct: float, waste_pct: float) -> CostBreakdown:
    """Build up the cost of one item.

    Waste is a share of materials; overhead a share of materials (with waste)
    plus labour.
    """
    waste = materials * waste_pct / 100
    labour = hours * hourly_rate
    overhead = (materials + waste + labour) * overhead_pct / 100
    return CostBreakdown(materials, waste, labour, overhead)


def price_covering(amount: float, fee_pct: float, fee_fixed: float) -> float:
    """The price that leaves ``amount`` after a percentage fee and a fixed fee per sale.

    Raises ValueError when the percentage fee is 100 % or more (no price can cover it).
    """
    if fee_pct >= 100:
        raise ValueError("fee_pct must be below 100")
    return (amount + fee_fixed) / (1 - fee_pct / 100)


def fees_on(price: float, fee_pct: float, fee_fixed: float) -> float:
    """Platform fees charged on one sale at ``price``."""
    return price * fee_pct / 100 + fee_fixed


def charm_price(price: float) -> float:
    """The nearest charm price at or below ``price`` ending in 9 (49 instead of 50), at least 1 €."""
    whole = int(price)
    candidate = whole - (whole % 10) + 9
    if candidate > price:
        candidate -= 10
    return float(max(candidate, 1 if price >= 1 else 0))
