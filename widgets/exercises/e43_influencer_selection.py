"""E43 Ietekmētāju izvēles karte (chapter 19): candidates × the handbook's five criteria → ranking."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Note, Text
from ..calc import scoring
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, TableField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Sadarbības partneri” (pieci izvēles kritēriji, mikroietekmētāji ar "
          "5 000–50 000 sekotājiem, pieci dāvināšanas principi). Iesaistes līmenis ir standarta definīcija.")

CRITERIA = [
    ("audience", "Auditorijas atbilstība"),
    ("aesthetics", "Estētiskā saderība"),
    ("quality", "Satura kvalitāte"),
    ("engagement", "Iesaistes kvalitāte"),
    ("values", "Vērtību saskaņa"),
]
MICRO = (5_000, 50_000)  # followers, the handbook's micro-influencers
SHORTLIST = 3


def _score(name: str, label: str) -> IntegerField:
    return IntegerField(name, label, "1 = vāji, 5 = izcili", default="3", minimum=1, maximum=5)


COLUMNS = [
    TextField("name", "Kandidāts", "Konta vārds", default="", max_length=80),
    IntegerField("followers", "Sekotāji", default="0", maximum=1_000_000_000),
    IntegerField("interactions", "Reakcijas ierakstā", "Vidēji: atzīmes „patīk”, komentāri, saglabājumi",
                 default="0", maximum=1_000_000_000),
    *[_score(key, label) for key, label in CRITERIA],
]
EXAMPLE = [
    ("@linu_maja", "12400", "620", "5", "4", "4", "5", "5"),
    ("@rigas_interjers", "48000", "960", "4", "5", "5", "3", "3"),
    ("@dabiska_dzive", "7800", "470", "4", "3", "3", "5", "5"),
    ("@modes_guru", "240000", "2400", "2", "3", "4", "2", "1"),
]
WEIGHT_HELP = "0 = neņemt vērā, 5 = ļoti svarīgi"


def compute(a: dict) -> dict:
    weights = {key: a[f"w_{key}"] for key, _ in CRITERIA}
    if sum(weights.values()) <= 0:
        raise ComputationError("Visu kritēriju svari ir 0: piešķiriet svaru vismaz vienam kritērijam.")
    rows = {}
    for row in a["candidates"]:
        name, n = row["name"], 2
        while name in rows:  # two rows with one name stay two candidates
            name, n = f"{row['name']} ({n})", n + 1
        rows[name] = row
    ranked = scoring.weighted_scores({n: {k: row[k] for k, _ in CRITERIA} for n, row in rows.items()}, weights)
    out = []
    for item in ranked:
        row = rows[item.name]
        followers = row["followers"]
        out.append({
            "name": item.name,
            "score": item.score,
            "place": item.place,
            "followers": followers,
            "engagement_rate": row["interactions"] / followers * 100 if followers else None,
            "micro": MICRO[0] <= followers <= MICRO[1],
            "weak": [label for key, label in CRITERIA if row[key] <= 2],
        })
    return {"ranking": out, "weights": weights, "shortlist": [c for c in out if not c["weak"]][:SHORTLIST]}


def view(a: dict, r: dict) -> list:
    ranking = r["ranking"]
    rows = [[c["place"], c["name"], c["followers"], c["engagement_rate"], "Jā" if c["micro"] else "Nē", c["score"],
             ", ".join(c["weak"]) or "—"] for c in ranking]
    if r["shortlist"]:
        lines = ["Sāciet sadarbību ar:"]
        lines += [f"{i}. {c['name']} — {fmt.number(c['score'], 1)} no 5" for i, c in enumerate(r["shortlist"], 1)]
    else:
        lines = ["Neviens kandidāts nav pietiekami stiprs visos kritērijos: meklējiet vēl."]
    lines += ["", "Dāvinot produktu:",
              "– izvēlieties darbu, kas der tieši šī ietekmētāja stilam;",
              "– pievienojiet ar roku rakstītu zīmīti un stāstu par materiāliem un procesu;",
              "– skaidri pasakiet, ka dalīties nav pienākums;",
              "– parūpējieties par iepakojumu, kuru gribas nofilmēt;",
              "– vienojieties par sadarbības marķējumu („reklāma” vai „sadarbība”) jau sākumā."]
    outside = [c["name"] for c in ranking if not c["micro"]]
    best = ranking[0]
    return [
        views.score_metric(f"Labākais kandidāts: {best['name']}", best["score"], 5),
        views.table("Kandidātu reitings", ["Vieta", "Kandidāts", "Sekotāji", "Iesaistes līmenis", "Mikroietekmētājs",
                                           "Vērtējums (no 5)", "Vājās vietas (1–2)"],
                    rows, ["integer", None, "integer", "percent", None, "number", None]),
        Chart("barh", "Kandidātu svērtais vērtējums", [c["name"] for c in ranking],
              {"Vērtējums": [c["score"] for c in ranking]}, xlabel="Vērtējums (1–5)"),
        Text("Jūsu izvēle un nākamie soļi", "\n".join(lines)),
        Check("Kandidāti ir mikroietekmētāji (5 000–50 000 sekotāju)", not outside,
              "Labi: mazāki konti parasti ir iesaistītāki." if not outside
              else "Ārpus šī loka: " + ", ".join(outside) + ". Rokasgrāmata iesaka mikroietekmētājus."),
        Check("Vērtību saskaņa ir svarīga", r["weights"]["values"] > 0 and r["weights"]["audience"] > 0,
              "Labi: vērtējat auditoriju un vērtības." if r["weights"]["values"] > 0 and r["weights"]["audience"] > 0
              else "Rokasgrāmata iesaka partnerus, kuru auditorija un vērtības sakrīt ar jūsējām."),
        Note("Iesaistes līmenis = reakcijas ierakstā ÷ sekotāji × 100 %. Tomēr svarīgāka par procentiem ir "
             "sarunu kvalitāte komentāros."),
        Note(SOURCE),
    ]


EXERCISE = Exercise(
    id="E43",
    title="Ietekmētāju izvēles karte",
    chapter=19,
    intro=(
        "Ierakstiet 2–10 ietekmētājus, ar kuriem apsverat sadarbību, un novērtējiet katru pēc rokasgrāmatas pieciem "
        "kritērijiem. Karte sarindo kandidātus, lai dāvanas un laiku ieguldītu tur, kur auditorija un vērtības "
        "sakrīt ar jūsējām."
    ),
    fields=[
        TableField("candidates", "Kandidāti", "Novērtējiet 1–5 pēc ierakstiem, komentāriem un auditorijas "
                   "statistikas.", columns=COLUMNS, min_rows=2, max_rows=10,
                   default=[dict(zip([c.name for c in COLUMNS], row)) for row in EXAMPLE]),
        *[IntegerField(f"w_{key}", f"Svars: {label.lower()}", WEIGHT_HELP, default="1", maximum=5)
          for key, label in CRITERIA],
    ],
    compute=compute,
    view=view,
)
