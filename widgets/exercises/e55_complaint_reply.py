"""E55 Problēmu risināšanas scenārijs (chapter 25): a complaint through the five steps → a reply draft."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Check, Note, Text
from ..calc.text import capitalise, sentence, words
from ..exercise import ComputationError, Exercise
from ..fields import ChecklistField, LongTextField, MoneyField, NumberField, PercentField, TextField

SOURCE = "Avots: rokasgrāmata, sadaļa „Klientu serviss”, apakšsadaļa „Problēmu risināšanas rāmis”."
FIRST_REPLY_H = 12  # the handbook's standard for problems: first reply within 12 h
PLAN_H = 48  # … and a plan within 48 h

NEW, FULL, PARTIAL, VOUCHER = ("Jauns izstrādājums bez maksas", "Pilna atmaksa", "Daļēja atmaksa",
                               "Atlaide nākamajam pirkumam")
OFFERS = [NEW, FULL, PARTIAL, VOUCHER]
STEPS = [("listen", "1. Uzklausiet"), ("investigate", "2. Izpētiet"), ("offers", "3. Piedāvājiet risinājumu"),
         ("act", "4. Rīkojieties"), ("prevent", "5. Neatkārtojiet kļūdu")]
MIN_WORDS = 4  # a step written in fewer words is hardly a sentence


def _end(text: str) -> str:
    """The learner's sentence with a capital letter and an end mark (a question keeps its question mark)."""
    text = capitalise((text or "").strip())
    return text if not text or text[-1] in ".!?…" else sentence(text)


def _offer_text(offer: str, a: dict) -> str:
    if offer == NEW:
        return "izgatavošu jums jaunu izstrādājumu un nosūtīšu to bez maksas"
    if offer == FULL:
        return f"atmaksāšu visu summu ({fmt.money(a['price'])})"
    if offer == PARTIAL:
        return f"atmaksāšu {fmt.percent(a['partial_pct'], 0)} no summas ({fmt.money(a['price'] * a['partial_pct'] / 100)})"
    return f"nākamajam pirkumam došu {fmt.money(a['voucher'])} atlaidi"


def _offer_cost(offer: str, a: dict) -> float:
    if offer == NEW:
        return a["unit_cost"] + a["shipping"]
    if offer == FULL:
        return a["price"]
    if offer == PARTIAL:
        return a["price"] * a["partial_pct"] / 100
    return a["voucher"]


def compute(a: dict) -> dict:
    if a["plan_hours"] < a["first_reply_hours"]:
        raise ComputationError("Risinājuma plānu nevar nosūtīt ātrāk par pirmo atbildi: pārbaudiet abus laikus.")
    offers = a["offers"]
    if len(offers) == 1:
        offer_sentence = "Piedāvāju risinājumu: " + _offer_text(offers[0], a)
    else:
        count = {2: "divas", 3: "trīs", 4: "četras"}[len(offers)]
        parts = [_offer_text(o, a) for o in offers]
        offer_sentence = f"Varu piedāvāt {count} iespējas: " + ", ".join(parts[:-1]) + " vai " + parts[-1]
    body = " ".join(part for part in (
        _end(a["listen"]),
        _end(a["investigate"]),
        _end(offer_sentence),
        _end(a["act"]),
        _end(a["prevent"]),
    ) if part)
    draft = f"Labdien, {a['customer']}!\n\n{body}\n\nAr cieņu\n{a['signature']}"
    costs = sorted(((o, _offer_cost(o, a)) for o in offers), key=lambda p: p[1])
    thin = [label for key, label in STEPS if key != "offers" and len(words(a[key])) < MIN_WORDS]
    return {"draft": draft, "costs": costs, "thin_steps": thin, "word_count": len(words(body))}


