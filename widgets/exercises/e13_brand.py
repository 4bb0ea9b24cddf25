"""E13 Zīmola veidošanas darblapa (chapter 7)."""

from __future__ import annotations

import re
from collections import Counter

from .. import class_summary, views
from ..blocks import Chart, Check, Note, Text
from ..calc.text import sentence, words
from ..exercise import Exercise
from ..fields import ChecklistField, ChoiceField, LongTextField, TextField

ATTRIBUTES = [
    "Siltums", "Autentiskums", "Tradīcija", "Mūsdienīgums", "Ilgtspēja", "Rotaļīgums",
    "Elegance", "Vienkāršība", "Drosme", "Dabiskums", "Meistarība", "Vietējā identitāte",
]
VOICES = ["Silta un draudzīga", "Eleganta un nosvērta", "Rotaļīga un dzīvespriecīga", "Lietišķa un skaidra"]
TYPE_STYLES = ["Klasisks burtveidols ar serifiem", "Moderns burtveidols bez serifiem", "Rokraksta akcents virsrakstos"]
PHOTO_STYLES = ["Gaišs, dabiska gaisma", "Tumšs un dramatisks", "Dzīvesstila ainas", "Minimālistisks balts fons"]
# attribute and voice pairs that pull the brand in opposite directions
CLASHES = {
    "Rotaļīga un dzīvespriecīga": {"Elegance"},
    "Eleganta un nosvērta": {"Rotaļīgums"},
    "Lietišķa un skaidra": {"Rotaļīgums"},
}
STEPS = [
    ("Izpēte", "pamatvērtības, mērķauditorija un konkurentu zīmoli"),
    ("Koncepts", "noskaņu dēlis, krāsu un formu meklējumi"),
    ("Vizuālā identitāte", "logotips, krāsas, burtveidoli un fotogrāfiju stils"),
    ("Ieviešana", "vienādi visur: vietnē, sociālajos tīklos, iepakojumā"),
]


def split_list(text: str) -> list[str]:
    """Split "a, b un c" into items."""
    return [p.strip() for p in re.split(r",|;|\bun\b|\n", text or "") if p.strip()]


def compute(a: dict) -> dict:
    colours = split_list(a["colours"])
    clashes = sorted(CLASHES.get(a["voice"], set()) & set(a["attributes"]))
    story_words = len(words(a["story"]))
    sheet = "\n".join([
        f"Zīmols: {a['brand_name']}",
        f"Piedāvājums: {a['usp']}" if a["usp"] else "",
        f"Raksturs: {', '.join(a['attributes']).lower()}.",
        f"Balss: {a['voice'].lower()}.",
        f"Vērtības: {sentence(a['values'])}",
        f"Pircēja sajūta: {sentence(a['feeling'])}",
        "",
        "Stāsts:",
        a["story"],
        "",
        f"Krāsas: {', '.join(colours)}.",
        f"Burtveidoli: {a['type_style'].lower()}.",
        f"Fotogrāfijas: {a['photo_style'].lower()}.",
    ])
    checks = [
        ("2–3 galvenās krāsas", 2 <= len(colours) <= 3,
         f"Tagad {len(colours)}: rokasgrāmata iesaka ierobežot galveno paleti līdz 2–3 krāsām."),
        ("Stāsts 40–150 vārdos", 40 <= story_words <= 150,
         f"Tagad {story_words} vārdi: īss stāsts, ko var izlasīt vienā elpas vilcienā."),
        ("Balss saskan ar raksturu", not clashes,
         "Balss „" + a["voice"].lower() + "” nesaskan ar: " + ", ".join(clashes).lower() + "."),
        ("Vērtības nosauktas", len(words(a["values"])) >= 2, "Nosauciet vismaz divas vērtības."),
    ]
    return {"sheet": sheet, "colours": colours, "checks": checks,
            "score": sum(ok for _, ok, _ in checks)}


