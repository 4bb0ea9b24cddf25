"""E29 Psiholoģiskā cena (chapter 14): base price → charm, prestige, bundle and anchor variants."""

from __future__ import annotations

import math

from .. import fmt, views
from ..blocks import Chart, Check, Note, Text
from ..calc import pricing
from ..exercise import ComputationError, Exercise
from ..fields import ChoiceField, MoneyField, PercentField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Cenas veidošanas stratēģijas”, apakšsadaļa „Psiholoģiskie paņēmieni cenas "
          "noteikšanai” (šarma, prestiža, komplekta un enkura cena).")
EVERYDAY, PREMIUM = "Ikdienas prece vai dāvana", "Augstākās klases vai kolekcijas darbs"


def charm_ending(price: float, digit: int) -> float:
    """The nearest price at or below ``price`` ending in ``digit`` (49 or 47 instead of 50).

    Under 10 € the digit moves to the cents (4,90 or 4,70 instead of 5); never below 0.
    """
    if price < 10:
        cents = digit / 10
        return max(round(math.floor(price - cents + 1e-9) + cents, 2), 0.0) if price >= cents else round(price, 2)
    whole = math.floor(price)
    candidate = whole - (whole % 10) + digit
    if candidate > price:
        candidate -= 10
    return float(max(candidate, 0))


def charm_above(floor: float, digit: int = 9) -> float:
    """The lowest whole price ending in ``digit`` at or above ``floor`` (the next charm price over the floor)."""
    whole = math.ceil(floor)
    candidate = whole - (whole % 10) + digit
    if candidate < floor:
        candidate += 10
    return float(candidate)


def prestige(price: float) -> float:
    """A round price at or above ``price``: to 5 € under 100 €, to 10 € above (this workbook's rounding step)."""
    step = 5 if price < 100 else 10
    return float(math.ceil(price / step - 1e-9) * step)


def compute(a: dict) -> dict:
    base, floor = a["base"], a["floor"]
    if base <= 0:
        raise ComputationError("Pamatcena ir 0 €: ievadiet izstrādājuma cenu.")
    if floor > base:
        raise ComputationError(f"Pamatcena {fmt.money(base)} ir zem cenas grīdas {fmt.money(floor)}: vispirms paceliet "
                               "pamatcenu (skatiet E28).")
    charm9 = pricing.charm_price(base) if base >= 10 else charm_ending(base, 9)
    bundle_full = base + a["companion"]
    bundle = round(bundle_full * (1 - a["bundle_discount"] / 100), 2)
    variants = [
        ("Pamatcena", base, "jūsu aprēķinātā cena"),
        ("Šarma cena (…9)", charm9, "ikdienas precēm un dāvanām"),
        ("Šarma cena (…7)", charm_ending(base, 7), "ikdienas precēm un dāvanām"),
        ("Prestiža cena", prestige(base), "augstākās klases darbiem, kolekcijām"),
    ]
    if a["companion"] > 0:
        variants.append(("Komplekta cena", bundle, "lielākai pasūtījuma vērtībai"))
    if a["anchor"] > 0:
        variants.append(("Enkura izstrādājums", a["anchor"], "rāda blakus, lai pamatcena šķiet saprātīga"))
    below = [(name, price) for name, price, _ in variants[1:4] if price < floor] if floor else []
    return {
        "variants": variants,
        "charm9": charm9,
        "prestige": prestige(base),
        "bundle": bundle,
        "bundle_full": bundle_full,
        "bundle_saving": bundle_full - bundle,
        "anchor_ratio": a["anchor"] / base if a["anchor"] else None,
        "below_floor": below,
        "safe_charm": charm_above(floor) if floor else None,
        "recommended": charm9 if a["positioning"] == EVERYDAY else prestige(base),
    }


