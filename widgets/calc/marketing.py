"""Marketing plan calculations: the seasonal calendar, SMART goals and the budget split.

Sources: the handbook, section "Mārketings" (sub-sections "Mārketinga kalendārs",
"Uzstādīt sasniedzamus mērķus", "Mārketinga budžets"); the fourth-quarter share of the year's
revenue (30–40 %) is in :mod:`widgets.calc.seasonality` (section "Pārdošanas datu analīze").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .seasonality import MONTHS
from .text import words

# The handbook's marketing calendar by season (section "Mārketings", "Mārketinga kalendārs"):
# (first month index, number of months, season name, focus).
SEASONS = [
    (0, 2, "Janvāris–februāris", "Jaunā gada atsvaidzinājums"),
    (2, 3, "Marts–maijs", "Pavasara kolekcija"),
    (5, 3, "Jūnijs–augusts", "Vasaras rokdarbu pasākumi"),
    (8, 2, "Septembris–oktobris", "Gatavošanās svētkiem"),
    (10, 2, "Novembris–decembris", "Svētku pārdošanas maksimums"),
]
HOLIDAY_MONTHS = (10, 11)      # November, December: the holiday sales peak (the handbook's calendar)
HOLIDAY_PREP_BY = 9            # October: the gift guide ready by the end of October (chapter 15's tip)

# The handbook's budget areas for an early-stage craft business (section "Mārketings",
# "Mārketinga budžets"); the handbook gives no shares, so any shares are the learner's own.
BUDGET_AREAS = ["Satura veidošana", "Fotografēšana", "Sociālie mediji", "E-pasta mārketings",
                "Apmaksātā reklāma", "Gadatirgi"]
SHARE_TOLERANCE = 0.05         # percentage points allowed off 100 % for rounding
HOURLY_RATE_RANGE = (15.0, 25.0)  # € an hour for a skilled maker (the handbook, "Cenas veidošanas stratēģijas")
CONCENTRATION_LIMIT = 50.0     # "not everything in one channel": more than half in one area is flagged


def months_covered(start: float, length: float) -> list[float]:
    """How much of each month (0–1, January first) a span of ``length`` months from ``start`` covers.

    ``start`` is a month index (0 = the start of January); a span past December wraps to January.
    """
    cover = [0.0] * 12
    length = max(0.0, min(length, 12.0))
    position, left = start % 12, length
    while left > 1e-9:
        month = int(math.floor(position)) % 12
        step = min(left, math.floor(position) + 1 - position)
        cover[month] += step
        position, left = (position + step) % 12, left - step
    return [min(c, 1.0) for c in cover]


def seasons_without(covers: Sequence[Sequence[float]]) -> list[str]:
    """The handbook's seasons in which none of the spans (``months_covered`` lists) is active."""
    missing = []
    for first, count, name, _focus in SEASONS:
        if not any(c[m] > 0 for c in covers for m in range(first, first + count)):
            missing.append(name)
    return missing


def month_name(index: float) -> str:
    """The Latvian name of the month a month index falls in (wrapping past December)."""
    return MONTHS[int(math.floor(index)) % 12]


# --- SMART goals ------------------------------------------------------------------------------

# Words that make a goal wish-like instead of specific (a teaching list, not from the handbook).
GOAL_VAGUE = ("vairāk", "labāk", "daudz", "dažus", "dažas", "pēc iespējas", "kaut kā", "kādreiz")
PACE_LIMIT = 2.0  # assumption: a goal that needs more than twice the pace so far needs a new method or resource


def vague_goal_words(text: str) -> list[str]:
    """The wish-like words and phrases found in a goal, each once."""
    low = " ".join(words((text or "").lower()))
    return [w for w in GOAL_VAGUE if f" {w} " in f" {low} "]


def has_deadline(text: str) -> bool:
    """Whether a deadline text names a date: a digit or a month name (any case ending)."""
    tokens = words((text or "").lower())
    return any(ch.isdigit() for ch in text or "") or any(t.startswith(m.lower()[:4]) for t in tokens for m in MONTHS)


@dataclass(frozen=True)
class Pace:
    """How fast a goal needs to move compared with the pace so far (per month)."""

    needed: float      # units per month to reach the target in time
    so_far: float      # units per month until now (0 = unknown)
    ratio: float | None  # needed ÷ so far, None when the pace so far is unknown


def pace(current: float, target: float, months: float, so_far: float) -> Pace:
    """The monthly change a goal needs and how it compares with the pace so far."""
    needed = (target - current) / months if months > 0 else 0.0
    ratio = needed / so_far if so_far > 0 else None
    return Pace(needed, so_far, ratio)


# --- Budget split -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Allocation:
    """One budget area: its share, money per month and year, and the owner's time at an hourly rate."""

    name: str
    share: float
    month: float
    year: float
    hours: float
    time_value: float


def split_budget(total_month: float, rows: Sequence[tuple[str, float, float]], hourly_rate: float = 0.0) -> list[Allocation]:
    """Split a monthly budget over areas given as (name, share in percent, own hours a month).

    The shares must sum to 100 % (± ``SHARE_TOLERANCE`` for rounding).

    Raises
    ------
    ValueError
        When the shares do not sum to 100 %.
    """
    if abs(sum(share for _, share, _ in rows) - 100.0) > SHARE_TOLERANCE:
        raise ValueError("shares must sum to 100")
    return [Allocation(name, share, total_month * share / 100, total_month * share / 100 * 12, hours,
                       hours * hourly_rate)
            for name, share, hours in rows]
