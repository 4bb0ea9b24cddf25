"""Data of the illustrative case "Ādas izstrādājumu meistara individuālie pasūtījumi".

A made-up leather-goods maker from Cēsis takes a custom order for a briefcase with initials, writes
the handbook's eight-point brief (E51; handbook, section „Personalizēti pasūtījumi”, „Ko jautāt
klientam?”) and sets a deposit and a rush surcharge. The handbook sets neither the deposit nor the
rush rate: the case's deposit covers the materials and the work before approval, as chapter 23
advises. Price, materials, hours and days are seeded random numbers; the hourly rate is inside the
handbook's 15–25 € (section „Cenas veidošanas stratēģijas”). Run it to rewrite the data file beside
it; the tests check that it writes exactly the committed file.

Usage: ``python case_studies/adas-meistara-pasutijumi.py [--out PATH]``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets.cases import write_data  # noqa: E402

SLUG = "adas-meistara-pasutijumi"
SEED = 2323


def days(n: int) -> str:
    """„21 dienu”, „28 dienas”: the accusative after a number."""
    return f"{n} dienu" if n % 10 == 1 and n % 100 != 11 else f"{n} dienas"


def data() -> dict:
    rng = random.Random(SEED)
    materials_cost = rng.randint(55, 75)
    hours = rng.randint(12, 16)
    rate = 20
    price = round((materials_cost + hours * rate) * 1.15 / 5) * 5  # materials and hours with 15 % overhead
    usual_days = rng.choice([21, 28])
    days_available = rng.choice([14, 16, 18])
    budget = price + rng.choice([25, 40, 60])
    deposit = 50
    rush = rng.choice([20, 25])
    sketch_hours = rng.choice([2, 3])
    return {
        "title": "Ādas izstrādājumu meistara individuālie pasūtījumi",
        "kind": "illustrative",
        "chapters": [23],
        "source": "Izdomāts gadījums; skaitļi ģenerēti ar šo skriptu.",
        "assumptions": [
            "Meistars, viņa darbnīca un klients ir izdomāti.",
            f"Cena {price} € aprēķināta no materiāliem ({materials_cost} €) un {hours} darba stundām ar {rate} € "
            "stundas likmi (rokasgrāmatā 15–25 €), pieskaitot 15 % pieskaitāmo izmaksu un noapaļojot līdz 5 €.",
            f"Depozītu {deposit} % un steidzamības piemaksu {rush} % rokasgrāmata nenosaka: tās ir meistara izvēle.",
            f"Parasti portfeļa izgatavošana aizņem {days(usual_days)}; klientam tas vajadzīgs {days_available} dienās.",
        ],
        "runs": [
            {"exercise": "E51", "note": "Brīfs un maksājumu grafiks portfelim ar iniciāļiem.",
             "answers": {
                 "maker": "Ādas darbnīca Cēsīs", "client": "Jānis Ozoliņš", "item": "Ādas portfelis ar iniciāļiem",
                 "purpose": "dāvana sev jaunā amata sākumā", "size": "40 × 30 × 8 cm, A4 dokumentiem un klēpjdatoram",
                 "materials": "tumši brūna augu miecēta āda, misiņa sprādzes, vaskots linu diegs",
                 "personalisation": "iniciāļi „J. O.” spiedumā uz vāka", "function":
                 "ikdienas lietošanai darbā, ar plecu siksnu un nodalījumu klēpjdatoram",
                 "style": "klasiskais portfelis no mana darbu kataloga, bet bez ārējās kabatas", "special": "",
                 "deadline": "pirms 1. septembra", "days_available": str(days_available),
                 "usual_days": str(usual_days), "price": str(price), "budget": str(budget),
                 "deposit_pct": str(deposit), "rush_pct": str(rush), "final": "Pirms nosūtīšanas",
                 "materials_cost": str(materials_cost), "sketch_hours": str(sketch_hours),
                 "hourly_rate": str(rate), "revisions": "2", "revision_price": "20"}},
        ],
    }


if __name__ == "__main__":
    write_data(data(), __file__)
