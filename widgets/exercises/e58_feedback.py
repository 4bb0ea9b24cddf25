"""E58 Atsauksmju apstrāde (chapter 27): feedback themes → categories, frequency and priority."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc.text import sentence
from ..exercise import ComputationError, Exercise
from ..fields import ChoiceField, IntegerField, TableField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Pircēju rekomendāciju ieviešana” (piecu soļu process: kategorijas, "
          "ietekmes novērtējums, rīcības plāns). Punkti 1–3 un to reizinājums ir grāmatas ieteikts vienkāršs paņēmiens.")

# the handbook's four categories (step 2); "Darbība" = delivery, deadlines, communication
CATEGORIES = ["Produkta dizains", "Klientu pieredze", "Darbība", "Kvalitāte"]
YES, NO = "Jā", "Nē"
TOP = 3  # the action plan covers the first three


def _points(name: str, label: str, hint: str) -> IntegerField:
    return IntegerField(name, label, hint, default="2", minimum=1, maximum=3)


COLUMNS = [
    TextField("theme", "Atsauksmes tēma", default="", max_length=150),
    ChoiceField("category", "Kategorija", default=CATEGORIES[0], options=CATEGORIES),
    _points("frequency", "Biežums (1–3)", "3 = atkārtojas ļoti bieži"),
    _points("benefit", "Ieguvums (1–3)", "3 = liels ieguvums klientam"),
    _points("ease", "Vieglums (1–3)", "3 = ļoti viegli ieviest"),
    ChoiceField("brand_fit", "Atbilst zīmolam", default=YES, options=[YES, NO]),
    TextField("action", "Pirmais solis", "Konkrēts solis, atbildīgais, termiņš.", default="", max_length=200,
              required=False),
]

# chapter 27's illustrative basket-weaver table, plus one wish that does not fit the brand
_EXAMPLE = [
    ("Nav skaidrs, kā grozu kopt", "Klientu pieredze", "3", "2", "3", "Jā", "Kopšanas kartīte katrā paciņā līdz 1. martam"),
    ("Gribētos lielāku izmēru", "Produkta dizains", "2", "3", "2", "Jā", ""),
    ("Paka ceļā saspiesta", "Darbība", "1", "3", "2", "Jā", ""),
    ("Rokturis ātri nodilst", "Kvalitāte", "1", "3", "1", "Jā", ""),
    ("Gribētos plastmasas versiju", "Produkta dizains", "1", "1", "2", "Nē", ""),
]
_KEYS = ["theme", "category", "frequency", "benefit", "ease", "brand_fit", "action"]


def compute(a: dict) -> dict:
    rows = [{**row, "priority": row["frequency"] * row["benefit"] * row["ease"], "fits": row["brand_fit"] == YES}
            for row in a["items"]]
    if not any(row["fits"] for row in rows):
        raise ComputationError("Neviena atsauksme neatbilst jūsu zīmolam: atzīmējiet „Jā” tām, kuras vēlaties ieviest, "
                               "lai redzētu prioritātes.")
    # best first; wishes that do not fit the brand go last whatever their points
    ranked = sorted(rows, key=lambda row: (not row["fits"], -row["priority"], -row["frequency"]))
    by_category = {c: {"items": sum(row["category"] == c for row in rows),
                       "frequency": sum(row["frequency"] for row in rows if row["category"] == c)} for c in CATEGORIES}
    top = [row for row in ranked if row["fits"]][:TOP]
    return {
        "ranked": ranked,
        "by_category": by_category,
        "top": top,
        "without_action": [row["theme"] for row in top if not row["action"]],
        "main_category": max(CATEGORIES, key=lambda c: (by_category[c]["frequency"], -CATEGORIES.index(c))),
    }


def view(a: dict, r: dict) -> list:
    rows = [[i, row["theme"], row["category"], row["frequency"], row["benefit"], row["ease"],
             row["priority"] if row["fits"] else "Neatbilst zīmolam"]
            for i, row in enumerate(r["ranked"], start=1)]
    first = r["top"][0]
    plan = "\n".join(
        f"{i}. {row['theme']} ({row['category'].lower()}, prioritāte {row['priority']}): "
        + (sentence(row["action"]) if row["action"] else "ierakstiet pirmo soli, atbildīgo un termiņu.")
        for i, row in enumerate(r["top"], start=1))
    used = [c for c in CATEGORIES if r["by_category"][c]["items"]]
    return [
        views.table("Atsauksmju prioritātes", ["Vieta", "Tēma", "Kategorija", "Biežums", "Ieguvums", "Vieglums",
                                               "Prioritāte (1–27)"],
                    rows, ["integer", None, None, "integer", "integer", "integer", "integer"]),
        Metric("Sāciet ar", first["theme"], f"Prioritāte {first['priority']} no 27."),
        Metric("Biežākā kategorija", r["main_category"],
               f"Biežuma punkti kopā: {fmt.integer(r['by_category'][r['main_category']]['frequency'])}."),
        Chart("bar", "Atsauksmes pa kategorijām", used,
              {"Tēmas": [r["by_category"][c]["items"] for c in used],
               "Biežuma punkti": [r["by_category"][c]["frequency"] for c in used]},
              xlabel="Kategorija", ylabel="Skaits"),
        Text("Rīcības plāns", plan),
        Check("Pirmajām prioritātēm ir pirmais solis", not r["without_action"],
              "Labi." if not r["without_action"]
              else "Pierakstiet konkrētu soli, atbildīgo un termiņu: " + ", ".join(r["without_action"]) + "."),
        Note("Pēc uzlabojuma pastāstiet klientiem, kuri to ieteica, ko esat mainījis (5. solis), un pārskatiet "
             "atsauksmes reizi mēnesī vai ceturksnī (1. solis)."),
        Note(SOURCE),
    ]


EXERCISE = Exercise(
    id="E58",
    title="Atsauksmju apstrāde",
    chapter=27,
    intro=(
        "Ierakstiet atsauksmju tēmas, ko esat saņēmis, izvēlieties katrai kategoriju un novērtējiet ar 1–3 punktiem, "
        "cik bieži tā atkārtojas, cik liels ir ieguvums klientam un cik viegli to ieviest. Tā redzēsiet, kurus "
        "uzlabojumus ieviest vispirms, nevis tos, par kuriem pēdējais klients rakstīja visskaļāk."
    ),
    fields=[
        TableField("items", "Atsauksmju tēmas", "Pievienojiet no 1 līdz 20 tēmām.", columns=COLUMNS, min_rows=1,
                   max_rows=20, default=[dict(zip(_KEYS, row)) for row in _EXAMPLE]),
    ],
    compute=compute,
    view=view,
)
