"""E66 Mans e-komercijas plāns (chapter 32): every saved answer → one plan, ordered by the book's parts.

The learner adds a vision, three priorities for the next 90 days and a start month; the plan itself is
assembled by :mod:`widgets.plan` from the saved answers the session puts into the ``saved`` field.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import fmt, plan, views
from ..app import link_suffix
from ..blocks import Check, Metric, Note, Section, Text
from ..exercise import ComputationError, Exercise
from ..fields import ChoiceField, LongTextField, SavedAnswersField, TextField, count_exercises

MONTHS = ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris",
          "oktobris", "novembris", "decembris"]
YEARS = [str(y) for y in range(2025, 2036)]
DAYS = 90  # the plan's horizon: the next 90 days
MAX_SENTENCES = 2  # a vision in one or two sentences


def _date(d: date) -> str:
    return f"{d:%d.%m.%Y}."


def sentences(text: str) -> int:
    """How many sentences a text has (ended by . ! ? or …; a last one without a full stop counts too)."""
    parts = [p for p in re.split(r"[.!?…]+(?:\s+|$)", text.strip()) if p.strip()]
    return len(parts)


def compute(a: dict) -> dict:
    priorities = [a["priority_1"], a["priority_2"], a["priority_3"]]
    seen: dict[str, str] = {}
    for p in priorities:
        key = " ".join(p.casefold().split())
        if key in seen:
            raise ComputationError(f"Prioritāte „{p}” ierakstīta divreiz. Ierakstiet trīs dažādas prioritātes.")
        seen[key] = p
    start = date(int(a["start_year"]), MONTHS.index(a["start_month"]) + 1, 1)
    parts = plan.assemble(a["saved"])
    done = sum(len(p.done) for p in parts)
    total = sum(p.total for p in parts)
    return {
        "start": start,
        "review": start + timedelta(days=DAYS // 2 - 1),
        "end": start + timedelta(days=DAYS - 1),
        "priorities": priorities,
        "vision_sentences": sentences(a["vision"]),
        "parts": parts,
        "done": done,
        "total": total,
        "share": 100 * done / total if total else 0.0,
        "missing": [e.id for p in parts for e, state in p.missing if state == plan.NOT_STARTED],
        "to_review": [e.id for p in parts for e, state in p.missing if state == plan.TO_REVIEW],
    }


def view(a: dict, r: dict) -> list:
    name = a["business_name"]
    blocks = [
        Section(f"{name}: kopsavilkums", 1),
        Text("Mana vīzija", a["vision"]),
        Check("Vīzija īsi", r["vision_sentences"] <= MAX_SENTENCES,
              "Labi: vīziju var pateikt vienā elpas vilcienā." if r["vision_sentences"] <= MAX_SENTENCES
              else f"Vīzijā ir {r['vision_sentences']} teikumi: saīsiniet to līdz vienam vai diviem."),
        views.table(f"Prioritātes {DAYS} dienām ({_date(r['start'])}–{_date(r['end'])})",
                    ["Nr.", "Prioritāte", "Starpposma pārbaude", "Termiņš"],
                    [[i, p, _date(r["review"]), _date(r["end"])] for i, p in enumerate(r["priorities"], start=1)],
                    ["integer", None, None, None]),
        Metric("Aizpildīti vingrinājumi", f"{fmt.integer(r['done'])} no {fmt.integer(r['total'])}",
               f"Vēl jāaizpilda: {count_exercises(len(r['missing']))}."
               + (f" Jāpārskata: {count_exercises(len(r['to_review']))}." if r["to_review"] else "")),
        views.percent_metric("Plāna gatavība", r["share"]),
        plan.progress_chart(r["parts"]),
    ]
    if not r["done"]:
        blocks.append(Note("Plānā vēl nav neviena pabeigta vingrinājuma. Sāciet ar pamatiem: amata profilu, unikālo "
                           "piedāvājumu, sākuma budžetu un cenu kalkulatoru.", "warning"))
    blocks += plan.part_blocks(r["parts"], link_suffix())
    blocks.append(Note(
        "Plāns ir dzīvs dokuments: kad mainās cenas, kolekcija vai skaitļi, atgriezieties pie vingrinājumiem un "
        "lejupielādējiet jaunu plāna versiju. Trīs principi, kas der ikvienam: pirmajā vietā klientu apmierinātība, "
        "pielāgošanās jaunām tehnoloģijām un nepārtraukta sekošana savam rezultātam. Avots: „E-komercijas uzņēmuma "
        "izveide: globāls ceļvedis”, sadaļa „Secinājums”; rokasgrāmata, sadaļa „Par šo rokasgrāmatu”."))
    return blocks


EXERCISE = Exercise(
    id="E66",
    title="Mans e-komercijas plāns",
    chapter=32,
    intro=(
        "Šeit visas jūsu saglabātās atbildes kļūst par vienu plānu, sakārtotu tāpat kā grāmata. Pievienojiet savu "
        "vīziju un trīs prioritātes nākamajām 90 dienām, pārskatiet, kas vēl trūkst, un lejupielādējiet plānu: to "
        "varat izmantot ikdienā un sarunās ar partneriem un finansētājiem."
    ),
    fields=[
        TextField("business_name", "Uzņēmuma vai zīmola nosaukums", default="Māla māja", max_length=80,
                  profile="business_name"),
        LongTextField("vision", "Mana vīzija", "Viens vai divi teikumi: kur būs jūsu uzņēmums pēc trim gadiem?",
                      default="Pēc trim gadiem Māla māja ir pazīstams roku darba keramikas zīmols Latvijā un Eiropā. "
                              "Amats man dod stabilus ienākumus, un pircēji atgriežas pēc jauniem darbiem.",
                      max_length=400),
        TextField("priority_1", "Pirmā prioritāte nākamajām 90 dienām", "Konkrēts, pārbaudāms darbs.",
                  default="Atvērt Etsy veikalu ar 20 produktiem", max_length=150),
        TextField("priority_2", "Otrā prioritāte nākamajām 90 dienām",
                  default="Publicēt 3 ierakstus nedēļā Instagram un Pinterest", max_length=150),
        TextField("priority_3", "Trešā prioritāte nākamajām 90 dienām",
                  default="Savākt 100 e-pasta abonentus ar sveiciena e-pastu sēriju", max_length=150),
        ChoiceField("start_month", "Sākuma mēnesis", default="janvāris", options=MONTHS),
        ChoiceField("start_year", "Sākuma gads", default="2027", options=YEARS),
        SavedAnswersField("saved", "Saglabātās atbildes",
                          "Jūsu pabeigto vingrinājumu jaunākās atbildes; tās ņemtas no krātuves, šeit tās nav jāmaina."),
    ],
    compute=compute,
    view=view,
)