def view(a: dict, r: dict) -> list:
    cheapest, cheapest_cost = r["costs"][0]
    blocks = [
        Text(f"Atbildes melnraksts: {a['problem']}", r["draft"]),
        views.table("Ko jums maksā katrs piedāvātais risinājums", ["Risinājums", "Izmaksas jums"],
                    [[o, c] for o, c in r["costs"]], [None, "money"]),
        views.money_metric("Lētākais no piedāvātajiem", cheapest_cost, f"{cheapest}."),
        Check(f"Pirmā atbilde {FIRST_REPLY_H} stundu laikā", a["first_reply_hours"] <= FIRST_REPLY_H,
              "Labi." if a["first_reply_hours"] <= FIRST_REPLY_H
              else f"Rokasgrāmata iesaka uz problēmu atbildēt pirmo reizi {FIRST_REPLY_H} stundu laikā."),
        Check(f"Risinājuma plāns {PLAN_H} stundu laikā", a["plan_hours"] <= PLAN_H,
              "Labi." if a["plan_hours"] <= PLAN_H
              else f"Rokasgrāmata iesaka risinājuma plānu {PLAN_H} stundu laikā."),
        Check("Visi pieci soļi uzrakstīti", not r["thin_steps"],
              "Labi." if not r["thin_steps"]
              else "Papildiniet soļus (vismaz četri vārdi katrā): " + ", ".join(r["thin_steps"]) + "."),
        Check("Klientam ir izvēle", len(a["offers"]) >= 2,
              "Labi: pircējs var izvēlēties sev piemērotāko." if len(a["offers"]) >= 2
              else "Piedāvājiet divas iespējas, piemēram, jaunu izstrādājumu vai atmaksu."),
        Note("Pēc sarunas pierakstiet problēmas cēloni un to, ko mainījāt (piemēram, iepakojumā): tā ir 5. soļa "
             "būtība, un šie ieraksti noder servisa rādītājiem."),
        Note(SOURCE),
    ]
    return blocks


EXERCISE = Exercise(
    id="E55",
    title="Problēmu risināšanas scenārijs",
    chapter=25,
    intro=(
        "Izvēlieties sūdzību, ko esat saņēmis vai varētu saņemt, un uzrakstiet, ko darīsiet katrā no pieciem "
        "soļiem. Rezultātā iegūsiet atbildes vēstules melnrakstu un redzēsiet, cik jums maksā katrs piedāvātais "
        "risinājums, lai mierīgi atbildētu arī tad, kad kaut kas noiet greizi."
    ),
    fields=[
        TextField("problem", "Kas notika", "Īsi: sūdzības būtība.", default="Krūze pienāca saplīsusi", max_length=150),
        TextField("customer", "Uzruna", "Kā uzrunāsiet klientu, piemēram, „Mārtiņ”.", default="Mārtiņ", max_length=60),
        LongTextField("listen", "Uzklausiet (1. solis): parādiet, ka saprotat", default=(
            "Man ļoti žēl, ka krūze pie jums nonāca saplīsusi — zinu, cik gaidīts bija šis sūtījums"), max_length=500),
        LongTextField("investigate", "Izpētiet (2. solis): ko lūdzat vai pārbaudāt", default=(
            "Lūdzu, atsūtiet fotogrāfiju ar krūzi un kasti, lai saprotu, kur iepakojums nav izturējis"), max_length=500),
        ChecklistField("offers", "Piedāvājiet risinājumu (3. solis)", "Atzīmējiet vienu vai vairākas iespējas.",
                       options=OFFERS, min_selected=1, default=[NEW, FULL]),
        LongTextField("act", "Rīkojieties (4. solis): ko darīsiet un kad", default=(
            "Tiklīdz izvēlēsieties, uzreiz to izdarīšu un atsūtīšu izsekošanas numuru"), max_length=500),
        LongTextField("prevent", "Neatkārtojiet kļūdu (5. solis): ko mainīsiet", default=(
            "Jūsu fotogrāfija man palīdzēs uzlabot iepakojumu, lai tas vairs neatkārtotos"), max_length=500),
        TextField("signature", "Paraksts", default="Māla māja", max_length=80, profile="business_name"),
        MoneyField("price", "Pasūtījuma summa", default="38", maximum=100_000, profile="retail_price"),
        MoneyField("unit_cost", "Izstrādājuma pašizmaksa", "No vingrinājuma E28.", default="14", maximum=100_000,
                   profile="unit_cost"),
        MoneyField("shipping", "Atkārtotas sūtīšanas izmaksas", default="4,50", maximum=1000),
        PercentField("partial_pct", "Daļējās atmaksas apmērs", default="30"),
        MoneyField("voucher", "Atlaide nākamajam pirkumam", default="10", maximum=10_000),
        NumberField("first_reply_hours", "Pirmā atbilde pēc", "Stundas no sūdzības saņemšanas.", default="4", unit="h",
                    maximum=720, decimals=1),
        NumberField("plan_hours", "Risinājuma plāns pēc", "Stundas no sūdzības saņemšanas.", default="24", unit="h",
                    maximum=720, decimals=1),
    ],
    compute=compute,
    view=view,
)
