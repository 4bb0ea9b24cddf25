"""E59 KPI panelis (chapter 28): monthly data (CSV upload or typed) → 5–7 KPIs with trends."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note
from ..calc import analytics
from ..csv_import import CsvColumn, sample_text
from ..exercise import ComputationError, Exercise
from ..fields import CsvField, MoneyField

SOURCE = ("Avots: rokasgrāmata, sadaļas „Analīze un optimizēšana” (5–7 galvenie rādītāji) un „Pārdošanas datu "
          "analīze” (bruto peļņas marža, konversijas un atgriešanas likme); formulas — standarta definīcijas.")

COLUMNS = [
    CsvColumn("month", "Mēnesis", ("Mēnesis", "Menesis", "Periods", "Month"), number=False),
    CsvColumn("visitors", "Apmeklētāji", ("Apmeklējumi", "Sesijas", "Visitors", "Sessions"), whole=True),
    CsvColumn("orders", "Pasūtījumi", ("Pirkumi", "Orders"), whole=True),
    CsvColumn("revenue", "Ieņēmumi", ("Apgrozījums", "Pārdošana", "Revenue", "Sales"), ),
    CsvColumn("cost", "Izmaksas", ("Pašizmaksa", "Materiāli", "Cost", "COGS"), required=False),
    CsvColumn("returns", "Atgriezti pasūtījumi", ("Atgriezumi", "Atgrieztie", "Returns"), required=False, whole=True),
    CsvColumn("repeat", "Atkārtoti pircēji", ("Atkārtoti pasūtījumi", "Atkārtotie pircēji", "Repeat"), required=False,
              whole=True),
]

_ARROWS = {True: "↑ aug", False: "↓ krītas", None: "→ stabils"}


def _show(kind: str, value: float | None) -> str:
    if value is None:
        return "—"
    return views.cell(value, kind)


def compute(a: dict) -> dict:
    rows = a["data"]
    if len(rows) < 2:
        raise ComputationError("Ievadiet vismaz 2 mēnešu datus, lai redzētu tendences.")
    if not any(r.get("orders") for r in rows):
        raise ComputationError("Visos mēnešos ir 0 pasūtījumu: bez pasūtījumiem rādītājus nevar aprēķināt.")
    kpis = analytics.monthly_kpis(rows)
    summary = []
    for k in kpis:
        known = [v for v in k.values if v is not None]
        trend = analytics.trend_pct(k.values)
        trend = None if trend is None else round(trend, 1) + 0.0  # no "-0 %"
        direction = None if trend is None or abs(trend) < 1 else trend > 0
        good = None if direction is None else direction == k.higher_is_better
        summary.append({"kpi": k, "last": k.values[-1], "average": sum(known) / len(known) if known else None,
                        "trend": trend, "direction": direction, "good": good})
    revenue = sum(r["revenue"] for r in rows)
    orders = sum(r["orders"] for r in rows)
    visitors = sum(r["visitors"] for r in rows)
    return {
        "kpis": summary,
        "months": [r["month"] for r in rows],
        "revenue": revenue,
        "orders": orders,
        "aov": revenue / orders if orders else None,
        "conversion": orders / visitors * 100 if visitors else None,
        "count": len(kpis),
    }


def view(a: dict, r: dict) -> list:
    by_name = {s["kpi"].name: s for s in r["kpis"]}
    blocks = [
        views.money_metric("Ieņēmumi visā periodā", r["revenue"], f"Periods: {r['months'][0]}–{r['months'][-1]}."),
        Metric("Pasūtījumi kopā", fmt.integer(r["orders"])),
    ]
    if r["aov"] is not None:
        blocks.append(views.money_metric("Vidējā pasūtījuma vērtība", r["aov"], "Ieņēmumi ÷ pasūtījumi visā periodā."))
    if r["conversion"] is not None:
        blocks.append(views.percent_metric("Konversijas likme", r["conversion"], "Pasūtījumi ÷ apmeklētāji visā periodā."))
    rows = [[s["kpi"].name, _show(s["kpi"].kind, s["last"]), _show(s["kpi"].kind, s["average"]),
             _ARROWS[s["direction"]] + ("" if s["trend"] is None else f" ({fmt.percent(s['trend'], 1)} mēnesī)")]
            for s in r["kpis"]]
    blocks.append(views.table(f"KPI panelis: pēdējais mēnesis ({r['months'][-1]}) un vidēji", ["Rādītājs", "Pēdējais mēnesis",
                              "Vidēji mēnesī", "Tendence (pēdējie 12 mēneši)"], rows, [None, None, None, None]))
    labels = r["months"]
    blocks.append(Chart("line", "Ieņēmumi pa mēnešiem", labels, {"Ieņēmumi": by_name["Ieņēmumi"]["kpi"].values},
                        xlabel="Mēnesis", ylabel="Ieņēmumi, €"))
    percent_series = {s["kpi"].name: [None if v is None else round(v, 2) for v in s["kpi"].values]
                      for s in r["kpis"] if s["kpi"].kind == "percent"}
    if percent_series:
        blocks.append(Chart("line", "Likmes pa mēnešiem", labels, percent_series, xlabel="Mēnesis", ylabel="%"))
    bad = [s["kpi"].name.lower() for s in r["kpis"] if s["good"] is False]
    blocks.append(Check("Visi rādītāji attīstās vēlamajā virzienā", not bad,
                        "Pievērsiet uzmanību: " + ", ".join(bad) + "." if bad else "Neviens rādītājs nepasliktinās."))
    blocks.append(Check("5–7 galvenie rādītāji", analytics.KPI_RANGE[0] <= r["count"] <= analytics.KPI_RANGE[1],
                        f"Panelī ir {r['count']} rādītāji." + ("" if r["count"] >= 5 else
                        " Pievienojiet kolonnas „Izmaksas”, „Atgriezti pasūtījumi” vai „Atkārtoti pircēji”.")))
    target = a.get("target_aov") or 0
    if target and r["aov"] is not None:
        diff = (r["aov"] - target) / target * 100
        blocks.append(Check("Vidējā pasūtījuma vērtība sasniedz plānoto", r["aov"] >= target,
                            f"Plānots {fmt.money(target)}, faktiski {fmt.money(r['aov'])} ({fmt.percent(diff, 1)})."))
    blocks.append(Note("Datus var ierakstīt vai ielīmēt laukā, vai augšupielādēt CSV failu no izklājlapas: pirmajā "
                       "rindā kolonnu nosaukumi, tālāk pa rindai katram mēnesim, atdalot ar semikolu (;)."))
    blocks.append(Note(SOURCE))
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"conversion_rate": round(r["conversion"], 2)} if r["conversion"] is not None else {}


EXERCISE = Exercise(
    id="E59",
    title="KPI panelis",
    chapter=28,
    intro=(
        "Ievadiet vai augšupielādējiet (CSV) savus mēneša datus: apmeklētājus, pasūtījumus, ieņēmumus un, ja varat, "
        "izmaksas, atgriezumus un atkārtotos pircējus. Panelis parāda 5–7 galvenos rādītājus un to tendences, lai jūs "
        "laikus redzētu, kas uzlabojas un kam jāpievērš uzmanība."
    ),
    fields=[
        CsvField("data", "Mēneša dati (CSV)",
                 "Kolonnas: Mēnesis; Apmeklētāji; Pasūtījumi; Ieņēmumi; pēc izvēles Izmaksas; Atgriezti pasūtījumi; "
                 "Atkārtoti pircēji. Fails līdz 5 MB; der izklājlapas eksports ar semikolu un komatu decimāldaļās.",
                 default=sample_text(), columns=COLUMNS, min_rows=1, max_rows=60),
        MoneyField("target_aov", "Plānotā vidējā pasūtījuma vērtība", "Ja esat to aprēķinājis, salīdzināsim ar faktisko.",
                   default="", required=False, maximum=100_000, profile="avg_order_value"),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
