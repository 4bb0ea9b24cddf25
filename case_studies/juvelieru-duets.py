"""Data of the illustrative case "Juvelieru dueta ietekmētāju kampaņa".

A made-up duo of silver jewellers scores five Instagram accounts on the handbook's five criteria
(E43; handbook, section „Sadarbības partneri”: micro-influencers with 5 000–50 000 followers; audience
fit, aesthetics, content quality, engagement, values) and gifts a pair of earrings to the three best
to measure the campaign (E44). Followers, interactions, orders and costs are seeded random numbers;
the campaign's return uses the standard ROI definition (gain − cost) ÷ cost. Run it to rewrite the
data file beside it; the tests check that it writes exactly the committed file.

Usage: ``python case_studies/juvelieru-duets.py [--out PATH]``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets.cases import write_data  # noqa: E402

SLUG = "juvelieru-duets"
SEED = 1919

# (account, followers range, engagement-rate range %, scores: audience, aesthetics, quality, engagement, values)
CANDIDATES = [
    ("@lina_un_sudrabs", (8_000, 15_000), (4.0, 6.0), (5, 5, 4, 5, 5)),
    ("@rigas_stils", (35_000, 48_000), (1.5, 2.5), (4, 5, 5, 3, 3)),
    ("@ilgtspejiga_skapis", (5_500, 9_000), (5.0, 7.0), (4, 4, 3, 5, 5)),
    ("@kazu_idejas_lv", (18_000, 26_000), (2.5, 3.5), (3, 4, 4, 4, 4)),
    ("@modes_zvaigzne", (150_000, 220_000), (0.8, 1.2), (2, 3, 4, 2, 1)),
]


def data() -> dict:
    rng = random.Random(SEED)
    candidates = []
    for name, followers, rate, scores in CANDIDATES:
        n = round(rng.randint(*followers), -2)
        keys = ("audience", "aesthetics", "quality", "engagement", "values")
        candidates.append({"name": name, "followers": str(n), "interactions": str(round(n * rng.uniform(*rate) / 100)),
                           **{k: str(v) for k, v in zip(keys, scores)}})
    chosen = ["@lina_un_sudrabs", "@ilgtspejiga_skapis", "@rigas_stils"]  # E43's shortlist: the three best scores
    influencers = [{"name": name, "orders": str(rng.randint(2, 7)), "followers": str(rng.randint(20, 90)),
                    "photos": str(rng.randint(1, 4)), "fee": "0"} for name in chosen]
    gift_cost = rng.randint(24, 30)  # earrings at cost, gift box and parcel
    price = rng.choice([55, 59, 65])
    unit_cost = rng.randint(20, 24)
    hours = rng.choice([4, 5, 6])
    return {
        "title": "Juvelieru dueta ietekmētāju kampaņa",
        "kind": "illustrative",
        "chapters": [19],
        "source": "Izdomāts gadījums; skaitļi ģenerēti ar šo skriptu rokasgrāmatas robežās.",
        "assumptions": [
            "Rotu darinātāju duets un visi konti ir izdomāti; līdzība ar īstiem kontiem ir nejauša.",
            "Mikroietekmētāji ir konti ar 5 000–50 000 sekotājiem (rokasgrāmata); visiem kritērijiem vienāds svars.",
            f"Katram no trim izvēlētajiem ietekmētājiem dāvināti auskari; pašizmaksa ar kastīti un piegādi {gift_cost} €, "
            "honorāra nav.",
            f"Vidējā pirkuma cena {price} €, atlaide ar kodu 15 %, pārdotā darba pašizmaksa {unit_cost} €.",
            f"Kampaņai duets veltīja {hours} stundas ar 20 € stundas likmi (rokasgrāmatā 15–25 €); viena izmantojama "
            "attēla vērtība 15 € (pieņēmums).",
        ],
        "runs": [
            {"exercise": "E43", "note": "Pieci kandidāti pēc pieciem rokasgrāmatas kritērijiem.",
             "answers": {"candidates": candidates, "w_audience": "1", "w_aesthetics": "1", "w_quality": "1",
                         "w_engagement": "1", "w_values": "1"}},
            {"exercise": "E44", "note": "Trīs izvēlēto ietekmētāju kampaņas rezultāti.",
             "answers": {"campaign": "Vasaras sudraba auskari", "influencers": influencers, "gift_cost": str(gift_cost),
                         "price": str(price), "discount_pct": "15", "unit_cost": str(unit_cost), "hours": str(hours),
                         "hourly_rate": "20", "photo_value": "15"}},
        ],
    }


if __name__ == "__main__":
    write_data(data(), __file__)
