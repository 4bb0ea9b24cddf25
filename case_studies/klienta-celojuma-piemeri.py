"""Data of the illustrative case "Klienta ceļojuma piemēri: veikals, ceļojums, banka".

The journey-mapping article (bibliography key ``celojums``, section "Klientu ceļojumu kartēšanas
piemēri") sketches three simplified journeys: a retail store, a travel company and a bank. It
calls them simplified examples, not real businesses, so this case is illustrative. The
touchpoints and pain points are the article's; the emotion scores, impact and effort scores are
drawn from seeded random numbers inside ranges that follow the article's wording (a pain point
scores below neutral, a positive moment above), and the improvements are ours. Run it to rewrite
the data file beside it; the tests check that it writes exactly the committed file.

Usage: ``python case_studies/klienta-celojuma-piemeri.py [--out PATH]``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets.cases import write_data  # noqa: E402

SLUG = "klienta-celojuma-piemeri"
SEED = 24

# The retail example, grouped into the five stages: (touchpoints, feeling, emotion range, pain, improvement).
# Touchpoints, pain points and positive moments are the article's; feelings and improvements are ours.
RETAIL = [
    ("Informētība", "Produktu pārlūkošana tiešsaistē", "„Paskatīšos, kas ir veikalā”", (0, 1), "", ""),
    ("Apsvēršana", "Veikala apmeklējums, sadaļu izpēte, pielaikošana pielaikošanas kabīnē",
     "„Pārdevējs ieteica tieši to, ko meklēju”", (1, 2), "", ""),
    ("Pirkums", "Kase", "„Rinda nekustas”", (-2, -1), "Garas kases rindas, nedraudzīgi darbinieki",
     "Vairāk atvērtu kasu rīta un vakara stundās, darbinieku apmācība"),
    ("Noturēšana", "Personalizēti piedāvājumi", "„Piedāvājums tieši man”", (1, 2), "", ""),
    ("Aizstāvība", "Rakstā nav aprakstīts (piemērs ir vienkāršots)", "", (0, 0), "", ""),
]

# Touchpoints of all three examples, with ranges for impact (1–5) and effort to improve (1–5).
TOUCHPOINTS = [
    ("Veikals: produktu pārlūkošana tiešsaistē", "Informētība", (2, 4), (2, 3)),
    ("Veikals: pielaikošanas kabīnes", "Apsvēršana", (3, 4), (3, 4)),
    ("Veikals: kases rinda", "Pirkums", (4, 5), (2, 3)),
    ("Veikals: personalizēti piedāvājumi", "Noturēšana", (3, 4), (3, 4)),
    ("Ceļojums: galamērķu izpēte", "Apsvēršana", (3, 4), (2, 3)),
    ("Ceļojums: lidojumu un naktsmītņu rezervēšana", "Pirkums", (4, 5), (3, 5)),
    ("Ceļojums: negaidīta kavēšanās", "Noturēšana", (4, 5), (4, 5)),
    ("Banka: konta atvēršana tiešsaistē", "Pirkums", (4, 5), (3, 4)),
    ("Banka: gaidīšana filiālē", "Noturēšana", (3, 4), (2, 4)),
]


def data() -> dict:
    rng = random.Random(SEED)
    stages = [{"stage": stage, "touchpoints": touch, "feeling": feeling, "emotion": str(rng.randint(*emotion)),
               "pain": pain, "improvement": improvement}
              for stage, touch, feeling, emotion, pain, improvement in RETAIL]
    touchpoints = [{"name": name, "stage": stage, "impact": str(rng.randint(*impact)),
                    "effort": str(rng.randint(*effort))}
                   for name, stage, impact, effort in TOUCHPOINTS]
    return {
        "title": "Klienta ceļojuma piemēri: veikals, ceļojums, banka",
        "kind": "illustrative",
        "chapters": [24],
        "source": ("Kartēšanas raksts „Ko drīkst un ko nedrīkst, kartējot pircēja ceļojumu”, sadaļa „Klientu ceļojumu "
                   "kartēšanas piemēri”: raksts tos sauc par vienkāršotiem piemēriem, nevis reāliem uzņēmumiem. "
                   "Vērtējumi ģenerēti ar šo skriptu."),
        "assumptions": [
            "Saskares punkti, sāpju punkti un pozitīvie brīži ir no raksta; raksts tos apraksta kā vienkāršotus piemērus.",
            "Emociju vērtējumi (−2…+2), ietekme un pūles (1–5) ir izdomāti un ģenerēti ar skriptu: sāpju punktam "
            "emocijas zem nulles, pozitīvam brīdim — virs.",
            "Pircēja domas un uzlabojumi ir mūsu piemērs; rakstā tie nav minēti.",
            "Pircēja persona nav norādīta, jo raksts to savos piemēros neapraksta.",
            "Ceļojuma un bankas piemēri rakstā ir īsi, tāpēc tie redzami tikai saskares punktu tabulā (E53).",
        ],
        "runs": [
            {"exercise": "E52", "note": "Raksta mazumtirdzniecības piemērs piecos ceļojuma posmos.",
             "answers": {"persona_name": "", "persona_summary": "", "product": "Apģērbs", "stages": stages}},
            {"exercise": "E53", "note": "Visu trīs piemēru saskares punkti vienā tabulā: kuri uzlabojumi dotu "
                                        "visvairāk ar vismazākajām pūlēm?",
             "answers": {"touchpoints": touchpoints, "impact_weight": "60"}},
        ],
    }


if __name__ == "__main__":
    write_data(data(), __file__)
