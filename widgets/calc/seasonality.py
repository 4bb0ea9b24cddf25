"""Seasonal sales profile of a craft business.

Source: the handbook, section "Pārdošanas datu analīze": the fourth quarter brings 30–40 % of a
craft seller's yearly revenue. The monthly shape below (a quiet summer, a rise from October, the
December peak) is an assumption that spreads that Q4 share over the year; the learner can replace it.
"""

from __future__ import annotations

from collections.abc import Sequence

MONTHS = ["Janvāris", "Februāris", "Marts", "Aprīlis", "Maijs", "Jūnijs", "Jūlijs", "Augusts",
          "Septembris", "Oktobris", "Novembris", "Decembris"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mai", "Jūn", "Jūl", "Aug", "Sep", "Okt", "Nov", "Dec"]
Q4_SHARE_RANGE = (30.0, 40.0)  # % of the year, the handbook

# relative weights of Jan–Sep (assumption: Valentine's and Mother's Day bumps, summer dip)
_REST_SHAPE = [0.9, 1.0, 0.9, 0.95, 1.1, 0.9, 0.85, 0.9, 1.0]
_Q4_SHAPE = [0.8, 1.0, 1.4]  # October, November, December within Q4 (assumption)


def monthly_shares(q4_share_pct: float = 35.0) -> list[float]:
    """Twelve monthly shares of the year's revenue, in percent, summing to 100, with Q4 = ``q4_share_pct``."""
    if not 0 <= q4_share_pct <= 100:
        raise ValueError("q4_share_pct must be 0–100")
    rest = 100.0 - q4_share_pct
    rest_total, q4_total = sum(_REST_SHAPE), sum(_Q4_SHAPE)
    return [rest * w / rest_total for w in _REST_SHAPE] + [q4_share_pct * w / q4_total for w in _Q4_SHAPE]


def q4_share(monthly: Sequence[float]) -> float:
    """Share of October–December in twelve monthly figures, in percent (0 if the year is 0)."""
    if len(monthly) != 12:
        raise ValueError("need 12 months")
    total = sum(monthly)
    return sum(monthly[9:]) / total * 100 if total else 0.0


def spread(yearly: float, shares_pct: Sequence[float]) -> list[float]:
    """A yearly amount spread over months by shares in percent."""
    total = sum(shares_pct)
    return [yearly * s / total if total else 0.0 for s in shares_pct]
