"""E35 Sociālo platformu izvēle (chapter 16): craft category and audience → 2–3 platforms with reasons."""

from __future__ import annotations

from .. import views
from ..blocks import Chart, Check, Note, Text
from ..calc.social import (
    CATEGORIES,
    CRAFT_CATEGORY,
    EXTRA_POINTS,
    HABIT_POINTS,
    HABITS,
    MAIN_POINTS,
    MINUTES_PER_DAY,
    PLATFORM_REASONS,
    PLATFORMS_RANGE,
    POSTS_PER_WEEK,
    score_platforms,
)
from ..exercise import Exercise
from ..fields import ChecklistField, ChoiceField, IntegerField, TextField


def compute(a: dict) -> dict:
    category = CRAFT_CATEGORY[a["craft"]]
    scored = score_platforms(category, a["habits"])
    chosen = scored[: a["count"]]
    return {"category": category, "scored": scored, "chosen": chosen,
            "main": list(CATEGORIES[category][0]), "extra": list(CATEGORIES[category][1])}


def view(a: dict, r: dict) -> list:
    low, high = PLATFORMS_RANGE
    p_low, p_high = POSTS_PER_WEEK
    m_low, m_high = MINUTES_PER_DAY
    audience = a["target_customer"] or "jūsu pircēji"
    lines = [f"Amats: {a['craft']} (rokasgrāmatas kategorija „{r['category']}”). Auditorija: {audience}.", ""]
    for i, s in enumerate(r["chosen"], start=1):
        lines.append(f"{i}. {s.name}: {PLATFORM_REASONS[s.name]}.")
        lines += [f"   – {reason}" for reason in s.reasons]
    lines += ["", f"Ritms: ieraksti nedēļā – {a['posts']}, saziņai dienā – {a['minutes']} min."]
    rows = [[s.name, s.points, "Jā" if s in r["chosen"] else "—", "; ".join(s.reasons) or "—"] for s in r["scored"]]
    minutes_ok = m_low <= a["minutes"] <= m_high
    return [
        Text("Jūsu platformas un pamatojums", "\n".join(lines)),
        views.table("Visu platformu vērtējums", ["Platforma", "Punkti", "Izvēlēta", "Pamatojums"], rows,
                    [None, "integer", None, None]),
        Chart("barh", "Platformu punkti jūsu amatam un auditorijai", [s.name for s in r["scored"]],
              {"Punkti": [s.points for s in r["scored"]]}, xlabel="Punkti", ylabel="Platforma"),
        Check(f"Platformu skaits {low}–{high}", low <= a["count"] <= high,
              "Labi: pietiks laika kvalitatīvam saturam." if low <= a["count"] <= high
              else f"Rokasgrāmata iesaka koncentrēties uz {low}–{high} platformām."),
        Check(f"{p_low}–{p_high} ieraksti nedēļā", p_low <= a["posts"] <= p_high,
              "Labi: regulārs ritms." if p_low <= a["posts"] <= p_high
              else f"Rokasgrāmata iesaka {p_low}–{p_high} plūsmas ierakstus nedēļā."),
        Check(f"{m_low}–{m_high} minūtes dienā saziņai", minutes_ok,
              "Labi: pietiks laika atbildēm 24 stundu laikā." if minutes_ok
              else f"Paredziet {m_low}–{m_high} minūtes dienā atbildēm uz komentāriem."
              if a["minutes"] < m_low else f"Vairāk nekā {m_high} minūtes dienā: vai tas nenāk uz darbnīcas rēķina?"),
        Note("Platformas pēc amata kategorijas: rokasgrāmata, sadaļa „Sociālie mediji” (tabula „Piemērotu platformu "
             "izvēle”; tās rekonstrukcija – 16. nodaļā). 2–3 platformas: turpat; 3–5 ieraksti nedēļā un 30–60 minūtes "
             f"dienā: sadaļa „Instagram”. Punkti (galvenā platforma {MAIN_POINTS}, papildu {EXTRA_POINTS}, katrs "
             f"auditorijas paradums {HABIT_POINTS}) ir šīs darblapas pieņēmums."),
    ]


def profile_out(a: dict, r: dict) -> dict:
    return {"social_platforms": [s.name for s in r["chosen"]]}


EXERCISE = Exercise(
    id="E35",
    title="Sociālo platformu izvēle",
    chapter=16,
    intro=(
        "Izvēlieties savu amatu un atzīmējiet, ko jūsu pircēji dara tiešsaistē. Darblapa iesaka platformas ar "
        "pamatojumu, lai laiku ieguldītu 2–3 vietās, kur jūsu pircēji tiešām ir, nevis izkliedētu to visur."
    ),
    fields=[
        ChoiceField("craft", "Jūsu amats", default="Keramika", options=list(CRAFT_CATEGORY), profile="craft"),
        TextField("target_customer", "Jūsu pircējs", "Ņemts no E04, ja to aizpildījāt.",
                  default="cilvēki, kas ikdienā novērtē dabiskus materiālus", required=False, max_length=200,
                  profile="target_customer"),
        ChecklistField("habits", "Ko jūsu pircēji dara tiešsaistē?", "Atzīmējiet visu, kas atbilst.",
                       options=list(HABITS), default=[list(HABITS)[0], list(HABITS)[1]]),
        IntegerField("count", "Cik platformas uzturēsiet?", "Rokasgrāmata: 2–3.", default="2", minimum=1, maximum=5),
        IntegerField("posts", "Ieraksti nedēļā", "Rokasgrāmata: 3–5.", default="4", maximum=50),
        IntegerField("minutes", "Minūtes dienā saziņai", "Rokasgrāmata: 30–60.", default="45", maximum=600,
                     unit="min"),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
