"""E08 VDAR atbilstības pārbaude (chapter 5): the VDAR checklist."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Note
from ..calc import scoring
from ..exercise import ComputationError, Exercise
from ..fields import ChecklistField, ChoiceField, IntegerField

# The handbook's five compliance areas (section "Likuma prasības", "Vispārējā datu aizsardzības regula")
# weigh double; the e-mail guide's consent and data-access steps (section "GDPR pamatprasības un to
# praktiska ieviešana") and the chapter's checklist weigh one each.
CORE = 2.0
ITEMS = [
    ("Vietnē ir privātuma politika: kādus datus vācat, kāpēc, cik ilgi glabājat un kam nododat", CORE, False,
     "Uzrakstiet un publicējiet privātuma politiku."),
    ("Klientu dati glabājas droši: stipras paroles un divpakāpju pieteikšanās", CORE, False,
     "Ieslēdziet divpakāpju autentifikāciju e-veikalā un e-pastā, dzēsiet liekos datus."),
    ("Mārketinga e-pastus sūtāt tikai tiem, kas paši piekrituši", CORE, True,
     "Sūtiet jaunumus tikai tiem, kas skaidri piekrituši; pārējos izņemiet no saraksta."),
    ("Zināt, kā klients var piekļūt saviem datiem, tos labot vai dzēst", CORE, False,
     "Aprakstiet kārtību: kur sūtīt pieprasījumu, kā pārbaudīt klientu, kā atbildēt."),
    ("Ar visiem pakalpojumu sniedzējiem ir datu apstrādes līgumi", CORE, False,
     "Atrodiet datu apstrādes līgumu platformas, e-pasta rīka un kurjera noteikumos; ar grāmatvedi vienojieties rakstiski."),
    ("Ir saraksts, kur glabājas klientu dati", 1.0, False,
     "Uzrakstiet sarakstu: e-veikals, e-pasta rīks, telefons, sociālo tīklu ziņas, grāmatvedība, piegāde."),
    ("Pieteikšanās formā ir dubultā apstiprināšana", 1.0, True,
     "Ieslēdziet dubulto apstiprināšanu (double opt-in) savā e-pasta rīkā."),
    ("Pieteikšanās formā nav iepriekš atzīmētu rūtiņu", 1.0, True,
     "Noņemiet iepriekš atzīmētās rūtiņas: piekrišanai jābūt paša cilvēka darbībai."),
    ("Formā skaidri rakstīts, kādas vēstules un cik bieži saņems", 1.0, True,
     "Pierakstiet formā vēstuļu saturu un biežumu."),
    ("Katrā e-pastā ir viegli pamanāma atteikšanās saite", 1.0, True,
     "Ievietojiet atteikšanās saiti katras vēstules kājenē."),
    ("Uz datu pieprasījumu atbildat ne vēlāk kā viena mēneša laikā", 1.0, False,
     "Ierakstiet kalendārā termiņu: viens mēnesis no pieprasījuma saņemšanas."),
    ("Regulāri pārskatāt un atjaunināt privātuma politiku", 1.0, False,
     "Ielieciet kalendārā atgādinājumu pārskatīt politiku reizi gadā."),
    ("Dokumentējat, kā apstrādājat un aizsargājat datus", 1.0, False,
     "Pierakstiet, kādus datus apstrādājat, kur, cik ilgi un kā tos aizsargājat."),
]
OPTIONS = [name for name, *_ in ITEMS]
WEIGHT = {name: w for name, w, _e, _a in ITEMS}
EMAIL_ONLY = {name for name, _w, e, _a in ITEMS if e}
ACTION = {name: act for name, _w, _e, act in ITEMS}
YES, NO = "Jā", "Nē"


def compute(a: dict) -> dict:
    if a["agreements"] > a["processors"]:
        raise ComputationError("Līgumu nevar būt vairāk nekā pakalpojumu sniedzēju: pārbaudiet abus skaitļus.")
    items = OPTIONS if a["sends_email"] == YES else [o for o in OPTIONS if o not in EMAIL_ONLY]
    ticked = list(a["done"])
    agreement_item = OPTIONS[4]
    if a["processors"] and a["agreements"] < a["processors"] and agreement_item in ticked:
        ticked.remove(agreement_item)  # the numbers say otherwise
    result = scoring.checklist(items, ticked, WEIGHT)
    core = [o for o in items if WEIGHT[o] == CORE]
    return {
        "result": result,
        "core_missing": [o for o in result.missing if o in core],
        "core_total": len(core),
        "agreements_missing": max(a["processors"] - a["agreements"], 0),
    }


def view(a: dict, r: dict) -> list:
    res = r["result"]
    blocks = [
        views.percent_metric("VDAR atbilstība", res.score_pct, res.level),
        views.score_metric("Rokasgrāmatas pamatjomas ieviestas", r["core_total"] - len(r["core_missing"]), r["core_total"]),
    ]
    if res.missing:
        blocks.append(views.table("Trūkstošie soļi (svarīgākie vispirms)", ["Prasība", "Ko darīt"],
                                  [(m, ACTION[m]) for m in sorted(res.missing, key=lambda m: -WEIGHT[m])], [None, None]))
    blocks += [
        Chart("pie", "Ieviestās un trūkstošās prasības (pēc svara)", ["Ieviests", "Trūkst"],
              {"Svars": [sum(WEIGHT[d] for d in res.done), sum(WEIGHT[m] for m in res.missing)]}),
        Check("Visas piecas rokasgrāmatas pamatjomas", not r["core_missing"],
              "Sāciet ar šīm: " + "; ".join(r["core_missing"]) + "." if r["core_missing"] else "Labi: pamati ir sakārtoti."),
        Check("Datu apstrādes līgums ar katru pakalpojumu sniedzēju", r["agreements_missing"] == 0,
              f"Trūkst {fmt.integer(r['agreements_missing'])} līgumu." if r["agreements_missing"] else "Labi."),
    ]
    if a["sends_email"] == NO:
        blocks.append(Note("E-pasta mārketinga prasības netiek vērtētas, jo jaunumu vēstules nesūtāt."))
    blocks.append(Note("Avoti: rokasgrāmata, sadaļa „Likuma prasības” (piecas VDAR jomas, tām divkāršs svars); "
                       "„E-pastu automatizācija…”, sadaļa „GDPR pamatprasības un to praktiska ieviešana”. "
                       "Atbildes termiņš: VDAR 12. panta 3. punkts. Šī pārbaude nav juridiska konsultācija."))
    return blocks


EXERCISE = Exercise(
    id="E08",
    title="VDAR atbilstības pārbaude",
    chapter=5,
    intro=(
        "Atzīmējiet, kas no VDAR (GDPR) prasībām jūsu uzņēmumā jau ir ieviests. Jūs redzēsiet atbilstības novērtējumu "
        "un trūkstošos soļus: sakārtoti klientu dati pasargā no sodiem un sūdzībām un vairo pircēju uzticību."
    ),
    fields=[
        ChoiceField("sends_email", "Vai sūtāt jaunumu vēstules vai citus mārketinga e-pastus?", default=YES, options=[YES, NO]),
        ChecklistField("done", "Kas jau ir ieviests", "Atzīmējiet tikai to, kas tiešām ir izdarīts.", options=OPTIONS,
                       default=[OPTIONS[0], OPTIONS[2], OPTIONS[5], OPTIONS[9]]),
        IntegerField("processors", "Pakalpojumu sniedzēji, kas apstrādā klientu datus",
                     "Platforma, e-pasta rīks, maksājumu vārteja, kurjers, grāmatvedis.", default="4", maximum=100),
        IntegerField("agreements", "No tiem ar datu apstrādes līgumu", "Arī līgums kā daļa no pakalpojuma noteikumiem.",
                     default="2", maximum=100),
    ],
    compute=compute,
    view=view,
)
