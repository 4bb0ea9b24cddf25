"""Packaging cost per parcel and a simple sustainability score (chapter 9).

Price ranges: handbook, section „Iepakojums”, „Videi draudzīgs iepakojums”. The sustainability
points are this book's reading of the chapter's checklist ("materials are natural, recycled or
reusable"): 3 = reusable or compostable, 2 = recycled or paper, 0 = plastic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Material:
    """A packaging material: its unit, the handbook's price range per unit and sustainability points (0–3)."""

    name: str
    unit: str
    low: float | None
    high: float | None
    points: int


MAX_POINTS = 3
MATERIALS = [
    Material("Pārstrādāta kartona kaste", "gab.", 0.50, 2.50, 2),
    Material("Kraftpapīrs", "loksne", 0.10, 0.30, 2),
    Material("Papīra lente", "rullis", 3.0, 8.0, 2),
    Material("Bioloģiski noārdāms tukšumu pildījums", "maiss", 15.0, 30.0, 3),
    Material("Kokvilnas vai linu maisiņš", "gab.", 1.0, 3.0, 3),
    Material("Pateicības un kopšanas kartīte", "gab.", None, None, 2),
    Material("Plastmasas līmlente", "rullis", None, None, 0),
    Material("Burbuļplēve", "metrs", None, None, 0),
]
BY_NAME = {m.name: m for m in MATERIALS}


@dataclass(frozen=True)
class Line:
    """One material's share of a parcel."""

    name: str
    cost: float          # € per parcel
    points: int
    in_range: bool       # the unit price lies within the handbook's range (or it gives none)


def parcel_line(name: str, unit_price: float, quantity: float, parcels_per_unit: int) -> Line:
    """Cost of one material in one parcel: price × quantity ÷ parcels one unit lasts."""
    material = BY_NAME.get(name)
    cost = unit_price * quantity / max(parcels_per_unit, 1)
    in_range = material is None or material.low is None or material.low <= unit_price <= material.high
    return Line(name, cost, material.points if material else 0, in_range)


def sustainability_pct(lines: Iterable[Line]) -> float:
    """Mean sustainability points of the materials used, as a percentage of the best (3 points)."""
    used = list(lines)
    return sum(line.points for line in used) / (MAX_POINTS * len(used)) * 100 if used else 0.0


def parcel_cost(rows: Iterable[Mapping]) -> float:
    """Total cost of one parcel from rows with ``name``, ``price``, ``quantity``, ``per_unit``."""
    return sum(parcel_line(r["name"], r["price"], r["quantity"], r["per_unit"]).cost for r in rows)
