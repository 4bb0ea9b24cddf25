"""Data of the illustrative case "Cimdu adītāja izvēlas starp Etsy un savu veikalu".

A made-up knitter of Latvian patterned mittens compares what one pair leaves her on Etsy (E21), what
a year leaves her on Etsy, a European craft marketplace and her own shop (E22), and what her own shop
costs to run (E23). Seeded random numbers stay inside the handbook's figures: Etsy's fees (section
„Īpaši amatniekiem”: 0,20 € listing, 6,5 % transaction, 4 % + 0,30 € processing; European craft
marketplaces 0–15 % commission), the own-shop costs (section „Pirmie ieguldījumi un ikmēneša izmaksas”:
Shopify 29–299 € a month + apps 0–30 €, WooCommerce hosting 30–150 € + plug-ins 0–50 €, Squarespace
18–40 € + extensions 0–15 €, domain 10–20 € a year, e-mail 5–12 € a month) and Stripe's fee
(section „Drošas maksājumu iespējas”: 1,4 % + 0,25 €). Yearly Etsy sales stay under 10 000 €, so
offsite ads are not mandatory. Run it to rewrite the data file beside it; the tests check that it
writes exactly the committed file.

Usage: ``python case_studies/cimdu-aditaja.py [--out PATH]``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets.cases import typed_money as money  # noqa: E402
from widgets.cases import write_data

SLUG = "cimdu-aditaja"
SEED = 1112


def data() -> dict:
    rng = random.Random(SEED)
    price = rng.choice([85, 89, 95])
    shipping = 6
    item_cost = round(rng.uniform(62, 70))  # yarn, the knitter's hours and overhead, from E28
    sales = rng.randint(4, 6)  # pairs a month: (price + shipping) × sales × 12 stays under 10 000 €
    assert (price + shipping) * sales * 12 < 10_000
    shopify_apps = rng.randint(0, 15)
    woo_theme, woo_apps = rng.choice([0, 45, 60]), rng.randint(5, 20)
    squarespace_plan, squarespace_apps = rng.choice([18, 23, 27]), rng.randint(0, 10)
    domain, email = rng.randint(10, 20), rng.randint(5, 8)
    shopify_month = 29 + shopify_apps + email + domain / 12  # the own shop in E22: Shopify's running costs a month
    eu_commission = rng.choice([8, 10, 12])
    return {
        "title": "Cimdu adītāja izvēlas starp Etsy un savu veikalu",
        "kind": "illustrative",
        "chapters": [11, 12],
        "source": "Izdomāts gadījums; skaitļi ģenerēti ar šo skriptu rokasgrāmatas diapazonos.",
        "assumptions": [
            f"Adītāja pārdod {sales} pārus rakstainu cimdu mēnesī par {price} €; pircējs maksā {shipping} € "
            "par piegādi, un adītājai pašai piegāde izmaksā tikpat.",
            f"Viena pāra pašizmaksa {item_cost} € (dzija, darba laiks un pieskaitāmās izmaksas) "
            "ir aprēķināta ar cenas kalkulatoru (E28).",
            "Etsy maksas pēc rokasgrāmatas: 0,20 € sludinājums, 6,5 % darījuma maksa, 4 % + 0,30 € maksājuma "
            "apstrāde; gada apgrozījums ir zem 10 000 €, tāpēc ārējās reklāmas nav obligātas.",
            f"Savs veikals: Shopify 29 € mēnesī, lietotnes {shopify_apps} € mēnesī, e-pasts {email} € mēnesī un domēns "
            f"{domain} € gadā, kopā {money(shopify_month)} € mēnesī; maksājumi ar Stripe (1,4 % + 0,25 €).",
            f"Eiropas amatniecības platformas komisija {eu_commission} % ir rokasgrāmatas 0–15 % robežās; "
            "maksājumu apstrādes maksu rokasgrāmata tai nenorāda, tāpēc tā nav iekļauta.",
            "Pieņemts, ka visos kanālos pārdod tikpat daudz pāru: savā veikalā pircēji jāatved pašai.",
        ],
        "runs": [
            {"exercise": "E21", "note": "Cik no viena cimdu pāra paliek Etsy.",
             "answers": {"product": "Rakstainie vilnas cimdi", "price": str(price), "shipping": str(shipping),
                         "item_cost": str(item_cost), "shipping_cost": str(shipping), "sales_per_month": str(sales),
                         "offsite_ads": "Nē", "ads_share_pct": "0"}},
            {"exercise": "E22", "note": "Cik paliek gadā: Etsy, Eiropas platforma un savs veikals.",
             "answers": {"price": str(price), "shipping": str(shipping), "sales_per_month": str(sales),
                         "ads_share_pct": "0",
                         "platforms": [
                             {"name": f"Eiropas platforma ({eu_commission} %)", "commission": str(eu_commission),
                              "fixed": "", "monthly": "", "one_off": ""},
                             {"name": "Savs veikals (Shopify, Stripe)", "commission": "1,4", "fixed": "0,25",
                              "monthly": money(shopify_month), "one_off": ""}]}},
            {"exercise": "E23", "note": "Sava veikala gada izmaksas trijās platformās.",
             "answers": {"platforms": [
                 {"name": "Shopify", "plan": "29", "theme": "0", "apps": str(shopify_apps), "hosting": "0"},
                 {"name": "WooCommerce", "plan": "0", "theme": str(woo_theme), "apps": str(woo_apps), "hosting": "30"},
                 {"name": "Squarespace", "plan": str(squarespace_plan), "theme": "0", "apps": str(squarespace_apps),
                  "hosting": "0"}],
                 "domain": str(domain), "email": str(email)}},
        ],
    }


if __name__ == "__main__":
    write_data(data(), __file__)
