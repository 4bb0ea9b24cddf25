"""Orders, stock and batch production, as chapter 20 lays them out.

Sources: the handbook, section "Maksājumu apstrāde" (the table of order-tracking
systems by orders a week: manual 1–5, spreadsheet 5–15, e-commerce platform tools
15–50, dedicated systems 50+) and section "Inventāra un krājumu pārvaldība"
(reorder points for regularly used materials; grouping production steps into
batches). The reorder-point and safety-stock formulas are standard definitions,
since the handbook names reorder points but gives no formula.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Tier:
    """One order-tracking system tier: suits up to ``high`` orders a week."""

    name: str
    volume: str
    limits: str
    low: float
    high: float


# The handbook, section "Maksājumu apstrāde", table of order-tracking systems.
TIERS = [
    Tier("Manuāla uzskaite (burtnīca, saraksts uz papīra)", "1–5 pasūtījumi nedēļā",
         "Viegli kļūdīties, aizņem daudz laika", 0, 5),
    Tier("Izklājlapa", "5–15 pasūtījumi nedēļā", "Maz automatizācijas, nav savienojuma ar citām sistēmām", 5, 15),
    Tier("E-komercijas platformas rīki", "15–50 pasūtījumi nedēļā", "Ierobežotas pielāgošanas iespējas", 15, 50),
    Tier("Specializēta pasūtījumu pārvaldības sistēma", "vairāk nekā 50 pasūtījumi nedēļā",
         "Papildu izmaksas, jāiemācās lietot", 50, math.inf),
]


def order_tier(orders_per_week: float) -> int:
    """Index in :data:`TIERS` for an order volume; a value on a border (5, 15, 50) stays in the lower tier."""
    for index, tier in enumerate(TIERS):
        if orders_per_week <= tier.high:
            return index
    return len(TIERS) - 1  # pragma: no cover - the last tier has no upper limit


def on_border(orders_per_week: float) -> bool:
    """Whether the volume sits exactly where two tiers of the handbook's table meet."""
    return orders_per_week in (5, 15, 50)


def safety_stock(avg_daily: float, max_daily: float, avg_lead: float, max_lead: float) -> float:
    """(largest daily use × longest lead time) − (average daily use × average lead time), never below 0."""
    return max(max_daily * max_lead - avg_daily * avg_lead, 0.0)


def reorder_point(avg_daily: float, lead_days: float, safety: float) -> float:
    """Average daily use × lead time in days + safety stock."""
    return avg_daily * lead_days + safety


@dataclass
class StockRun:
    """Stock on hand at the end of each day (index 0 = today), and the days an order is placed."""

    levels: list[float] = field(default_factory=list)
    order_days: list[int] = field(default_factory=list)
    arrival_days: list[int] = field(default_factory=list)
    short_days: list[int] = field(default_factory=list)


def simulate_stock(start: float, daily_use: float, lead_days: int, order_qty: float, rop: float,
                   days: int) -> StockRun:
    """Day-by-day stock at average use: order ``order_qty`` whenever stock on hand plus stock on order
    falls to the reorder point; each order arrives ``lead_days`` later. Stock never goes below 0."""
    run = StockRun(levels=[start])
    stock, pending = start, {}  # arrival day → quantity
    if stock <= rop and order_qty > 0:
        pending[lead_days] = order_qty
        run.order_days.append(0)
    for day in range(1, days + 1):
        arriving = pending.pop(day, 0.0)
        if arriving:
            stock += arriving
            run.arrival_days.append(day)
        stock = round(stock - daily_use, 9)  # no float noise: 2 − 5 × 0,4 is 0, not 1e-16
        if stock < 0:
            stock = 0.0
            run.short_days.append(day)
        if stock + sum(pending.values()) <= rop and order_qty > 0:
            pending[day + lead_days] = pending.get(day + lead_days, 0.0) + order_qty
            run.order_days.append(day)
        run.levels.append(stock)
    return run


@dataclass(frozen=True)
class BatchStep:
    """One shared production step: minutes one item by one versus in batches."""

    name: str
    setup: float
    per_item: float
    items: int
    batches: int

    @property
    def one_by_one(self) -> float:
        """Set-up for every item: items × (set-up + work)."""
        return self.items * (self.setup + self.per_item)

    @property
    def batched(self) -> float:
        """Set-up once per batch: batches × set-up + items × work."""
        return self.batches * self.setup + self.items * self.per_item

    @property
    def saved(self) -> float:
        return self.one_by_one - self.batched


def batch_step(name: str, setup: float, per_item: float, items: int, max_batch: int = 0) -> BatchStep:
    """A step done for ``items`` pieces in batches of at most ``max_batch`` (0 = all in one batch)."""
    if items <= 0:
        batches = 0
    elif max_batch and max_batch > 0:
        batches = math.ceil(items / max_batch)
    else:
        batches = 1
    return BatchStep(name, setup, per_item, items, batches)
