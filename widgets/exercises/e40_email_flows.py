"""E40 E-pasta automatizācijas plūsmas (chapter 18)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note
from ..exercise import Exercise
from ..fields import ChoiceField, FieldError, TableField, TextField, parse_number

DAYS, HOURS = "dienas", "stundas"
MAX_EMAILS = 6
MAX_DAYS = 60  # a flow longer than two months is a campaign, not a reminder

# The guide's six flows (section "Sešas būtiskākās e-pasta automātiskās plūsmas un to ieviešanas soļi"):
# name, trigger, delays, unit and the guide's recommendation shown beside the learner's plan.
FLOWS = [
    ("Sveiciena sērija", "Pierakstīšanās", "0; 2; 4; 6", DAYS, "4 vēstules: 0., 2., 4., 6. dienā"),
    ("Pamestais grozs", "Pirkums nav pabeigts", "1; 24; 48", HOURS, "3 vēstules: pēc 1–2 h, 24 h, 48 h"),
    ("Pēc pirkuma", "Pasūtījums", "0; 3; 10; 17", DAYS,
     "Apstiprinājums, piegādes ziņas, padomi 7 un atsauksmes lūgums 14 dienas pēc piegādes"),
    ("Atkārtota iesaiste", "2–3 mēneši bez atvēršanas", "0; 7; 14", DAYS, "3 vēstules: 0., 7., 14. dienā"),
    ("Produktu ieteikumi", "Skatīts vai pirkts produkts", "1", DAYS, "3–5 ieteikumi vēstulē; laiku ceļvedis nenosaka"),
    ("Dzīves cikls", "Dzimšanas diena, gadadiena, VIP līmenis", "0", DAYS, "Pa vienai vēstulei notikuma dienā"),
]


@dataclass
class DelaysField(TextField):
    """Send times after the trigger, typed as ``0; 2; 4; 6`` (``0, 2, 4, 6`` works too): a rising list of numbers."""

    def parse(self, raw: Any) -> list[float]:  # type: ignore[override]
        text = super().parse(raw)
        if not text:
            return []
        parts = re.split(r";|,\s+|\s+", text.strip(" ;"))
        if len(parts) == 1 and text.count(",") > 1:
            parts = text.split(",")  # "0,2,4,6": commas as separators, not decimals
        values = []
        for part in (p for p in parts if p.strip()):
            try:
                values.append(parse_number(part))
            except FieldError:
                raise FieldError("Ierakstiet laikus ar semikolu, piemēram, 0; 2; 4; 6.") from None
        if not values:
            raise FieldError("Ierakstiet vismaz vienu laiku, piemēram, 0.")
        if len(values) > MAX_EMAILS:
            raise FieldError(f"Plūsmā ne vairāk kā {MAX_EMAILS} vēstules.")
        if any(v > 8760 for v in values):
            raise FieldError("Laiks ir neticami liels: ne vairāk kā gads (365 dienas vai 8 760 stundas).")
        if any(v < 0 for v in values):
            raise FieldError("Laiks nevar būt negatīvs: 0 nozīmē uzreiz pēc iedarbinātāja.")
        if any(b <= a for a, b in zip(values, values[1:])):
            raise FieldError("Katrai nākamajai vēstulei jābūt vēlāk par iepriekšējo, piemēram, 0; 2; 4.")
        return values

    def to_raw(self, value: Any) -> str:
        if isinstance(value, (list, tuple)):
            return "; ".join(fmt.plain(fmt.number(v, 1)).replace(" ", "") for v in value)
        return "" if value is None else str(value)


COLUMNS = [
    TextField("flow", "Plūsma", default="", max_length=60, readonly=True),
    TextField("trigger", "Iedarbinātājs", "Kas sāk plūsmu.", default="", max_length=120),
    DelaysField("delays", "Vēstuļu laiki", "Pēc iedarbinātāja, ar semikolu: 0; 2; 4; 6.", default="", max_length=80),
    ChoiceField("unit", "Mērvienība", default=DAYS, options=[DAYS, HOURS]),
]
DEFAULT_ROWS = [{"flow": n, "trigger": t, "delays": d, "unit": u} for n, t, d, u, _g in FLOWS]


def _days(value: float, unit: str) -> float:
    return value / 24 if unit == HOURS else value


def _when(values: list[float], unit: str) -> str:
    if unit == HOURS:
        return ", ".join(f"{fmt.number(v, 1)} h" for v in values)
    return ", ".join(f"{fmt.number(v, 1)}." for v in values) + " diena"


def compute(a: dict) -> dict:
    flows = []
    for i, row in enumerate(a["flows"]):
        days = [_days(v, row["unit"]) for v in row["delays"]]
        flows.append({"name": row["flow"] or FLOWS[i % len(FLOWS)][0], "trigger": row["trigger"],
                      "delays": row["delays"], "unit": row["unit"], "days": days,
                      "guide": FLOWS[i][4] if i < len(FLOWS) else ""})
    welcome, cart = flows[0], flows[1]
    late = [f["name"] for f in flows if f["days"] and f["days"][-1] > MAX_DAYS]
    return {
        "flows": flows,
        "emails": sum(len(f["days"]) for f in flows),
        "welcome_now": bool(welcome["days"]) and welcome["days"][0] == 0,
        "cart_first_hours": cart["days"][0] * 24 if cart["days"] else None,
        "cart_last_hours": cart["days"][-1] * 24 if cart["days"] else None,
        "empty": [f["name"] for f in flows if not f["days"]],
        "late": late,
    }


def view(a: dict, r: dict) -> list:
    flows = r["flows"]
    points = [(row, d, f"{n}.") for row, f in enumerate(flows) for n, d in enumerate(f["days"], start=1)]
    first_cart, last_cart = r["cart_first_hours"], r["cart_last_hours"]
    cart_ok = first_cart is not None and first_cart <= 2
    return [
        Metric("Automātiskās vēstules kopā", fmt.integer(r["emails"]), "Katru iestatāt vienreiz, pēc tam tā strādā pati."),
        Chart("timeline", "Sešas plūsmas: kad pienāk katra vēstule", [f["name"] for f in flows],
              {"start": [f["days"][0] if f["days"] else 0 for f in flows],
               "length": [f["days"][-1] - f["days"][0] if f["days"] else 0 for f in flows]},
              xlabel="Dienas pēc iedarbinātāja", ylabel="Plūsma", options={"points": points}),
        views.table("Plūsmu plāns", ["Plūsma", "Iedarbinātājs", "Vēstules", "Laiki", "Ceļveža ieteikums"],
                    [(f["name"], f["trigger"] or "—", len(f["days"]),
                      _when(f["delays"], f["unit"]) if f["delays"] else "—", f["guide"]) for f in flows],
                    [None, None, "integer", None, None]),
        Check("Sveiciena vēstule pienāk uzreiz", r["welcome_now"],
              "Labi: pirmā vēstule ar solīto piedāvājumu pienāk uzreiz." if r["welcome_now"] else
              "Ceļvedis iesaka pirmo sveiciena vēstuli sūtīt uzreiz pēc pierakstīšanās (0. dienā)."),
        Check("Pirmais groza atgādinājums 1–2 stundu laikā", cart_ok,
              "Labi: pircējs vēl atceras, ko ielika grozā." if cart_ok else
              "Ceļvedis iesaka pirmo atgādinājumu 1–2 stundas pēc groza pamešanas."),
        Check("Groza atgādinājumi beidzas 2 dienu laikā", last_cart is not None and last_cart <= 48,
              "Ceļveža trešā vēstule „Pēdējā iespēja” pienāk pēc 48 stundām; vēlāk pircējs jau būs izvēlējies."),
        Check("Katrā plūsmā ir vismaz viena vēstule", not r["empty"],
              "Ierakstiet laikus: " + ", ".join(r["empty"]) + "." if r["empty"] else "Labi: visas sešas plūsmas ir plānotas."),
        Check(f"Plūsmas nav garākas par {MAX_DAYS} dienām", not r["late"],
              "Saīsiniet: " + ", ".join(r["late"]) + "." if r["late"] else "Labi: plūsmas ir īsas un laicīgas."),
        Note("Pēc pirkuma plūsmas laiki šeit skaitīti no pasūtījuma, pieņemot, ka piegāde notiek 3. dienā "
             "(padomi 7 un atsauksmes lūgums 14 dienas pēc piegādes). Produktu ieteikumu laiks ir piemērs."),
        Note("Avots: ceļvedis „E-pastu automatizācija: kā izveidot pārdošanas mašīnu, kas strādā 24/7”, sadaļa "
             "„Sešas būtiskākās e-pasta automātiskās plūsmas un to ieviešanas soļi”."),
    ]


EXERCISE = Exercise(
    id="E40",
    title="E-pasta automatizācijas plūsmas",
    chapter=18,
    intro=(
        "Katrai no sešām plūsmām ierakstiet, kas to iedarbina un cik dienas vai stundas pēc tam pienāk katra vēstule. "
        "Laika grafikā redzēsiet visas plūsmas kopā un pārbaudīsiet, vai pircējs saņem pareizo ziņu pareizajā laikā."
    ),
    fields=[
        TableField("flows", "Plūsmas", "Sešas rindas: viena katrai plūsmai.", columns=COLUMNS, min_rows=6, max_rows=6,
                   fixed_rows=True, default=DEFAULT_ROWS),
    ],
    compute=compute,
    view=view,
)
