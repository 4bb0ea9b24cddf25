"""E25 Mobilās gatavības audits (chapter 12): the mobile checklist → score and fixes."""

from __future__ import annotations

from .. import views
from ..blocks import Check, Note, Text
from ..calc import scoring
from ..exercise import Exercise
from ..fields import ChecklistField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Pirkumi viedtālruņos” (70 % pārlūkošanas un 55 % pirkumu viedtālruņos; "
          "mobilās pieredzes saraksts; Google rīki); „E-komercijas uzņēmuma izveide: globāls ceļvedis”, sadaļa "
          "„4.1. Vietnes dizains un lietotāja pieredze (UX)”.")

# (item as the learner ticks it, the fix when it is missing); the first six from the handbook's list
ITEMS = (
    ("Navigāciju un pogas var ērti spiest ar pirkstu",
     "Palieliniet pogas un atstarpes starp saitēm, lai tās var trāpīt ar īkšķi."),
    ("Produktu attēli ātri atveras un tos var pietuvināt",
     "Samaziniet attēlu failu izmēru un ieslēdziet tuvināšanu produkta lapā."),
    ("Norēķināšanās ir vienkārša un pielāgota mazam ekrānam",
     "Saīsiniet norēķinu formu: tikai vajadzīgie lauki, pirkums bez konta izveides."),
    ("Produktu filtri strādā arī telefonā",
     "Pārbaudiet filtrus telefonā; ja tie neder, vienkāršojiet kategorijas."),
    ("Tekstu var izlasīt bez tuvināšanas",
     "Palieliniet burtu izmēru un kontrastu pamatteksta un cenu rindās."),
    ("Var maksāt ar Apple Pay vai Google Pay",
     "Ieslēdziet digitālā maka maksājumus savā maksājumu vārtejā."),
    ("Lapas telefonā atveras ātri",
     "Pārbaudiet vietni ar PageSpeed Insights un izpildiet svarīgākos ieteikumus."),
    ("Vietne pārbaudīta vairākās ierīcēs un pārlūkprogrammās",
     "Atveriet veikalu vismaz divos telefonos un divās pārlūkprogrammās un pierakstiet kļūdas."),
    ("Draugs telefonā atrada preci un nonāca līdz apmaksai bez palīdzības",
     "Palūdziet cilvēkam, kurš vietni nav redzējis, atrast preci; vērojiet klusējot un pierakstiet vilcināšanos."),
)
FIXES = dict(ITEMS)
OPTIONS = [item for item, _ in ITEMS]


def compute(a: dict) -> dict:
    result = scoring.checklist(OPTIONS, a["done"])
    return {"result": result, "fixes": [(item, FIXES[item]) for item in result.missing]}


def view(a: dict, r: dict) -> list:
    res = r["result"]
    site = a["site"] or "jūsu vietne"
    if r["fixes"]:
        plan = "\n".join(f"{i}. {item}: {fix}" for i, (item, fix) in enumerate(r["fixes"], start=1))
    else:
        plan = "Visi punkti izpildīti. Atkārtojiet pārbaudi pēc katras lielākas vietnes izmaiņas."
    return [
        views.percent_metric("Mobilās gatavības novērtējums", res.score_pct, res.level),
        views.score_metric("Izpildīti punkti", len(res.done), len(OPTIONS)),
        views.table("Kontrolsaraksts", ["Punkts", "Statuss"],
                    [(item, "izpildīts" if item in res.done else "jāuzlabo") for item in OPTIONS], [None, None]),
        Text(f"Uzlabojumu saraksts: {site}", plan),
        Check("Norēķināšanās ērta telefonā", OPTIONS[2] in res.done,
              "55 % pirkumu notiek viedtālruņos: neērta apmaksa zaudē pircējus pēdējā solī." if OPTIONS[2] not in res.done
              else "Labi: apmaksa ir pielāgota mazam ekrānam."),
        Note("Vairāk nekā 70 % rokdarbu produktu pārlūkošanas notiek mobilajās ierīcēs un 55 % pirkumu — "
             "viedtālruņos. Google mobilās piemērotības tests vairs netiek piedāvāts; izmantojiet PageSpeed Insights "
             "vai pārlūka Chrome rīku Lighthouse."),
        Note(SOURCE),
    ]


EXERCISE = Exercise(
    id="E25",
    title="Mobilās gatavības audits",
    chapter=12,
    intro=(
        "Atveriet savu veikalu telefonā un atzīmējiet, kas jau darbojas. Lielākā daļa pircēju jūsu darbus skatās un "
        "pērk viedtālrunī, tāpēc katrs neizpildīts punkts ir vieta, kur pircējs var aiziet."
    ),
    fields=[
        TextField("site", "Vietnes adrese vai nosaukums", "Piemēram, „linudarbnica.lv”.", default="", max_length=120,
                  required=False),
        ChecklistField("done", "Kas jau darbojas telefonā", "Atzīmējiet tikai to, ko pārbaudījāt savā telefonā.",
                       options=OPTIONS, default=OPTIONS[:3]),
    ],
    compute=compute,
    view=view,
)
