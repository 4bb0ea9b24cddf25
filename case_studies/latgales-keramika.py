"""Data of the illustrative case "Latgales keramikas studija plāno ceturto ceturksni".

A made-up ceramics studio in Latgale reads last year's monthly sales (E60) and plans this year's cash
flow (E12). The quarterly totals are chapter 28's worked example (3 600, 4 800, 5 400 and 8 200 €,
22 000 € in all; the fourth quarter is 37,3 %, inside the handbook's 30–40 %, section „Pārdošanas
datu analīze”) and the growth is 15 %, the low end of the handbook's 15–30 % (section „Izaugsmes
plānošana”). The seeded random numbers split each quarter into months (October < November <
December) and draw the monthly material purchases; the studio's fixed costs are the case's own
assumption. Run it to rewrite the data file beside it; the tests check that it writes exactly the
committed file.

Usage: ``python case_studies/latgales-keramika.py [--out PATH]``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets.cases import write_data  # noqa: E402

SLUG = "latgales-keramika"
SEED = 2828

QUARTERS = [3600, 4800, 5400, 8200]  # chapter 28's table, €
GROWTH = 15
MONTHS = ["Janvāris", "Februāris", "Marts", "Aprīlis", "Maijs", "Jūnijs", "Jūlijs", "Augusts", "Septembris",
          "Oktobris", "Novembris", "Decembris"]


def split(rng: random.Random, total: int, rising: bool) -> list[int]:
    """Three months of a quarter, in tens of euros, that add up to ``total``."""
    weights = sorted(rng.uniform(0.8, 1.2) for _ in range(3)) if not rising else [0.75, 1.0, 1.35]
    if not rising:
        rng.shuffle(weights)
    first = [round(total * w / sum(weights) / 10) * 10 for w in weights[:2]]
    return first + [total - sum(first)]


def data() -> dict:
    rng = random.Random(SEED)
    sales = [m for i, q in enumerate(QUARTERS) for m in split(rng, q, rising=i == 3)]
    assert [sum(sales[i:i + 3]) for i in range(0, 12, 3)] == QUARTERS
    csv = "Mēnesis;Ieņēmumi, €\n" + "".join(f"2025-{m:02d};{v}\n" for m, v in enumerate(sales, start=1))
    total = sum(QUARTERS)
    # last year's shares in tenths of a per cent, the last month taking the rounding so they add up to 100,0 %
    tenths = [round(v / total * 1000) for v in sales]
    tenths[-1] += 1000 - sum(tenths)
    yearly = total * (100 + GROWTH) // 100
    # clay, glazes and kiln energy; bought ahead for the autumn (July–October)
    base = rng.randint(28, 34) * 10
    materials = [base] * 6 + [base + 100, base + 250, base + 400, base + 450, base + 150, base - 100]
    fixed = rng.choice([550, 600, 650])
    months = [{"month": name, "share": f"{t // 10},{t % 10}", "materials": str(m), "fixed": str(fixed)}
              for name, t, m in zip(MONTHS, tenths, materials)]
    return {
        "title": "Latgales keramikas studija plāno ceturto ceturksni",
        "kind": "illustrative",
        "chapters": [28],
        "source": "Izdomāts gadījums; ceturkšņu summas no 28. nodaļas piemēra, mēneši ģenerēti ar šo skriptu.",
        "assumptions": [
            "Studija un tās skaitļi ir izdomāti.",
            "Pagājušā (2025.) gada ieņēmumi pa ceturkšņiem: 3 600, 4 800, 5 400 un 8 200 €, kopā 22 000 € "
            "(28. nodaļas piemērs); sadalījums pa mēnešiem ir pieņēmums.",
            f"Šogad plānotā izaugsme {GROWTH} % (rokasgrāmatā 15–30 % gadā): gadā {yearly:,} €.".replace(",", " "),
            "Mēnešu daļas naudas plūsmā ir tādas pašas kā pagājušajā gadā.",
            f"Pastāvīgās izmaksas {fixed} € mēnesī (telpas, vietne, mārketings); mālu, glazūras un krāsns enerģiju "
            "studija iepērk vairāk jūlijā–oktobrī, pirms svētku sezonas. Studija jau strādā, tāpēc sākuma "
            "ieguldījuma nav.",
        ],
        "runs": [
            {"exercise": "E60", "note": "Pagājušā gada sezonalitāte un prognoze ar 15 % izaugsmi.",
             "answers": {"data": csv, "growth": str(GROWTH)}},
            {"exercise": "E12", "note": "Šī gada naudas plūsma: vai pirms svētku sezonas pietiks naudas materiāliem?",
             "answers": {"startup": "0", "yearly_revenue": str(yearly), "months": months}},
        ],
    }


if __name__ == "__main__":
    write_data(data(), __file__)
