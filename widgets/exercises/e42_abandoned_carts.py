"""E42 Pamesto grozu atgūšana (chapter 18)."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Note
from ..calc import email
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, MoneyField, PercentField

SCENARIOS = (2.0, 5.0, email.CART_RECOVERY_MAX_PCT)  # cautious, middle, the guide's "up to 10 %"


def compute(a: dict) -> dict:
    if a["recovery_pct"] > 0 and a["incentive"] > a["order_value"] > 0:
        raise ComputationError("Stimuls (piemēram, bezmaksas piegāde) maksā vairāk par visu pasūtījumu: pārbaudiet summas.")
    month = email.recovered_carts(a["carts"], a["recovery_pct"], a["order_value"], a["margin_pct"], a["incentive"])
    scenarios = [(pct, email.recovered_carts(a["carts"], pct, a["order_value"], a["margin_pct"], a["incentive"]))
                 for pct in SCENARIOS]
    share = month["revenue"] / a["monthly_revenue"] * 100 if a["monthly_revenue"] > 0 else None
    return {"month": month, "abandoned_value": a["carts"] * a["order_value"], "year_revenue": month["revenue"] * 12, "year_profit": month["profit"] * 12,
            "scenarios": scenarios, "share_pct": share}


def view(a: dict, r: dict) -> list:
    m = r["month"]
    low, high = email.CART_REVENUE_SHARE_PCT
    share = r["share_pct"]
    labels = [f"{fmt.plain(fmt.percent(p, 0))}" for p, _ in r["scenarios"]] + ["Jūsu plāns"]
    blocks = [
        views.money_metric("Pamesto grozu vērtība mēnesī", r["abandoned_value"],
                           f"{fmt.integer(a['carts'])} grozi × {fmt.money(a['order_value'])}: tik daudz paliek neiekasēts."),
        views.money_metric("Atgūtie ieņēmumi mēnesī", m["revenue"],
                           f"{fmt.number(m['orders'], 1)} atgūti pasūtījumi × {fmt.money(a['order_value'])}."),
        views.money_metric("Atgūtie ieņēmumi gadā", r["year_revenue"]),
        views.money_metric("Bruto peļņa no atgūtajiem groziem mēnesī", m["profit"],
                           "Pēc materiāliem, maksām, piegādes un stimula trešajā vēstulē."),
        views.money_metric("Bruto peļņa gadā", r["year_profit"]),
        Chart("bar", "Atgūtie ieņēmumi mēnesī pie dažāda atgūšanas īpatsvara", labels,
              {"€": [s["revenue"] for _, s in r["scenarios"]] + [m["revenue"]]},
              xlabel="Atgūto grozu īpatsvars", ylabel="€"),
        views.table("Trīs atgādinājuma vēstules (ceļvedis)", ["Kad", "Vēstule"],
                    [("1–2 h pēc groza pamešanas", "„Vai kaut ko neaizmirsāt?” ar groza saturu"),
                     ("Pēc 24 h", "„Vēl domājat?” ar atsauksmēm un informāciju par produktu"),
                     ("Pēc 48 h", "„Pēdējā iespēja” ar stimulu, piemēram, bezmaksas piegādi")],
                    [None, None]),
        Check(f"Atgūšanas īpatsvars līdz {fmt.integer(email.CART_RECOVERY_MAX_PCT)} %",
              a["recovery_pct"] <= email.CART_RECOVERY_MAX_PCT,
              "Labi: reāls plāns." if a["recovery_pct"] <= email.CART_RECOVERY_MAX_PCT else
              "Ceļvedis min, ka atgādinājumi atgūst līdz 10 % pirkumu; plānojiet piesardzīgāk."),
    ]
    if share is not None:
        blocks += [
            views.percent_metric("Daļa no kopējiem ieņēmumiem", share,
                                 f"Ceļvedis: e-komercijā vidēji {fmt.integer(low)}–{fmt.integer(high)} %."),
            Check(f"Daļa no ieņēmumiem ne lielāka par {fmt.integer(high)} %", share <= high,
                  "Labi: aprēķins atbilst ceļveža vidējiem skaitļiem." if share <= high else
                  "Vairāk nekā ceļveža vidējie 5–8 %: pārbaudiet grozu skaitu vai atgūšanas īpatsvaru."),
        ]
    blocks += [
        Note("Atlaidi nerādiet pirmajā vēstulē, citādi pircēji iemācīsies pamest grozu; bezmaksas piegāde bieži "
             "vilina vairāk par atlaidi."),
        Note("Avots: ceļvedis „E-pastu automatizācija: kā izveidot pārdošanas mašīnu, kas strādā 24/7”, sadaļa "
             "„2. Pamestā groza atgādinājumi” (līdz 10 % atgūtu pirkumu, 5–8 % no ieņēmumiem, vēstules pēc 1–2 h, "
             "24 h un 48 h). Grozu skaits laukos ir piemērs: to rāda jūsu veikala platforma."),
    ]
    return blocks


EXERCISE = Exercise(
    id="E42",
    title="Pamesto grozu atgūšana",
    chapter=18,
    intro=(
        "Ierakstiet, cik grozu mēnesī paliek nepabeigti, cik no tiem cerat atgūt ar trim atgādinājuma vēstulēm un kāda "
        "ir pasūtījuma vērtība. Aprēķins parāda, cik naudas jūsu veikalā paliek neiekasēts un cik no tās var atgūt."
    ),
    fields=[
        IntegerField("carts", "Pamestie grozi mēnesī", "Veikala platformas pārskatā.", default="40",
                     maximum=1_000_000),
        PercentField("recovery_pct", "Atgūto grozu īpatsvars", "Ceļvedis: līdz 10 %.", default="10"),
        MoneyField("order_value", "Vidējā pasūtījuma vērtība", "No E24, ja to esat aizpildījuši.", default="45",
                   maximum=100_000, profile="avg_order_value"),
        PercentField("margin_pct", "Bruto peļņas daļa", "Cik no pasūtījuma vērtības paliek pēc materiāliem, maksām "
                     "un piegādes.", default="50"),
        MoneyField("incentive", "Stimuls vienam atgūtam pasūtījumam", "Piemēram, bezmaksas piegāde trešajā vēstulē; "
                   "0, ja stimula nav.", default="3,50", maximum=10_000),
        MoneyField("monthly_revenue", "Kopējie ieņēmumi mēnesī", "Neobligāti: lai salīdzinātu ar ceļveža 5–8 %.",
                   default="3 000", maximum=100_000_000, required=False),
    ],
    compute=compute,
    view=view,
)
