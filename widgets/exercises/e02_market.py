"""E02 Vietējais vai globālais tirgus (chapter 2)."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Note, Text
from ..calc import scoring
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, TableField, TextField

LOCAL, GLOBAL, BOTH = "Vietējais", "Globālais", "Abi"
# Each question runs from the local pole (1) to the global pole (5): the handbook's comparison of
# local and global buyers and its four questions, section "Vietējais un globālais tirgus".
QUESTIONS = [
    ("Saikne ar vietu", "1 = cieši saistīti ar novada tradīcijām, 5 = uzrunā pircējus jebkurā valstī", "2", "4"),
    ("Piegāde", "1 = smagi, lieli vai trausli, 5 = viegli un lēti nosūtāmi", "4", "5"),
    ("Svešvalodas", "1 = sarakstos tikai latviski, 5 = brīvi sarakstos angļu vai citā valodā", "4", "3"),
    ("Laiks klātienes tirgiem", "1 = daudz laika gadatirgiem un pasākumiem, 5 = gandrīz nav laika", "3", "3"),
    ("Ko uzsverat mārketingā", "1 = kopienu, tradīciju, darbnīcas apmeklējumu, 5 = izcelsmes stāstu un unikālu dizainu", "4", "3"),
    ("Apjoms un sezona", "1 = pietiek ar vietējo pieprasījumu, 5 = gribu pārdot vairāk un izlīdzināt sezonu", "4", "4"),
]
TIE = 0.5  # scores closer than half a point (on the 1–5 scale) recommend both markets (our rule of thumb)

COLUMNS = [
    TextField("criterion", "Jautājums", default="", max_length=60, readonly=True),
    TextField("scale", "Skala", default="", max_length=120, readonly=True, required=False),
    IntegerField("answer", "Jūsu vērtējums (1–5)", default="3", minimum=1, maximum=5),
    IntegerField("weight", "Svarīgums (0–5)", default="3", minimum=0, maximum=5),
]
DEFAULT_ROWS = [{"criterion": c, "scale": s, "answer": a, "weight": w} for c, s, a, w in QUESTIONS]


def compute(a: dict) -> dict:
    rows = a["answers"]
    scores = {
        LOCAL: {row["criterion"]: 6 - row["answer"] for row in rows},
        GLOBAL: {row["criterion"]: row["answer"] for row in rows},
    }
    weights = {row["criterion"]: row["weight"] for row in rows}
    try:
        ranked = scoring.weighted_scores(scores, weights)
    except ValueError:
        raise ComputationError("Visiem jautājumiem svarīgums ir 0: novērtējiet, kas jums ir svarīgs.") from None
    by_name = {x.name: x.score for x in ranked}
    gap = by_name[GLOBAL] - by_name[LOCAL]
    market = BOTH if abs(gap) < TIE else (GLOBAL if gap > 0 else LOCAL)
    weighted = [row for row in rows if row["weight"] > 0]
    towards_global = [r["criterion"] for r in weighted if r["answer"] >= 4]
    towards_local = [r["criterion"] for r in weighted if r["answer"] <= 2]
    return {"local": by_name[LOCAL], "global": by_name[GLOBAL], "gap": gap, "market": market,
            "towards_global": towards_global, "towards_local": towards_local}


ADVICE = {
    LOCAL: "Koncentrējieties uz vietējo tirgu: gadatirgi, vietējie veikali, pasākumi un sava vietne. "
           "Mārketingā uzsveriet kopienu, tradīciju un iespēju atbraukt uz darbnīcu.",
    GLOBAL: "Koncentrējieties uz globālo tirgu: starptautiskas tirgus platformas, sociālie mediji un sava vietne. "
            "Mārketingā stāstiet par vietu un materiāliem, sagatavojieties starptautiskai piegādei un muitai.",
    BOTH: "Jums der abu tirgu apvienojums: vietējais tirgus dod tiešas atsauksmes un stabilus pircējus, "
          "bet globālais palīdz pārdot vairāk un izlīdzināt sezonas svārstības.",
}


def view(a: dict, r: dict) -> list:
    reasons = []
    if r["towards_local"]:
        reasons.append("Uz vietējo tirgu velk: " + ", ".join(r["towards_local"]).lower() + ".")
    if r["towards_global"]:
        reasons.append("Uz globālo tirgu velk: " + ", ".join(r["towards_global"]).lower() + ".")
    return [
        views.score_metric("Vietējā tirgus piemērotība", r["local"], 5),
        views.score_metric("Globālā tirgus piemērotība", r["global"], 5),
        Text(f"Ieteikums: {r['market'].lower()} tirgus" if r["market"] != BOTH else "Ieteikums: abi tirgi",
             ADVICE[r["market"]] + ("\n\n" + "\n".join(reasons) if reasons else "")),
        Chart("barh", "Kuram tirgum jūs esat gatavāks", [LOCAL, GLOBAL], {"Vērtējums": [r["local"], r["global"]]},
              xlabel="Vērtējums (1–5)"),
        views.table("Jūsu atbildes", ["Jautājums", "Vērtējums", "Svarīgums"],
                    [(row["criterion"], row["answer"], row["weight"]) for row in a["answers"]],
                    [None, "integer", "integer"]),
        Check("Globālajam tirgum produktu var nosūtīt", not (r["market"] != LOCAL and _answer(a, "Piegāde") <= 2),
              "Trausliem vai smagiem darinājumiem vispirms izrēķiniet piegādi un iepakojumu (22. nodaļa)."
              if r["market"] != LOCAL and _answer(a, "Piegāde") <= 2 else "Labi."),
        Note(f"Ja vērtējumi atšķiras mazāk par {fmt.number(TIE, 1)} punktu, ieteikums ir abi tirgi (mūsu īkšķa likums). "
             "Avots: rokasgrāmata, sadaļa „Amatnieki un e-komercija”."),
    ]


def _answer(a: dict, criterion: str) -> int:
    return next((row["answer"] for row in a["answers"] if row["criterion"] == criterion), 3)


def profile_out(a: dict, r: dict) -> dict:
    return {"target_market": r["market"]}


EXERCISE = Exercise(
    id="E02",
    title="Vietējais vai globālais tirgus",
    chapter=2,
    intro=(
        "Novērtējiet katru jautājumu no 1 (vietējā tirgus puse) līdz 5 (globālā tirgus puse) un norādiet, cik tas jums svarīgs. "
        "Ieteikums palīdz izvēlēties, kur meklēt pircējus un ko uzsvērt mārketingā, pirms ieguldāt laiku un naudu."
    ),
    fields=[
        TableField("answers", "Jautājumi", "Viena rinda katram jautājumam.", columns=COLUMNS, min_rows=len(QUESTIONS),
                   max_rows=len(QUESTIONS), fixed_rows=True, default=DEFAULT_ROWS),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