def view(a: dict, r: dict) -> list:
    base, floor = a["base"], a["floor"]
    rows = [(name, price, price - base, (price - base) / base * 100, (price - floor) if floor else None, use)
            for name, price, use in r["variants"]]
    style = "šarma" if a["positioning"] == EVERYDAY else "prestiža"
    rec = r["recommended"]
    if floor and rec < floor:
        rec = r["safe_charm"]
    advice = (f"Jūsu pozicionējums: {a['positioning'].lower()}. Ieteicamā cena: {fmt.money(rec)} ({style} stils). "
              "Nejauciet šarma un prestiža stilu vienā kolekcijā — tas mazina uzticību.")
    if a["companion"] > 0:
        advice += (f"\n\nKomplekts „{a['product']}” + „{a['companion_name'] or 'papildu prece'}”: "
                   f"{fmt.money(r['bundle'])} {fmt.money(r['bundle_full'])} vietā (pircējs ietaupa "
                   f"{fmt.money(r['bundle_saving'])}).")
    if r["anchor_ratio"]:
        advice += (f"\n\nEnkurs: blakus {fmt.money(a['anchor'])} darbam {fmt.money(base)} šķiet pieejamāks "
                   f"(enkurs ir {fmt.number(r['anchor_ratio'], 1)} reizes dārgāks).")
    blocks = [
        views.money_metric("Ieteicamā cena", rec, f"{style.capitalize()} cena jūsu pozicionējumam."),
        views.money_metric("Šarma cena", r["charm9"], "Beidzas ar 9, piemēram, 49 €, nevis 50 €."),
        views.money_metric("Prestiža cena", r["prestige"], "Apaļš skaitlis, piemēram, 50 €, nevis 49,99 €."),
    ]
    if a["companion"] > 0:
        blocks.append(views.money_metric("Komplekta cena", r["bundle"], f"Atlaide {fmt.percent(a['bundle_discount'])}."))
    blocks += [
        views.table(f"Cenu varianti: {a['product']}",
                    ["Variants", "Cena", "Pret pamatcenu", "Izmaiņa", "Virs grīdas", "Kam der"], rows,
                    [None, "money", "money", "percent", "money", None]),
        Chart("barh", "Cenu varianti", [name for name, _, _ in r["variants"]],
              {"€": [price for _, price, _ in r["variants"]]}, xlabel="€"),
        Text("Ieteikums", advice),
    ]
    if floor:
        blocks.append(Check("Visi varianti virs cenas grīdas", not r["below_floor"],
                            "Zem grīdas: " + ", ".join(f"{n} {fmt.money(p)}" for n, p in r["below_floor"])
                            + f". Izvēlieties nākamo piemēroto cenu, piemēram, {fmt.money(r['safe_charm'])}."
                            if r["below_floor"] else f"Labi: neviens variants nav zem {fmt.money(floor)}."))
    if a["anchor"] > 0:
        blocks.append(Check("Enkurs ir dārgāks par pamatcenu", a["anchor"] > base,
                            "Enkuram jābūt augstākās klases iespējai, dārgākai par jūsu pamatcenu."
                            if a["anchor"] <= base else "Labi: enkurs liek pamatcenai izskatīties saprātīgai."))
    blocks.append(Note(SOURCE + " Prestiža cenas noapaļošana līdz 5 € (virs 100 € — līdz 10 €) ir šīs darba burtnīcas "
                       "pieņēmums."))
    return blocks


EXERCISE = Exercise(
    id="E29",
    title="Psiholoģiskā cena",
    chapter=14,
    intro=(
        "No savas pamatcenas izveidojiet šarma, prestiža, komplekta un enkura variantus. Cenas noformējums ietekmē "
        "pircēja uztveri, bet neviens paņēmiens nedrīkst nolaist cenu zem jūsu aprēķinātās grīdas."
    ),
    fields=[
        TextField("product", "Produkts", default="Māla krūze", max_length=120, profile="product_name"),
        MoneyField("base", "Pamatcena", "No cenas kalkulatora (E28), ja to jau aizpildījāt.", default="54,37",
                   maximum=100_000, profile="retail_price"),
        MoneyField("floor", "Cenas grīda", "Zemākā cena, kas sedz izmaksas un maksas (E28 „Minimālā cena”).",
                   default="47,28", maximum=100_000, required=False),
        ChoiceField("positioning", "Pozicionējums", "Šarma cena der ikdienas precēm, prestiža — augstākās klases darbiem.",
                    default=EVERYDAY, options=[EVERYDAY, PREMIUM]),
        TextField("companion_name", "Papildu prece komplektam", "Piemēram, apakštase pie krūzes.", default="Apakštase",
                  max_length=80, required=False),
        MoneyField("companion", "Papildu preces cena", "Atstājiet tukšu, ja komplekta nav.", default="18",
                   maximum=100_000, required=False),
        PercentField("bundle_discount", "Komplekta atlaide", "Neliela atlaide, lai komplekts būtu izdevīgāks.",
                     default="10", maximum=90),
        MoneyField("anchor", "Enkura izstrādājuma cena", "Jūsu dārgākais, augstākās klases darbs (piemēram, 180 € vāze).",
                   default="160", maximum=1_000_000, required=False),
    ],
    compute=compute,
    view=view,
)
