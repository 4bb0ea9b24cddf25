"""E31 12 mēnešu satura plāns (chapter 16)."""

from __future__ import annotations

from collections import Counter

from .. import class_summary, fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..exercise import Exercise
from ..fields import ChoiceField, IntegerField, TableField, TextField

MONTHS = ["Janvāris", "Februāris", "Marts", "Aprīlis", "Maijs", "Jūnijs", "Jūlijs", "Augusts",
          "Septembris", "Oktobris", "Novembris", "Decembris"]
PILLARS = ["Aizkulises un process", "Produkti", "Stāsts un zīmols", "Padomi un apmācība", "Kopiena un klienti"]
# Buying occasions in Latvia worth a launch or campaign (the learner's calendar may add more).
PEAKS = {
    "Februāris": "Valentīndiena",
    "Marts": "Lieldienas (marts vai aprīlis)",
    "Maijs": "Mātes diena",
    "Jūnijs": "Jāņi",
    "Novembris": "Melnā piektdiena un valsts svētki",
    "Decembris": "Ziemassvētki",
}
WEEKS_PER_MONTH = 52 / 12
POSTS_PER_WEEK = (3, 5)   # the handbook: 3–5 posts a week
PROMO_LIMIT_PCT = 20      # the 80/20 rule: at most a fifth promotes

COLUMNS = [
    TextField("month", "Mēnesis", default="", max_length=20, readonly=True),
    TextField("theme", "Tēma", default="", max_length=120),
    ChoiceField("pillar", "Galvenais satura stūrakmens", default=PILLARS[0], options=PILLARS),
    TextField("launch", "Jaunums vai kampaņa", default="", max_length=120, required=False),
    IntegerField("value_posts", "Vērtības ieraksti", "Stāsti, padomi, aizkulises", default="12", maximum=100),
    IntegerField("promo_posts", "Pārdošanas ieraksti", default="3", maximum=100),
]

_THEMES = ["Jauns gads darbnīcā", "Dāvanas mīļajiem", "Pavasara krāsas", "Lieldienu galds", "Dārza sezona",
           "Jāņu vainagi un svētki", "Vasaras tirgi", "Materiālu stāsti", "Atpakaļ darbā", "Rudens raža",
           "Dāvanu gids", "Ziemassvētku dāvanas"]
_LAUNCHES = {1: "Valentīndienas kolekcija", 2: "Lieldienu trauki", 4: "Mātes dienas dāvanas", 5: "Jāņu komplekts",
             10: "Dāvanu kastītes", 11: "Ziemassvētku kolekcija"}
DEFAULT_ROWS = [
    {"month": m, "theme": _THEMES[i], "pillar": PILLARS[i % len(PILLARS)], "launch": _LAUNCHES.get(i, ""),
     "value_posts": "13" if i < 10 else "15", "promo_posts": "3" if i < 10 else "4"}
    for i, m in enumerate(MONTHS)
]


def compute(a: dict) -> dict:
    months = []
    for row in a["months"]:
        posts = row["value_posts"] + row["promo_posts"]
        share = row["promo_posts"] / posts * 100 if posts else 0.0
        low, high = (round(p * WEEKS_PER_MONTH) for p in POSTS_PER_WEEK)
        months.append({**row, "posts": posts, "promo_share": share, "peak": PEAKS.get(row["month"], ""),
                       "rhythm_ok": low <= posts <= high})
    value = sum(m["value_posts"] for m in months)
    promo = sum(m["promo_posts"] for m in months)
    total = value + promo
    return {
        "months": months,
        "total": total,
        "promo_share": promo / total * 100 if total else 0.0,
        "pillars_used": sorted({m["pillar"] for m in months}),
        "peaks_without_launch": [m["month"] for m in months if m["peak"] and not m["launch"]],
        "off_rhythm": [m["month"] for m in months if not m["rhythm_ok"]],
        "over_promo": [m["month"] for m in months if m["promo_share"] > PROMO_LIMIT_PCT],
    }


