"""E22 Tirgus platformu salīdzinājums (chapter 11): net revenue per marketplace for one price and volume."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Note, Text
from ..calc import etsy, platform_fees
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, MoneyField, PercentField, TableField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Īpaši amatniekiem” (Etsy maksas; Eiropas platformu komisijas 0–15 %) un "
          "tabula „Populārāko platformu salīdzinājums” (Notonthehighstreet: 199 € pievienošanās maksa, 25–40 % komisija).")
ETSY = "Etsy"

COLUMNS = [
    TextField("name", "Platforma", default="", max_length=60),
    PercentField("commission", "Komisija", "Procenti no pārdevuma.", default="10"),
    MoneyField("fixed", "Fiksētā maksa par pārdevumu", default="", maximum=1000, required=False),
    MoneyField("monthly", "Mēneša maksa", default="", maximum=10_000, required=False),
    MoneyField("one_off", "Vienreizēja maksa", default="", maximum=100_000, required=False),
]

# the chapter's comparison (chapter 11, „Kā salīdzināt platformas”): a 10 % platform and Notonthehighstreet at 25 %
DEFAULT_ROWS = [
    {"name": "Eiropas platforma (10 %)", "commission": "10", "fixed": "", "monthly": "", "one_off": ""},
    {"name": "Notonthehighstreet", "commission": "25", "fixed": "", "monthly": "",
     "one_off": fmt.plain(fmt.number(platform_fees.NOTHS_JOINING_FEE, 0))},
]


def _platform(name: str, per_sale_fees: float, income: float, sales: int, monthly: float, one_off: float) -> dict:
    net_sale = income - per_sale_fees
    net_month = net_sale * sales - monthly
    return {
        "name": name,
        "fees": per_sale_fees,
        "net_sale": net_sale,
        "fee_share": per_sale_fees / income * 100 if income else 0.0,
        "net_month": net_month,
        "net_year": net_month * 12 - one_off,
        "one_off": one_off,
        "monthly": monthly,
    }


def compute(a: dict) -> dict:
    income = a["price"] + a["shipping"]
    if income <= 0:
        raise ComputationError("Cena ir 0 €: ievadiet izstrādājuma cenu.")
    sales = a["sales_per_month"]
    rate, mandatory = etsy.offsite_rate(income * sales * 12, opted_in=a["ads_share_pct"] > 0)
    etsy_fees = etsy.fees_per_sale(a["price"], a["shipping"], a["ads_share_pct"], rate)
    platforms = [_platform(ETSY, etsy_fees.total, income, sales, 0.0, 0.0)]
    for row in a["platforms"]:
        fees = platform_fees.fee(income, row["commission"], row["fixed"])
        platforms.append(_platform(row["name"] or "Platforma", fees, income, sales, row["monthly"], row["one_off"]))
    ranked = sorted(platforms, key=lambda p: -p["net_year"])
    return {"income": income, "platforms": platforms, "best": ranked[0], "worst": ranked[-1],
            "etsy": etsy_fees, "ads_rate": rate, "ads_mandatory": mandatory}


def view(a: dict, r: dict) -> list:
    best, worst = r["best"], r["worst"]
    rows = [(p["name"], p["fees"], p["fee_share"], p["net_sale"], p["net_month"], p["net_year"]) for p in r["platforms"]]
    gap = best["net_year"] - worst["net_year"]
    summary = (
        f"Pie cenas {fmt.money(a['price'])} un {fmt.integer(a['sales_per_month'])} pārdevumiem mēnesī "
        f"visvairāk jums paliek platformā „{best['name']}”: {fmt.money(best['net_year'])} pirmajā gadā.")
    if len(r["platforms"]) > 1 and gap > 0:
        summary += f" Tas ir par {fmt.money(gap)} vairāk nekā platformā „{worst['name']}”."
    summary += (" Taču maksas nav viss: izvēlieties platformu, kurā ir pircēji jūsu nišā un jūsu valodā, "
                "un pārbaudiet, vai tā pieņem pārdevējus no Latvijas.")
    blocks = [
        views.money_metric(f"Visvairāk paliek: {best['name']}", best["net_year"], "Pirmajā gadā, pēc visām maksām."),
        views.money_metric("Jums paliek no viena pārdevuma Etsy", r["platforms"][0]["net_sale"],
                           f"Etsy maksas: {fmt.money(r['platforms'][0]['fees'])}."),
        views.table("Ko jums atstāj katra platforma",
                    ["Platforma", "Maksas par pārdevumu", "Maksu daļa", "Paliek no pārdevuma", "Paliek mēnesī",
                     "Paliek pirmajā gadā"], rows, [None, "money", "percent", "money", "money", "money"]),
        Chart("barh", "Cik jums paliek pirmajā gadā", [p["name"] for p in r["platforms"]],
              {"€": [p["net_year"] for p in r["platforms"]]}, xlabel="€"),
        Text("Secinājums", summary),
    ]
    if r["ads_mandatory"]:
        blocks.append(Note("Gada apgrozījums Etsy pārsniedz 10 000 €: maksa par ārpus vietnes reklāmām (12 %) "
                           "ir obligāta pārdevumiem, kas nāk no šīm reklāmām.", "warning"))
    blocks += [
        Note("Citām platformām maksājumu apstrādes maksu rokasgrāmata nenorāda: ierakstiet to komisijā vai fiksētajā "
             "maksā pēc platformas aktuālā cenrāža. Platformas maina noteikumus, apvienojas un beidz darbību."),
        Note(SOURCE),
    ]
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"marketplace": r["best"]["name"]}


EXERCISE = Exercise(
    id="E22",
    title="Tirgus platformu salīdzinājums",
    chapter=11,
    intro=(
        "Salīdziniet nevis komisiju procentus, bet naudu, kas jums paliek pēc visām maksām. Ievadiet cenu un "
        "pārdevumu skaitu mēnesī: Etsy maksas tiek aprēķinātas pēc rokasgrāmatas, citu platformu maksas ierakstiet no "
        "to cenrāžiem."
    ),
    fields=[
        MoneyField("price", "Izstrādājuma cena", "No cenas kalkulatora (E28), ja to jau aizpildījāt.", default="60",
                   maximum=100_000, profile="retail_price"),
        MoneyField("shipping", "Piegādes maksa, ko maksā pircējs", "Etsy darījuma maksu rēķina arī no piegādes.",
                   default="0", maximum=10_000, required=False),
        IntegerField("sales_per_month", "Pārdevumi mēnesī", default="10", unit="gab.", maximum=100_000),
        PercentField("ads_share_pct", "Etsy: pārdevumu daļa no ārpus vietnes reklāmām",
                     "Tikai pārdevumi, kas nāk no Etsy reklāmām citās vietnēs; par tiem maksā 12–15 %.",
                     default="0", required=False),
        TableField("platforms", "Citas platformas",
                   "Eiropas amatniecības platformās komisija ir 0–15 %, Notonthehighstreet — 25–40 % un 199 € "
                   "vienreizēji. Pārbaudiet platformas aktuālo cenrādi.",
                   columns=COLUMNS, min_rows=1, max_rows=8, default=DEFAULT_ROWS),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
