"""E39 E-pasta ROI kalkulators (chapter 18)."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note
from ..calc import email
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, MoneyField, NumberField, PercentField

GUIDE = "„E-pastu automatizācija: kā izveidot pārdošanas mašīnu, kas strādā 24/7”"


def _times(value: float | None) -> str:
    """A gross return as a multiple and in percent, as the guide writes it: ``3,7× (368,6 %)``."""
    return "—" if value is None else f"{fmt.number(value, 1)}× ({fmt.percent(value * 100)})"


def _per_eur(value: float | None) -> str:
    return "—" if value is None else fmt.money(value)


def compute(a: dict) -> dict:
    cost = a["tool_cost"] + a["hours"] * a["hourly_rate"]
    if cost <= 0:
        raise ComputationError(
            "Izmaksas ir 0 €: ievadiet rīka maksu vai laiku, ko veltāt vēstulēm, lai varētu aprēķināt ROI."
        )
    f = email.funnel(a["list_size"], a["emails"], a["open_pct"], a["click_pct"], a["conversion_pct"],
                     a["order_value"], a["margin_pct"], cost)
    return {"funnel": f, "cost": cost, "revenue_per_eur": f.revenue_per_eur, "return_multiple": f.return_multiple,
            "roi_pct": f.roi_pct, "net_profit": f.net_profit}


def view(a: dict, r: dict) -> list:
    f = r["funnel"]
    low, high = email.GUIDE_RETURN_PER_EUR
    e_low, e_high = email.GUIDE_EMAILS_PER_MONTH
    return [
        views.percent_metric("Tīrā ROI", r["roi_pct"],
                             "(Bruto peļņa − izmaksas) ÷ izmaksas × 100 %."),
        Metric("Bruto atdeve", _times(r["return_multiple"]),
               f"Bruto peļņa ÷ izmaksas: {fmt.money(f.gross_profit)} ÷ {fmt.money(r['cost'])}. "
               "Tīrā ROI ir par 100 procentpunktiem mazāka."),
        Metric("Ieņēmumi par 1 ieguldīto €", _per_eur(r["revenue_per_eur"]),
               f"Salīdzinājumam: ceļvedī {fmt.integer(low)}–{fmt.integer(high)} € (vidējie tirgus skaitļi)."),
        views.money_metric("Tīrā peļņa mēnesī", r["net_profit"], "Bruto peļņa mīnus rīka maksa un jūsu laiks."),
        views.table("No vēstulēm līdz pasūtījumiem (mēnesī)", ["Solis", "Skaits"],
                    [("Nosūtītās vēstules", f.sent), ("Atvērumi", f.opens), ("Klikšķi", f.clicks),
                     ("Pasūtījumi", f.orders)],
                    [None, "number"]),
        views.table("Atdeve un ROI", ["Rādītājs", "Vērtība"],
                    [("Izmaksas (rīks + jūsu laiks)", fmt.money(r["cost"])),
                     ("Ieņēmumi", fmt.money(f.revenue)),
                     ("Bruto peļņa", fmt.money(f.gross_profit)),
                     ("Bruto atdeve (bruto peļņa ÷ izmaksas)", _times(r["return_multiple"])),
                     ("Tīrā ROI ((bruto peļņa − izmaksas) ÷ izmaksas)", fmt.percent(r["roi_pct"]))],
                    [None, None]),
        Chart("bar", "Izmaksas un atdeve mēnesī", ["Izmaksas", "Ieņēmumi", "Bruto peļņa", "Tīrā peļņa"],
              {"€": [r["cost"], f.revenue, f.gross_profit, r["net_profit"]]}, xlabel="Rādītājs", ylabel="€"),
        Check("E-pasts atmaksājas (tīrā ROI virs 0 %)", r["roi_pct"] > 0,
              "Labi: bruto peļņa sedz rīka maksu un jūsu laiku." if r["roi_pct"] > 0 else
              "Bruto peļņa nesedz izmaksas: audziniet sarakstu, uzlabojiet tēmas rindiņas vai samaziniet laiku."),
        Check(f"Vēstuļu biežums {e_low}–{e_high} mēnesī", e_low <= a["emails"] <= e_high,
              f"Ceļvedis min, ka vislabāko atdevi dod {e_low}–{e_high} e-pasti mēnesī; sāciet ar ritmu, ko spējat uzturēt."),
        Note(f"Ceļvedī minētā „3 200–3 700 % ROI” ir bruto atdeve ({fmt.integer(low)}–{fmt.integer(high)} € par 1 €); "
             "tīrā ROI ir 3 100–3 600 %. Ceļvedis nepaskaidro, vai tā rēķināta no ieņēmumiem vai peļņas."),
        Note("Šeit ROI rēķināta no bruto peļņas, nevis ieņēmumiem, kā 15. nodaļā: atdeve = ieņēmumi × bruto peļņas "
             "daļa (pēc materiāliem, maksām un piegādes). Atvēršanas, klikšķu un konversijas rādītāji laukos ir "
             "piemērs: ierakstiet savus no e-pasta rīka."),
        Note(f"Avots: ceļvedis {GUIDE}, sadaļa „E-pasta mārketinga ROI: skaitļi un statistika”; "
             "rokasgrāmata, sadaļa „E-pasts”."),
    ]


def profile_out(a: dict, r: dict) -> dict:
    return {"email_list_size": a["list_size"]}


EXERCISE = Exercise(
    id="E39",
    title="E-pasta ROI kalkulators",
    chapter=18,
    intro=(
        "Ievadiet sava e-pasta saraksta lielumu, rādītājus no e-pasta rīka un izmaksas, ieskaitot savu laiku. "
        "Kalkulators parāda bruto atdevi un tīro ROI, lai jūs redzētu, vai e-pasts jūsu darbnīcai tiešām atmaksājas."
    ),
    fields=[
        IntegerField("list_size", "Abonentu skaits", "Cik cilvēku saņem jūsu vēstules.", default="800",
                     maximum=10_000_000, unit="abonenti"),
        IntegerField("emails", "Vēstules mēnesī", "Ceļvedis: vislabāko atdevi dod 9–16 e-pasti mēnesī.",
                     default="4", minimum=1, maximum=60),
        PercentField("open_pct", "Atvēršanas rādītājs", "Cik procentu saņēmēju vēstuli atver.", default="40"),
        PercentField("click_pct", "Klikšķu rādītājs", "Cik procentu no atvērušajiem noklikšķina uz saites.",
                     default="12"),
        PercentField("conversion_pct", "Konversijas rādītājs", "Cik procentu no noklikšķinājušajiem nopērk.",
                     default="8"),
        MoneyField("order_value", "Vidējā pasūtījuma vērtība", "No E24, ja to esat aizpildījuši.", default="45",
                   maximum=100_000, profile="avg_order_value"),
        PercentField("margin_pct", "Bruto peļņas daļa", "Cik no pasūtījuma vērtības paliek pēc materiāliem, maksām "
                     "un piegādes (15. nodaļa).", default="50"),
        MoneyField("tool_cost", "E-pasta rīka maksa mēnesī", "Piemēram, maksas plāns Brevo vai MailerLite.",
                   default="15", maximum=100_000),
        NumberField("hours", "Jūsu laiks vēstulēm mēnesī", "Rakstīšana, foto, sūtīšana.", default="3", unit="h",
                    maximum=744),
        MoneyField("hourly_rate", "Stundas likme", "No E28; rokasgrāmata iesaka vismaz 15–25 € stundā.",
                   default="20", maximum=1000, profile="hourly_rate"),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
