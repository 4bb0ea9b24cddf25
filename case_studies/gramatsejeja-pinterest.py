"""Data of the illustrative case "Grāmatsējējas Pinterest plāns".

A made-up bookbinder from Rīga plans her Pinterest boards, daily pins and pin image size (E37). The
seeded choices stay inside the handbook's Pinterest advice (section „Pinterest”: 10–15 boards named
with the words buyers search for, 5–10 pins a day, vertical 2 : 3 images such as 1000 × 1500 px,
video pins 15–30 seconds). Run it to rewrite the data file beside it;
the tests check that it writes exactly the committed file.

Usage: ``python case_studies/gramatsejeja-pinterest.py [--out PATH]``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets.cases import write_data  # noqa: E402

SLUG = "gramatsejeja-pinterest"
SEED = 1616

# the boards she could make: what she sells is high priority, how-to boards medium, inspiration low
BOARDS = [
    ("Ar roku sieti piezīmju kalendāri", "Augsta"), ("Ādas vāku dienasgrāmatas", "Augsta"),
    ("Kāzu viesu grāmatas", "Augsta"), ("Fotoalbumi ģimenes stāstiem", "Augsta"),
    ("Ceļojumu dienasgrāmatas", "Vidēja"), ("Dāvanas rakstītājiem un lasītājiem", "Vidēja"),
    ("Grāmatsiešana iesācējiem soli pa solim", "Vidēja"), ("Japāņu iesiešana mājās", "Vidēja"),
    ("Marmorēts papīrs un vāku raksti", "Zema"), ("Rakstāmgalda iekārtošana ar roku darbiem", "Zema"),
    ("Vecu grāmatu atjaunošana", "Zema"), ("Skolas sākuma dāvanas", "Vidēja"),
    ("Papīra darbi ziemas vakariem", "Zema"), ("Lasīšanas stūrītis mājās", "Zema"),
]


def data() -> dict:
    rng = random.Random(SEED)
    chosen = set(rng.sample(range(len(BOARDS)), 12))  # 12 of the 14, in the list's order
    boards = [{"name": name, "priority": priority} for i, (name, priority) in enumerate(BOARDS) if i in chosen]
    pins_per_day = rng.randint(5, 8)
    video = rng.choice([15, 20, 25, 30])
    return {
        "title": "Grāmatsējējas Pinterest plāns",
        "kind": "illustrative",
        "chapters": [16],
        "source": "Izdomāts gadījums; izvēles ģenerētas ar šo skriptu rokasgrāmatas ieteikumu robežās.",
        "assumptions": [
            "Grāmatsējēja un viņas dēļi ir izdomāti.",
            f"{len(boards)} dēļi un {pins_per_day} piespraudes dienā ir rokasgrāmatas ieteikumu robežās "
            "(10–15 dēļi, 5–10 piespraudes dienā); mēnesī rēķinātas 30 dienas.",
            f"Attēli 1000 × 1500 px (2 : 3), video piespraudes {video} sekundes (rokasgrāmatā 15–30 s).",
            "Piespraudes starp dēļiem sadalītas pēc prioritātes (augsta 3, vidēja 2, zema 1): tas ir šīs "
            "darba burtnīcas paņēmiens, nevis rokasgrāmatas noteikums.",
        ],
        "runs": [
            {"exercise": "E37", "note": "Dēļu saraksts, piespraudes mēnesī un attēlu izmēra pārbaude.",
             "answers": {"boards": boards, "pins_per_day": str(pins_per_day), "width": "1000", "height": "1500",
                         "video_seconds": str(video)}},
        ],
    }


if __name__ == "__main__":
    write_data(data(), __file__)
