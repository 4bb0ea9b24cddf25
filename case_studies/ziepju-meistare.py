"""Data of the illustrative case "Ziepju meistares iepakojums".

A made-up soap maker from Kurzeme packs a gift set of three soap bars. The unit prices of the
packaging materials are drawn from seeded random numbers inside the handbook's price ranges (section
„Iepakojums”, „Videi draudzīgs iepakojums”: recycled box 0,50–2,50 €, kraft paper 0,10–0,30 € a sheet,
paper tape 3–8 € a roll, biodegradable fill 15–30 € a bag, cotton or linen bag 1–3 €); the unboxing
plan uses the handbook's inserts and its first-purchase thank-you note (section „Atvēršanas svētki”).
Run it to rewrite the data file beside it; the tests check that it writes exactly the committed file.

Usage: ``python case_studies/ziepju-meistare.py [--out PATH]``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets.cases import typed_money as money  # noqa: E402
from widgets.cases import write_data

SLUG = "ziepju-meistare"
SEED = 9009


def data() -> dict:
    rng = random.Random(SEED)
    # (material, unit, price range €, quantity in one parcel, parcels one unit lasts) in the exercise's row order
    spec = [
        ("Pārstrādāta kartona kaste", "gab.", (0.50, 2.50), "1", (1, 1)),
        ("Kraftpapīrs", "loksne", (0.10, 0.30), "1", (1, 1)),
        ("Papīra lente", "rullis", (3.0, 8.0), "1", (25, 40)),
        ("Bioloģiski noārdāms tukšumu pildījums", "maiss", (15.0, 30.0), "1", (50, 80)),
        ("Kokvilnas vai linu maisiņš", "gab.", (1.0, 3.0), "1", (1, 1)),
        ("Pateicības un kopšanas kartīte", "gab.", (0.15, 0.40), "1", (1, 1)),
        ("Plastmasas līmlente", "rullis", (2.0, 3.0), "0", (25, 25)),
        ("Burbuļplēve", "metrs", (0.30, 0.50), "0", (1, 1)),
    ]
    materials = [{"name": name, "unit": unit, "price": money(rng.uniform(*prices)), "quantity": quantity,
                  "per_unit": str(rng.randint(*lasts))} for name, unit, prices, quantity, lasts in spec]
    price = rng.choice([24, 26, 27])  # a gift set of three bars
    orders = rng.randint(25, 45)
    customer = rng.choice(["Ilze", "Marta", "Laura", "Agnese"])
    return {
        "title": "Ziepju meistares iepakojums",
        "kind": "illustrative",
        "chapters": [9],
        "source": "Izdomāts gadījums; skaitļi ģenerēti ar šo skriptu rokasgrāmatas cenu diapazonos.",
        "assumptions": [
            "Ziepju meistare un viņas zīmols „Pļavas ziepes” ir izdomāti.",
            "Materiālu cenas ir rokasgrāmatas diapazonos (sadaļa „Iepakojums”); kartītes cenu rokasgrāmata "
            "nenorāda, tā ir pieņēmums.",
            f"Pakā ir dāvanu komplekts no trim ziepju gabaliem par {price} €; mēnesī {orders} pakas.",
            "Plastmasas līmlente un burbuļplēve pakā netiek lietotas (daudzums 0).",
        ],
        "runs": [
            {"exercise": "E17", "note": "Vienas pakas izmaksas un ilgtspējas novērtējums.",
             "answers": {"materials": materials, "price": str(price), "orders": str(orders)}},
            {"exercise": "E18", "note": "Atvēršanas secība un pateicības zīmīte pircējai pēc pirmā pirkuma.",
             "answers": {
                 "elements": ["Ārējā kaste ar zīmola elementiem (zīmogs, uzlīme, lente)",
                              "Aizsargslānis, kas ir arī skaists (kraftpapīrs, aukla)",
                              "Ar roku rakstīta pateicības zīmīte", "Kopšanas instrukcija",
                              "Neliels pārsteigums vai paraugs", "Aicinājums dalīties ar zīmola tēmturi"],
                 "note_type": "Pēc pirmā pirkuma", "customer": customer, "brand": "Pļavas ziepes",
                 "product": "ziepju komplekts ar kumelītēm, liepziedu medu un bišu vasku",
                 "technique": "auksto metodi un sešu nedēļu nogatavināšanu", "order_number": "2",
                 "collection": "Vasaras pļava", "previous": "ziepes ar kumelītēm", "giver": "",
                 "place": "Kuldīgā", "signature": "Dace"}},
        ],
    }


if __name__ == "__main__":
    write_data(data(), __file__)
