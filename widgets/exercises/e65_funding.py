"""E65 Finansējuma iespēju atlase (chapter 31): business traits → matching programmes."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Note, Text
from ..exercise import ComputationError, Exercise
from ..fields import ChecklistField, ChoiceField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Resursi un tālākais atbalsts”, apakšsadaļa „Eiropas Savienības fondu iespējas”. "
          "COSME darbojās 2014.–2020. gadā; 2021.–2027. gadā to turpina Vienotā tirgus programma. Latvijas iestāžu piemēri "
          "nav no rokasgrāmatas — tie pievienoti šajā grāmatā.")
CHECK = "pārbaudiet aktuālajā konkursa nolikumā"

TRADITION = "Izmantoju tradicionālas amatniecības tehnikas"
HERITAGE = "Mans darbs saistīts ar kultūras mantojumu"
INNOVATION = "Ieviešu ko jaunu: produktu, tehnoloģiju vai procesu"
EXPORT = "Plānoju eksportu vai jaunus tirgus"
EQUIPMENT = "Vajag naudu aprīkojumam vai darbnīcai"
LOAN = "Vajag aizdevumu vai garantiju"
ADVICE = "Vajag konsultācijas vai apmācības"
PARTNERS = "Ir sadarbības partneri citās ES valstīs"
TRAITS = [TRADITION, HERITAGE, INNOVATION, EXPORT, EQUIPMENT, LOAN, ADVICE, PARTNERS]

REGIONS = ["Rīga", "Cits Latvijas reģions"]
STAGES = ["Ideja vai pirmais darbības gads", "Darbojos 1–3 gadus", "Darbojos ilgāk par 3 gadiem"]
FORMS = ["Vēl nav reģistrēts", "Saimnieciskās darbības veicējs", "Uzņēmums (SIA u. c.)", "Biedrība vai nodibinājums"]

# name, what it is (chapter 31), traits that match, whether a region outside Rīga matches, what to check
PROGRAMMES = [
    ("Programma „Radošā Eiropa”", "ES finansējums kultūras un radošajām nozarēm, arī amatniecībai ar kultūras mantojumu.",
     [HERITAGE, TRADITION, PARTNERS, INNOVATION], False,
     ["vai var pieteikties tik mazs uzņēmums", "vai vajag partnerus no vairākām valstīm", "līdzfinansējuma daļa"]),
    ("Eiropas Reģionālās attīstības fonds", "Atbalsts mazajiem uzņēmumiem noteiktos reģionos; bieži priekšroka "
     "tradicionālajai amatniecībai un vietējiem ražotājiem.", [TRADITION, EQUIPMENT, INNOVATION], True,
     ["vai jūsu reģions un nozare ir atbalstāmi", "kas ir attiecināmās izmaksas"]),
    ("Vienotā tirgus programma (agrāk COSME)", "ES atbalsts mazo un vidējo uzņēmumu konkurētspējai: finansējums un "
     "finansējuma garantijas, parasti ar bankām un starpniekiem.", [LOAN, EXPORT, INNOVATION], False,
     ["kura Latvijas banka vai starpnieks piedāvā garantiju", "prasības uzņēmuma darbības laikam"]),
    ("Valsts amatniecības attīstības dotācijas", "Valsts finansējums tradicionālās amatniecības uzņēmumiem "
     "(Latvijā uzņēmējdarbības programmas īsteno, piemēram, Latvijas Investīciju un attīstības aģentūra).",
     [TRADITION, EQUIPMENT, EXPORT, INNOVATION], True,
     ["kura iestāde šobrīd izsludinājusi konkursu", "vai var pieteikties saimnieciskās darbības veicējs"]),
    ("Kultūras mantojuma saglabāšanas fondi", "Granti tradicionālo amatniecības tehniku saglabāšanai un attīstībai "
     "(Latvijā kultūras un tradicionālo prasmju projektus atbalsta arī Valsts kultūrkapitāla fonds).",
     [HERITAGE, TRADITION, ADVICE], False,
     ["vai projektam jābūt ar sabiedrisku labumu, ne tikai uzņēmuma peļņu", "pieteikšanās termiņi"]),
    ("Pašvaldības uzņēmējdarbības atbalsta centrs", "Konsultācijas un palīdzība atrast programmas un partnerus; "
     "dažas pašvaldības rīko savus grantu konkursus.", [ADVICE, EQUIPMENT], True,
     ["vai jūsu pašvaldībā šobrīd ir grantu konkurss"]),
]


def compute(a: dict) -> dict:
    traits = set(a["traits"])
    if not traits:
        raise ComputationError("Atzīmējiet vismaz vienu pazīmi vai vajadzību, lai atlasītu programmas.")
    outside = a["region"] == REGIONS[1]
    results = []
    for name, what, wanted, regional, checks in PROGRAMMES:
        matched = [t for t in wanted if t in traits]
        score = len(matched) + (1 if regional and outside else 0)
        possible = len(wanted) + (1 if regional else 0)
        conditions = list(checks)
        if a["form"] == FORMS[0]:
            conditions.insert(0, "vai var pieteikties nereģistrēts uzņēmējs (parasti vispirms jāreģistrējas)")
        if a["stage"] == STAGES[0] and "darbības laikam" not in " ".join(conditions):
            conditions.append("vai jaunam uzņēmumam ir prasības par darbības laiku vai apgrozījumu")
        why = [t[0].lower() + t[1:] for t in matched] + (["darbnīca ārpus Rīgas"] if regional and outside else [])
        results.append({"name": name, "what": what, "why": why, "match_pct": score / possible * 100,
                        "conditions": conditions})
    results.sort(key=lambda r: (-r["match_pct"], r["name"]))
    suitable = [r for r in results if r["why"]]
    return {"programmes": results, "suitable": suitable}


def view(a: dict, r: dict) -> list:
    rows = [[p["name"], p["match_pct"], ", ".join(p["why"]) or "—"] for p in r["programmes"]]
    lines = []
    for p in r["suitable"][:4]:
        lines.append(f"{p['name']} ({fmt.percent(p['match_pct'], 0)} atbilstība)\n{p['what']}\n"
                     f"Atbilst: {', '.join(p['why'])}.\n"
                     f"Pārbaudiet aktuālajā konkursa nolikumā: {'; '.join(p['conditions'])}.")
    text = "\n\n".join(lines) if lines else "Neviena programma neatbilst atzīmētajām pazīmēm."
    return [
        views.table("Programmas pēc atbilstības", ["Programma", "Atbilstība", "Kāpēc"], rows, [None, "percent", None]),
        Chart("barh", "Atbilstība jūsu uzņēmumam, %", [p["name"] for p in r["programmes"]],
              {"Atbilstība": [round(p["match_pct"]) for p in r["programmes"]]}, xlabel="%", ylabel="Programma"),
        Text(f"{a['business']}: piemērotākās programmas un kas jāpārbauda" if a["business"]
             else "Piemērotākās programmas un kas jāpārbauda", text),
        Check("Uzņēmums ir reģistrēts", a["form"] != FORMS[0],
              "Lielākā daļa programmu atbalsta reģistrētus uzņēmumus — " + CHECK + "."
              if a["form"] == FORMS[0] else "Sagatavojiet biznesa plānu ar budžetu un naudas plūsmu (E09, E12, E64)."),
        Note("Atbilstība ir aptuvena: tā rāda, kuras programmas vērts izpētīt. Programmas un konkursi mainās — "
             "nosacījumus, termiņus un līdzfinansējumu vienmēr " + CHECK + ". Uzņēmējdarbības attīstības aģentūras "
             "un pašvaldību centri palīdz novērtēt jūsu atbilstību.", "warning"),
        Note(SOURCE),
    ]


EXERCISE = Exercise(
    id="E65",
    title="Finansējuma iespēju atlase",
    chapter=31,
    intro=(
        "Atzīmējiet sava uzņēmuma pazīmes un vajadzības. Rezultātā redzēsiet, kuras rokasgrāmatā minētās programmas "
        "jums der vislabāk un kas katrai jāpārbauda konkursa nolikumā, lai laiku veltītu piemērotākajiem pieteikumiem."
    ),
    fields=[
        TextField("business", "Uzņēmuma nosaukums", default="Māla māja", required=False, max_length=80,
                  profile="business_name"),
        ChecklistField("traits", "Mana uzņēmuma pazīmes un vajadzības", "Atzīmējiet visu, kas attiecas uz jums.",
                       options=TRAITS, default=[TRADITION, HERITAGE, EQUIPMENT, ADVICE]),
        ChoiceField("region", "Kur ir jūsu darbnīca", default=REGIONS[1], options=REGIONS),
        ChoiceField("stage", "Uzņēmuma vecums", default=STAGES[1], options=STAGES),
        ChoiceField("form", "Juridiskā forma", default=FORMS[1], options=FORMS),
    ],
    compute=compute,
    view=view,
)
