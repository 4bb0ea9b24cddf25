"""E64 Izaugsmes plāns (chapter 30): current revenue, growth 15–30 % → 3-year plan, hiring/outsourcing triggers."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc import growth
from ..exercise import ComputationError, Exercise
from ..fields import MoneyField, NumberField, PercentField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Izaugsmes plānošana” (ieņēmumu pieaugums 15–30 % gadā, rezerve 15–20 %) un "
          "sadaļa „Izaugsmes ceļi” (palīgs vispirms uz nepilnu slodzi, ārpakalpojumu iespējas). Robežas 8 un 20 stundas "
          "nedēļā ir šīs darba burtnīcas pieņēmums.")

ACTIONS = {
    "pietiek": "Pietiek ar jūsu laiku",
    "ārpakalpojums": "Ārpakalpojums (sagatavošana, apdare, iepakojums vai administrēšana)",
    "nepilna slodze": "Palīgs uz nepilnu slodzi",
    "pilna slodze": "Palīgs uz pilnu slodzi vai vairāki palīgi",
}
YEARS = ["Šogad", "1. gads", "2. gads", "3. gads"]


def compute(a: dict) -> dict:
    if a["price"] <= 0:
        raise ComputationError("Vidējā darba cena ir 0 €: ierakstiet, par cik vidēji pārdodat vienu darbu.")
    rows = growth.plan(a["revenue"], a["growth"], a["price"], a["hours_per_item"], a["hours_per_week"], a["weeks"],
                       a["buffer"])
    first = next((r for r in rows if r.action != "pietiek"), None)
    return {"rows": rows, "first_trigger": first, "final": rows[-1]}


def view(a: dict, r: dict) -> list:
    rows = r["rows"]
    low, high = growth.GROWTH_RANGE
    available = a["hours_per_week"] * a["weeks"]
    table_rows = [[YEARS[p.year], p.revenue, p.items, p.hours, p.short_per_week if p.short_per_week > 0 else 0,
                   ACTIONS[p.action]] for p in rows]
    first = r["first_trigger"]
    if first is None:
        plan = (f"Ar {fmt.percent(a['growth'], 0)} izaugsmi gadā trīs gadu laikā jūsu {fmt.integer(available)} ražošanas "
                "stundas gadā pietiek, ieskaitot rezervi. Pārskatiet plānu katru gadu pēc faktiskajiem skaitļiem.")
    else:
        plan = (f"{YEARS[first.year]}: ražošanai ar rezervi vajadzēs {fmt.integer(first.hours)} stundas gadā, bet jums ir "
                f"{fmt.integer(available)} — trūks ap {fmt.number(first.short_per_week, 1)} stundu nedēļā. "
                f"Ieteikums: {ACTIONS[first.action].lower()}.")
        if first.action == "ārpakalpojums":
            plan += " Vispirms uzticiet citiem posmus, kas nav jūsu meistarības kodols."
        else:
            plan += (" Sāciet ar nepilnu slodzi un elastīgu grafiku; iepriekš aprakstiet procesus un kvalitātes "
                     "standartus, lai palīgu varētu apmācīt.")
        later = [p for p in rows if p.year > first.year and p.action != first.action]
        if later:
            plan += " Vēlāk: " + "; ".join(f"{YEARS[p.year]} — {ACTIONS[p.action].lower()}" for p in later) + "."
    final = r["final"]
    return [
        views.money_metric("Ieņēmumi 3. gadā", final.revenue,
                           f"{fmt.percent(a['growth'], 0)} gadā no {fmt.money(a['revenue'], 0)}."),
        Metric("Darbi 3. gadā", fmt.integer(final.items), f"Ar vidējo cenu {fmt.money(a['price'])}."),
        Metric("Pirmais brīdis rīkoties", YEARS[first.year] if first else "Trīs gados nav vajadzīgs",
               ACTIONS[first.action] if first else "Jūsu laiks pietiek."),
        views.table("Trīs gadu izaugsmes plāns", ["Gads", "Ieņēmumi", "Darbi", "Stundas ar rezervi",
                                                  "Trūkst stundu nedēļā", "Rīcība"],
                    table_rows, [None, "money", "integer", "integer", "number", None]),
        Chart("line", "Vajadzīgās ražošanas stundas gadā", YEARS, {"Stundas ar rezervi": [round(p.hours) for p in rows]},
              xlabel="Gads", ylabel="Stundas", options={"hline": (available, "Jūsu pieejamās stundas")}),
        Text("Izaugsmes plāns", plan),
        Check("Izaugsme 15–30 % gadā", low <= a["growth"] <= high,
              "Rokasgrāmata iesaka pakāpenisku izaugsmi: esošam amatniecības uzņēmumam parasti 15–30 % gadā."),
        Note(SOURCE),
    ]


def profile_out(a: dict, r: dict) -> dict:
    return {"growth_rate": a["growth"]}


EXERCISE = Exercise(
    id="E64",
    title="Izaugsmes plāns",
    chapter=30,
    intro=(
        "Ierakstiet šā gada ieņēmumus un izvēlieties izaugsmi gadā (rokasgrāmata iesaka 15–30 %). Plāns parāda ieņēmumus "
        "trīs gadiem, cik ražošanas stundu tie prasīs un kad vajadzēs ārpakalpojumu vai palīgu, lai izaugsme nepārsniegtu "
        "jūsu spēkus."
    ),
    fields=[
        MoneyField("revenue", "Šā gada ieņēmumi", "Viss gads; var ņemt no naudas plūsmas plāna.", default="20000",
                   minimum=1, maximum=100_000_000, profile="yearly_revenue"),
        PercentField("growth", "Izaugsme gadā", "Rokasgrāmata: 15–30 % gadā esošam uzņēmumam.", default="15", maximum=200),
        MoneyField("price", "Vidējā viena darba cena", default="41", maximum=100_000, profile="retail_price"),
        NumberField("hours_per_item", "Darba stundas vienam darbam", default="1,5", unit="h", maximum=1000,
                    profile="hours_per_item"),
        NumberField("hours_per_week", "Jūsu ražošanas stundas nedēļā", "Tikai ražošanai, bez administrēšanas un mārketinga.",
                    default="30", unit="h", maximum=168, profile="hours_per_week"),
        NumberField("weeks", "Darba nedēļas gadā", "Bez atvaļinājuma un svētkiem.", default="46", unit="ned.", minimum=1,
                    maximum=52, decimals=0),
        PercentField("buffer", "Jaudas rezerve", "Rokasgrāmata: 15–20 %.", default="20", maximum=100),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
