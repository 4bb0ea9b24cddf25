"""E45 Pasūtījumu sistēmas izvēle (chapter 20): orders a week → the handbook's order-tracking tier."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc import stock
from ..exercise import Exercise
from ..fields import ChecklistField, ChoiceField, NumberField, PercentField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Maksājumu apstrāde” (pasūtījumu uzskaites sistēmu tabula) un sadaļa "
          "„Inventāra un krājumu pārvaldība” (sistēmas izvēle pēc lielākās problēmas).")

CHANNELS = ["Sava vietne", "Etsy vai cita tirgus platforma", "Gadatirgi un klātienes tirdzniecība",
            "Sociālie tīkli un ziņas", "Veikali un galerijas"]
PROBLEMS = {
    "Trūkst pārskata par materiāliem": "Meklējiet sistēmu ar izejvielu uzskaiti un paziņojumu, kad krājums "
                                       "jāpapildina (piemēram, Craftybase vai Katana).",
    "Grūti pārvaldīt pielāgojamus produktus ar daudziem variantiem": "Meklējiet sistēmu, kas ērti uzskaita "
                                                                      "produktu variantus un individuālās vēlmes.",
    "Jāplāno ražošana pēc pasūtījuma": "Meklējiet sistēmu ar izgatavošanas laika iestatījumiem un ražošanas "
                                       "plānošanu.",
    "Īpašu problēmu nav": "Izvēlieties vienkāršāko sistēmu, kas atbilst jūsu apjomam.",
}
WEEKS_PER_YEAR = 52


def compute(a: dict) -> dict:
    orders = a["orders_per_week"]
    future = orders * (1 + a["growth_pct"] / 100)
    now, later = stock.order_tier(orders), stock.order_tier(future)
    admin_hours = orders * a["admin_minutes"] / 60
    saved_hours = orders * min(a["saved_minutes"], a["admin_minutes"]) / 60
    return {
        "orders": orders,
        "future": future,
        "tier": now,
        "future_tier": later,
        "border": stock.on_border(orders),
        "admin_hours": admin_hours,
        "saved_hours": saved_hours,
        "net_hours": saved_hours - a["upkeep_hours"],
        "multichannel": len(a["channels"]) >= 2,
    }


def view(a: dict, r: dict) -> list:
    tier = stock.TIERS[r["tier"]]
    later = stock.TIERS[r["future_tier"]]
    rows = [[t.name, t.volume, t.limits, "← jūs" if i == r["tier"] else ("← pēc gada" if i == r["future_tier"] else "")]
            for i, t in enumerate(stock.TIERS)]
    lines = [
        f"Pasūtījumi nedēļā: {fmt.number(r['orders'], 1)}. Piemērotā sistēma: {tier.name} ({tier.volume}).",
        f"Ierobežojumi, kam sagatavoties: {tier.limits.lower()}.",
        f"Pēc gada (ar {fmt.percent(a['growth_pct'], 0)} pieaugumu): {fmt.number(r['future'], 1)} pasūtījumi nedēļā, "
        + ("tas pats līmenis." if r["future_tier"] == r["tier"] else f"nākamais līmenis: {later.name}."),
        f"Lielākā problēma: {a['problem'].lower()}. {PROBLEMS[a['problem']]}",
    ]
    if r["multichannel"]:
        lines.append("Jūs pārdodat vairākos kanālos: apkopojiet pasūtījumus vienuviet un izvēlieties sistēmu, kas "
                     "atjauno krājumus visos kanālos.")
    if r["border"]:
        lines.append("Jūsu apjoms ir uz divu līmeņu robežas: apsveriet arī nākamo līmeni.")
    worth = r["net_hours"] > 0
    blocks = [
        Metric("Piemērotā pasūtījumu uzskaites sistēma", tier.name, tier.volume),
        Metric("Laiks pasūtījumu administrēšanai", f"{fmt.number(r['admin_hours'], 1)} h nedēļā",
               f"{fmt.integer(r['admin_hours'] * WEEKS_PER_YEAR)} h gadā"),
        Metric("Jaunās sistēmas ietaupījums pēc uzturēšanas", f"{fmt.number(r['net_hours'], 1)} h nedēļā"),
        Text("Jūsu sistēmas izvēle", "\n".join(lines)),
        views.table("Pasūtījumu uzskaites sistēmas pēc apjoma", ["Sistēma", "Kam piemērota", "Ierobežojumi", ""],
                    rows, [None, None, None, None]),
        Chart("bar", "Stundas nedēļā pasūtījumu administrēšanai",
              ["Tagad", "Ar jauno sistēmu"],
              {"h nedēļā": [r["admin_hours"], r["admin_hours"] - r["saved_hours"] + a["upkeep_hours"]]},
              xlabel="", ylabel="Stundas nedēļā"),
        Check("Sistēma ietaupa vairāk laika, nekā prasa tās uzturēšana", worth,
              "Labi: pāreja atmaksājas ar laiku." if worth
              else "Pagaidām nē: rokasgrāmatas pārbaudes jautājums liek palikt pie vienkāršākā risinājuma."),
        Check("Sistēma der arī pēc gada", r["future_tier"] == r["tier"],
              "Labi: izaugsmei pietiks." if r["future_tier"] == r["tier"]
              else f"Pēc gada vajadzēs līmeni „{later.name}”: izvēlieties rīku, ko var paplašināt."),
        Note(SOURCE),
    ]
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"orders_per_week": round(r["orders"], 1)}


EXERCISE = Exercise(
    id="E45",
    title="Pasūtījumu sistēmas izvēle",
    chapter=20,
    intro=(
        "Ievadiet, cik pasūtījumu saņemat nedēļā un cik laika tie prasa. Darblapa pēc rokasgrāmatas tabulas "
        "iesaka uzskaites sistēmu, lai neviens pasūtījums nepazustu un administrēšana neaprītu darbnīcas laiku."
    ),
    fields=[
        NumberField("orders_per_week", "Pasūtījumi nedēļā", "Vidēji pēdējo mēnešu laikā, no visiem kanāliem.",
                    default="12", maximum=100_000, decimals=1),
        PercentField("growth_pct", "Gaidāmais pasūtījumu pieaugums gadā", "Cik procentu vairāk pasūtījumu gaidāt "
                     "pēc gada; 0, ja nemainīsies.", default="20", maximum=1000, required=False),
        ChecklistField("channels", "Kur saņemat pasūtījumus?", "Atzīmējiet visus kanālus.", options=CHANNELS,
                       default=CHANNELS[:2]),
        ChoiceField("problem", "Jūsu lielākā problēma", "Rokasgrāmata iesaka sistēmu izvēlēties pēc tās.",
                    options=list(PROBLEMS), default=list(PROBLEMS)[0]),
        NumberField("admin_minutes", "Administrēšana vienam pasūtījumam tagad", "Pieraksti, apstiprinājumi, "
                    "rēķins, uzlīme, atbildes uz jautājumiem.", default="15", unit="min", maximum=600, decimals=1),
        NumberField("saved_minutes", "Ko jaunā sistēma ietaupītu vienam pasūtījumam", "Jūsu aplēse, piemēram, "
                    "pēc izmēģinājuma versijas.", default="5", unit="min", maximum=600, decimals=1),
        NumberField("upkeep_hours", "Jaunās sistēmas uzturēšana nedēļā", "Datu ievade, iestatījumi, mācīšanās.",
                    default="0,5", unit="h", maximum=100, decimals=1),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
