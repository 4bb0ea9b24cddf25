"""Data of the illustrative case "Kalēja darbnīcas drošība un jauda".

A made-up blacksmith who forges candle holders audits his workshop (E48; handbook, section „Ražošanas
telpu sagatavošana”: layout, ergonomics, safety, storage) and plans next month's capacity (E63). The
capacity figures are chapter 30's worked example (30 orders, 100 hours, preparation 0,5 h, forging
1,5 h, finishing 1 h, packing 0,25 h) with the handbook's 20 % buffer (section „Izaugsmes plānošana”:
15–20 % above the forecast); the seeded random choices are which audit points are already in order.
Run it to rewrite the data file beside it; the tests check that it writes exactly the committed file.

Usage: ``python case_studies/kaleja-darbnica.py [--out PATH]``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets.cases import write_data  # noqa: E402

SLUG = "kaleja-darbnica"
SEED = 2130

# the audit points (E48's lists) and how many of each area the smith already has in order
SAFETY = [
    "Ventilācija vai nosūkšana, kas piemērota manam amatam",
    "Ugunsdzēšamais aparāts un dūmu detektors",
    "Individuālie aizsardzības līdzekļi vienmēr pa rokai",
    "Pilnībā aprīkota pirmās palīdzības aptieciņa",
    "Pierakstīts rīcības plāns ārkārtas situācijām",
    "Drošības datu lapas visām bīstamajām vielām",
    "Civiltiesiskās atbildības un darbnīcas apdrošināšana",
]
ERGONOMICS = [
    "Darba virsma elkoņu augstumā",
    "Regulējams krēsls ar muguras atbalstu",
    "Virzīta gaisma bez ēnām un atspīdumiem",
    "Bieži lietotie instrumenti viegli sasniedzami",
    "Paklājiņi pret nogurumu, kur strādāju stāvus",
    "Nav atkārtoti jāpagriežas vai jāstiepjas",
]
LAYOUT = [
    "Uzzīmēta ražošanas plūsmas karte",
    "Atsevišķas zonas ražošanas posmiem",
    "Maz staigāšanas starp zonām",
    "Biežāk lietotie instrumenti pie darba vietām",
    "Pietiek kontaktligzdu, pa grīdu nestiepjas vadi",
    "Pārvietojami ratiņi kopīgiem instrumentiem",
]
STORAGE = [
    "Caurspīdīgi konteineri ar etiķetēm",
    "Mitruma un temperatūras kontrole jutīgiem materiāliem",
    "Krājumu līmenis redzams ar vienu skatienu",
    "Noteikta vieta atgriezumiem un bīstamajiem atkritumiem",
]


def ticked(rng: random.Random, items: list[str], always: list[str], extra: int) -> list[str]:
    """The points in order: ``always`` plus ``extra`` more drawn at random, in the list's order."""
    rest = [i for i in items if i not in always]
    chosen = set(always) | set(rng.sample(rest, extra))
    return [i for i in items if i in chosen]


def data() -> dict:
    rng = random.Random(SEED)
    # a forge: the fire extinguisher and protective gear are there from day one
    safety = ticked(rng, SAFETY, [SAFETY[1], SAFETY[2]], rng.randint(1, 2))
    ergonomics = ticked(rng, ERGONOMICS, [ERGONOMICS[0]], rng.randint(1, 2))  # the anvil at the right height
    layout = ticked(rng, LAYOUT, [], rng.randint(1, 3))
    storage = ticked(rng, STORAGE, [], rng.randint(1, 2))
    steps = [
        {"step": "Sagatavošana (metāla griešana, marķēšana)", "hours": "0,5", "delegable": "Jā"},
        {"step": "Kalšana", "hours": "1,5", "delegable": "Nē"},
        {"step": "Apdare (tīrīšana, vaskošana)", "hours": "1", "delegable": "Jā"},
        {"step": "Iepakošana", "hours": "0,25", "delegable": "Jā"},
    ]
    return {
        "title": "Kalēja darbnīcas drošība un jauda",
        "kind": "illustrative",
        "chapters": [21, 30],
        "source": "Izdomāts gadījums; jaudas skaitļi no 30. nodaļas piemēra, audita izvēles ģenerētas ar šo skriptu.",
        "assumptions": [
            "Kalējs un viņa darbnīca ir izdomāti; viņš strādā viens un gatavo kaltus sveču turētājus.",
            "Audita punkti ir rokasgrāmatas sadaļas „Ražošanas telpu sagatavošana” četras jomas.",
            "Nākamajam mēnesim prognozēti 30 pasūtījumi, ražošanai pieejamas 100 stundas (30. nodaļas piemērs).",
            "Rezerve 20 % ir rokasgrāmatas ieteiktajā 15–20 % robežā.",
        ],
        "runs": [
            {"exercise": "E48", "note": "Darbnīcas drošības un ergonomikas audits pirms rudens sezonas.",
             "answers": {"workshop": "Kalēja darbnīca, septembris", "craft": "Kalēja darbi",
                         "employees": "Strādāju viens", "safety": safety, "ergonomics": ergonomics,
                         "layout": layout, "storage": storage}},
            {"exercise": "E63", "note": "Vai 100 stundās var izgatavot 30 sveču turētājus ar 20 % rezervi?",
             "answers": {"steps": steps, "orders": "30", "available": "100", "buffer": "20"}},
        ],
    }


if __name__ == "__main__":
    write_data(data(), __file__)