def view(a: dict, r: dict) -> list:
    rows = [[m["month"], m["theme"], m["pillar"], m["launch"] or "—", m["peak"] or "—", m["value_posts"], m["promo_posts"],
             m["promo_share"]] for m in r["months"]]
    low, high = (round(p * WEEKS_PER_MONTH) for p in POSTS_PER_WEEK)
    return [
        views.table("Satura kalendārs", ["Mēnesis", "Tēma", "Stūrakmens", "Jaunums / kampaņa", "Sezonas maksimums",
                                         "Vērtības ieraksti", "Pārdošanas ieraksti", "Pārdošanas daļa"],
                    rows, [None, None, None, None, None, "integer", "integer", "percent"]),
        views.percent_metric("Pārdošanas ierakstu daļa gadā", r["promo_share"], "Mērķis: ne vairāk kā 20 % (80/20 likums)."),
        Metric("Ieraksti gadā", fmt.integer(r["total"])),
        Chart("stacked", "Vērtības un pārdošanas ieraksti pa mēnešiem", [m["month"][:3] for m in r["months"]],
              {"Vērtības ieraksti": [m["value_posts"] for m in r["months"]],
               "Pārdošanas ieraksti": [m["promo_posts"] for m in r["months"]]}, ylabel="Ieraksti"),
        Check("80/20 likums ievērots visu gadu", not r["over_promo"],
              "Pārāk daudz pārdošanas ierakstu: " + ", ".join(r["over_promo"]) + "." if r["over_promo"]
              else "Labi: vismaz 80 % satura sniedz vērtību."),
        Check(f"Ritms 3–5 ieraksti nedēļā ({low}–{high} mēnesī)", not r["off_rhythm"],
              "Pārbaudiet mēnešus: " + ", ".join(r["off_rhythm"]) + "." if r["off_rhythm"] else "Labi: vienmērīgs ritms."),
        Check("Sezonas maksimumiem ir jaunums vai kampaņa", not r["peaks_without_launch"],
              "Plānojiet kampaņu: " + ", ".join(r["peaks_without_launch"]) + "." if r["peaks_without_launch"]
              else "Labi: visi pirkšanas maksimumi ir izmantoti."),
        Check("Izmantoti vismaz 3 satura stūrakmeņi", len(r["pillars_used"]) >= 3,
              "Dažādojiet saturu: aizkulises, produkti, stāsts, padomi, kopiena."),
        Note("80/20 likums un 3–5 ieraksti nedēļā: rokasgrāmata, sadaļa „Sociālo mediju satura stratēģija”."),
    ]


def profile_out(a: dict, r: dict) -> dict:
    return {"content_posts_per_year": r["total"], "content_pillars": r["pillars_used"]}


def class_view(values: list[dict]) -> list:
    """The class: the months most chosen for launches, and what is planned."""
    launched = [(row.get("month"), row.get("launch").strip()) for v in values for row in (v.get("months") or [])
                if (row.get("launch") or "").strip()]
    counts = Counter(month for month, _ in launched)
    blocks: list = [class_summary.finished(values)]
    if counts:
        best = max(MONTHS, key=lambda m: counts.get(m, 0))
        blocks.append(Metric("Populārākais mēnesis jaunumiem", best, f"{counts[best]} dalībnieku plānos"))
    blocks.append(Chart("bar", "Mēneši, kuros plānoti jaunumi un kampaņas", MONTHS,
                        {"Dalībnieki": [counts.get(m, 0) for m in MONTHS]}, ylabel="Dalībnieki"))
    if launched:
        blocks.append(Text("Plānotie jaunumi", "\n".join(f"• {m}: {t}" for m, t in launched[:class_summary.MAX_TEXTS])))
    return blocks


EXERCISE = Exercise(
    id="E31",
    title="12 mēnešu satura plāns",
    chapter=16,
    intro=(
        "Katram mēnesim ierakstiet tēmu, galveno satura stūrakmeni, jaunumu vai kampaņu un plānoto ierakstu skaitu. "
        "Plāns pārbauda 80/20 likumu, ierakstu ritmu un to, vai sezonas maksimumi ir izmantoti."
    ),
    fields=[
        TextField("brand_words", "Jūsu zīmola raksturs", "Ņemts no E13: lai katrs ieraksts skan kā jūs.",
                  default="", required=False, max_length=200, profile="brand_words"),
        TableField("months", "Mēneši", "12 rindas: viena katram mēnesim.", columns=COLUMNS, min_rows=12, max_rows=12,
                   fixed_rows=True, default=DEFAULT_ROWS),
    ],
    compute=compute,
    view=view,
    class_view=class_view,
    profile_out=profile_out,
)
