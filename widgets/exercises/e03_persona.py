"""E03 Niša un mērķauditorija (chapter 3)."""

from __future__ import annotations

from .. import views
from ..blocks import Check, Note, Text
from ..calc.text import sentence, vague_words, words
from ..exercise import Exercise
from ..fields import ChecklistField, ChoiceField, IntegerField, LongTextField, TextField

FACTORS = ["Cena", "Kvalitāte", "Stāsts un meistars", "Materiāls", "Dizains", "Piegādes ātrums", "Atsauksmes",
           "Ilgtspēja", "Personalizācija"]
CHANNELS = ["Instagram", "Pinterest", "Facebook", "Etsy", "Google meklēšana", "Draugu ieteikumi",
            "Gadatirgi", "Vietējie veikali", "E-pasta jaunumi"]
INCOME = ["Zem vidējiem", "Vidēji", "Virs vidējiem"]
SOURCES = ["Sarunas vai intervijas ar pircējiem", "Aptauja", "Atsauksmes un komentāri", "Mans pieņēmums"]
GUESS = SOURCES[-1]


def compute(a: dict) -> dict:
    demographics = f"{a['age']} gadi, {a['location']}, {a['occupation']}; ienākumi: {a['income'].lower()}"
    card = [
        ("Vārds", a["persona_name"]),
        ("Demogrāfija", demographics),
        ("Vērtības un intereses", a["values"]),
        ("Vajadzība vai problēma", a["problem"]),
        ("Kas ietekmē lēmumu", ", ".join(a["factors"]).lower() or "—"),
        ("Kur meklē informāciju", ", ".join(a["channels"]) or "—"),
        ("Iebildumi", a["objections"] or "—"),
        ("Personas pamatā", a["source"]),
    ]
    summary = (f"{a['persona_name']}, {a['age']} gadi, {a['occupation']} ({a['location']}). "
               + sentence(f"Vajadzība: {a['problem']}")
               + (" " + sentence("Izvēlas pēc: " + ", ".join(a["factors"]).lower()) if a["factors"] else ""))
    niche = sentence(f"Es radu {a['product']} cilvēkiem, kuri {a['segment']}, un kuriem ir svarīgi {a['important']}")
    vague = vague_words(a["problem"], a["values"], a["segment"])
    checks = [
        ("Persona balstīta uz pircēju atbildēm", a["source"] != GUESS,
         "Aprunājieties ar 3–5 esošajiem vai iespējamiem pircējiem vai veiciet nelielu aptauju."),
        ("Problēma aprakstīta konkrēti", len(words(a["problem"])) >= 4 and not vague,
         "Aprakstiet situāciju, kurā pircējs meklē jūsu produktu (vismaz četri vārdi, bez tukšiem vārdiem)."),
        ("Zināmi 1–3 galvenie lēmuma faktori", 1 <= len(a["factors"]) <= 3,
         "Izvēlieties ne vairāk kā trīs svarīgākos faktorus: tā skaidrāk redzēsiet, ko uzsvērt."),
        ("Zināms, kur pircējs meklē informāciju", bool(a["channels"]),
         "Atzīmējiet vismaz vienu kanālu: tur būs jūsu mārketings."),
        ("Iebildumi pierakstīti", bool(a["objections"]),
         "Ierakstiet, kas var atturēt no pirkuma: uz to atbildēsiet produkta aprakstā."),
    ]
    return {"card": card, "summary": summary, "niche": niche, "checks": checks, "score": sum(ok for _, ok, _ in checks)}


def view(a: dict, r: dict) -> list:
    blocks = [
        Text(f"Pircēja personas kartīte: {a['persona_name']}", "\n".join(f"{k}: {v}" for k, v in r["card"])),
        Text("Nišas formulējums", r["niche"]),
        views.score_metric("Personas pilnīgums", r["score"], len(r["checks"])),
    ]
    blocks += [Check(label, ok, "Labi." if ok else hint) for label, ok, hint in r["checks"]]
    blocks.append(Note("Avoti: „Ko drīkst un ko nedrīkst, kartējot pircēja ceļojumu”, sadaļa „Izveidojiet savu pircēja personību”; "
                       "„E-pastu automatizācija”, punkts „Skaidri definēta mērķauditorija”."))
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"persona_name": a["persona_name"], "persona_summary": r["summary"]}


EXERCISE = Exercise(
    id="E03",
    title="Niša un mērķauditorija",
    chapter=3,
    intro=(
        "Aprakstiet savu tipisko pircēju: kas viņš ir, ko vērtē, kādu problēmu risina un kur meklē informāciju. "
        "Personas kartīte palīdzēs rakstīt produktu aprakstus un izvēlēties kanālus tā, lai uzrunātu tieši šo cilvēku."
    ),
    fields=[
        TextField("product", "Ko jūs radāt?", "Piemēram, „roku darinātus linu dvieļus”.", default="roku darinātus linu dvieļus",
                  max_length=150),
        TextField("segment", "Kādai cilvēku grupai?", "Nišas formulējumam: „cilvēkiem, kuri …”.",
                  default="iekārto mājas ar dabīgiem materiāliem", max_length=150),
        TextField("important", "Kas šiem cilvēkiem ir svarīgi?", default="ilgtspēja un vietējais ražojums", max_length=150),
        TextField("persona_name", "Personas vārds", "Izdomāts vārds, lai personu būtu viegli atcerēties.", default="Ilze",
                  max_length=40),
        IntegerField("age", "Vecums", default="34", minimum=14, maximum=100, unit="gadi"),
        TextField("location", "Dzīvesvieta", default="Rīga", max_length=80),
        TextField("occupation", "Nodarbošanās", default="projektu vadītāja", max_length=80),
        ChoiceField("income", "Ienākumu līmenis", default="Virs vidējiem", options=INCOME),
        LongTextField("values", "Vērtības un intereses", "Kas viņai vai viņam ir svarīgs.",
                      default="ilgtspēja, dizains, vietējie ražotāji", max_length=400),
        LongTextField("problem", "Vajadzība vai problēma", "Ko persona cenšas atrisināt?",
                      default="meklē personisku dāvanu, kas nav no lielveikala", max_length=400),
        ChecklistField("factors", "Kas ietekmē pirkuma lēmumu", "Atzīmējiet svarīgākos.", options=FACTORS,
                       default=["Kvalitāte", "Stāsts un meistars", "Ilgtspēja"]),
        ChecklistField("channels", "Kur persona meklē informāciju", options=CHANNELS,
                       default=["Instagram", "Pinterest", "Draugu ieteikumi"]),
        LongTextField("objections", "Iebildumi", "Kas var atturēt no pirkuma?", required=False,
                      default="bažas, vai lieta dzīvē būs tāda pati kā foto", max_length=400),
        ChoiceField("source", "Uz ko balstīta persona", "Labāk uz īstu pircēju atbildēm nekā uz pieņēmumu.",
                    default=SOURCES[0], options=SOURCES),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
