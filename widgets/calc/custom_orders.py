"""Custom-order money terms, as chapter 23 lays them out.

Source: the handbook, section "Personalizēti pasūtījumi" (financial terms): a
non-refundable deposit before work starts, a rush surcharge when the client needs
the work sooner than usual, and full payment before dispatch or on receipt. The
handbook sets no deposit size or surcharge rate: the maker chooses them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Payments:
    """The money of one custom order, in euros."""

    base: float
    rush: float
    deposit: float

    @property
    def total(self) -> float:
        return self.base + self.rush

    @property
    def balance(self) -> float:
        return self.total - self.deposit


def is_rush(days_available: int, usual_days: int) -> bool:
    """The client needs the work in fewer days than it usually takes."""
    return days_available < usual_days


def payments(price: float, deposit_pct: float, rush_pct: float, rush: bool) -> Payments:
    """Price with the rush surcharge (a share of the price, only when ``rush``) and the deposit on the total."""
    surcharge = price * rush_pct / 100 if rush else 0.0
    return Payments(price, surcharge, (price + surcharge) * deposit_pct / 100)
