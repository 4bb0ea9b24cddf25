"""E51 Personalizēta pasūtījuma brīfs un depozīts (chapter 23): brief, price, deposit %, rush → brief + payment schedule."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Check, Metric, Note, Text
from ..calc import custom_orders
from ..exercise import ComputationError, Exercise
from ..fields import ChoiceField, IntegerField, LongTextField, MoneyField, NumberField, PercentField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Personalizēti pasūtījumi” (brīfa punkti, apstiprināšanas posmi, "
          "finanšu nosacījumi: neatmaksājams depozīts, piemaksa par steidzamību, pilna samaksa). Depozīta lielumu un "
          "steidzamības piemaksu rokasgrāmata nenosaka: tos izvēlaties jūs.")
FINAL = ["Pirms nosūtīšanas", "Pēc saņemšanas"]
APPROVAL = [
    "Dizaina apstiprinājums: pirms darba sākuma jūs rakstiski apstiprināt skici.",
    "Ziņas par gaitu: norunātos posmos nosūtīšu fotogrāfijas un lūgšu jūsu viedokli.",
    "Labojumi: cenā iekļauti labojumi — {revisions}; katrs nākamais labojums maksā {revision_price}.",
    "Galīgais apstiprinājums: pirms nosūtīšanas jūs apstiprināt gatavo darbu.",
    "Saņemšanas apstiprinājums: lūdzu, paziņojiet, kad darbs saņemts.",
]


def _pl(n: int, one: str, many: str) -> str:
    """Latvian number agreement: 1, 21, 31 … take the singular form (not 11)."""
    return one if n % 10 == 1 and n % 100 != 11 else many


def compute(a: dict) -> dict:
    if a["price"] <= 0:
        raise ComputationError("Cena ir 0 €: ievadiet pasūtījuma cenu, lai aprēķinātu maksājumus.")
    rush = custom_orders.is_rush(a["days_available"], a["usual_days"])
    pay = custom_orders.payments(a["price"], a["deposit_pct"], a["rush_pct"], rush)
    at_risk = a["materials_cost"] + a["sketch_hours"] * a["hourly_rate"]
    return {
        "rush": rush,
        "pay": pay,
        "at_risk": at_risk,
        "deposit_ok": pay.deposit >= at_risk,
        "budget_ok": a["budget"] <= 0 or pay.total <= a["budget"],
    }


def _brief(a: dict, r: dict) -> str:
    pay = r["pay"]
    price_line = f"Cena: {fmt.money(pay.base)}"
    if r["rush"]:
        price_line += (f" + piemaksa par steidzamību {fmt.percent(a['rush_pct'], 0)} ({fmt.money(pay.rush)}) = "
                       f"{fmt.money(pay.total)}")
    lines = [
        f"Pasūtījuma brīfs: {a['item']}",
        f"Meistars: {a['maker']}. Klients: {a['client']}.",
        "",
        f"Projekta apraksts un mērķis: {a['item']}; {a['purpose']}.",
        f"Izmēri: {a['size']}.",
        f"Materiāli: {a['materials']}.",
        f"Personalizācija: {a['personalisation']}.",
    ]
    if a["function"]:
        lines.append(f"Lietošana un izturība: {a['function']}.")
    if a["style"]:
        lines.append(f"Stila atsauces: {a['style']}.")
    if a["special"]:
        lines.append(f"Īpaši apsvērumi: {a['special']}.")
    lines += [
        f"Termiņš: {a['deadline']}" + (" (steidzams pasūtījums)." if r["rush"] else "."),
        "",
        price_line + ".",
        f"Depozīts {fmt.percent(a['deposit_pct'], 0)}: {fmt.money(pay.deposit)}, jāsamaksā pirms darba sākuma; "
        "tas netiek atmaksāts, jo darbs tiek izgatavots pēc jūsu norādījumiem.",
        f"Atlikums: {fmt.money(pay.balance)}, {a['final'].lower()}.",
        "",
        "Apstiprināšanas kārtība:",
        *[f"{i}. " + step.format(revisions=a["revisions"], revision_price=fmt.money(a["revision_price"]))
          for i, step in enumerate(APPROVAL, start=1)],
        "",
        "Lūdzu, apstipriniet atbildes vēstulē, ja viss ir pareizi.",
    ]
    return "\n".join(lines)


def view(a: dict, r: dict) -> list:
    pay = r["pay"]
    rows = [
        [1, "Depozīts (neatmaksājams)", "Pirms darba sākuma", pay.deposit, a["deposit_pct"]],
        [2, "Atlikums", a["final"], pay.balance, 100 - a["deposit_pct"]],
        ["", "Kopā", "", pay.total, 100],
    ]
    return [
        views.money_metric("Kopējā cena", pay.total, "Ar piemaksu par steidzamību." if r["rush"]
                           else "Bez steidzamības piemaksas."),
        views.money_metric("Depozīts pirms darba sākuma", pay.deposit),
        views.money_metric("Atlikums", pay.balance, a["final"] + "."),
        Metric("Steidzams pasūtījums", "Jā" if r["rush"] else "Nē",
               f"Klientam vajag {a['days_available']} {_pl(a['days_available'], 'dienā', 'dienās')}, parasti jums "
               f"vajag {a['usual_days']} {_pl(a['usual_days'], 'dienu', 'dienas')}."),
        views.table("Maksājumu grafiks", ["Nr.", "Maksājums", "Kad", "Summa", "Daļa"], rows,
                    [None, None, None, "money", "percent"]),
        Text("Brīfs klientam", _brief(a, r)),
        Check("Depozīts sedz materiālus un sākotnējo darbu", r["deposit_ok"],
              "Labi: ja klients pārdomā, jūs nezaudējat." if r["deposit_ok"]
              else f"Materiāli un skices maksā {fmt.money(r['at_risk'])}: palieliniet depozītu."),
        Check("Cena iekļaujas klienta budžetā", r["budget_ok"],
              "Labi." if r["budget_ok"] else f"Klienta budžets {fmt.money(a['budget'])} ir mazāks par cenu: "
              "pārrunājiet vienkāršāku risinājumu vai citu materiālu."),
        Note("Pēc pircēja norādījumiem izgatavotām precēm atteikuma tiesības ir citādas nekā standarta precēm; "
             "ierakstiet pārdošanas noteikumos, kas notiek ar depozītu (sīkāk 5. nodaļā)."),
        Note(SOURCE),
    ]


EXERCISE = Exercise(
    id="E51",
    title="Personalizēta pasūtījuma brīfs un depozīts",
    chapter=23,
    intro=(
        "Aizpildiet brīfa punktus, cenu, depozīta daļu un steidzamības piemaksu. Darblapa sagatavo brīfu, ko varat "
        "nosūtīt klientam apstiprināšanai, un maksājumu grafiku, lai individuāls pasūtījums nekļūtu par "
        "nesamaksātu darbu vai strīdu."
    ),
    fields=[
        TextField("maker", "Jūsu vārds vai zīmols", default="Ādas darbnīca", max_length=80, profile="business_name"),
        TextField("client", "Klients", default="Anna Kalniņa", max_length=80),
        TextField("item", "Ko gatavojat?", "Skaidrs priekšmeta apraksts.", default="Ādas maks ar iniciāļiem",
                  max_length=150),
        TextField("purpose", "Mērķis", "Dāvana, ikdienas lietošana, interjera akcents…",
                  default="dāvana vīram jubilejā", max_length=150),
        TextField("size", "Izmēri", "Konkrēti mērījumi vai robežas.", default="11 × 9 cm, pēc pievienotās skices",
                  max_length=150),
        TextField("materials", "Materiāli", "Arī īpašas prasības vai ierobežojumi (piemēram, alerģija).",
                  default="tumši brūna augu miecēta āda, vaskots diegs", max_length=200),
        TextField("personalisation", "Personalizācija", default="iniciāļi „A. K.” spiedumā", max_length=150),
        TextField("function", "Lietošana un izturība", "Kā priekšmets tiks lietots.",
                  default="ikdienas lietošanai, vieta 6 kartēm un monētām", max_length=200, required=False),
        TextField("style", "Stila atsauces", "Piemēri vai jūsu iepriekšējie darbi.",
                  default="klasiskais maks no mana darbu kataloga", max_length=200, required=False),
        LongTextField("special", "Īpaši apsvērumi", default="", max_length=500, required=False),
        TextField("deadline", "Termiņš", "Kad klientam priekšmets vajadzīgs.", default="15. decembris",
                  max_length=60),
        IntegerField("days_available", "Dienas līdz termiņam", default="14", unit="dienas", maximum=1000),
        IntegerField("usual_days", "Parastais izgatavošanas laiks", default="21", unit="dienas", minimum=1,
                     maximum=1000),
        MoneyField("price", "Cena bez steidzamības piemaksas", "Aprēķiniet to ar E28: materiāli, darbs, "
                   "pieskaitāmās izmaksas.", default="120", maximum=1_000_000),
        MoneyField("budget", "Klienta budžets", "Jautājiet jau pirmajā sarunā; tukšs, ja nezināt.", default="150",
                   maximum=1_000_000, required=False),
        PercentField("deposit_pct", "Depozīts", "Rokasgrāmata lielumu nenosaka: tam jāsedz vismaz materiāli un "
                     "sākotnējais darbs.", default="50"),
        PercentField("rush_pct", "Piemaksa par steidzamību", "Rokasgrāmata likmi nenosaka: tai jākompensē citu "
                     "darbu pārcelšana un virsstundas.", default="25", maximum=500),
        ChoiceField("final", "Atlikuma samaksa", options=FINAL, default=FINAL[0]),
        MoneyField("materials_cost", "Materiālu izmaksas", default="35", maximum=1_000_000),
        NumberField("sketch_hours", "Darbs pirms apstiprinājuma", "Saziņa, skices, paraugi.", default="2", unit="h",
                    maximum=1000, decimals=1),
        MoneyField("hourly_rate", "Stundas likme", "Rokasgrāmata iesaka vismaz 15–25 € stundā.", default="20",
                   maximum=1000, profile="hourly_rate"),
        IntegerField("revisions", "Labojumi cenā", default="1", maximum=20),
        MoneyField("revision_price", "Papildu labojuma cena", default="15", maximum=100_000),
    ],
    compute=compute,
    view=view,
)
