"""Data of the illustrative case "Vidzemes virpotājs nosaka cenu pēc peļņas stundā".

A made-up woodturner from Vidzeme with four product lines. The figures are drawn from seeded
random numbers inside the handbook's ranges (labour 15–25 €/h, overhead 10–20 %, waste 5–10 %,
section "Cenas veidošanas stratēģijas") and Etsy's fees as chapter 11 gives them, so the case is
plausible without pretending to be a real business. Run it to rewrite the data file beside it;
the tests check that it writes exactly the committed file.

Usage: ``python case_studies/vidzemes-virpotajs.py [--out PATH]``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets.cases import typed_money as money  # noqa: E402
from widgets.cases import write_data

SLUG = "vidzemes-virpotajs"
SEED = 2026


def data() -> dict:
    rng = random.Random(SEED)
    lines = []
    # (product, materials €, hours) ranges a small turnery might see; prices come from a markup
    for product, materials, hours in (("Ozolkoka dēlītis", (6, 9), (0.8, 1.2)), ("Bērza bļoda", (8, 12), (2.0, 3.0)),
                                      ("Oša karote", (1, 2), (0.4, 0.7)), ("Liela salātu bļoda", (15, 22), (4.5, 6.0))):
        m = round(rng.uniform(*materials), 2)
        h = round(rng.uniform(*hours) * 4) / 4  # quarter hours, as a maker would count
        price = round((m + h * 18) * rng.uniform(1.25, 1.6))
        units = rng.randint(3, 25)
        lines.append({"product": product, "materials": money(m), "hours": money(h).rstrip("0").rstrip(","),
                      "price": str(price), "units": str(units)})
    best = next(r for r in lines if r["product"] == "Oša karote")  # the spoon: cheap to make, quick to sell
    return {
        "title": "Vidzemes virpotājs nosaka cenu pēc peļņas stundā",
        "kind": "illustrative",
        "chapters": [14],
        "source": "Izdomāts gadījums; skaitļi ģenerēti ar šo skriptu rokasgrāmatas diapazonos.",
        "assumptions": [
            "Stundas likme 18 € ir rokasgrāmatas ieteiktajā 15–25 € diapazonā.",
            "Pieskaitāmās izmaksas 15 % un materiālu zudumi 8 % ir rokasgrāmatas diapazonu vidū.",
            "Pārdod Etsy: 6,5 % darījuma maksa + 4 % maksājuma apstrāde; 0,20 € sludinājums + 0,30 € apstrāde.",
        ],
        "runs": [
            {"exercise": "E11", "note": "Četras produktu līnijas, sakārtotas pēc peļņas vienā darba stundā.",
             "answers": {"lines": lines, "hourly_rate": "18", "overhead_pct": "15", "waste_pct": "8",
                         "fee_pct": "10,5", "fee_fixed": "0,50"}},
            {"exercise": "E28", "note": f"Viena produkta cena no izmaksām: {best['product'].lower()}.",
             "answers": {"product": best["product"], "materials": best["materials"], "hours": best["hours"],
                         "hourly_rate": "18", "overhead_pct": "15", "waste_pct": "8", "fee_pct": "10,5",
                         "fee_fixed": "0,50", "markup_pct": "35"}},
        ],
    }


if __name__ == "__main__":
    write_data(data(), __file__)
