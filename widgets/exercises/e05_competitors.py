"""E05 Konkurentu analīze (chapter 3): 5–10 competitors scored on five criteria."""

from __future__ import annotations

from statistics import mean

from .. import class_summary, fmt, views
from ..blocks import Chart, Metric, Note, Table, Text
from ..exercise import Exercise
from ..fields import IntegerField, MoneyField, TableField, TextField

CRITERIA = [
    ("range", "Sortiments"),
    ("visuals", "Vizuālais noformējums"),
    ("story", "Stāsts un zīmols"),
    ("engagement", "Iesaiste sociālajos tīklos"),
]
MIN_COMPETITORS, MAX_COMPETITORS = 5, 10


def _score_column(name: str, label: str) -> IntegerField:
    return IntegerField(name, label, "1 = vāji, 5 = izcili", default="3", minimum=1, maximum=5)


COLUMNS = [
    TextField("name", "Konkurents", default="", max_length=80),
    MoneyField("price", "Vidējā cena", default="", maximum=100_000),
    *[_score_column(key, label) for key, label in CRITERIA],
]

EXAMPLE = [
    ("Keramikas darbnīca A", "32", "4", "5", "3", "4"),
    ("Podnieku sēta B", "24", "3", "3", "4", "2"),
    ("Etsy veikals C", "55", "5", "5", "5", "5"),
    ("Tirdziņa meistars D", "18", "2", "2", "3", "2"),
    ("Dizaina studija E", "70", "3", "5", "4", "4"),
]


def compute(a: dict) -> dict:
    rows = a["competitors"]
    scored = []
    for row in rows:
        total = sum(row[key] for key, _ in CRITERIA)
        scored.append({**row, "total": total})
    mine = {"name": "Mans uzņēmums", "price": a["my_price"], **{k: a[f"my_{k}"] for k, _ in CRITERIA}}
    mine["total"] = sum(mine[k] for k, _ in CRITERIA)
    ranking = sorted(scored + [mine], key=lambda r: (-r["total"], r["price"]))
    averages = {key: mean(r[key] for r in rows) for key, _ in CRITERIA}
    avg_price = mean(r["price"] for r in rows)
    strengths = [label for key, label in CRITERIA if mine[key] > averages[key]]
    weaknesses = [label for key, label in CRITERIA if mine[key] < averages[key]]
    leaders = {label: max(rows, key=lambda r: r[key])["name"] for key, label in CRITERIA}
    return {
        "ranking": ranking,
        "mine": mine,
        "averages": averages,
        "avg_price": avg_price,
        "price_diff_pct": (a["my_price"] - avg_price) / avg_price * 100 if avg_price else 0.0,
        "strengths": strengths,
        "weaknesses": weaknesses,
        "leaders": leaders,
        "my_rank": ranking.index(mine) + 1,
    }


def view(a: dict, r: dict) -> list:
    labels = [label for _, label in CRITERIA]
    rows = [
        [i, row["name"], row["price"], *[row[k] for k, _ in CRITERIA], row["total"]]
        for i, row in enumerate(r["ranking"], start=1)
    ]
    diff = r["price_diff_pct"]
    position = "virs" if diff > 0 else "zem"
    summary = (
        f"Jūsu vieta kopvērtējumā: {r['my_rank']}. no {len(r['ranking'])}.\n"
        f"Jūsu cena {fmt.money(a['my_price'])} ir {fmt.percent(abs(diff), 0)} {position} konkurentu vidējās "
        f"({fmt.money(r['avg_price'])}).\n\n"
        f"Stiprās puses (virs vidējā): {', '.join(r['strengths']) or 'vēl nav'}.\n"
        f"Vājās puses (zem vidējā): {', '.join(r['weaknesses']) or 'nav'}.\n\n"
        "No kā mācīties:\n" + "\n".join(f"- {label}: {name}" for label, name in r["leaders"].items())
    )
    everyone = r["ranking"]
    return [
        views.table("Konkurentu matrica (sakārtota pēc kopvērtējuma)",
                    ["Vieta", "Nosaukums", "Vidējā cena", *labels, "Kopā (no 20)"], rows,
                    ["integer", None, "money", "integer", "integer", "integer", "integer", "integer"]),
        Text("Secinājumi", summary),
        Chart("scatter", "Cenas un kvalitātes novietojums", [row["name"] for row in everyone],
              {"x": [row["price"] for row in everyone], "y": [row["total"] for row in everyone]},
              xlabel="Vidējā cena, €", ylabel="Kopvērtējums (4–20)", options={"highlight": "Mans uzņēmums"}),
        Note("Rokasgrāmata iesaka sistemātiski izpētīt 5–10 uzņēmumus (sadaļa „Konkurentu analīze”)."),
    ]


def class_view(values: list[dict]) -> list:
    """The class: where each learner's price sits against their competitors' average (no names)."""
    rows = [(r["mine"]["price"], r["avg_price"], r["price_diff_pct"], r["my_rank"], len(r["ranking"]))
            for r in class_summary.results_of(compute, values)]
    if not rows:
        return [Note("Vēl neviens nav pabeidzis šo vingrinājumu.", "info")]
    rows.sort(key=lambda x: x[2])
    labels = [f"{i}." for i in range(1, len(rows) + 1)]
    table = Table("Katra dalībnieka cenas pozīcija (bez vārdiem)",
                  ["Nr.", "Mana cena", "Konkurentu vidējā", "Starpība", "Vieta kopvērtējumā"],
                  [[lbl, fmt.money(a), fmt.money(b), fmt.percent(c), f"{d}. no {e}"] for lbl, (a, b, c, d, e) in zip(labels, rows)],
                  [[None, a, b, c, None] for a, b, c, _d, _e in rows], [None, "money", "money", "percent", None])
    cheaper = sum(1 for r in rows if r[2] < -5)
    dearer = sum(1 for r in rows if r[2] > 5)
    return [Metric("Pabeiguši", fmt.integer(len(rows))),
            Metric("Lētāki par konkurentiem", fmt.integer(cheaper), "vairāk nekā 5 % zem vidējās"),
            Metric("Dārgāki par konkurentiem", fmt.integer(dearer), "vairāk nekā 5 % virs vidējās"),
            Chart("barh", "Cena pret konkurentu vidējo, %", labels, {"Starpība, %": [r[2] for r in rows]}, xlabel="%"),
            table]


EXERCISE = Exercise(
    id="E05",
    title="Konkurentu analīze",
    chapter=3,
    intro=(
        "Atrodiet 5–10 amatniekus, kas pārdod līdzīgus izstrādājumus, un novērtējiet katru no 1 līdz 5. "
        "Novērtējiet arī sevi. Rezultātā redzēsiet savu vietu, stiprās un vājās puses un cenas novietojumu."
    ),
    fields=[
        TableField("competitors", "Konkurenti", "Pievienojiet no 5 līdz 10 konkurentiem.", columns=COLUMNS,
                   min_rows=MIN_COMPETITORS, max_rows=MAX_COMPETITORS,
                   default=[dict(zip(["name", "price", "range", "visuals", "story", "engagement"], row)) for row in EXAMPLE]),
        MoneyField("my_price", "Mana vidējā cena", default="38", maximum=100_000, profile="retail_price"),
        *[IntegerField(f"my_{key}", f"Mans vērtējums: {label.lower()}", "1–5", default="3", minimum=1, maximum=5)
          for key, label in CRITERIA],
    ],
    compute=compute,
    view=view,
    class_view=class_view,
)
