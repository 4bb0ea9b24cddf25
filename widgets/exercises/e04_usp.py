"""E04 Unikālā pārdošanas piedāvājuma darblapa (chapter 4)."""

from __future__ import annotations

from .. import class_summary, views
from ..blocks import Check, Note, Text
from ..calc.text import capitalise, sentence, vague_words, words
from ..exercise import Exercise
from ..fields import LongTextField, TextField

MAX_WORDS = 60


def compute(a: dict) -> dict:
    statement = " ".join(
        part for part in (
            sentence(f"{a['business_name']} rada {a['product']}: {a['process']}, no {a['materials']}"),
            sentence(f"Paredzēts: {a['customer']}"),
            sentence(f"Ieguvums: {a['value']}"),
            sentence(f"Atšķirībā no citiem: {a['difference']}"),
            sentence(f"Pierādījums: {a['proof']}") if a["proof"] else "",
        ) if part
    )
    vague = vague_words(a["value"], a["difference"], a["skills"], a["process"])
    checks = [
        ("Īss un skaidrs (līdz 60 vārdiem)", len(words(statement)) <= MAX_WORDS,
         f"Tagad {len(words(statement))} vārdi: saīsiniet katru atbildi līdz būtiskajam."),
        ("Bez tukšiem vārdiem", not vague,
         "Aizstājiet vārdus „" + "”, „".join(vague) + "” ar konkrētu faktu (materiāls, tehnika, skaitlis)."),
        ("Nosaukts konkrēts materiāls", len(words(a["materials"])) >= 1 and a["materials"].lower() not in {"dažādi", "dažādi materiāli"},
         "Nosauciet materiālu, ko pircējs var iztēloties (piemēram, „Latgales māls”)."),
        ("Skaidrs ieguvums pircējam", len(words(a["value"])) >= 3,
         "Aprakstiet, ko pircējs iegūst (ar vismaz trim vārdiem)."),
        ("Atšķirība no konkurentiem", len(words(a["difference"])) >= 3,
         "Uzrakstiet, ko jūs darāt citādi nekā līdzīgi amatnieki."),
        ("Uzticamības pierādījums", bool(a["proof"]),
         "Pievienojiet pierādījumu: pieredzes gadi, apbalvojumi, atsauksmes, tradīcija."),
    ]
    return {"statement": statement, "checks": checks, "score": sum(ok for _, ok, _ in checks)}


def view(a: dict, r: dict) -> list:
    blocks = [
        Text("Jūsu unikālais pārdošanas piedāvājums", capitalise(r["statement"])),
        views.score_metric("Skaidrības pārbaude", r["score"], len(r["checks"])),
    ]
    blocks += [Check(label, ok, "Labi." if ok else hint) for label, ok, hint in r["checks"]]
    blocks.append(Note("Trīs piedāvājuma elementi (ieguvums, atšķirība, uzticamība): "
                       "„E-komercijas uzņēmuma izveide: globāls ceļvedis”, 1.3. sadaļa."))
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"usp_statement": r["statement"], "target_customer": a["customer"], "business_name": a["business_name"]}


def class_view(values: list[dict]) -> list:
    """The class: every learner's USP statement."""
    statements = [r["statement"] for r in class_summary.results_of(compute, values) if r.get("statement")]
    return [class_summary.finished(values),
            Text("Unikālie piedāvājumi (USP)", "\n\n".join("• " + s for s in statements[:class_summary.MAX_TEXTS]))]


EXERCISE = Exercise(
    id="E04",
    title="Unikālā pārdošanas piedāvājuma darblapa",
    chapter=4,
    intro=(
        "Atbildiet uz jautājumiem par savām prasmēm, materiāliem, darba procesu un pircēja ieguvumu. "
        "Darblapa saliek no tiem piedāvājuma tekstu un pārbauda, vai tas ir skaidrs un konkrēts."
    ),
    fields=[
        TextField("business_name", "Jūsu vārds vai zīmols", default="Māla māja", max_length=80, profile="business_name"),
        TextField("product", "Ko jūs radāt? (ko?)", "Piemēram, „roku darinātas krūzes un bļodas”.",
                  default="roku darinātas krūzes un bļodas", max_length=150),
        LongTextField("skills", "Jūsu prasmes un pieredze", "Ko protat, kur mācījāties.",
                      default="Apgūta podniecība pie Latgales meistara, 8 gadu pieredze uz ripas", max_length=500),
        TextField("materials", "No kādiem materiāliem?", default="vietējā Latgales māla", max_length=150),
        TextField("process", "Kā jūs to darāt?", "Tehnika vai process, kas jūs atšķir.",
                  default="katrs trauks virpots ar roku un apdedzināts malkas krāsnī", max_length=200),
        TextField("customer", "Kam tas paredzēts?", "Jūsu ideālais pircējs.",
                  default="cilvēkiem, kas ikdienā novērtē dabiskus materiālus", max_length=200, profile="target_customer"),
        TextField("value", "Ko pircējs iegūst?", "Ieguvums vai sajūta, nevis īpašība.",
                  default="ikdienas rituāls ar lietu, kurai ir stāsts un siltums", max_length=200),
        TextField("difference", "Ar ko jūs atšķiraties no citiem?", default="glazūras jauktas no vietējiem augu pelniem", max_length=200),
        TextField("proof", "Pierādījums", "Apbalvojums, pieredze, atsauksmes.", default="", required=False, max_length=200),
    ],
    compute=compute,
    view=view,
    class_view=class_view,
    profile_out=profile_out,
)
