"""E10 Ieņēmumu plūsmu kombinācija (chapter 6)."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note
from ..exercise import ComputationError, Exercise
from ..fields import ChoiceField, MoneyField, TableField, TextField

# The handbook's five revenue streams (section "Finanšu plānošana", list "Ilgtspēja").
KINDS = ["Sava tīmekļa vietne", "Tirdzniecības platformas", "Pasūtījuma darbi", "Meistarklases", "Abonēšana vai biedri", "Cits"]
# Rule of thumb (not from the sources): more than half of the income from one stream is a concentration risk.
CONCENTRATION_PCT = 50.0
MIN_STREAMS = 2

COLUMNS = [
    TextField("stream", "Ieņēmumu plūsma", default="", max_length=80),
    ChoiceField("kind", "Veids", default=KINDS[0], options=KINDS),
    MoneyField("amount", "Plānotie ieņēmumi gadā", default="", maximum=10_000_000),
]
DEFAULT_ROWS = [
    {"stream": "Etsy veikals", "kind": KINDS[1], "amount": "7200"},
    {"stream": "Sava vietne", "kind": KINDS[0], "amount": "2400"},
    {"stream": "Individuāli pasūtījumi", "kind": KINDS[2], "amount": "1500"},
    {"stream": "Keramikas meistarklases", "kind": KINDS[3], "amount": "900"},
]


def compute(a: dict) -> dict:
    rows = [r for r in a["streams"] if r["amount"] > 0]
    total = sum(r["amount"] for r in rows)
    if total <= 0:
        raise ComputationError("Ierakstiet vismaz vienai plūsmai ieņēmumus, kas lielāki par 0 €.")
    shares = sorted(({**r, "share": r["amount"] / total * 100} for r in rows), key=lambda r: -r["share"])
    hhi = sum((r["share"] / 100) ** 2 for r in shares)  # Herfindahl index: 1 = a single stream
    kinds = sorted({r["kind"] for r in rows}, key=KINDS.index)
    return {
        "rows": shares,
        "total": total,
        "largest": shares[0],
        "hhi": hhi,
        "effective": 1 / hhi,
        "kinds": kinds,
        "risky": shares[0]["share"] > CONCENTRATION_PCT,
        "goal_gap": a["revenue_goal"] - total if a["revenue_goal"] else None,
    }


def view(a: dict, r: dict) -> list:
    big = r["largest"]
    blocks = [
        views.money_metric("Plānotie ieņēmumi gadā", r["total"]),
        views.percent_metric("Lielākās plūsmas daļa", big["share"], big["stream"]),
        Metric("Efektīvais plūsmu skaits", fmt.number(r["effective"], 1),
               "Cik vienādu plūsmu atbilst jūsu sadalījumam (1 / Herfindāla indekss)."),
        Chart("pie", "Ieņēmumu sadalījums pa plūsmām", [x["stream"] for x in r["rows"]], {"€": [x["amount"] for x in r["rows"]]}),
        views.table("Ieņēmumu plūsmas", ["Plūsma", "Veids", "Ieņēmumi gadā", "Daļa"],
                    [(x["stream"], x["kind"], x["amount"], x["share"]) for x in r["rows"]], [None, None, "money", "percent"]),
        Check(f"Neviena plūsma nedod vairāk par {fmt.percent(CONCENTRATION_PCT, 0)}", not r["risky"],
              f"Koncentrācijas risks: „{big['stream']}” dod {fmt.percent(big['share'])}. Ja mainās tās noteikumi vai maksas, "
              "tiek skarts viss bizness; attīstiet vēl kādu plūsmu." if r["risky"] else "Labi: ienākumi ir sadalīti."),
        Check(f"Vismaz {MIN_STREAMS} dažādi plūsmu veidi", len(r["kinds"]) >= MIN_STREAMS,
              "Sāciet ar vienu vai divām plūsmām un pievienojiet nākamo, kad pirmās darbojas stabili."
              if len(r["kinds"]) < MIN_STREAMS else "Labi: " + ", ".join(r["kinds"]).lower() + "."),
    ]
    if r["goal_gap"] is not None:
        ok = r["goal_gap"] <= 0
        blocks.append(Check("Plūsmas sasniedz gada ieņēmumu mērķi", ok,
                            f"Līdz mērķim {fmt.money(a['revenue_goal'])} trūkst {fmt.money(r['goal_gap'])}." if not ok
                            else f"Labi: mērķis {fmt.money(a['revenue_goal'])} ir sasniegts."))
    blocks.append(Note(f"Robeža {fmt.percent(CONCENTRATION_PCT, 0)} ir īkšķa likums, avotos tās nav. Plūsmu veidi: rokasgrāmata, "
                       "sadaļa „Finanšu plānošana”, saraksts „Ilgtspēja”."))
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"revenue_streams": [x["stream"] for x in r["rows"]]}


EXERCISE = Exercise(
    id="E10",
    title="Ieņēmumu plūsmu kombinācija",
    chapter=6,
    intro=(
        "Ierakstiet, cik plānojat gadā nopelnīt katrā ieņēmumu plūsmā. Jūs redzēsiet sadalījumu un to, vai neesat "
        "pārāk atkarīgs no vienas plūsmas: ja gandrīz viss nāk no vienas platformas, tās noteikumu maiņa skar visu biznesu."
    ),
    fields=[
        TableField("streams", "Ieņēmumu plūsmas", "Viena rinda katrai plūsmai.", columns=COLUMNS, min_rows=1, max_rows=10,
                   default=DEFAULT_ROWS),
        MoneyField("revenue_goal", "Gada ieņēmumu mērķis", "No E01; atstājiet tukšu, ja mērķa nav.", default="12000",
                   required=False, maximum=10_000_000, profile="revenue_goal"),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
