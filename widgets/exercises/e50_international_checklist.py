"""E50 Starptautiskās sūtīšanas kontrolsaraksts (chapter 22): destination, materials → customs, OSS and restriction checks."""

from __future__ import annotations

from .. import views
from ..blocks import Check, Note, Text
from ..calc import scoring, shipping
from ..calc.text import words
from ..exercise import Exercise
from ..fields import ChecklistField, ChoiceField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Iepakošana un piegāde”, apakšsadaļa „Starptautiskie sūtījumi” (muitas "
          "deklarācijas ar HS kodiem, OSS, importa nodevas, aizliegtie materiāli, izsekošana un apdrošināšana).")
WHERE = ("Nodokļu un muitas likmes šeit nav dotas: PVN, OSS un muitas jautājumos pārbaudiet Valsts ieņēmumu "
         "dienesta (VID) tīmekļa vietnē, pārvadātāja noteikumos un galamērķa valsts muitas vietnē.")

# Materials the handbook names as possibly restricted (wood species, animal products, plant materials) and
# chapter 22's examples of them.
RESTRICTED = {
    "Āda": "dzīvnieku izcelsmes produkts",
    "Kauls vai rags": "dzīvnieku izcelsmes produkts; aizsargājamām sugām — CITES",
    "Spalvas": "dzīvnieku izcelsmes produkts",
    "Vilna vai zīds": "dzīvnieku izcelsmes produkts",
    "Koksne": "noteiktu sugu koksne; aizsargājamām sugām — CITES",
    "Žāvēti augi vai sēklas": "augu materiāls",
}
OTHER = ["Māls vai keramika", "Stikls", "Metāls", "Linu vai kokvilnas audums", "Dzintars", "Vasks vai ziepes", "Papīrs"]
MATERIALS = list(RESTRICTED) + OTHER
BUYERS = ["Privātpersonām", "Uzņēmumiem", "Abiem"]
VAGUE = {"dāvana", "suvenīrs", "prece", "paraugs", "rokdarbs", "lieta", "dažādi"}

# The chapter's checklist "before you ship abroad" (chapter 22).
STEPS = [
    "Zinu, vai galamērķis ir ES vai ārpus ES",
    "Produkta aprakstā ir materiāls, izgatavošanas veids un izmantojums",
    "Atrasts pareizais HS kods un norādīta patiesā vērtība",
    "Pārbaudīts, vai materiāli galamērķī nav ierobežoti",
    "Pircējs zina, ka var būt jāmaksā importa nodevas",
    "Sūtījumam ir izsekošana un apdrošināšana atbilstoši vērtībai",
]


def compute(a: dict) -> dict:
    dest = set(a["destinations"])
    outside, eu = "Ārpus ES" in dest, "Cita ES valsts" in dest
    restricted = [m for m in a["materials"] if m in RESTRICTED]
    needed = list(STEPS)
    if not outside:  # without non-EU destinations, HS codes and import duties are not needed
        needed = [s for s in needed if s not in (STEPS[2], STEPS[4])]
    if not restricted:
        needed = [s for s in needed if s != STEPS[3]]
    result = scoring.checklist(needed, [s for s in a["done"] if s in needed])
    description = a["description"]
    vague = [w for w in words(description) if w.lower() in VAGUE]
    tasks = []
    if eu and a["buyers"] != BUYERS[1]:
        tasks.append("PVN citās ES valstīs: pārbaudiet, vai jums jāreģistrējas OSS (vienas pieturas aģentūrā) un "
                     "kāda PVN likme ir pircēja valstī — VID tīmekļa vietnē.")
    if eu and a["buyers"] != BUYERS[0]:
        tasks.append("Pārdošana uzņēmumiem citās ES valstīs: PVN kārtību pārbaudiet VID tīmekļa vietnē.")
    if outside:
        tasks += [
            "Muitas deklarācija: pilns produkta apraksts, HS kods un patiesā vērtība (veidlapu dod pārvadātājs).",
            "Importa PVN un muitas nodoklis: pārbaudiet galamērķa valsts muitas vietnē un brīdiniet pircēju pirms pirkuma.",
        ]
    for m in restricted:
        tasks.append(f"{m} ({RESTRICTED[m]}): pārbaudiet galamērķa valsts importa noteikumus un pārvadātāja "
                     "aizliegto preču sarakstu.")
    if dest != {"Latvija"}:
        tasks.append("Izsekošana un apdrošināšana: izvēlieties pakalpojumu ar pilnu izsekošanu; apdrošināšanas "
                     "nosacījumus skatiet pārvadātāja noteikumos.")
    tasks += [f"Vēl nav atzīmēts: „{s}”." for s in result.missing]
    return {
        "outside": outside,
        "eu": eu,
        "domestic_only": dest == {"Latvija"},
        "restricted": restricted,
        "checklist": result,
        "vague": vague,
        "description_ok": len(words(description)) >= 3 and not vague,
        "hs_ok": shipping.hs_code_ok(a["hs_code"]),
        "tasks": tasks,
    }


