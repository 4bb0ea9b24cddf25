"""E57 Lojalitātes un ieteikumu programma (chapter 26): rewards, referral terms, uptake → cost vs revenue."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, MoneyField, NumberField, PercentField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Lojalitāte” (divpusēja ieteikumu atlīdzība: 15 % atlaide jaunajam "
          "pircējam un 20 € atlaide ieteicējam).")
NEW_CUSTOMER_PCT = 15  # the handbook's two-sided referral reward („Lojalitāte”)
REFERRER_REWARD = 20  # €


def compute(a: dict) -> dict:
    aov, margin = a["aov"], a["margin_pct"] / 100
    if aov <= 0:
        raise ComputationError("Ievadiet vidējo pasūtījuma vērtību, lielāku par 0 €.")
    # loyalty: members get the reward on every order, the extra orders are what the programme adds
    members = a["customers"] * a["join_pct"] / 100
    member_orders = members * (a["orders_per_customer"] + a["extra_orders"])
    loyalty_revenue = members * a["extra_orders"] * aov
    loyalty_cost = member_orders * aov * a["reward_pct"] / 100 + a["fixed_cost"]
    loyalty_profit = loyalty_revenue * margin
    # referral: every referred customer is new revenue; the rewards are paid once per referral
    per_referral = aov * a["new_discount_pct"] / 100 + a["referrer_reward"] * a["reward_use_pct"] / 100
    referral_revenue = a["referrals"] * a["referred_orders"] * aov
    referral_cost = a["referrals"] * per_referral
    referral_profit = referral_revenue * margin
    # extra orders a member must make for the loyalty programme to pay for itself
    spread = margin - a["reward_pct"] / 100
    loyalty_break_even = ((members * a["orders_per_customer"] * aov * a["reward_pct"] / 100 + a["fixed_cost"])
                          / (members * aov * spread)) if members > 0 and spread > 0 else None
    return {
        "members": members,
        "loyalty": {"revenue": loyalty_revenue, "profit": loyalty_profit, "cost": loyalty_cost,
                    "net": loyalty_profit - loyalty_cost},
        "referral": {"revenue": referral_revenue, "profit": referral_profit, "cost": referral_cost,
                     "net": referral_profit - referral_cost},
        "per_referral": per_referral,
        "first_order_profit": aov * margin,
        "loyalty_break_even": loyalty_break_even,
    }


def view(a: dict, r: dict) -> list:
    lo, re_ = r["loyalty"], r["referral"]
    total = {k: lo[k] + re_[k] for k in lo}
    rows = [["Lojalitātes programma", lo["revenue"], lo["profit"], lo["cost"], lo["net"]],
            ["Ieteikumu programma", re_["revenue"], re_["profit"], re_["cost"], re_["net"]],
            ["Kopā", total["revenue"], total["profit"], total["cost"], total["net"]]]
    blocks = [
        views.table("Programmu izmaksas un ieguvumi gadā", ["Programma", "Papildu ieņēmumi", "Bruto peļņa",
                                                            "Izmaksas", "Ieguvums pēc izmaksām"],
                    rows, [None, "money", "money", "money", "money"]),
        views.money_metric("Ieguvums gadā pēc izmaksām", total["net"],
                           "Papildu bruto peļņa mīnus atlaides, atlīdzības un programmas izmaksas."),
        views.money_metric("Viens ieteiktais pircējs jums maksā", r["per_referral"],
                           f"{fmt.percent(a['new_discount_pct'], 0)} no {fmt.money(a['aov'])} + "
                           f"{fmt.money(a['referrer_reward'])} ieteicējam."),
        Chart("bar", "Bruto peļņa un izmaksas gadā", ["Lojalitāte", "Ieteikumi"],
              {"Bruto peļņa": [lo["profit"], re_["profit"]], "Izmaksas": [lo["cost"], re_["cost"]]},
              ylabel="€"),
    ]
    if r["loyalty_break_even"] is not None:
        blocks.append(Metric(
            "Papildu pirkumi, no kuriem lojalitāte atmaksājas", fmt.number(r["loyalty_break_even"], 2),
            f"Tik papildu pirkumu gadā vajag katram dalībniekam; jūs pieņēmāt {fmt.number(a['extra_orders'], 2)}."))
    blocks += [
        Check("Ieteikuma atlīdzība iekļaujas pirmā pasūtījuma peļņā", r["per_referral"] <= r["first_order_profit"],
              "Labi: pirmā pasūtījuma bruto peļņa sedz atlaides." if r["per_referral"] <= r["first_order_profit"]
              else f"Pirmā pasūtījuma bruto peļņa ({fmt.money(r['first_order_profit'])}) nesedz atlaides: "
                   "programma atmaksājas tikai tad, ja jaunais pircējs atgriežas."),
        Check("Atlaide jaunajam pircējam mazāka par bruto peļņas maržu", a["new_discount_pct"] < a["margin_pct"],
              "Labi." if a["new_discount_pct"] < a["margin_pct"]
              else "Ar šādu atlaidi pirmais pasūtījums nesedz izmaksas: pārbaudiet cenu (14. nodaļa)."),
        Check("Lojalitātes atlīdzība mazāka par bruto peļņas maržu", a["reward_pct"] < a["margin_pct"],
              "Labi." if a["reward_pct"] < a["margin_pct"]
              else "Atlīdzība apēd visu peļņu: izvēlieties pieredzi vai piekļuvi, nevis atlaides."),
        Check("Lojalitātes programma atmaksājas", lo["net"] >= 0,
              "Labi." if lo["net"] >= 0
              else "Samaziniet atlaidi vai fiksētās izmaksas, vai piedāvājiet priekšrocības, kas jums maksā maz: "
                   "agrīnu piekļuvi, darbnīcas apmeklējumu, personisku uzmanību."),
        Note("Ieteicēja atlaide jums izmaksā tikai tad, kad viņš to izmanto nākamajā pirkumā; tad šī summa pilnībā "
             "iztrūkst no peļņas."),
        Note(SOURCE),
    ]
    return blocks


EXERCISE = Exercise(
    id="E57",
    title="Lojalitātes un ieteikumu programma",
    chapter=26,
    intro=(
        "Ierakstiet savas lojalitātes atlīdzības, ieteikumu nosacījumus un to, cik pircēju, jūsuprāt, piedalīsies. "
        "Aprēķins salīdzina programmu izmaksas ar papildu peļņu, lai jūs zinātu, vai atlaides atmaksājas, "
        "pirms tās apsolāt pircējiem."
    ),
    fields=[
        MoneyField("aov", "Vidējā pasūtījuma vērtība", "No vingrinājuma E24.", default="80", maximum=100_000,
                   profile="avg_order_value"),
        PercentField("margin_pct", "Bruto peļņas marža", "Cena mīnus materiāli un darbs, procentos no cenas.",
                     default="50"),
        IntegerField("customers", "Pircēji gadā", default="200", maximum=1_000_000),
        NumberField("orders_per_customer", "Pirkumi gadā vienam pircējam (tagad)", default="1,2", maximum=365),
        PercentField("join_pct", "Cik pircēju pievienosies lojalitātes programmai", default="30"),
        NumberField("extra_orders", "Papildu pirkumi gadā vienam dalībniekam", "Cik vairāk pirks programmas dēļ.",
                    default="0,5", maximum=365),
        PercentField("reward_pct", "Lojalitātes atlīdzība", "Atlaide vai punkti procentos no dalībnieku pirkumiem.",
                     default="5"),
        MoneyField("fixed_cost", "Programmas fiksētās izmaksas gadā", "Kartītes, lietotne, dāvanas.", default="120",
                   maximum=1_000_000),
        PercentField("new_discount_pct", "Atlaide jaunajam pircējam", "Rokasgrāmatas piemērs: 15 %.",
                     default=str(NEW_CUSTOMER_PCT)),
        MoneyField("referrer_reward", "Atlīdzība ieteicējam", "Rokasgrāmatas piemērs: 20 € atlaide nākamajam pirkumam.",
                   default=str(REFERRER_REWARD), maximum=10_000),
        PercentField("reward_use_pct", "Cik ieteicēju izmantos atlīdzību", default="100"),
        IntegerField("referrals", "Ieteikti jauni pircēji gadā", default="20", maximum=100_000),
        NumberField("referred_orders", "Pirkumi gadā vienam ieteiktajam pircējam", default="1,5", maximum=365),
    ],
    compute=compute,
    view=view,
)
