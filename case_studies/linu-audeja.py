"""Data of the illustrative case "Linu audējas zīmola stāsts".

A made-up linen weaver from Vidzeme writes her brand sheet (E13) and her brand story from the
handbook's five story elements (E14; handbook, section „Stāstniecība amatniecībā”). The seeded
random choices pick the brand name, the 3 brand attributes and the 2–3 colour palette (handbook,
section „Vizuālās identitātes izstrāde”: limit the main palette to 2–3 colours); the story's words are
the case's own. Run it to rewrite the data file beside it; the tests check that it writes exactly the
committed file.

Usage: ``python case_studies/linu-audeja.py [--out PATH]``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets.cases import write_data  # noqa: E402

SLUG = "linu-audeja"
SEED = 7007

NAMES = ["Linu pavediens", "Stelles un lins", "Zilais lins"]
ATTRIBUTES = ["Tradīcija", "Dabiskums", "Ilgtspēja", "Meistarība", "Vietējā identitāte"]
PALETTES = ["nebalināta lina pelēkbēšs, rudzupuķu zils, krēmbalts",
            "nebalināta lina pelēkbēšs, bērza lapu dzeltens, tumši zils"]
ELEMENTS = {
    "journey": "Pirmo reizi pie stellēm apsēdos vecmāmiņas istabā Vidzemē, kad man bija desmit gadu",
    "tradition": "Aust mani mācīja vecmāmiņa, kura rakstus bija pierakstījusi burtnīcā no savas mātes",
    "process": ("Katru galdautu un dvieli aužu no Latvijas linu dzijas, krāsoju ar bērza lapām un sīpolu mizām "
                "un mazgāju tik ilgi, līdz audums kļūst mīksts"),
    "vision": "Gribu, lai linu tradīcija atgriežas mūsdienu mājās kā ikdienas prieks, nevis muzeja priekšmets",
    "values": "Es nekad neaudīšu no sintētiskas dzijas: dabisks lins kalpo desmitiem gadu un pēc tam atgriežas zemē",
}


def data() -> dict:
    rng = random.Random(SEED)
    name = rng.choice(NAMES)
    attributes = [a for a in ATTRIBUTES if a in rng.sample(ATTRIBUTES, 3)]  # in the list's order
    if "Tradīcija" not in attributes:  # a weaver of old patterns keeps tradition in her brand
        attributes = ["Tradīcija"] + attributes[:2]
    colours = rng.choice(PALETTES)
    story = (f"{name} sākās vecmāmiņas istabā Vidzemē, kur desmit gadu vecumā pirmo reizi apsēdos pie stellēm. "
             "Aužu no Latvijas linu dzijas, krāsoju ar augiem un saglabāju senos rakstus. Gribu, lai lins atkal "
             "kļūst par ikdienas prieku mūsdienu mājās un kalpo desmitiem gadu.")
    return {
        "title": "Linu audējas zīmola stāsts",
        "kind": "illustrative",
        "chapters": [7],
        "source": "Izdomāts gadījums; izvēles ģenerētas ar šo skriptu, teksti rakstīti mācību vajadzībām.",
        "assumptions": [
            "Audēja, viņas zīmols un stāsts ir izdomāti.",
            "Stāsta pieci elementi ir rokasgrāmatā nosauktie: personīgais ceļš, saikne ar tradīcijām, "
            "procesa īpatnības, vīzija, vērtības un filozofija.",
            "Galvenajā paletē ir 3 krāsas, kā iesaka rokasgrāmata (2–3 krāsas).",
        ],
        "runs": [
            {"exercise": "E13", "note": "Zīmola lapa: raksturs, balss, vērtības un vizuālais virziens.",
             "answers": {"brand_name": name, "usp": "", "attributes": attributes, "voice": "Silta un draudzīga",
                         "values": "dabisks materiāls, vietējais lins, lēns un rūpīgs darbs",
                         "feeling": "vieglumu, vasaras svaigumu un saikni ar vecmāmiņas māju",
                         "story": story, "colours": colours, "type_style": "Klasisks burtveidols ar serifiem",
                         "photo_style": "Dzīvesstila ainas"}},
            {"exercise": "E14", "note": "Zīmola stāsts no pieciem elementiem un tā garuma un lasāmības pārbaude.",
             "answers": {"business_name": name, "brand_words": ", ".join(attributes), **ELEMENTS}},
        ],
    }


if __name__ == "__main__":
    write_data(data(), __file__)
