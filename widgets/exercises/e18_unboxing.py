"""E18 Izpakošanas pieredzes plāns (chapter 9)."""

from __future__ import annotations

from .. import views
from ..blocks import Check, Note, Text
from ..calc.scoring import checklist
from ..calc.text import capitalise
from ..exercise import ComputationError, Exercise
from ..fields import ChecklistField, ChoiceField, IntegerField, TextField

# Handbook, section „Iepakojums”, „Atvēršanas svētki”, and „Vislabākā pieredze, izsaiņojot pasūtījumu”:
# the opening moment and the inserts, in the order a buyer meets them.
ELEMENTS = [
    "Ārējā kaste ar zīmola elementiem (zīmogs, uzlīme, lente)",
    "Aizsargslānis, kas ir arī skaists (kraftpapīrs, aukla)",
    "Ar roku rakstīta pateicības zīmīte",
    "Zīmola stāsta kartīte",
    "Kopšanas instrukcija",
    "Lietošanas ieteikumi un informācija par pirkumu",
    "QR kods uz video vai pamācību",
    "Vizītkarte",
    "Atlaides kods nākamajam pirkumam",
    "Neliels pārsteigums vai paraugs",
    "Aicinājums dalīties ar zīmola tēmturi",
]
# the two the handbook stresses most: the personal note and care instructions
WEIGHTS = {ELEMENTS[2]: 2.0, ELEMENTS[4]: 2.0}
NOTE_TYPES = ["Pēc pirmā pirkuma", "Pēc atkārtota pirkuma", "Dāvana"]
ORDINALS = {2: "otrais", 3: "trešais", 4: "ceturtais", 5: "piektais", 6: "sestais", 7: "septītais",
            8: "astotais", 9: "devītais", 10: "desmitais"}


def _or(value: str, placeholder: str) -> str:
    return value.strip() if value and value.strip() else f"[{placeholder}]"


def note(a: dict) -> str:
    """The thank-you note from the handbook's three templates, with the learner's details filled in."""
    name, brand, product = _or(a["customer"], "pircēja vārds"), _or(a["brand"], "jūsu zīmols"), _or(a["product"], "izstrādājums")
    signature = _or(a["signature"], "jūsu paraksts")
    if a["note_type"] == "Pēc pirmā pirkuma":
        return (f"Labdien, {name}!\n\n"
                f"Paldies, ka savam pirmajam pirkumam izvēlējāties „{brand}”! {capitalise(product)}, ko saņēmāt, "
                f"ir mans roku darbs, tapis, izmantojot {_or(a['technique'], 'tehnikas īss apraksts')}. Man ir liels gods, ka mans darbs "
                f"nonāk jūsu mājās, un ceru, ka tas jums kalpos daudzus gadus.\n\n"
                f"Ar sirsnīgiem sveicieniem\n{signature}")
    if a["note_type"] == "Pēc atkārtota pirkuma":
        count = a["order_number"]
        ordinal = ORDINALS.get(count, f"{count}.")
        return (f"Sveiki atkal, {name}!\n\n"
                f"Cik jauki atkal darināt kaut ko jums! Redzu, ka šis jau ir jūsu {ordinal} darbs no manas kolekcijas "
                f"„{_or(a['collection'], 'kolekcijas nosaukums')}”, un gribu pateikties par jūsu uzticību un atbalstu. "
                f"Šis izstrādājums lieliski saderēs ar jūsu iepriekšējo pirkumu: "
                f"{_or(a['previous'], 'iepriekšējais izstrādājums')}.\n\n"
                f"Ar pateicību\n{signature}")
    return (f"Labdien, {name}!\n\n"
            f"{_or(a['giver'], 'Dāvinātāja vārds')} vēlējās, lai jūs saņemtu šo ar rokām darināto darbu ({product}) kā "
            f"īpašu dāvanu. Katru šādu darbu es izgatavoju atsevišķi savā darbnīcā {_or(a['place'], 'vieta')}, izmantojot "
            f"paņēmienus, kas nodoti no paaudzes paaudzē.\n\n"
            f"Lai šī dāvana jums sagādā prieku un smaidu!\n{signature}")


def compute(a: dict) -> dict:
    if a["note_type"] == "Dāvana" and not a["giver"]:
        raise ComputationError("Dāvanas zīmītei vajag dāvinātāja vārdu: pajautājiet to pircējam pasūtījuma laikā.")
    if a["note_type"] == "Pēc atkārtota pirkuma" and a["order_number"] < 2:
        raise ComputationError("Atkārtots pirkums ir vismaz otrais: norādiet pirkuma kārtas numuru no 2.")
    audit = checklist(ELEMENTS, a["elements"], WEIGHTS)
    sequence = [e for e in ELEMENTS if e in a["elements"]]
    text = note(a)
    return {"audit": audit, "sequence": sequence, "note": text, "placeholders": text.count("[")}


