"""E19 Platformas izvēles matrica (chapter 10)."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note
from ..calc.scoring import weighted_scores, winner_sensitivity
from ..exercise import Exercise
from ..fields import IntegerField, TableField, TextField

# Handbook, section „Kā pieņemt lēmumu?”: the six factors.
CRITERIA = [
    ("ease", "Lietošanas ērtums"),
    ("cost", "Izmaksu struktūra"),
    ("scalability", "Izaugsmes iespējas"),
    ("presentation", "Produktu prezentācija"),
    ("integrations", "Integrācijas iespējas"),
    ("mobile", "Mobilā pieredze"),
]
LABELS = dict(CRITERIA)
# Handbook, table „Populārāko platformu salīdzinājums” (the online shops; Notonthehighstreet is a marketplace).
# Default scores are an example reading of that table and of the skill groups (section „Nepieciešamās
# tehniskās zināšanas un prasmes”): the learner replaces them with their own.
EXAMPLE = {
    "Etsy": (5, 4, 2, 3, 2, 4),
    "Shopify": (4, 3, 5, 4, 5, 5),
    "Wix": (4, 4, 3, 4, 3, 4),
    "Squarespace": (5, 3, 3, 5, 3, 4),
    "WooCommerce": (2, 4, 5, 4, 5, 3),
    "Big Cartel": (5, 5, 2, 3, 2, 3),
    "EKM": (3, 2, 4, 3, 4, 4),
}
DEFAULT_WEIGHTS = {"ease": "5", "cost": "4", "scalability": "3", "presentation": "5", "integrations": "2", "mobile": "4"}
SENSITIVITY = 0.10  # move each weight by ±10 %

COLUMNS = [TextField("platform", "Platforma", max_length=40, readonly=True)] + [
    IntegerField(key, label, default="3", minimum=1, maximum=5) for key, label in CRITERIA
]
DEFAULT_ROWS = [{"platform": name, **{key: str(s) for (key, _), s in zip(CRITERIA, scores)}}
                for name, scores in EXAMPLE.items()]


def compute(a: dict) -> dict:
    weights = {key: float(a[f"w_{key}"]) for key, _ in CRITERIA}
    scores = {row["platform"]: {key: float(row[key]) for key, _ in CRITERIA} for row in a["scores"]}
    ranked = weighted_scores(scores, weights)
    total_weight = sum(weights.values())
    sums = {r.name: r.score * total_weight for r in ranked}
    moves = winner_sensitivity(scores, weights, SENSITIVITY)
    by_criterion = {}
    for m in moves:
        by_criterion.setdefault(m.criterion, {})[m.change > 0] = m.winner
    winner = ranked[0].name
    return {"ranked": ranked, "sums": sums, "winner": winner,
            "max_sum": 5 * total_weight, "moves": by_criterion,
            "changes": sorted({m.winner for m in moves if m.changed})}


def view(a: dict, r: dict) -> list:
    rows = [(p.place, p.name, r["sums"][p.name], p.score) for p in r["ranked"]]
    sens = [(LABELS[key], moved.get(True, "—"), moved.get(False, "—")) for key, moved in r["moves"].items()]
    stable = not r["changes"]
    blocks = [
        Metric("Piemērotākā platforma", r["winner"],
               f"{fmt.number(r['sums'][r['winner']], 1)} no {fmt.integer(r['max_sum'])} punktiem."),
        views.table("Platformu sarindojums", ["Vieta", "Platforma", "Svērtā summa", "Vidēji (no 5)"], rows,
                    ["integer", None, "number", "number"]),
        Chart("barh", "Svērtā summa pa platformām", [p.name for p in r["ranked"]],
              {"Svērtā summa": [round(r["sums"][p.name], 1) for p in r["ranked"]]}, xlabel="Punkti"),
        views.table(f"Jutīgums: uzvarētājs, ja viens svars mainās par ±{fmt.percent(SENSITIVITY * 100, 0)}",
                    ["Faktors", f"Svars +{fmt.percent(SENSITIVITY * 100, 0)}", f"Svars −{fmt.percent(SENSITIVITY * 100, 0)}"],
                    sens, [None, None, None]),
        Check("Uzvarētājs ir stabils", stable,
              f"Labi: {r['winner']} uzvar, arī ja kāds svars mainās par ±{fmt.percent(SENSITIVITY * 100, 0)}." if stable
              else "Rezultāts ir jutīgs: nelielas svaru izmaiņas dod uzvaru arī šādām platformām: "
              + ", ".join(r["changes"]) + ". Salīdziniet tās ar uzvarētāju sīkāk."),
        Note("Pārbaudiet rezultātu ar veselo saprātu: ja uzvarētāja nešķiet pareiza, iespējams, kāds svars ir "
             "norādīts nepareizi. Pirms izvēles atveriet platformas aktuālo cenrādi."),
        Note("Seši faktori un svērtā matrica: rokasgrāmata, sadaļa „Kā pieņemt lēmumu?”; platformas: tabula "
             "„Populārāko platformu salīdzinājums”. Noklusētie punkti ir piemērs, nevis rokasgrāmatas vērtējums."),
    ]
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"platform": r["winner"]}


EXERCISE = Exercise(
    id="E19",
    title="Platformas izvēles matrica",
    chapter=10,
    intro=(
        "Piešķiriet katram no sešiem faktoriem svaru no 1 (nesvarīgs) līdz 5 (ļoti svarīgs) un novērtējiet katru "
        "platformu ar punktiem no 1 līdz 5. Matrica sarindo platformas un pārbauda, vai uzvarētājs mainās, ja "
        "kāds svars nedaudz mainās: tā jūs izvēlaties platformu pēc savām vajadzībām, nevis pēc reklāmas."
    ),
    fields=[
        IntegerField(f"w_{key}", f"Svars: {label.lower()}", "No 1 (nesvarīgs) līdz 5 (ļoti svarīgs).",
                     default=DEFAULT_WEIGHTS[key], minimum=1, maximum=5)
        for key, label in CRITERIA
    ] + [
        TableField("scores", "Platformu vērtējums", "Punkti no 1 (vāji) līdz 5 (lieliski) katrā faktorā.",
                   columns=COLUMNS, min_rows=len(EXAMPLE), max_rows=len(EXAMPLE), fixed_rows=True,
                   default=DEFAULT_ROWS),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
