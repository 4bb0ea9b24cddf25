"""E21 Etsy maksu kalkulators (chapter 11)."""

from __future__ import annotations

import statistics

from .. import class_summary, fmt, views
from ..blocks import Chart, Check, Metric, Note
from ..calc import etsy
from ..exercise import Exercise
from ..fields import ChoiceField, IntegerField, MoneyField, PercentField, TextField

ADS_NO, ADS_YES = "Nē", "Jā"


def compute(a: dict) -> dict:
    monthly_sales = a["sales_per_month"]
    yearly_sales = (a["price"] + a["shipping"]) * monthly_sales * 12
    rate, mandatory = etsy.offsite_rate(yearly_sales, a["offsite_ads"] == ADS_YES, a["ads_threshold"])
    share = a["ads_share_pct"] if rate else 0.0
    fees = etsy.fees_per_sale(a["price"], a["shipping"], share, rate)
    income = a["price"] + a["shipping"]
    net = income - fees.total
    profit = net - a["item_cost"] - a["shipping_cost"]
    return {
        "fees": fees,
        "income": income,
        "net": net,
        "profit": profit,
        "fee_share_pct": fees.total / income * 100 if income else 0.0,
        "yearly_sales": yearly_sales,
        "ads_rate": rate,
        "ads_mandatory": mandatory,
        "monthly_fees": fees.total * monthly_sales,
        "monthly_profit": profit * monthly_sales,
    }


def view(a: dict, r: dict) -> list:
    fees = r["fees"]
    parts = [
        ("Sludinājuma maksa", fees.listing),
        ("Darījuma maksa (6,5 %)", fees.transaction),
        ("Maksājuma apstrāde (4 % + 0,30 €)", fees.processing),
        (f"Ārējās reklāmas ({fmt.percent(r['ads_rate'], 0)})", fees.offsite_ads),
    ]
    blocks = [
        views.money_metric("Etsy maksas par vienu pārdošanu", fees.total, f"{fmt.percent(r['fee_share_pct'])} no pircēja samaksātā."),
        views.money_metric("Jums paliek pēc maksām", r["net"]),
        views.money_metric("Peļņa pēc izmaksām un piegādes", r["profit"]),
        views.money_metric("Maksas mēnesī", r["monthly_fees"], f"Pie {fmt.integer(a['sales_per_month'])} pārdošanām mēnesī."),
        views.money_metric("Peļņa mēnesī", r["monthly_profit"]),
        views.table(f"Maksas par „{a['product']}”", ["Maksa", "Summa", "Daļa no ienākumiem"],
                    [(label, v, v / r["income"] * 100 if r["income"] else 0) for label, v in parts],
                    [None, "money", "percent"]),
        Chart("pie", "Kur paliek pircēja samaksātā nauda",
              ["Etsy maksas", "Izstrādājuma izmaksas", "Piegādes izmaksas", "Peļņa"],
              {"€": [fees.total, a["item_cost"], a["shipping_cost"], max(r["profit"], 0.0)]}),
        Check("Cena sedz izmaksas un maksas", r["profit"] > 0,
              "Ar šo cenu jūs strādājat ar zaudējumiem: paceliet cenu vai samaziniet izmaksas." if r["profit"] <= 0 else "Labi: katra pārdošana nes peļņu."),
    ]
    if r["ads_mandatory"]:
        blocks.append(Note(
            f"Gada apgrozījums ap {fmt.money(r['yearly_sales'])} pārsniedz slieksni {fmt.money(a['ads_threshold'])}: "
            "ārējo reklāmu maksa (12 %) ir obligāta.", "warning"))
    blocks.append(Note("Avots: rokasgrāmata, sadaļa „Īpaši amatniekiem” (Etsy maksas)."))
    return blocks


def class_view(values: list[dict]) -> list:
    """The class: the share of the price that goes to fees."""
    shares = [r["fee_share_pct"] for r in class_summary.results_of(compute, values)]
    blocks: list = [class_summary.finished(values)]
    if shares:
        blocks.append(Metric("Komisiju daļa: mediāna", fmt.percent(statistics.median(shares))))
        blocks.append(class_summary.summary_table("Komisiju daļa no ieņēmumiem", [("Komisiju daļa", shares, "percent")]))
        blocks.append(class_summary.histogram(shares, "Cik no ieņēmumiem aiziet komisijās", "%"))
    return blocks


EXERCISE = Exercise(
    id="E21",
    title="Etsy maksu kalkulators",
    chapter=11,
    intro=(
        "Aprēķiniet, cik no katras pārdošanas Etsy paņem maksās un cik paliek jums. "
        "Cena un izmaksas tiek ņemtas no cenas kalkulatora (E28), ja to jau esat aizpildījis."
    ),
    fields=[
        TextField("product", "Produkts", default="Māla krūze", max_length=120, profile="product_name"),
        MoneyField("price", "Pārdošanas cena", "Cena, ko redz pircējs (bez piegādes).", default="45", maximum=100_000, profile="retail_price"),
        MoneyField("shipping", "Piegādes maksa, ko maksā pircējs", default="6", maximum=10_000, required=False),
        MoneyField("item_cost", "Izstrādājuma izmaksas", "Materiāli, darbs un pieskaitāmās izmaksas (no E28).", default="30", maximum=100_000, profile="unit_cost"),
        MoneyField("shipping_cost", "Jūsu faktiskās piegādes izmaksas", default="6", maximum=10_000, required=False),
        IntegerField("sales_per_month", "Pārdošanas mēnesī", default="10", unit="gab.", maximum=100_000),
        ChoiceField("offsite_ads", "Piedalos Etsy ārējās reklāmās", "Virs obligātās dalības sliekšņa tas ir obligāti.", default=ADS_NO, options=[ADS_NO, ADS_YES]),
        MoneyField("ads_threshold", "Ārējo reklāmu obligātās dalības slieksnis gadā",
                   "Etsy to nosaka kā 10 000 USD pēdējos 12 mēnešos (rokasgrāmatā: 10 000 €). Ierakstiet to eiro pēc "
                   "aktuālā kursa un pārbaudiet Etsy cenrādī.", default="10 000", maximum=1_000_000),
        PercentField("ads_share_pct", "Pārdošanu daļa no ārējām reklāmām", "Cik no pārdošanām nāk caur Etsy reklāmām ārpus Etsy.", default="20"),
    ],
    compute=compute,
    view=view,
    class_view=class_view,
)