def view(a: dict, r: dict) -> list:
    audit = r["audit"]
    plan = "\n".join(f"{i}. {step}" for i, step in enumerate(r["sequence"], start=1)) or "Vēl nav atzīmēts neviens elements."
    blocks = [
        views.percent_metric("Izpakošanas pieredze", audit.score_pct, audit.level),
        Text("Atvēršanas secība", plan),
        Text(f"Pateicības zīmīte: {a['note_type'].lower()}", r["note"]),
        Check("Personīga zīmīte pakā", ELEMENTS[2] in a["elements"],
              "Labi: zīmīte parāda, ka aiz izstrādājuma ir cilvēks." if ELEMENTS[2] in a["elements"]
              else "Pievienojiet ar roku rakstītu zīmīti: tas ir lētākais un personīgākais elements."),
        Check("Kopšanas instrukcija pakā", ELEMENTS[4] in a["elements"],
              "Labi." if ELEMENTS[4] in a["elements"] else "Pievienojiet kopšanas instrukciju: izstrādājums kalpos ilgāk."),
        Check("Zīmīte aizpildīta", r["placeholders"] == 0,
              "Labi: zīmīte gatava pārrakstīšanai ar roku." if r["placeholders"] == 0
              else "Aizpildiet vietas kvadrātiekavās."),
    ]
    if audit.missing:
        blocks.append(Note("Vēl var pievienot: " + "; ".join(m.lower() for m in audit.missing) + "."))
    if a["note_type"] == "Dāvana":
        blocks.append(Note("Dāvanu pakā neielieciet cenu.", "warning"))
    blocks.append(Note("Atvēršanas elementi, ieliktņi un zīmīšu veidnes: rokasgrāmata, sadaļas „Iepakojums” un "
                       "„Vislabākā pieredze, izsaiņojot pasūtījumu”."))
    return blocks


EXERCISE = Exercise(
    id="E18",
    title="Izpakošanas pieredzes plāns",
    chapter=9,
    intro=(
        "Atzīmējiet, kas būs jūsu pakā, un izvēlieties pateicības zīmītes veidu. Darblapa saliek atvēršanas secību "
        "un sagatavo zīmīti: pārdomāta izpakošana paliek atmiņā un mudina pircēju atgriezties."
    ),
    fields=[
        ChecklistField("elements", "Kas būs jūsu pakā?", options=ELEMENTS,
                       default=[ELEMENTS[i] for i in (0, 1, 2, 3, 4, 7, 9)]),
        ChoiceField("note_type", "Zīmītes veids", default=NOTE_TYPES[0], options=NOTE_TYPES),
        TextField("customer", "Pircēja vai saņēmēja vārds", default="Anna", max_length=60, required=False),
        TextField("brand", "Jūsu zīmols", default="Māla māja", max_length=80, required=False, profile="business_name"),
        TextField("product", "Izstrādājums", "Piemēram, „krūze ar pelnu glazūru”.", default="krūze ar pelnu glazūru", max_length=80,
                  required=False, profile="product_name"),
        TextField("technique", "Tehnika īsumā", "Pirmā pirkuma zīmītei.", default="ripu un malkas krāsni",
                  max_length=120, required=False),
        IntegerField("order_number", "Kārtējais pirkums", "Atkārtota pirkuma zīmītei: 2 nozīmē otro pirkumu.",
                     default="2", minimum=1, maximum=1000),
        TextField("collection", "Kolekcija", "Atkārtota pirkuma zīmītei.", default="Latgales rīts", max_length=80,
                  required=False),
        TextField("previous", "Iepriekšējais pirkums", "Atkārtota pirkuma zīmītei.", default="bļodiņa ar pelnu glazūru",
                  max_length=120, required=False),
        TextField("giver", "Dāvinātāja vārds", "Dāvanas zīmītei.", default="", max_length=60, required=False),
        TextField("place", "Darbnīcas vieta", "Dāvanas zīmītei, piemēram, „Rēzeknē”.", default="Rēzeknē",
                  max_length=80, required=False, profile="location"),
        TextField("signature", "Paraksts", default="Ilze", max_length=60, required=False),
    ],
    compute=compute,
    view=view,
)
