"""E53 Saskares punktu prioritātes (chapter 24): touchpoints × impact × effort → priority matrix."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc import journey, scoring
from ..exercise import ComputationError, Exercise
from ..fields import ChoiceField, IntegerField, PercentField, TableField, TextField

SOURCE = ("Avots: „Ko drīkst un ko nedrīkst, kartējot pircēja ceļojumu”, sadaļa „Nosakiet savus saskares punktus” "
          "(katru saskares punktu novērtējiet pēc tā ietekmes visā klienta ceļā).")

COLUMNS = [
    TextField("name", "Saskares punkts", default="", max_length=100),
    ChoiceField("stage", "Posms", default=journey.STAGES[0], options=journey.STAGES),
    IntegerField("impact", "Ietekme (1–5)", "Cik stipri tas ietekmē pirkumu: 5 = ļoti stipri", default="3",
                 minimum=journey.SCALE_MIN, maximum=journey.SCALE_MAX),
    IntegerField("effort", "Pūles (1–5)", "Cik grūti to uzlabot: 5 = ļoti grūti", default="3",
                 minimum=journey.SCALE_MIN, maximum=journey.SCALE_MAX),
]

# the article's touchpoint examples and chapter 24's ceramic-mug map
_EXAMPLE = [
    ("Instagram ieraksti", "Informētība", "4", "2"),
    ("Google meklēšana", "Informētība", "3", "4"),
    ("Stends amatnieku tirgū", "Informētība", "3", "5"),
    ("Produkta lapa", "Apsvēršana", "5", "2"),
    ("Atsauksmes", "Apsvēršana", "4", "3"),
    ("Norēķināšanās un piegādes cena", "Pirkums", "5", "3"),
    ("Vietnes izskats telefonā", "Pirkums", "4", "4"),
    ("Ziņas par sūtījumu", "Noturēšana", "4", "1"),
    ("Kopšanas kartīte pakā", "Noturēšana", "3", "1"),
    ("Atsauksmes lūgums", "Aizstāvība", "3", "2"),
]


def compute(a: dict) -> dict:
    rows = a["touchpoints"]
    seen: set[str] = set()
    for row in rows:
        key = row["name"].casefold()
        if key in seen:
            raise ComputationError(f"Saskares punkts „{row['name']}” ierakstīts divreiz: apvienojiet rindas "
                                   "vai dodiet tām atšķirīgus nosaukumus.")
        seen.add(key)
    weights = {"impact": a["impact_weight"], "ease": 100 - a["impact_weight"]}
    scores = {row["name"]: {"impact": row["impact"], "ease": journey.SCALE_MAX + journey.SCALE_MIN - row["effort"]}
              for row in rows}
    by_name = {row["name"]: row for row in rows}
    ranked = [{**by_name[r.name], "score": r.score, "place": r.place,
               "quadrant": journey.quadrant(by_name[r.name]["impact"], by_name[r.name]["effort"])}
              for r in scoring.weighted_scores(scores, weights, scale=journey.SCALE_MAX)]
    return {
        "ranked": ranked,
        "by_quadrant": {q: [row["name"] for row in ranked if row["quadrant"] == q] for q in journey.QUADRANT_ORDER},
        "missing_stages": [s for s in journey.STAGES if s not in {row["stage"] for row in rows}],
    }


def view(a: dict, r: dict) -> list:
    ranked, groups = r["ranked"], r["by_quadrant"]
    rows = [[row["place"], row["name"], row["stage"], row["impact"], row["effort"], row["score"], row["quadrant"]]
            for row in ranked]
    plan = []
    for quadrant, advice in ((journey.QUICK_WIN, "Ātri ieguvumi: dariet tūlīt"),
                             (journey.BIG_PROJECT, "Lieli projekti: ieplānojiet laiku"),
                             (journey.FILL_IN, "Sīki darbi: kad būs brīvs brīdis"),
                             (journey.LATER, "Atlikt: pagaidām neķerieties")):
        if groups[quadrant]:
            plan.append(f"{advice} — {', '.join(groups[quadrant])}.")
    top = ranked[0]
    return [
        views.table("Saskares punkti pēc prioritātes", ["Vieta", "Saskares punkts", "Posms", "Ietekme", "Pūles",
                                                         "Punkti (1–5)", "Kvadrants"],
                    rows, ["integer", None, None, "integer", "integer", "number", None]),
        Metric("Pirmā prioritāte", top["name"], f"{fmt.number(top['score'], 2)} punkti no 5; {top['quadrant'].lower()}."),
        Metric("Ātri ieguvumi", fmt.integer(len(groups[journey.QUICK_WIN])),
               "Liela ietekme (4–5) ar mērenām pūlēm (1–3)."),
        Chart("scatter", "Prioritāšu matrica: ietekme pret pūlēm", [row["name"] for row in ranked],
              {"x": [row["effort"] for row in ranked], "y": [row["impact"] for row in ranked]},
              xlabel="Pūles (1 = viegli, 5 = grūti)", ylabel="Ietekme (1 = maza, 5 = liela)",
              options={"highlight": top["name"]}),
        Text("Rīcības secība", "\n".join(plan)),
        Check("Ir vismaz viens ātrs ieguvums", bool(groups[journey.QUICK_WIN]),
              "Labi: sāciet ar tiem." if groups[journey.QUICK_WIN]
              else "Meklējiet vienkāršus uzlabojumus ar lielu ietekmi, piemēram, skaidru piegādes cenu produkta lapā."),
        Check("Saskares punkti visos piecos posmos", not r["missing_stages"],
              "Labi." if not r["missing_stages"] else "Pievienojiet saskares punktus: " + ", ".join(r["missing_stages"]) + "."),
        Note(f"Punkti: ietekme ar svaru {fmt.percent(a['impact_weight'], 0)} un vieglums (6 − pūles) ar svaru "
             f"{fmt.percent(100 - a['impact_weight'], 0)}."),
        Note(SOURCE),
    ]


EXERCISE = Exercise(
    id="E53",
    title="Saskares punktu prioritātes",
    chapter=24,
    intro=(
        "Ierakstiet saskares punktus, kuros pircējs jūs sastop, un novērtējiet katra ietekmi uz pirkumu un pūles, "
        "kas vajadzīgas tā uzlabošanai. Matrica parāda, kurus uzlabojumus veikt vispirms, lai ierobežoto laiku "
        "ieguldītu tur, kur tas atmaksājas."
    ),
    fields=[
        TableField("touchpoints", "Saskares punkti", "Pievienojiet no 3 līdz 20 saskares punktiem.", columns=COLUMNS,
                   min_rows=3, max_rows=20,
                   default=[dict(zip(["name", "stage", "impact", "effort"], row)) for row in _EXAMPLE]),
        PercentField("impact_weight", "Ietekmes svars", "Cik svarīga ir ietekme salīdzinājumā ar vieglumu; "
                     "pārējais ir vieglums.", default="60"),
    ],
    compute=compute,
    view=view,
)
