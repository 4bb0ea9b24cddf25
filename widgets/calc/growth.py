"""Capacity and growth planning of chapter 30.

Sources: the handbook, section "Izaugsmes plānošana": revenue growth of 15–30 % a year for an
established craft business; plan 15–20 % capacity above the forecast (subsection "Jaudas
palielināšana"); section "Izaugsmes ceļi": start a helper part-time, outsource preparation,
finishing, packaging or administration. The hour thresholds for the hiring and outsourcing
triggers are assumptions of this workbook.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

GROWTH_RANGE = (15.0, 30.0)  # % a year, the handbook
BUFFER_RANGE = (15.0, 20.0)  # % capacity above the forecast, the handbook
OUTSOURCE_UP_TO = 8.0  # h/week short: outsource a step (assumption)
PART_TIME_UP_TO = 20.0  # h/week short: a part-time helper; above: full-time (assumption)


@dataclass(frozen=True)
class Capacity:
    hours_per_item: float
    needed: float  # hours for the forecast orders
    with_buffer: float  # hours with the buffer
    available: float
    max_items: float  # items the available hours allow, buffer kept
    reserve_pct: float | None  # available hours above the forecast need, in % of the need
    shortage: float  # hours missing to keep the buffer (0 if none)
    bottleneck: int | None  # index of the step taking the most hours per item


def capacity(step_hours: Sequence[float], items: float, available: float, buffer_pct: float) -> Capacity:
    """Hours needed for ``items`` made through the steps, with the buffer, against the available hours."""
    per_item = sum(step_hours)
    needed = per_item * items
    with_buffer = needed * (1 + buffer_pct / 100)
    max_items = available / (per_item * (1 + buffer_pct / 100)) if per_item else 0.0
    reserve = (available - needed) / needed * 100 if needed else None
    bottleneck = max(range(len(step_hours)), key=lambda i: step_hours[i]) if step_hours and per_item else None
    return Capacity(per_item, needed, with_buffer, available, max_items, reserve, max(0.0, with_buffer - available), bottleneck)


def trigger(short_per_week: float) -> str:
    """What to do about a weekly shortage of hours: "pietiek", "ārpakalpojums", "nepilna slodze", "pilna slodze"."""
    if short_per_week <= 0:
        return "pietiek"
    if short_per_week <= OUTSOURCE_UP_TO:
        return "ārpakalpojums"
    if short_per_week <= PART_TIME_UP_TO:
        return "nepilna slodze"
    return "pilna slodze"


@dataclass(frozen=True)
class PlanYear:
    year: int  # 0 = this year
    revenue: float
    items: float
    hours: float  # production hours with the buffer
    short_per_week: float
    action: str


def plan(revenue: float, growth_pct: float, price: float, hours_per_item: float, hours_per_week: float,
         weeks: float, buffer_pct: float, years: int = 3) -> list[PlanYear]:
    """Revenue compounded yearly, the production hours it takes and what to do when time runs out."""
    rows = []
    for year in range(years + 1):
        value = revenue * (1 + growth_pct / 100) ** year
        items = value / price if price else 0.0
        hours = items * hours_per_item * (1 + buffer_pct / 100)
        short = (hours - hours_per_week * weeks) / weeks if weeks else 0.0
        rows.append(PlanYear(year, value, items, hours, short, trigger(short)))
    return rows
