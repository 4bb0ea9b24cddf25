"""E28 Produkta izmaksu un cenas kalkulators (chapter 14)."""

from __future__ import annotations

import statistics

from .. import class_summary, fmt, views
from ..blocks import Chart, Check, Metric, Note
from ..calc import pricing
from ..exercise import ComputationError, Exercise
from ..fields import MoneyField, NumberField, PercentField, TextField

SOURCE = "Avots: rokasgrāmata, sadaļa „Cenas veidošanas stratēģijas”."


def compute(a: dict) -> dict:
    cost = pricing.cost_breakdown(a["materials"], a["hours"], a["hourly_rate"], a["overhead_pct"], a["waste_pct"])
    if cost.total <= 0:
        raise ComputationError("Izmaksas ir 0 €: ievadiet materiālu izmaksas vai darba stundas.")
    minimum = pricing.price_covering(cost.total, a["fee_pct"], a["fee_fixed"])
    retail = pricing.price_covering(cost.total * (1 + a["markup_pct"] / 100), a["fee_pct"], a["fee_fixed"])
    fees = pricing.fees_on(retail, a["fee_pct"], a["fee_fixed"])
    profit = retail - fees - cost.total
    return {
        "cost": cost,
        "unit_cost": cost.total,
        "minimum_price": minimum,
        "retail_price": retail,
        "charm_price": pricing.charm_price(retail),
        "fees": fees,
        "profit": profit,
        "margin_pct": (retail - fees - cost.total) / retail * 100 if retail else 0.0,
        "earnings_per_hour": (cost.labour + profit) / a["hours"] if a["hours"] else None,
    }


def view(a: dict, r: dict) -> list:
    cost = r["cost"]
    name = a["product"]
    rows = [
        ("Materiāli", cost.materials),
        ("Materiālu zudumi", cost.waste),
        ("Darbs", cost.labour),
        ("Pieskaitāmās izmaksas", cost.overhead),
        ("Platformas maksas", r["fees"]),
        ("Peļņa", r["profit"]),
    ]
    blocks = [
        views.money_metric("Minimālā cena (bez peļņas)", r["minimum_price"], "Zem šīs cenas jūs strādājat ar zaudējumiem."),
        views.money_metric("Ieteicamā mazumtirdzniecības cena", r["retail_price"], f"Ar {fmt.percent(a['markup_pct'], 0)} uzcenojumu."),
        views.money_metric("Psiholoģiskā cena", r["charm_price"], "Tuvākā cena, kas beidzas ar 9."),
        views.percent_metric("Peļņas marža", r["margin_pct"]),
    ]
    if r["earnings_per_hour"] is not None:
        blocks.append(views.money_metric("Jūsu ienākumi stundā (darbs + peļņa)", r["earnings_per_hour"]))
    blocks += [
        views.table(f"Cenas sastāvs: {name}", ["Daļa", "Summa", "Daļa no cenas"],
                    [(label, value, value / r["retail_price"] * 100) for label, value in rows],
                    [None, "money", "percent"]),
        Chart("barh", f"No kā sastāv cena {fmt.money(r['retail_price'])}", [label for label, _ in rows],
              {"€": [value for _, value in rows]}, xlabel="€"),
        Check("Stundas likme vismaz 15 €", a["hourly_rate"] >= 15,
              "Rokasgrāmata iesaka kvalificētam meistaram vismaz 15–25 € stundā." if a["hourly_rate"] < 15 else "Labi: jūsu darbs ir novērtēts."),
        Check("Pieskaitāmās izmaksas 10–20 %", 10 <= a["overhead_pct"] <= 20,
              "Parasti tās ir 10–20 % no materiāliem un darba."),
        Check("Materiālu zudumi 5–10 %", 5 <= a["waste_pct"] <= 10,
              "Parasti zudumi ir 5–10 % no materiālu izmaksām."),
        Note(SOURCE),
    ]
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {
        "product_name": a["product"],
        "unit_cost": round(r["unit_cost"], 2),
        "retail_price": round(r["retail_price"], 2),
        "hours_per_item": a["hours"],
        "hourly_rate": a["hourly_rate"],
    }


def class_view(values: list[dict]) -> list:
    """The class: the distribution of retail prices and of hourly rates (trainer's view, projector)."""
    results = class_summary.results_of(compute, values)
    prices = [r["retail_price"] for r in results]
    rates = class_summary.numbers(values, "hourly_rate")
    earned = [r["earnings_per_hour"] for r in results if r.get("earnings_per_hour") is not None]
    blocks: list = [class_summary.finished(values)]
    if prices:
        blocks.append(Metric("Mazumtirdzniecības cenas mediāna", fmt.money(statistics.median(prices))))
    if rates:
        blocks.append(Metric("Stundas likmes mediāna", fmt.money(statistics.median(rates))))
    table = class_summary.summary_table("Cenas un likmes klasē", [("Mazumtirdzniecības cena", prices, "money"),
                                                                  ("Stundas likme", rates, "money"),
                                                                  ("Nopelnīts stundā", earned, "money")])
    if table:
        blocks.append(table)
    if prices:
        blocks.append(class_summary.histogram(prices, "Mazumtirdzniecības cenas", "€"))
    if rates:
        blocks.append(class_summary.histogram(rates, "Stundas likmes", "€"))
    return blocks


EXERCISE = Exercise(
    id="E28",
    title="Produkta izmaksu un cenas kalkulators",
    chapter=14,
    intro=(
        "Saskaitiet, cik jums izmaksā viens izstrādājums: materiāli, darbs, pieskaitāmās izmaksas, "
        "zudumi un platformas maksas. Kalkulators parāda minimālo cenu un ieteicamo cenu ar peļņu."
    ),
    fields=[
        TextField("product", "Produkts", "Piemēram, „Māla krūze ar glazūru”.", default="Māla krūze", max_length=120),
        MoneyField("materials", "Materiālu izmaksas vienam izstrādājumam", "Visi materiāli, ieskaitot iepakojumu.", default="8,50", maximum=100_000),
        NumberField("hours", "Darba laiks vienam izstrādājumam", "Projektēšana, izgatavošana, apdare, iepakošana.", default="1,5", unit="h", maximum=1000),
        MoneyField("hourly_rate", "Stundas likme", "Rokasgrāmata iesaka vismaz 15–25 € stundā.", default="20", maximum=1000, profile="hourly_rate"),
        PercentField("overhead_pct", "Pieskaitāmās izmaksas", "Darbnīca, instrumenti, komunālie maksājumi: parasti 10–20 %.", default="15"),
        PercentField("waste_pct", "Materiālu zudumi", "Atgriezumi un brāķis: parasti 5–10 % no materiāliem.", default="7"),
        PercentField("fee_pct", "Platformas komisija", "Piemēram, Etsy: 6,5 % darījuma + 4 % maksājuma apstrāde = 10,5 %.", default="10,5", maximum=99),
        MoneyField("fee_fixed", "Fiksētā maksa par pārdošanu", "Piemēram, Etsy: 0,20 € sludinājums + 0,30 € apstrāde = 0,50 €.", default="0,50", maximum=1000),
        PercentField("markup_pct", "Uzcenojums (peļņa virs izmaksām)", "Cik procentu virs izmaksām vēlaties nopelnīt.", default="40", maximum=1000),
    ],
    compute=compute,
    view=view,
    class_view=class_view,
    profile_out=profile_out,
)
