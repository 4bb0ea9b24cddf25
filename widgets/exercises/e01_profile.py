"""E01 Mana amata profils (chapter 2): the business profile every later exercise reuses."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Check, Text
from ..exercise import Exercise
from ..fields import ChecklistField, ChoiceField, LongTextField, MoneyField, NumberField, TextField

CRAFTS = [
    "Keramika", "Aušana un tekstils", "Adīšana", "Rotaslietas", "Kokapstrāde", "Ādas izstrādājumi",
    "Stikls", "Sveces un ziepes", "Grāmatsiešana un papīrs", "Kalēja darbi", "Pinumi", "Cits amats",
]
GOALS = [
    "Pirmā pārdošana tiešsaistē", "Regulāri papildu ienākumi", "Amats kā pilna laika darbs",
    "Pārdošana ārpus Latvijas", "Sava zīmola atpazīstamība", "Sadarbība ar veikaliem un galerijām",
]
WORK_WEEKS = 46  # a year less holidays, fairs and sick days: the profile's planning assumption


def compute(a: dict) -> dict:
    products = [p.strip(" -•\t") for p in a["products"].splitlines() if p.strip(" -•\t")]
    hours_year = a["hours_per_week"] * WORK_WEEKS
    per_hour = a["revenue_goal"] / hours_year if hours_year else 0.0
    return {"products": products, "hours_year": hours_year, "revenue_per_hour": per_hour}


def view(a: dict, r: dict) -> list:
    goals = "\n".join(f"- {g}" for g in a["goals"]) or "- (nav atzīmēts)"
    products = "\n".join(f"- {p}" for p in r["products"])
    card = (
        f"{a['business_name']} — {a['craft'].lower()}, {a['location']}.\n\n"
        f"Produkti:\n{products}\n\n"
        f"Laiks amatam: {fmt.number(a['hours_per_week'], 1)} h nedēļā "
        f"(ap {fmt.integer(r['hours_year'])} h gadā).\n"
        f"Ienākumu mērķis 12 mēnešos: {fmt.money(a['revenue_goal'])}.\n\n"
        f"Mērķi:\n{goals}"
    )
    return [
        Text("Mana amata profils", card),
        views.money_metric("Katrai darba stundai jāienes", r["revenue_per_hour"],
                           f"Lai sasniegtu mērķi, strādājot {WORK_WEEKS} nedēļas gadā."),
        Check("Produktu saraksts nav par garu", len(r["products"]) <= 10,
              "Sākumā pietiek ar 3–10 produktiem; pārāk plašu klāstu grūti nofotografēt un aprakstīt."
              if len(r["products"]) > 10 else "Labi: saprotams sākuma klāsts."),
        Check("Slodze ir ilgtspējīga", a["hours_per_week"] <= 50,
              "Vairāk nekā 50 stundas nedēļā ilgi nevar izturēt: plānojiet atpūtu." if a["hours_per_week"] > 50
              else "Labi: atstājiet laiku arī mārketingam un pasūtījumiem."),
    ]


def profile_out(a: dict, r: dict) -> dict:
    return {
        "business_name": a["business_name"],
        "craft": a["craft"],
        "products": r["products"],
        "location": a["location"],
        "hours_per_week": a["hours_per_week"],
        "revenue_goal": a["revenue_goal"],
    }


EXERCISE = Exercise(
    id="E01",
    title="Mana amata profils",
    chapter=2,
    intro=(
        "Aprakstiet savu amatu, produktus, laiku un mērķus. Šīs atbildes kļūst par jūsu biznesa profilu: "
        "nākamie vingrinājumi tās izmantos kā sākuma vērtības."
    ),
    fields=[
        TextField("business_name", "Jūsu vārds vai zīmola nosaukums", default="Māla māja", max_length=80),
        ChoiceField("craft", "Amats", default="Keramika", options=CRAFTS),
        LongTextField("products", "Produkti (katru savā rindā)", "Piemēram: krūzes, bļodas, vāzes.",
                      default="Krūzes\nBļodas\nVāzes", max_length=1000),
        TextField("location", "Kur strādājat", "Pilsēta vai novads.", default="Rēzekne", max_length=80),
        NumberField("hours_per_week", "Stundas nedēļā, ko veltāt amatam", default="20", unit="h", minimum=1, maximum=100),
        MoneyField("revenue_goal", "Ienākumu mērķis nākamajos 12 mēnešos", default="12000", maximum=10_000_000),
        ChecklistField("goals", "Mani mērķi", options=GOALS, default=["Regulāri papildu ienākumi"], required=False),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
