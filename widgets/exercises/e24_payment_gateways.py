"""E24 Maksājumu vārteju izmaksas (chapter 12): monthly fees per payment gateway."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Note, Text
from ..calc import platform_fees
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, MoneyField, PercentField, TableField, TextField

SOURCE = "Avots: rokasgrāmata, sadaļa „Drošas maksājumu iespējas” (vārteju salīdzinājuma tabula)."

COLUMNS = [
    TextField("name", "Vārteja", default="", max_length=60),
    PercentField("pct", "Procentu maksa", "Procenti no pasūtījuma.", default="", decimals=2, required=False),
    MoneyField("fixed", "Fiksētā maksa", "Par katru pasūtījumu.", default="", maximum=100, required=False),
    MoneyField("monthly", "Mēneša maksa", default="", maximum=10_000, required=False),
]


def _pct(value: float | None) -> str:
    return "" if value is None else fmt.plain(fmt.number(value, 2)).replace(" ", "")


DEFAULT_ROWS = [
    {"name": name, "pct": _pct(pct), "fixed": fmt.plain(fmt.number(fixed, 2)), "monthly": "0"}
    for name, pct, fixed in platform_fees.GATEWAYS
]


def compute(a: dict) -> dict:
    order, count = a["avg_order"], a["orders"]
    if order <= 0:
        raise ComputationError("Vidējā pasūtījuma vērtība ir 0 €: ievadiet, cik vidēji maksā viens pasūtījums.")
    gateways = []
    for row in a["gateways"]:
        per_order = round(platform_fees.fee(order, row["pct"], row["fixed"]), 6)  # 1,655 € stays 1,655 (float noise)
        month = round(per_order * count + row["monthly"], 6)
        name = row["name"] or "Vārteja"
        # Adyen without the card scheme's fee (the handbook does not give it) is not a full price: not ranked
        incomplete = name.lower().startswith("adyen") and not row["pct"]
        gateways.append({"name": name, "per_order": per_order, "month": month, "year": month * 12,
                         "share": month / (order * count) * 100 if count else 0.0, "incomplete": incomplete})
    ranked = sorted([g for g in gateways if not g["incomplete"]] or gateways, key=lambda g: g["month"])
    return {"gateways": gateways, "cheapest": ranked[0], "dearest": ranked[-1], "turnover": order * count}


def view(a: dict, r: dict) -> list:
    gs, cheap, dear = r["gateways"], r["cheapest"], r["dearest"]
    rows = [(g["name"] + (" (bez shēmas maksas)" if g["incomplete"] else ""), g["per_order"], g["month"], g["year"],
             g["share"]) for g in gs]
    text = (f"Pie vidējā pasūtījuma {fmt.money(a['avg_order'])} un {fmt.integer(a['orders'])} pasūtījumiem mēnesī "
            f"lētākā ir „{cheap['name']}” ({fmt.money(cheap['month'])} mēnesī).")
    if dear["month"] > cheap["month"]:
        diff = dear["month"] - cheap["month"]
        text += (f" Starpība ar dārgāko, „{dear['name']}”, ir {fmt.money(diff)} mēnesī jeb {fmt.money(diff * 12)} gadā.")
    text += (" Tomēr pircēji grib maksāt sev ierastā veidā, tāpēc bieži izdevīgi piedāvāt divas vai trīs iespējas, "
             "nevis tikai lētāko.")
    blocks = [
        views.money_metric(f"Lētākā: {cheap['name']}", cheap["month"], f"Mēnesī; {fmt.money(cheap['year'])} gadā."),
        views.money_metric("Apgrozījums mēnesī", r["turnover"]),
        views.table("Maksājumu vārteju maksas", ["Vārteja", "Par vienu pasūtījumu", "Mēnesī", "Gadā", "Daļa no apgrozījuma"],
                    rows, [None, "money", "money", "money", "percent"]),
        Chart("barh", "Maksājumu maksas mēnesī", [g["name"] for g in gs], {"€": [g["month"] for g in gs]}, xlabel="€"),
        Text("Secinājums", text),
    ]
    if any(g["incomplete"] for g in gs):
        blocks.append(Note("Adyen summā ir tikai 0,10 € par darījumu: karšu shēmas maksu rokasgrāmata nenorāda, tāpēc "
                           "Adyen netiek salīdzināta. Ierakstiet shēmas maksu procentu ailē no Adyen aktuālā cenrāža.",
                           "warning"))
    blocks += [
        Note("Vārteju cenas atkarīgas no valsts, kartes veida un apjoma, un tās mainās: pirms līguma pārbaudiet "
             "pakalpojuma sniedzēja aktuālo cenrādi."),
        Note(SOURCE),
    ]
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"avg_order_value": a["avg_order"], "orders_per_month": a["orders"]}


EXERCISE = Exercise(
    id="E24",
    title="Maksājumu vārteju izmaksas",
    chapter=12,
    intro=(
        "Ievadiet vidējo pasūtījuma vērtību un pasūtījumu skaitu mēnesī un salīdziniet, cik katra maksājumu vārteja "
        "paņems mēnesī un gadā. Pie lieliem apjomiem pat dažu procentu desmitdaļu starpība kļūst par simtiem eiro."
    ),
    fields=[
        MoneyField("avg_order", "Vidējā pasūtījuma vērtība", "Cik vidēji pircējs samaksā par vienu pasūtījumu.",
                   default="45", maximum=100_000, profile="avg_order_value"),
        IntegerField("orders", "Pasūtījumi mēnesī", default="20", unit="gab.", maximum=1_000_000,
                     profile="orders_per_month"),
        TableField("gateways", "Maksājumu vārtejas",
                   "Rokasgrāmatas likmes: Stripe 1,4 % + 0,25 €, PayPal 2,9 % + 0,35 €, Klarna 2,49 % + 0,20 €, "
                   "Adyen 0,10 € + karšu shēmas maksa.",
                   columns=COLUMNS, min_rows=1, max_rows=8, default=DEFAULT_ROWS),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
