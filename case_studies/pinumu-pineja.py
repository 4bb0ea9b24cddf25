"""Data of the illustrative case "Pinumu pinējas NPS un atsauksmes".

A made-up basket weaver from Zemgale surveys her buyers (E56: the 0–10 recommend question and a 1–5
satisfaction question; NPS and CSAT are the standard definitions, the 0–10 scale is in the customer
service article, section „Izsekojiet un uzlabojiet savu klientu apkalpošanu”) and ranks the themes of
their feedback (E58; handbook, section „Pircēju rekomendāciju ieviešana”, steps 1–5). The survey
answers are seeded random numbers; the feedback themes and their 1–3 points are chapter 27's worked
example, kept as the chapter gives them. Run it to rewrite the data file beside it; the tests check
that it writes exactly the committed file.

Usage: ``python case_studies/pinumu-pineja.py [--out PATH]``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets.cases import write_data  # noqa: E402

SLUG = "pinumu-pineja"
SEED = 2527


def lines(scores: list[int], per_line: int = 10) -> str:
    """Scores as typed in the exercise: spaces between, a new line every ``per_line``."""
    return "\n".join(" ".join(str(s) for s in scores[i:i + per_line]) for i in range(0, len(scores), per_line))


def data() -> dict:
    rng = random.Random(SEED)
    answers = rng.randint(28, 36)
    nps = rng.choices(range(11), weights=[0, 0, 1, 1, 2, 3, 4, 7, 9, 12, 12], k=answers)
    csat = rng.choices(range(1, 6), weights=[1, 3, 6, 14, 14], k=answers)
    # chapter 27's table (theme, category, frequency, benefit, ease) and the first steps she chose
    items = [
        {"theme": "Nav skaidrs, kā grozu kopt", "category": "Klientu pieredze", "frequency": "3", "benefit": "2",
         "ease": "3", "brand_fit": "Jā", "action": "Kopšanas kartīte katrā paciņā līdz 1. martam"},
        {"theme": "Gribētos lielāku izmēru", "category": "Produkta dizains", "frequency": "2", "benefit": "3",
         "ease": "2", "brand_fit": "Jā", "action": "Lielāka groza paraugs piecām pastāvīgajām pircējām līdz aprīlim"},
        {"theme": "Paka ceļā saspiesta", "category": "Darbība", "frequency": "1", "benefit": "3", "ease": "2",
         "brand_fit": "Jā", "action": "Stingrāka kaste un pildījums; pārbaudīt ar sūtījumu sev"},
        {"theme": "Rokturis ātri nodilst", "category": "Kvalitāte", "frequency": "1", "benefit": "3", "ease": "1",
         "brand_fit": "Jā", "action": ""},
    ]
    return {
        "title": "Pinumu pinējas NPS un atsauksmes",
        "kind": "illustrative",
        "chapters": [25, 27],
        "source": "Izdomāts gadījums; aptaujas atbildes ģenerētas ar šo skriptu, atsauksmju tabula no 27. nodaļas piemēra.",
        "assumptions": [
            "Pinēja un viņas pircēji ir izdomāti.",
            f"Aptaujai pēc pirkuma atbildēja {answers} pircēji; katrs atbildēja uz abiem jautājumiem.",
            "NPS = ieteicēju daļa (9–10) mīnus kritizētāju daļa (0–6); CSAT = atbilžu 4–5 daļa: standarta definīcijas.",
            "Atsauksmju tēmas un punkti (1–3) ir 27. nodaļas piemērs; prioritāte = biežums × ieguvums × vieglums.",
        ],
        "runs": [
            {"exercise": "E56", "note": "Aptaujas rezultāti: NPS, CSAT un vērtējumu sadalījums.",
             "answers": {"nps_scores": lines(nps), "csat_scores": lines(csat)}},
            {"exercise": "E58", "note": "Atsauksmju tēmas, sakārtotas pēc prioritātes.", "answers": {"items": items}},
        ],
    }


if __name__ == "__main__":
    write_data(data(), __file__)
