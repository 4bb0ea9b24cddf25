"""E62 A/B testa nozīmīgums (chapter 29): visitors and conversions of A and B → uplift, p-value, sample size."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc import stats
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Mājaslapas optimizācija” (A/B testēšana sešos soļos); nozīmīgums — divu "
          "proporciju z tests pie 5 % nozīmīguma līmeņa, izlases lielums — 80 % testa jauda (standarta definīcijas).")


def compute(a: dict) -> dict:
    for side in ("a", "b"):
        if a[f"conversions_{side}"] > a[f"visitors_{side}"]:
            raise ComputationError(f"Variantā {side.upper()} pirkumu ir vairāk nekā apmeklētāju: pārbaudiet skaitļus.")
    result = stats.ab_test(a["visitors_a"], a["conversions_a"], a["visitors_b"], a["conversions_b"])
    more = None
    if result.needed_per_variant is not None:
        more = max(0, result.needed_per_variant - min(a["visitors_a"], a["visitors_b"]))
    return {"test": result, "more_needed": more}


def view(a: dict, r: dict) -> list:
    t = r["test"]
    if t.p_value is None:
        verdict = "Nozīmīgumu nevar aprēķināt: abos variantos nav neviena pirkuma (vai pirka visi)."
    elif t.significant:
        winner = "B" if t.rate_b > t.rate_a else "A"
        verdict = (f"Rezultāts ir statistiski nozīmīgs: varbūtība iegūt tik lielu atšķirību nejauši ir "
                   f"{'mazāka par 0,1 %' if t.p_value < 0.001 else fmt.percent(t.p_value * 100, 1)}, t. i., zem 5 % robežas. Variants {winner} ir labāks — ieviesiet to "
                   "un pierakstiet, ko uzzinājāt.")
    else:
        verdict = (f"Rezultāts vēl nav statistiski nozīmīgs: tik lielu atšķirību nejauši var iegūt ar varbūtību "
                   f"{fmt.percent(t.p_value * 100, 1)}. Turpiniet testu.")
    if r["more_needed"]:
        verdict += (f"\n\nLai pamanītu tieši šādu atšķirību (80 % jauda), katram variantam vajag ap "
                    f"{fmt.integer(t.needed_per_variant)} apmeklētāju — vēl ap {fmt.integer(r['more_needed'])} katram.")
    elif t.needed_per_variant is None:
        verdict += "\n\nAbiem variantiem ir vienāda konversija: atšķirības nav, tāpēc izlases lielumu aprēķināt nevar."
    blocks = [
        views.percent_metric("Konversija A", t.rate_a, f"{fmt.integer(a['conversions_a'])} no {fmt.integer(a['visitors_a'])}"),
        views.percent_metric("Konversija B", t.rate_b, f"{fmt.integer(a['conversions_b'])} no {fmt.integer(a['visitors_b'])}"),
    ]
    if t.uplift_pct is not None:
        blocks.append(views.percent_metric("Pieaugums (B pret A)", t.uplift_pct))
    if t.p_value is not None:
        blocks.append(Metric("Varbūtība nejaušībai (p vērtība)", "< 0,001" if t.p_value < 0.001 else fmt.number(t.p_value, 3),
                             "Divu proporciju z tests; nozīmīgs, ja mazāka par 0,05."))
    if t.needed_per_variant is not None:
        blocks.append(Metric("Vajadzīgie apmeklētāji katram variantam", fmt.integer(t.needed_per_variant),
                             f"Īkšķa likums 16 × p × (1 − p) ÷ d²: ap {fmt.integer(t.lehr_per_variant)}."
                             if t.lehr_per_variant else ""))
    blocks += [
        Text(f"Secinājums: {a['hypothesis']}" if a["hypothesis"] else "Secinājums", verdict),
        Chart("bar", "Konversijas likme pa variantiem", ["A", "B"], {"Konversija, %": [round(t.rate_a, 2), round(t.rate_b, 2)]},
              xlabel="Variants", ylabel="%"),
        Check("Statistiski nozīmīgs (p < 0,05)", t.significant,
              "Var ieviest uzvarētāju." if t.significant else "Neapturiet testu pārāk agri: izlemiet izlases lielumu iepriekš."),
        Check("Abos variantos vismaz 100 apmeklētāju", min(a["visitors_a"], a["visitors_b"]) >= 100,
              "Ar mazāk apmeklētājiem rezultāts ir ļoti nejaušs."),
        Note("Ļaujiet testam ritēt vismaz pilnu nedēļu, lai abi varianti saņemtu gan darbdienu, gan nedēļas nogales "
             "apmeklētājus."),
        Note(SOURCE),
    ]
    return blocks


EXERCISE = Exercise(
    id="E62",
    title="A/B testa nozīmīgums",
    chapter=29,
    intro=(
        "Ievadiet, cik apmeklētāju redzēja katru lapas variantu un cik no viņiem iepirkās. Aprēķins parāda pieaugumu, "
        "vai rezultātam var ticēt un cik apmeklētāju vēl vajag, lai jūs neieviestu nejauši šķietamu uzvarētāju."
    ),
    fields=[
        TextField("hypothesis", "Ko testējat", "Piemēram, „Produkts lietošanā galvenajā fotogrāfijā”.",
                  default="Produkts lietošanā galvenajā fotogrāfijā", required=False, max_length=160),
        IntegerField("visitors_a", "A varianta apmeklētāji", "Esošā versija.", default="2000", minimum=1, maximum=100_000_000),
        IntegerField("conversions_a", "A varianta pirkumi", default="40", maximum=100_000_000),
        IntegerField("visitors_b", "B varianta apmeklētāji", "Mainītā versija.", default="2000", minimum=1, maximum=100_000_000),
        IntegerField("conversions_b", "B varianta pirkumi", default="62", maximum=100_000_000),
    ],
    compute=compute,
    view=view,
)
