"""E12 12 mēnešu naudas plūsma (chapter 6)."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note
from ..calc import cashflow, seasonality
from ..exercise import ComputationError, Exercise
from ..fields import MoneyField, PercentField, TableField, TextField

Q4_LOW, Q4_HIGH = seasonality.Q4_SHARE_RANGE  # the handbook: Q4 brings 30–40 % of the year
NOT_REACHED = "nav 12 mēnešu laikā"

COLUMNS = [
    TextField("month", "Mēnesis", default="", max_length=20, readonly=True),
    PercentField("share", "Daļa no gada pārdošanas", default="0", decimals=1),
    MoneyField("materials", "Materiāli un krājumi", default="0", maximum=10_000_000),
    MoneyField("fixed", "Pastāvīgās izmaksas", "Noma, komunālie, platformu abonementi, mārketings.", default="0",
               maximum=10_000_000),
]
# Shares: the handbook's Q4 = 35 % (middle of 30–40 %) spread by ``seasonality``; materials bought ahead of the
# season (summer and autumn), as the chapter advises; fixed costs an example.
_MATERIALS = [300, 300, 300, 300, 350, 300, 400, 600, 800, 900, 700, 300]
DEFAULT_ROWS = [
    {"month": m, "share": fmt.number(s, 1), "materials": str(_MATERIALS[i]), "fixed": "400"}
    for i, (m, s) in enumerate(zip(seasonality.MONTHS, seasonality.monthly_shares(35.0)))
]


def compute(a: dict) -> dict:
    rows = a["months"]
    if len(rows) != 12:
        raise ComputationError("Aizpildiet visus 12 mēnešus.")
    shares = [r["share"] for r in rows]
    if sum(shares) <= 0:
        raise ComputationError("Ierakstiet, kāda gada pārdošanas daļa krīt uz katru mēnesi (kopā 100 %).")
    sales = seasonality.spread(a["yearly_revenue"], shares)
    costs = [r["materials"] + r["fixed"] for r in rows]
    flow = cashflow.cash_flow(-a["startup"], sales, costs)
    return {
        "sales": sales,
        "costs": costs,
        "flow": flow,
        "shares_total": sum(shares),
        "q4": seasonality.q4_share(sales),
        "break_even": seasonality.MONTHS[flow.break_even] if flow.break_even is not None else None,
        "reserve": max(0.0, -flow.lowest),
        "yearly_costs": sum(costs),
        "stock_ahead": sum(r["materials"] for r in rows[6:10]) >= sum(r["materials"] for r in rows[10:]),
    }


def view(a: dict, r: dict) -> list:
    flow = r["flow"]
    months = seasonality.MONTHS
    rows = [(months[i], r["sales"][i], a["months"][i]["materials"], a["months"][i]["fixed"], flow.results[i],
             flow.balances[i]) for i in range(12)]
    marks = [(flow.break_even, "Atmaksājas")] if flow.break_even is not None else []
    q4_ok = Q4_LOW <= r["q4"] <= Q4_HIGH
    blocks = [
        Metric("Atmaksāšanās mēnesis", r["break_even"] or NOT_REACHED,
               "Mēnesis, no kura uzkrātais atlikums ir pozitīvs un tāds paliek."),
        views.money_metric("Atlikums gada beigās", flow.balances[-1]),
        views.money_metric("Zemākais atlikums", flow.lowest, f"{months[flow.lowest_month]}."),
        views.percent_metric("4. ceturkšņa daļa gada pārdošanā", r["q4"]),
        views.table("Naudas plūsma pa mēnešiem", ["Mēnesis", "Ieņēmumi", "Materiāli un krājumi", "Pastāvīgās izmaksas",
                                                  "Mēneša rezultāts", "Uzkrātais atlikums"],
                    rows, [None, "money", "money", "money", "money", "money"]),
        Chart("line", "Uzkrātais atlikums pa mēnešiem", seasonality.MONTHS_SHORT,
              {"Uzkrātais atlikums, €": flow.balances}, xlabel="Mēnesis", ylabel="€",
              options={"marks": marks, "hline": (0, "0 €")}),
        Chart("bar", "Ieņēmumi un izmaksas pa mēnešiem", seasonality.MONTHS_SHORT,
              {"Ieņēmumi": r["sales"], "Izmaksas": r["costs"]}, xlabel="Mēnesis", ylabel="€"),
        Check("Sākuma ieguldījums atpelnīts 12 mēnešos", r["break_even"] is not None,
              f"Atmaksājas: {r['break_even'].lower()}." if r["break_even"] else
              "Pārskatiet cenas, izmaksas vai plānoto pārdošanu; sastādiet arī piesardzīgo variantu."),
        Check("Atlikums nenokrīt zem sākuma ieguldījuma", flow.lowest >= -a["startup"],
              f"Zemākais atlikums {fmt.money(flow.lowest)} ({months[flow.lowest_month].lower()}): vajag rezervi "
              "vai finansējumu (31. nodaļa)." if flow.lowest < -a["startup"] else "Labi: ieņēmumi sedz mēneša izmaksas."),
        Check(f"4. ceturksnis dod {fmt.number(Q4_LOW, 0)}–{fmt.percent(Q4_HIGH, 0)} gada pārdošanas", q4_ok,
              "Tā ir tipiska amatnieka sezonalitāte." if q4_ok else
              f"Jūsu plānā {fmt.percent(r['q4'])}: pārbaudiet, vai svētku sezona nav novērtēta par augstu vai zemu."),
        Check("Krājumi iepirkti pirms sezonas", r["stock_ahead"],
              "Labi: materiāli iepirkti jūlijā–oktobrī." if r["stock_ahead"] else
              "Iepērciet materiālus jau vasarā vai rudenī, lai tie nepietrūktu pirms labākās sezonas."),
    ]
    if abs(r["shares_total"] - 100) > 0.5:
        blocks.append(Note(f"Mēnešu daļas kopā ir {fmt.percent(r['shares_total'])}: aprēķinā tās pārrēķinātas uz 100 %.",
                           "warning"))
    blocks.append(Note("Avoti: rokasgrāmata, sadaļa „Pārdošanas datu analīze” (4. ceturksnis 30–40 % gada ieņēmumu); "
                       "„E-komercijas uzņēmuma izveide: globāls ceļvedis”, sadaļa „1.4. Izveidojiet finanšu prognozes”. "
                       "Mēnešu sadalījums ceturkšņu iekšienē ir pieņēmums."))
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"yearly_revenue": round(sum(r["sales"]), 2), "monthly_costs": round(r["yearly_costs"] / 12, 2)}


EXERCISE = Exercise(
    id="E12",
    title="12 mēnešu naudas plūsma",
    chapter=6,
    intro=(
        "Ierakstiet sākuma ieguldījumu, plānotos gada ieņēmumus, to sadalījumu pa mēnešiem un mēneša izmaksas. "
        "Naudas plūsma parāda, kad ieguldījums atmaksājas un vai pirms svētku sezonas pietiks naudas materiāliem."
    ),
    fields=[
        MoneyField("startup", "Sākuma ieguldījums", "No E09: sāciet ar to kā negatīvu atlikumu.", default="3000",
                   maximum=10_000_000, profile="startup_budget"),
        MoneyField("yearly_revenue", "Plānotie ieņēmumi gadā", "No E01 ienākumu mērķa vai savs aprēķins.", default="18000",
                   maximum=100_000_000, profile="revenue_goal"),
        TableField("months", "Mēneši", "12 rindas: daļa no gada pārdošanas un izmaksas katram mēnesim.", columns=COLUMNS,
                   min_rows=12, max_rows=12, fixed_rows=True, default=DEFAULT_ROWS),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
