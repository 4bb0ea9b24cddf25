"""E41 Sveiciena e-pastu sērija (chapter 18)."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc import email
from ..calc.text import sentence
from ..exercise import ComputationError, Exercise
from ..fields import ChoiceField, IntegerField, MoneyField, PercentField, TableField, TextField

YES, NO = "Jā", "Nē"

COLUMNS = [
    IntegerField("day", "Diena", "0 nozīmē uzreiz pēc pierakstīšanās.", default="0", maximum=60),
    TextField("subject", "Tēmas rindiņa", default="", max_length=120),
    TextField("content", "Saturs", default="", max_length=300),
    ChoiceField("discount", "Atlaide šajā vēstulē", default=NO, options=[NO, YES]),
]
# The guide's four e-mails on days 0, 2, 4 and 6 (section "1. Sveiciena sērija"), for a linen weaver.
DEFAULT_ROWS = [
    {"day": "0", "subject": "Sveiki! Jūsu linu kopšanas pamācība", "discount": NO,
     "content": "Solītā bezmaksas pamācība un īss stāsts par to, kā sāku aust"},
    {"day": "2", "subject": "Kāpēc lins kļūst mīkstāks ar katru mazgāšanu", "discount": NO,
     "content": "Padoms, kas atrisina problēmu, un īss video no darbnīcas"},
    {"day": "4", "subject": "No lauka līdz dvielim", "discount": NO,
     "content": "Manas vērtības: Latvijas lins, augu krāsas, katrs darbs ar roku"},
    {"day": "6", "subject": "Jūsu atlaide pirmajam pirkumam", "discount": YES,
     "content": "Ierobežota laika atlaide pirmajam pirkumam un trīs populārākie darbi"},
]


def compute(a: dict) -> dict:
    emails = sorted(a["emails"], key=lambda e: e["day"])
    if a["conv_with"] < a["conv_without"]:
        raise ComputationError(
            "Pirkšanas īpatsvars ar atlaidi ir mazāks nekā bez tās: atlaide pircējus nezaudē, pārbaudiet skaitļus."
        )
    d = email.discount_effect(a["subscribers"], a["conv_without"], a["conv_with"], a["order_value"],
                              a["margin_pct"], a["discount_pct"])
    days = [e["day"] for e in emails]
    return {
        "emails": emails,
        "discount": d,
        "discount_emails": [i for i, e in enumerate(emails, start=1) if e["discount"] == YES],
        "same_day": len(set(days)) < len(days),
        "starts_now": days[0] == 0,
        # the discount is worth giving while its cost per extra buyer stays below the profit that buyer brings
        "cost_per_extra_buyer": d.discount_cost / d.extra_buyers if d.extra_buyers > 0 else None,
    }


def _plan(a: dict, r: dict) -> str:
    lines = []
    for n, e in enumerate(r["emails"], start=1):
        when = "uzreiz pēc pierakstīšanās" if e["day"] == 0 else f"{e['day']}. dienā"
        offer = f" Atlaide {fmt.plain(fmt.percent(a['discount_pct'], 0))} pirmajam pirkumam." if e["discount"] == YES else ""
        lines.append(f"{n}. vēstule ({when}): „{e['subject']}”. {sentence(e['content'])}{offer}".rstrip())
    return "\n".join(lines)


def view(a: dict, r: dict) -> list:
    d = r["discount"]
    low, high = email.WELCOME_DISCOUNT_PCT
    n_low, n_high = email.WELCOME_EMAILS
    gain = d.net_gain
    return [
        Text("Jūsu sveiciena sērija", _plan(a, r)),
        views.money_metric("Atlaides izmaksas mēnesī", d.discount_cost,
                           f"{fmt.number(d.buyers_with, 1)} pircēji × {fmt.money(a['order_value'])} × "
                           f"{fmt.percent(a['discount_pct'], 0)}: atlaidi saņem visi, arī tie, kas pirktu bez tās."),
        views.money_metric("Papildu bruto peļņa mēnesī", d.extra_profit,
                           f"{fmt.number(d.extra_buyers, 1)} papildu pircēji × {fmt.money(a['order_value'])} × "
                           f"{fmt.percent(a['margin_pct'], 0)}."),
        views.money_metric("Atlaides tīrais ieguvums mēnesī", gain,
                           "Atlaide atmaksājas." if gain > 0 else "Atlaide maksā vairāk, nekā atnes."),
        Metric("Pirmie pirkumi mēnesī", f"{fmt.number(d.buyers_with, 1)} (bez atlaides {fmt.number(d.buyers_without, 1)})"),
        Chart("bar", "Atlaides izmaksas pret ieguvumu mēnesī", ["Atlaides izmaksas", "Papildu bruto peļņa",
                                                               "Tīrais ieguvums"],
              {"€": [d.discount_cost, d.extra_profit, gain]}, xlabel="Rādītājs", ylabel="€"),
        Check(f"Sērijā {n_low}–{n_high} vēstules", n_low <= len(r["emails"]) <= n_high,
              f"Rokasgrāmata iesaka {n_low}–{n_high} iepazīšanās vēstules."),
        Check("Pirmā vēstule pienāk uzreiz", r["starts_now"],
              "Labi: solītais piedāvājums pienāk uzreiz." if r["starts_now"] else
              "Ceļvedis iesaka pirmo vēstuli ar solīto piedāvājumu sūtīt uzreiz (0. dienā)."),
        Check("Katra vēstule savā dienā", not r["same_day"],
              "Labi: vēstules nepienāk vienā dienā." if not r["same_day"] else
              "Divas vēstules vienā dienā nogurdina: ceļvedī tās pienāk ik pēc 2 dienām."),
        Check("Atlaide ir vienā no vēlākajām vēstulēm", bool(r["discount_emails"]) and 1 not in r["discount_emails"],
              "Ceļvedī atlaide ir pēdējā vēstulē, kad abonents jau iepazinis jūsu darbu; atzīmējiet, kurā vēstulē "
              "tā ir, un nesāciet ar to."),
        Check(f"Atlaide {fmt.integer(low)}–{fmt.integer(high)} %", low <= a["discount_pct"] <= high,
              f"Rokasgrāmata iesaka {fmt.integer(low)}–{fmt.integer(high)} % atlaidi pirmajam pirkumam."),
        Check("Atlaide mazāka par bruto peļņas daļu", a["discount_pct"] < a["margin_pct"],
              "Labi: pēc atlaides katrs pasūtījums vēl nes peļņu." if a["discount_pct"] < a["margin_pct"] else
              "Ar šādu atlaidi katrs pasūtījums ir zaudējumos."),
        Note("Pirkšanas īpatsvars ar atlaidi un bez tās laukos ir piemērs: pārbaudiet to savā e-pasta rīkā, "
             "piemēram, ar A/B testu (vingrinājums E62)."),
        Note("Avots: rokasgrāmata, sadaļa „E-pasts” (3–5 iepazīšanās vēstules, 10–15 % atlaide); ceļvedis "
             "„E-pastu automatizācija: kā izveidot pārdošanas mašīnu, kas strādā 24/7”, sadaļa „1. Sveiciena sērija” "
             "(vēstules 0., 2., 4. un 6. dienā)."),
    ]


EXERCISE = Exercise(
    id="E41",
    title="Sveiciena e-pastu sērija",
    chapter=18,
    intro=(
        "Uzrakstiet 3–5 sveiciena vēstuļu plānu jauniem abonentiem un izvēlieties atlaidi pirmajam pirkumam. "
        "Aprēķins parāda, vai atlaide atnes vairāk peļņas, nekā maksā, jo to saņem arī tie, kas pirktu bez tās."
    ),
    fields=[
        TableField("emails", "Vēstules", "3–5 vēstules: diena, tēmas rindiņa, saturs.", columns=COLUMNS, min_rows=3,
                   max_rows=5, default=DEFAULT_ROWS),
        PercentField("discount_pct", "Atlaide pirmajam pirkumam", "Rokasgrāmata: 10–15 %.", default="10",
                     maximum=90),
        IntegerField("subscribers", "Jauni abonenti mēnesī", "Cik cilvēku mēnesī pierakstās.", default="40",
                     maximum=1_000_000),
        PercentField("conv_without", "Pirmo reizi pērk bez atlaides", "Cik procentu jauno abonentu nopērk bez atlaides.",
                     default="3"),
        PercentField("conv_with", "Pirmo reizi pērk ar atlaidi", "Cik procentu nopērk, ja sērijā ir atlaide.",
                     default="8"),
        MoneyField("order_value", "Vidējā pasūtījuma vērtība", "No E24, ja to esat aizpildījuši.", default="45",
                   maximum=100_000, profile="avg_order_value"),
        PercentField("margin_pct", "Bruto peļņas daļa", "Cik no pasūtījuma vērtības paliek pēc materiāliem, maksām "
                     "un piegādes.", default="50"),
    ],
    compute=compute,
    view=view,
)
