"""E48 Darbnīcas drošības un ergonomikas audits (chapter 21): checklist → score and actions."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Note, Text
from ..calc import scoring
from ..exercise import Exercise
from ..fields import ChecklistField, ChoiceField, TextField

SOURCE = "Avots: rokasgrāmata, sadaļa „Ražošanas telpu sagatavošana” (plānojums, ergonomika, drošība, uzglabāšana)."

# The handbook, section "Ražošanas telpu sagatavošana": the four areas and their points (chapter 21).
AREAS = {
    "Drošība": [
        "Ventilācija vai nosūkšana, kas piemērota manam amatam",
        "Ugunsdzēšamais aparāts un dūmu detektors",
        "Individuālie aizsardzības līdzekļi vienmēr pa rokai",
        "Pilnībā aprīkota pirmās palīdzības aptieciņa",
        "Pierakstīts rīcības plāns ārkārtas situācijām",
        "Drošības datu lapas visām bīstamajām vielām",
        "Civiltiesiskās atbildības un darbnīcas apdrošināšana",
    ],
    "Ergonomika": [
        "Darba virsma elkoņu augstumā",
        "Regulējams krēsls ar muguras atbalstu",
        "Virzīta gaisma bez ēnām un atspīdumiem",
        "Bieži lietotie instrumenti viegli sasniedzami",
        "Paklājiņi pret nogurumu, kur strādāju stāvus",
        "Nav atkārtoti jāpagriežas vai jāstiepjas",
    ],
    "Plānojums": [
        "Uzzīmēta ražošanas plūsmas karte",
        "Atsevišķas zonas ražošanas posmiem",
        "Maz staigāšanas starp zonām",
        "Biežāk lietotie instrumenti pie darba vietām",
        "Pietiek kontaktligzdu, pa grīdu nestiepjas vadi",
        "Pārvietojami ratiņi kopīgiem instrumentiem",
    ],
    "Uzglabāšana": [
        "Caurspīdīgi konteineri ar etiķetēm",
        "Mitruma un temperatūras kontrole jutīgiem materiāliem",
        "Krājumu līmenis redzams ar vienu skatienu",
        "Noteikta vieta atgriezumiem un bīstamajiem atkritumiem",
    ],
}
FIELD_NAMES = {"Drošība": "safety", "Ergonomika": "ergonomics", "Plānojums": "layout", "Uzglabāšana": "storage"}
# Hazards per craft: the chapter's warning box (chapter 21, „Drošība”).
HAZARDS = {
    "Keramika": "māla un glazūru (silīcija dioksīda) putekļi un krāsns karstums",
    "Kokapstrāde": "koksnes putekļi un asmeņi",
    "Kalēja darbi": "karstums, dzirksteles un troksnis",
    "Rotaslietas": "skābes un lodēšanas izgarojumi",
    "Sveces un ziepes": "karsti tauki, vasks un sārms",
}
CRAFTS = [
    "Keramika", "Aušana un tekstils", "Adīšana", "Rotaslietas", "Kokapstrāde", "Ādas izstrādājumi",
    "Stikls", "Sveces un ziepes", "Grāmatsiešana un papīrs", "Kalēja darbi", "Pinumi", "Cits amats",
]
EMPLOYEES = ["Strādāju viens", "Ir darbinieki vai palīgi"]


def compute(a: dict) -> dict:
    areas = {area: scoring.checklist(items, a[FIELD_NAMES[area]]) for area, items in AREAS.items()}
    everything = [i for items in AREAS.values() for i in items]
    ticked = [i for area in AREAS for i in a[FIELD_NAMES[area]]]
    total = scoring.checklist(everything, ticked)
    actions = [(area, item) for area in AREAS for item in areas[area].missing]  # safety first
    return {"areas": areas, "total": total, "actions": actions}


def view(a: dict, r: dict) -> list:
    areas, total = r["areas"], r["total"]
    lines = [f"Audits: {a['workshop']}. Izpildīti {len(total.done)} no {len(total.done) + len(total.missing)} punktiem.", ""]
    if r["actions"]:
        area, item = r["actions"][0]
        lines += [f"Nākamajā nedēļā: {item.lower()} ({area.lower()}).", "", "Darāmo darbu saraksts:"]
        lines += [f"{i}. {item} ({area.lower()})" for i, (area, item) in enumerate(r["actions"], start=1)]
    else:
        lines.append("Visi punkti izpildīti. Atkārtojiet auditu pēc ceturkšņa.")
    hazard = HAZARDS.get(a["craft"])
    if hazard:
        lines += ["", f"Jūsu amata īpašās bīstamības: {hazard}. Pārbaudiet ventilāciju un aizsardzības līdzekļus "
                      "tieši pret tām."]
    safety = areas["Drošība"]
    blocks = [
        views.percent_metric("Kopējais novērtējums", total.score_pct, total.level),
        views.table("Novērtējums pa jomām", ["Joma", "Izpildīti", "No", "Rezultāts", "Vērtējums"],
                    [[area, len(res.done), len(AREAS[area]), res.score_pct, res.level] for area, res in areas.items()],
                    [None, "integer", "integer", "percent", None]),
        Chart("barh", "Darbnīcas audits pa jomām", list(areas), {"%": [res.score_pct for res in areas.values()]},
              xlabel="Izpildīts, %"),
        Text("Darāmie darbi", "\n".join(lines)),
        Check("Visi septiņi drošības punkti", not safety.missing,
              "Labi: drošības pamati ir kārtībā." if not safety.missing
              else f"Trūkst {len(safety.missing)} no 7: sāciet ar tiem, pirms uzlabojat ko citu."),
        Check("Ergonomika sargā veselību", areas["Ergonomika"].score_pct >= 70,
              "Labi." if areas["Ergonomika"].score_pct >= 70 else
              "Atkārtotas pārslodzes traumas var novērst ar iekārtojumu un kustību pauzēm; ja darbs rada sāpes, "
              "konsultējieties ar ergoterapeitu."),
    ]
    if a["employees"] == EMPLOYEES[1]:
        blocks.append(Note("Ja jums ir darbinieki, Latvijā darba devējam jānovērtē darba vides riski un jānodrošina "
                           "darba aizsardzība: vadlīnijas un veidlapas — Valsts darba inspekcijas tīmekļa vietnē.",
                           "warning"))
    blocks.append(Note(f"Atkārtojiet auditu reizi ceturksnī. {SOURCE} Kopējais rezultāts: "
                       f"{fmt.percent(total.score_pct, 0)} no visiem punktiem."))
    return blocks


EXERCISE = Exercise(
    id="E48",
    title="Darbnīcas drošības un ergonomikas audits",
    chapter=21,
    intro=(
        "Izstaigājiet darbnīcu un atzīmējiet, kas jau ir kārtībā. Audits parāda novērtējumu pa jomām un darāmo "
        "darbu sarakstu, sākot ar drošību, jo tā sargā jūs, jūsu veselību un darbnīcu."
    ),
    fields=[
        TextField("workshop", "Darbnīca un audita datums", "Lai nākamajā ceturksnī varat salīdzināt.",
                  default="Keramikas darbnīca, novembris", max_length=120),
        ChoiceField("craft", "Amats", "Ņemts no E01, ja to aizpildījāt.", options=CRAFTS, default="Keramika",
                    profile="craft"),
        ChoiceField("employees", "Vai darbnīcā strādā vēl kāds?", options=EMPLOYEES, default=EMPLOYEES[0]),
        *[ChecklistField(FIELD_NAMES[area], f"{area}: kas jau ir kārtībā?", "Atzīmējiet izpildītos punktus.",
                         options=items, default=items[: len(items) // 2], required=False)
          for area, items in AREAS.items()],
    ],
    compute=compute,
    view=view,
)
