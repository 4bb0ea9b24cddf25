"""E60 Sezonalitāte un prognoze (chapter 28): 12–36 months of sales → seasonal profile, Q4 share, forecast."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Note
from ..calc import analytics, seasonality, stats
from ..csv_import import CsvColumn, sample_text
from ..exercise import ComputationError, Exercise
from ..fields import CsvField, PercentField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Pārdošanas datu analīze” (ceturtais ceturksnis — 30–40 % gada ieņēmumu; "
          "vēsturisko datu izmantošana prognozēšanā); izaugsme 15–30 % gadā — sadaļa „Izaugsmes plānošana”.")

COLUMNS = [
    CsvColumn("month", "Mēnesis", ("Menesis", "Periods", "Month"), number=False),
    CsvColumn("revenue", "Ieņēmumi", ("Apgrozījums", "Pārdošana", "Revenue", "Sales")),
]

METHODS = {
    "holt-winters": ("Holta-Vintersa eksponenciālā izlīdzināšana (statsmodels; sezonas periods 12 mēneši, "
                     "rimstoša tendence). Diapazons: 80 % intervāls pēc modeļa kļūdām, ne šaurāks par ±10 %."),
    "profile": ("Sezonālais profils × izaugsme: katrs mēnesis kā pirms gada, reizināts ar jūsu plānoto izaugsmi "
                "(Holta-Vintersa modelim vajag vismaz 24 mēnešus bez nullēm). Diapazons: ±15 %."),
}


def _label(year: int, month: int) -> str:
    return f"{year}-{month:02d}"


def compute(a: dict) -> dict:
    rows = a["data"]
    months = []
    for row in rows:
        parsed = analytics.parse_month(row["month"])
        if parsed is None:
            raise ComputationError(f"Mēnesi „{row['month'][:20]}” nevar nolasīt. Rakstiet, piemēram, 2024-01.")
        months.append(parsed)
    if not analytics.consecutive(months):
        raise ComputationError("Mēnešiem jāseko cits citam bez izlaidumiem, vecākais pirmais.")
    sales = [row["revenue"] for row in rows]
    last12 = sales[-12:]
    total = sum(last12)
    if total <= 0:
        raise ComputationError("Pēdējos 12 mēnešos ieņēmumi ir 0 €: sezonalitāti nevar aprēķināt.")
    calendar = [m for _, m in months[-12:]]
    by_month = {m: v for m, v in zip(calendar, last12)}
    profile = [by_month[m] / total * 100 for m in range(1, 13)]
    q4 = sum(profile[9:])
    fc = stats.forecast_year(sales, a["growth"])
    year, month = months[-1]
    future = []
    for _ in range(12):
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        future.append((year, month))
    next_total = sum(fc.values)
    return {
        "labels": [_label(*m) for m in months],
        "future": [_label(*m) for m in future],
        "sales": sales,
        "profile": profile,
        "q4_share": q4,
        "last_total": total,
        "forecast": fc,
        "next_total": next_total,
        "next_low": sum(fc.low),
        "next_high": sum(fc.high),
        "next_q4": sum(v for (_, m), v in zip(future, fc.values) if m >= 10),
        "growth_pct": (next_total - total) / total * 100,
        "peak": seasonality.MONTHS[max(range(12), key=lambda i: profile[i])],
    }


def view(a: dict, r: dict) -> list:
    fc = r["forecast"]
    nan = float("nan")
    labels = r["labels"] + r["future"]
    past, ahead = len(r["labels"]), len(r["future"])
    low_q4, high_q4 = seasonality.Q4_SHARE_RANGE
    return [
        views.percent_metric("Ceturtā ceturkšņa daļa", r["q4_share"], "Oktobris–decembris pēdējos 12 mēnešos."),
        views.money_metric("Nākamo 12 mēnešu prognoze", r["next_total"],
                           f"Diapazons {fmt.money(r['next_low'], 0)}–{fmt.money(r['next_high'], 0)}; "
                           f"pārmaiņa {fmt.percent(r['growth_pct'], 1)} pret pēdējiem 12 mēnešiem."),
        views.money_metric("Prognoze ceturtajam ceturksnim", r["next_q4"]),
        Note("Prognozes metode: " + METHODS[fc.method]),
        Chart("line", "Pārdošana un nākamā gada prognoze", labels,
              {"Faktiskie ieņēmumi": r["sales"] + [None] * ahead, "Prognoze": [None] * past + fc.values},
              xlabel="Mēnesis", ylabel="Ieņēmumi, €",
              options={"band": {"label": "Prognozes diapazons", "low": [nan] * past + fc.low,
                                "high": [nan] * past + fc.high}, "values": "last"}),
        Chart("bar", "Sezonālais profils: mēneša daļa gadā", seasonality.MONTHS_SHORT,
              {"Daļa, %": [round(v, 1) for v in r["profile"]]}, xlabel="Mēnesis", ylabel="%"),
        views.table("Prognoze pa mēnešiem", ["Mēnesis", "Prognoze", "No", "Līdz"],
                    [[m, v, lo, hi] for m, v, lo, hi in zip(r["future"], fc.values, fc.low, fc.high)],
                    [None, "money", "money", "money"]),
        Check("Ceturtais ceturksnis 30–40 % no gada", low_q4 <= r["q4_share"] <= high_q4,
              f"Jums {fmt.percent(r['q4_share'], 1)}; rokasgrāmata min 30–40 % amatniekiem ar svētku sezonu. "
              f"Spēcīgākais mēnesis: {r['peak'].lower()}."),
        Note("Sāciet ražošanu un materiālu iepirkumu laikus pirms spēcīgākajiem mēnešiem un salīdziniet faktisko "
             "pārdošanu ar prognozi katru mēnesi."),
        Note(SOURCE),
    ]


EXERCISE = Exercise(
    id="E60",
    title="Sezonalitāte un prognoze",
    chapter=28,
    intro=(
        "Ievadiet vai augšupielādējiet 12–36 mēnešu pārdošanas datus. Aprēķins parāda sezonālo profilu, ceturtā "
        "ceturkšņa daļu un nākamā gada prognozi ar diapazonu, lai jūs laikus plānotu ražošanu, krājumus un mārketingu."
    ),
    fields=[
        CsvField("data", "Mēneša pārdošana (CSV)",
                 "Kolonnas: Mēnesis (piemēram, 2024-01); Ieņēmumi. Citas kolonnas netiek ņemtas vērā. Fails līdz 5 MB.",
                 default=sample_text(), columns=COLUMNS, min_rows=12, max_rows=36),
        PercentField("growth", "Plānotā izaugsme gadā", "Izmanto, ja datu ir mazāk nekā 24 mēneši; rokasgrāmata: 15–30 %.",
                     default="15", minimum=-50, maximum=100, profile="growth_rate"),
    ],
    compute=compute,
    view=view,
)
