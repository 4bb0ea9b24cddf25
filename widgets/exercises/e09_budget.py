"""E09 Sākuma investīciju budžets (chapter 6)."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Note
from ..exercise import Exercise
from ..fields import ChoiceField, MoneyField, TableField, TextField

# The handbook's start-up cost categories and ranges (section "Finanšu plānošana",
# "Sākotnējais ieguldījums"); the whole start usually costs 2 000–5 000 €.
HANDBOOK_RANGES = {
    "Tīmekļa vietnes izveide un mitināšana": (150, 300),
    "Fotografēšanas aprīkojums": (300, 800),
    "Sākotnējie materiāli un krājumi": (200, 600),
    "Iepakojuma piederumi": (200, 500),
    "Mārketings un zīmola veidošana": (300, 800),
    "Juridiskie pakalpojumi un administratīvās nodevas": (350, 1000),
    "Darbnīcas uzlabojumi": (500, 1500),
}
TYPICAL_TOTAL = (2000, 5000)
NOW, LATER = "Vajag tagad", "Var atlikt"

COLUMNS = [
    TextField("category", "Izmaksu pozīcija", default="", max_length=80),
    MoneyField("amount", "Summa", default="", maximum=1_000_000),
    ChoiceField("when", "Kad", default=NOW, options=[NOW, LATER]),
]
DEFAULT_ROWS = [
    {"category": name, "amount": str(round((low + high) / 2)), "when": NOW if name != "Darbnīcas uzlabojumi" else LATER}
    for name, (low, high) in HANDBOOK_RANGES.items()
]


def compute(a: dict) -> dict:
    rows = a["items"]
    total = sum(r["amount"] for r in rows)
    now = sum(r["amount"] for r in rows if r["when"] == NOW)
    compared = []
    for r in rows:
        low, high = HANDBOOK_RANGES.get(r["category"], (None, None))
        if low is None:
            verdict = "savs"
        elif r["amount"] < low:
            verdict = "zem diapazona"
        elif r["amount"] > high:
            verdict = "virs diapazona"
        else:
            verdict = "diapazonā"
        compared.append({**r, "low": low, "high": high, "verdict": verdict})
    return {
        "rows": compared,
        "total": total,
        "now": now,
        "later": total - now,
        "gap": max(0.0, now - a["savings"]),
    }


def view(a: dict, r: dict) -> list:
    low, high = TYPICAL_TOTAL
    in_range = low <= r["total"] <= high
    rows = [
        [x["category"], x["amount"], f"{fmt.integer(x['low'])}–{fmt.integer(x['high'])} €" if x["low"] is not None else "—",
         x["verdict"], x["when"]]
        for x in r["rows"]
    ]
    return [
        views.money_metric("Kopējais sākuma budžets", r["total"]),
        views.money_metric("Vajag tagad", r["now"]),
        views.money_metric("Var atlikt", r["later"]),
        views.money_metric("Trūkst līdzekļu tūlītējiem izdevumiem", r["gap"],
                           f"Jums ir {fmt.money(a['savings'])}."),
        views.table("Budžets pa pozīcijām", ["Pozīcija", "Summa", "Rokasgrāmatas diapazons", "Salīdzinājums", "Kad"],
                    rows, [None, "money", None, None, None]),
        Chart("stacked", "Budžets pa pozīcijām", [x["category"] for x in r["rows"]],
              {NOW: [x["amount"] if x["when"] == NOW else 0 for x in r["rows"]],
               LATER: [x["amount"] if x["when"] == LATER else 0 for x in r["rows"]]}, ylabel="€"),
        Check("Kopsumma tipiskajā diapazonā 2 000–5 000 €", in_range,
              "Jūsu budžets atbilst tipiskajam sākumam." if in_range else
              ("Budžets ir zem tipiskā: pārbaudiet, vai nekas nav aizmirsts." if r["total"] < low else
               "Budžets ir virs tipiskā: atzīmējiet, ko var atlikt.")),
        Note("Diapazoni: rokasgrāmata, sadaļa „Finanšu plānošana” (sākotnējais ieguldījums). Rokasgrāmatas tabulā "
             "diapazoni nav viennozīmīgi piesaistīti pozīcijām; šeit tie ņemti tādā secībā kā 6. nodaļā."),
    ]


def profile_out(a: dict, r: dict) -> dict:
    return {"startup_budget": round(r["total"], 2), "startup_now": round(r["now"], 2)}


EXERCISE = Exercise(
    id="E09",
    title="Sākuma investīciju budžets",
    chapter=6,
    intro=(
        "Ierakstiet, cik plānojat tērēt katrai sākuma izmaksu pozīcijai, un atzīmējiet, kas vajadzīgs tūlīt un ko var atlikt. "
        "Budžets tiks salīdzināts ar rokasgrāmatas diapazoniem."
    ),
    fields=[
        TableField("items", "Izmaksu pozīcijas", "Varat mainīt summas, pievienot savas pozīcijas vai dzēst liekās.",
                   columns=COLUMNS, min_rows=1, max_rows=20, default=DEFAULT_ROWS),
        MoneyField("savings", "Pieejamie līdzekļi tagad", "Uzkrājumi vai finansējums, ko varat ieguldīt tūlīt.", default="2500", maximum=10_000_000),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