def view(a: dict, r: dict) -> list:
    res = r["checklist"]
    if r["domestic_only"]:
        head = "Jūs sūtāt tikai Latvijā: muitas un OSS jautājumi neattiecas. Atzīmējiet citu galamērķi, ja plānojat."
    else:
        head = f"Galamērķi: {', '.join(a['destinations'])}. Produkts: {a['description']}."
        if a["hs_code"]:
            head += f" HS kods: {a['hs_code']}."
    lines = [head, ""] + [f"{i}. {t}" for i, t in enumerate(r["tasks"], start=1)]
    blocks = [
        views.score_metric("Sagatavotība", len(res.done), len(res.done) + len(res.missing), res.level),
        Text("Jūsu kontrolsaraksts sūtīšanai uz ārzemēm", "\n".join(lines)),
        views.table("Materiāli, kas var būt ierobežoti", ["Materiāls", "Kāpēc jāpārbauda"],
                    [[m, RESTRICTED[m]] for m in r["restricted"]] or [["—", "Jūsu materiāli rokasgrāmatā nav minēti "
                                                                       "kā ierobežoti"]], [None, None]),
        Check("Apraksts muitai ir konkrēts", r["description_ok"],
              "Labi: materiāls un izmantojums ir skaidrs." if r["description_ok"]
              else "Nosauciet materiālu, izgatavošanas veidu un izmantojumu"
              + (f"; aizstājiet „{'”, „'.join(r['vague'])}”." if r["vague"] else ".")),
    ]
    if r["outside"]:
        blocks.append(Check("HS kods ir 6 vai 8 cipari", r["hs_ok"],
                            "Labi." if r["hs_ok"] else "Kodu atradīsiet ES muitas tarifu datubāzē (TARIC) vai "
                            "pajautājiet VID; pirmie 6 cipari ir vienādi visā pasaulē."))
    blocks += [Note(WHERE), Note(SOURCE)]
    return blocks


EXERCISE = Exercise(
    id="E50",
    title="Starptautiskās sūtīšanas kontrolsaraksts",
    chapter=22,
    intro=(
        "Atzīmējiet galamērķus un produkta materiālus. Darblapa sastāda kontrolsarakstu muitai, PVN (OSS) un "
        "materiālu ierobežojumiem, lai sūtījums neiestrēgtu muitā un pircējam nebūtu nepatīkamu pārsteigumu."
    ),
    fields=[
        ChecklistField("destinations", "Uz kurieni sūtāt?", "Ņemts no E49, ja to aizpildījāt.",
                       options=shipping.DESTINATIONS, default=shipping.DESTINATIONS[1:], min_selected=1,
                       profile="shipping_destinations"),
        ChoiceField("buyers", "Kam pārdodat?", options=BUYERS, default=BUYERS[0]),
        TextField("description", "Produkta apraksts muitai", "Materiāls, izgatavošanas veids, izmantojums.",
                  default="Roku darba keramikas krūze dzērieniem", max_length=200),
        ChecklistField("materials", "Produkta materiāli", "Atzīmējiet visus, arī apdares un iepakojuma materiālus.",
                       options=MATERIALS, default=["Māls vai keramika", "Koksne"], min_selected=1),
        TextField("hs_code", "HS kods", "6 vai 8 cipari; atstājiet tukšu, ja vēl neesat atraduši.", default="",
                  max_length=20, required=False),
        ChecklistField("done", "Kas jau ir izdarīts?", "Nodaļas kontrolsaraksts „Pirms sūtāt uz ārzemēm”.",
                       options=STEPS, default=STEPS[:2], required=False),
    ],
    compute=compute,
    view=view,
)
