"""Data of the illustrative case "Liepājas dzintara juvelieris sūta ārpus ES".

A made-up amber jeweller from Liepāja gets his first orders from outside the European Union. He
compares carriers and packaging (E49) and works through chapter 22's checklist before shipping abroad
(E50; handbook, section „Iepakošana un piegāde”, „Starptautiskie sūtījumi”: customs declarations with
HS codes, import duties, restricted materials, tracking and insurance). Parcel weight, size and value
are seeded random numbers for a small jewellery parcel. Carrier prices are not in the sources and are
not invented: the quotes are left for the learner to fill in from the carriers' price lists. The HS
code is left empty too: finding it in TARIC (or asking VID) is part of the task. Run it to rewrite the
data file beside it; the tests check that it writes exactly the committed file.

Usage: ``python case_studies/liepajas-dzintars.py [--out PATH]``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets.cases import write_data  # noqa: E402

SLUG = "liepajas-dzintars"
SEED = 2222


def number(value: float, decimals: int) -> str:
    """A number as a Latvian learner types it: 0,25."""
    return f"{value:.{decimals}f}".replace(".", ",")


def data() -> dict:
    rng = random.Random(SEED)
    weight = rng.uniform(0.15, 0.30)  # a pendant in a gift box, padded envelope or small box
    length, width, height = rng.choice([(16, 12, 4), (18, 13, 5), (20, 15, 5)])
    value = rng.randint(7, 12) * 10
    destinations = ["Cita ES valsts", "Ārpus ES"]
    quotes = [{"carrier": carrier, "destination": "Ārpus ES", "price": "", "days": ""}
              for carrier in ("Vietējais pasts", "DHL", "UPS")]
    return {
        "title": "Liepājas dzintara juvelieris sūta ārpus ES",
        "kind": "illustrative",
        "chapters": [22],
        "source": "Izdomāts gadījums; sūtījuma izmēri un vērtība ģenerēti ar šo skriptu.",
        "assumptions": [
            "Juvelieris un viņa darbnīca Liepājā ir izdomāti.",
            f"Sūtījums: dzintara kulons sudraba ietvarā uz ādas auklas dāvanu kastītē, {number(weight, 2)} kg, "
            f"{length} × {width} × {height} cm, vērtība {value} €.",
            "Pārvadātāju cenas avotos nav, tāpēc tās nav izdomātas: tās jāieraksta no pārvadātāju cenrāžiem.",
            "HS kods vēl nav atrasts: tas jāmeklē ES muitas tarifu datubāzē (TARIC) vai jājautā VID.",
            "Nodokļu un muitas likmes šeit nav dotas: tās jāpārbauda VID un galamērķa valsts muitas vietnēs.",
        ],
        "runs": [
            {"exercise": "E49", "note": "Pārvadātājs un iepakojums mazam, vērtīgam sūtījumam ārpus ES.",
             "answers": {"product": "Dzintara kulons sudraba ietvarā", "fragility": "Vidēji izturīgs",
                         "weight": number(weight, 2), "length": str(length), "width": str(width),
                         "height": str(height), "divisor": "", "value": str(value), "size": "Mazs un viegls sūtījums",
                         "priority": "Izsekošana un apdrošināšana", "eco": "Jā", "destinations": destinations,
                         "quotes": quotes}},
            {"exercise": "E50", "note": "Kontrolsaraksts pirms pirmajiem sūtījumiem ārpus Eiropas Savienības.",
             "answers": {"destinations": destinations, "buyers": "Privātpersonām",
                         "description": "Ar roku darināts kulons no Baltijas dzintara sudraba ietvarā uz ādas "
                                        "auklas, rotaslieta valkāšanai",
                         "materials": ["Āda", "Metāls", "Dzintars", "Papīrs"], "hs_code": "",
                         "done": ["Zinu, vai galamērķis ir ES vai ārpus ES",
                                  "Produkta aprakstā ir materiāls, izgatavošanas veids un izmantojums",
                                  "Sūtījumam ir izsekošana un apdrošināšana atbilstoši vērtībai"]}},
        ],
    }


if __name__ == "__main__":
    write_data(data(), __file__)
