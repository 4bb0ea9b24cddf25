"""E44 Sadarbības kampaņas rezultāti (chapter 19): codes, sales, followers, content value → campaign ROI."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, MoneyField, NumberField, PercentField, TableField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Sadarbības partneri” (sadarbības efektivitātes rādītāji: tiešā pārdošana ar "
          "atlaides kodiem, auditorijas pieaugums, satura vērtība). ROI = (ieguvums − izmaksas) ÷ izmaksas × 100 % "
          "ir standarta definīcija; piemērs ar trim krūzēm — 19. nodaļā.")

COLUMNS = [
    TextField("name", "Ietekmētājs", default="", max_length=80),
    IntegerField("orders", "Pirkumi ar kodu", default="0", maximum=100_000),
    IntegerField("followers", "Jauni sekotāji", default="0", maximum=10_000_000),
    IntegerField("photos", "Izmantojami attēli", "Ko ar atļauju varat lietot savos kanālos", default="0",
                 maximum=1000),
    MoneyField("fee", "Honorārs", "0, ja tikai dāvana", default="0", maximum=1_000_000),
]
EXAMPLE = [
    {"name": "@linu_maja", "orders": "4", "followers": "60", "photos": "2", "fee": "0"},
    {"name": "@dabiska_dzive", "orders": "3", "followers": "40", "photos": "2", "fee": "0"},
    {"name": "@rigas_interjers", "orders": "2", "followers": "20", "photos": "1", "fee": "0"},
]


def compute(a: dict) -> dict:
    profit_per_order = a["price"] * (1 - a["discount_pct"] / 100) - a["unit_cost"]
    people = []
    for row in a["influencers"]:
        cost = a["gift_cost"] + row["fee"]
        profit = row["orders"] * profit_per_order
        content = row["photos"] * a["photo_value"]
        people.append({**row, "cost": cost, "profit": profit, "content": content,
                       "roi": (profit - cost) / cost * 100 if cost else None})
    own_time = a["hours"] * a["hourly_rate"]
    cost = sum(p["cost"] for p in people) + own_time
    if cost <= 0:
        raise ComputationError("Kampaņas izmaksas ir 0 €: ievadiet dāvanas pašizmaksu, honorāru vai savu laiku.")
    profit = sum(p["profit"] for p in people)
    content = sum(p["content"] for p in people)
    orders = sum(p["orders"] for p in people)
    followers = sum(p["followers"] for p in people)
    return {
        "profit_per_order": profit_per_order,
        "people": sorted(people, key=lambda p: -(p["profit"] + p["content"] - p["cost"])),
        "own_time": own_time,
        "cost": cost,
        "profit": profit,
        "content": content,
        "orders": orders,
        "followers": followers,
        "discounts": orders * a["price"] * a["discount_pct"] / 100,
        "roi_sales": (profit - cost) / cost * 100,
        "roi_total": (profit + content - cost) / cost * 100,
        "cost_per_follower": cost / followers if followers else None,
    }


def view(a: dict, r: dict) -> list:
    rows = [[p["name"], p["orders"], p["followers"], p["cost"], p["profit"], p["content"], p["roi"]]
            for p in r["people"]]
    best = r["people"][0]
    paid = r["roi_sales"] >= 0
    summary = [
        f"Kampaņa: {a['campaign']}.",
        f"Ar kodiem nopirkti {r['orders']} darbi; peļņa no katra pēc atlaides: {fmt.money(r['profit_per_order'])}.",
        f"Izmaksas kopā: {fmt.money(r['cost'])} (dāvanas un honorāri {fmt.money(r['cost'] - r['own_time'])}, "
        f"jūsu laiks {fmt.money(r['own_time'])}).",
        f"ROI no pārdošanas: {fmt.percent(r['roi_sales'])}; ar satura vērtību: {fmt.percent(r['roi_total'])}.",
        f"Jauni sekotāji: {r['followers']}.",
        f"Visvairāk deva: {best['name']}. Ierakstiet to sadarbības uzskaitē un turpiniet attiecības.",
        "Pierakstiet arī zīmola noskaņojumu: ko cilvēki komentāros rakstīja par jūsu darbiem.",
    ]
    blocks = [
        views.percent_metric("Kampaņas ROI no pārdošanas", r["roi_sales"],
                             "(peļņa no pārdošanas ar kodiem − izmaksas) ÷ izmaksas × 100 %"),
        views.percent_metric("ROI ar satura vērtību", r["roi_total"],
                             "Pieskaitīta izmantojamo attēlu vērtība."),
        views.money_metric("Izmaksas kopā", r["cost"]),
    ]
    if r["cost_per_follower"] is not None:
        blocks.append(Metric("Izmaksas vienam jaunam sekotājam", fmt.money(r["cost_per_follower"])))
    blocks += [
        views.table("Rezultāti pa ietekmētājiem", ["Ietekmētājs", "Pirkumi", "Jauni sekotāji", "Izmaksas",
                                                   "Peļņa no pārdošanas", "Satura vērtība", "ROI"],
                    rows, [None, "integer", "integer", "money", "money", "money", "percent"]),
        Chart("bar", "Izmaksas un ieguvumi", ["Izmaksas", "Peļņa no pārdošanas", "Satura vērtība"],
              {"€": [r["cost"], r["profit"], r["content"]]}, xlabel="", ylabel="€"),
        Text("Kampaņas kopsavilkums", "\n".join(summary)),
        Check("Kampaņa atmaksājās ar pārdošanu vien", paid,
              "Labi: peļņa no kodiem sedz izmaksas." if paid
              else "Pārdošana izmaksas nesedz; novērtējiet satura vērtību un sekotāju pieaugumu."),
        Check("Pārdošana ar atlaidi nes peļņu", r["profit_per_order"] > 0,
              "Labi: atlaide nav par lielu." if r["profit_per_order"] > 0
              else "Ar šo atlaidi katrs pirkums nes zaudējumus: samaziniet atlaidi."),
        Note(f"Atlaides pircējiem kopā: {fmt.money(r['discounts'])}; tās jau atskaitītas no peļņas."),
        Note(SOURCE),
    ]
    return blocks


EXERCISE = Exercise(
    id="E44",
    title="Sadarbības kampaņas rezultāti",
    chapter=19,
    intro=(
        "Pēc kampaņas ierakstiet katra ietekmētāja pirkumus ar atlaides kodu, jaunos sekotājus un izmantojamos "
        "attēlus. Darblapa aprēķina kampaņas atdevi (ROI), lai zinātu, ar kuriem partneriem turpināt."
    ),
    fields=[
        TextField("campaign", "Kampaņa", default="Rudens krūžu dāvināšana", max_length=120),
        TableField("influencers", "Ietekmētāji un rezultāti", "Katram ietekmētājam savs atlaides kods.",
                   columns=COLUMNS, min_rows=1, max_rows=15, default=EXAMPLE),
        MoneyField("gift_cost", "Dāvanas pašizmaksa vienam ietekmētājam", "Produkts, iepakojums un piegāde.",
                   default="20", maximum=100_000),
        MoneyField("price", "Vidējā pirkuma cena ar kodu (pirms atlaides)", default="40", maximum=100_000,
                   profile="retail_price"),
        PercentField("discount_pct", "Atlaide ar kodu", default="15"),
        MoneyField("unit_cost", "Pārdotā darba pašizmaksa", "No E28, ja to aizpildījāt.", default="19",
                   maximum=100_000, profile="unit_cost"),
        NumberField("hours", "Jūsu laiks kampaņai", "Kandidātu izpēte, zīmītes, iepakošana, saziņa.",
                    default="3", unit="h", maximum=1000, decimals=1),
        MoneyField("hourly_rate", "Stundas likme", "Rokasgrāmata iesaka vismaz 15–25 € stundā.", default="20",
                   maximum=1000, profile="hourly_rate"),
        MoneyField("photo_value", "Viena attēla vērtība", "Cik maksātu līdzīgs attēls, ja to pasūtītu fotogrāfam.",
                   default="15", maximum=10_000),
    ],
    compute=compute,
    view=view,
)