def view(a: dict, r: dict) -> list:
    blocks = [Text("Zīmola lapa", r["sheet"]), views.score_metric("Saskaņotība", r["score"], len(r["checks"]))]
    blocks += [Check(label, ok, "Labi." if ok else hint) for label, ok, hint in r["checks"]]
    blocks.append(views.table("Nākamie soļi: zīmola izstrādes process", ["Solis", "Kas jādara"],
                              [(f"{i}. {name}", what) for i, (name, what) in enumerate(STEPS, start=1)], [None, None]))
    blocks.append(Note("Zīmola izstrādes četri soļi un 2–3 krāsu palete: rokasgrāmata, sadaļas „Veido savu zīmolu” "
                       "un „Vizuālās identitātes izstrāde”."))
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"brand_words": a["attributes"], "brand_voice": a["voice"], "brand_colours": r["colours"],
            "business_name": a["brand_name"]}


def class_view(values: list[dict]) -> list:
    """The class: the brand words the class chose most, and each brand's words."""
    counts = Counter(w for v in values for w in (v.get("attributes") or []))
    top = counts.most_common(15)
    lines = [f"• {v.get('brand_name') or '—'}: {', '.join(v.get('attributes') or [])}" for v in values]
    blocks: list = [class_summary.finished(values)]
    if top:
        blocks.append(Chart("barh", "Zīmola raksturs: biežāk izvēlētie vārdi", [k for k, _ in top],
                            {"Dalībnieki": [n for _, n in top]}))
    blocks.append(Text("Zīmolu vārdi", "\n".join(lines[:class_summary.MAX_TEXTS])))
    return blocks


EXERCISE = Exercise(
    id="E13",
    title="Zīmola veidošanas darblapa",
    chapter=7,
    intro=(
        "Izvēlieties sava zīmola raksturu, balsi, vērtības un vizuālo virzienu un uzrakstiet īsu stāstu. "
        "Rezultātā iegūsiet zīmola lapu, ko izmantot vietnē, sociālajos tīklos un iepakojumā."
    ),
    fields=[
        TextField("brand_name", "Zīmola nosaukums", default="Māla māja", max_length=80, profile="business_name"),
        LongTextField("usp", "Jūsu piedāvājums", "Ņemts no E04, ja to esat aizpildījis.", default="", required=False,
                      max_length=800, profile="usp_statement"),
        ChecklistField("attributes", "Zīmola raksturs (3–5 īpašības)", options=ATTRIBUTES, min_selected=3, max_selected=5,
                       default=["Siltums", "Dabiskums", "Meistarība"]),
        ChoiceField("voice", "Zīmola balss", "Kā jūs runājat ar pircējiem.", default=VOICES[0], options=VOICES),
        TextField("values", "Vērtības", "Principi, kas vada jūsu darbu.", default="godīgs darbs, vietējs materiāls, lēns ritms", max_length=200),
        TextField("feeling", "Ko pircējs jūt, turot jūsu darbu rokās?", default="mieru un saikni ar dabu", max_length=200),
        LongTextField("story", "Jūsu stāsts", "Kā sākāt, kas iedvesmo, ko vēlaties sasniegt.",
                      default=("Māla māja sākās vecmāmiņas lauku mājā Latgalē, kur bērnībā pirmo reizi turēju rokās mālu. "
                               "Pēc gadiem mācībās pie podnieka sapratu, ka vēlos turpināt šo tradīciju mūsdienīgi. "
                               "Katru trauku virpoju ar roku un apdedzinu malkas krāsnī, lai tas nestu līdzi "
                               "Latgales zemes siltumu uz jūsu galda."), max_length=1500),
        TextField("colours", "Galvenās krāsas (2–3)", "Piemēram: māla brūns, krēmbalts, meža zaļš.",
                  default="māla brūns, krēmbalts, meža zaļš", max_length=150),
        ChoiceField("type_style", "Burtveidolu stils", default=TYPE_STYLES[0], options=TYPE_STYLES),
        ChoiceField("photo_style", "Fotogrāfiju stils", default=PHOTO_STYLES[0], options=PHOTO_STYLES),
    ],
    compute=compute,
    view=view,
    class_view=class_view,
    profile_out=profile_out,
)
