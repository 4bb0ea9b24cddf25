"""E23 Kopējās īpašumtiesību izmaksas (chapter 12): yearly cost of ownership of own-shop platforms."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Note, Text
from ..calc import platform_fees
from ..exercise import Exercise
from ..fields import MoneyField, TableField, TextField

SOURCE = "Avots: rokasgrāmata, sadaļa „Pirmie ieguldījumi un ikmēneša izmaksas”."

COLUMNS = [
    TextField("name", "Platforma", default="", max_length=60),
    MoneyField("plan", "Plāns mēnesī", default="", maximum=10_000, required=False),
    MoneyField("theme", "Tēma (vienreizēji)", default="", maximum=100_000, required=False),
    MoneyField("apps", "Lietotnes mēnesī", default="", maximum=10_000, required=False),
    MoneyField("hosting", "Mitināšana mēnesī", default="", maximum=10_000, required=False),
]

# the lower ends of the handbook's ranges, with a few paid apps (the chapter's advice: start small)
DEFAULT_ROWS = [
    {"name": "Shopify", "plan": "29", "theme": "0", "apps": "10", "hosting": "0"},
    {"name": "WooCommerce", "plan": "0", "theme": "60", "apps": "15", "hosting": "30"},
    {"name": "Squarespace", "plan": "23", "theme": "0", "apps": "5", "hosting": "0"},
]
ITEMS = (("plan", "Plāns"), ("theme", "Tēma"), ("apps", "Lietotnes"), ("hosting", "Mitināšana"))


def _outside_ranges(row: dict) -> list[str]:
    """The cost items outside the handbook's range for a platform it names (others are not checked)."""
    ranges = next((v for k, v in platform_fees.TCO_RANGES.items() if row["name"].lower().startswith(k.lower())), None)
    if ranges is None:
        return []
    out = []
    for key, label in ITEMS:
        low, high = ranges[key]
        if not low <= row[key] <= high:
            out.append(f"{row['name']}: {label.lower()} {fmt.money(row[key])} (rokasgrāmatā {fmt.money(low)}–{fmt.money(high)})")
    return out


def compute(a: dict) -> dict:
    platforms = []
    for row in a["platforms"]:
        tco = platform_fees.yearly_tco(row["plan"], row["theme"], row["apps"], row["hosting"], a["domain"], a["email"])
        platforms.append({"name": row["name"] or "Platforma", "tco": tco, "outside": _outside_ranges(row)})
    cheapest = min(platforms, key=lambda p: p["tco"].first_year)
    dearest = max(platforms, key=lambda p: p["tco"].first_year)
    return {"platforms": platforms, "cheapest": cheapest, "dearest": dearest,
            "outside": [o for p in platforms for o in p["outside"]]}


def view(a: dict, r: dict) -> list:
    ps = r["platforms"]
    cheap = r["cheapest"]
    rows = [(p["name"], p["tco"].plan, p["tco"].theme, p["tco"].apps, p["tco"].hosting, p["tco"].domain_email,
             p["tco"].first_year, p["tco"].later_years, p["tco"].first_year / 12) for p in ps]
    text = (f"Lētākā pirmajā gadā ir „{cheap['name']}”: {fmt.money(cheap['tco'].first_year)} "
            f"({fmt.money(cheap['tco'].first_year / 12)} mēnesī).")
    if r["dearest"] is not cheap:
        diff = r["dearest"]["tco"].first_year - cheap["tco"].first_year
        text += f" Dārgākā, „{r['dearest']['name']}”, izmaksā par {fmt.money(diff)} vairāk."
    text += (" Šajā summā nav maksājumu apstrādes maksas (parasti 1,5–3 % no darījuma plus fiksēta summa) un jūsu "
             "darba laika: ņemiet vērā arī to, cik viegli platformu pārvaldīt pašam.")
    stacks = {label: [getattr(p["tco"], key) for p in ps] for key, label in ITEMS}
    stacks["Domēns un e-pasts"] = [p["tco"].domain_email for p in ps]
    return [
        views.money_metric(f"Lētākā pirmajā gadā: {cheap['name']}", cheap["tco"].first_year,
                           f"Turpmākajos gados: {fmt.money(cheap['tco'].later_years)} gadā."),
        views.table("Gada kopējās īpašumtiesību izmaksas",
                    ["Platforma", "Plāns", "Tēma", "Lietotnes", "Mitināšana", "Domēns un e-pasts",
                     "Pirmajā gadā", "Turpmāk gadā", "Vidēji mēnesī"], rows,
                    [None, "money", "money", "money", "money", "money", "money", "money", "money"]),
        Chart("stacked", "No kā sastāv pirmā gada izmaksas", [p["name"] for p in ps], stacks,
              xlabel="Platforma", ylabel="€"),
        Text("Secinājums", text),
        Check("Summas atbilst rokasgrāmatas diapazoniem", not r["outside"],
              "Ārpus diapazona: " + "; ".join(r["outside"]) + ". Pārbaudiet, vai ievadījāt mēneša, nevis gada summu."
              if r["outside"] else "Visas ievadītās summas ir rokasgrāmatas minētajos diapazonos."),
        Note("Rokasgrāmatas diapazoni mēnesī: Shopify 29–299 € + lietotnes 0–30 € (tēma 0–350 € vienreizēji); "
             "WooCommerce mitināšana 30–150 € + spraudņi 0–50 € (tēma 0–150 €); Squarespace 18–40 € (mitināšana "
             "iekļauta) + paplašinājumi 0–15 €; domēns 10–20 € gadā, e-pasts 5–12 € mēnesī. Cenrāži mainās: "
             "pārbaudiet platformas aktuālo cenu lapu."),
        Note(SOURCE),
    ]


EXERCISE = Exercise(
    id="E23",
    title="Kopējās īpašumtiesību izmaksas",
    chapter=12,
    intro=(
        "Saskaitiet visu, kas jāmaksā, lai jūsu veikals strādātu: plānu, tēmu, lietotnes, mitināšanu, domēnu un "
        "e-pastu. Tā redzēsiet, kuru platformu varat atļauties ne tikai pirmajā mēnesī, bet arī ilgtermiņā."
    ),
    fields=[
        TableField("platforms", "Platformas un to izmaksas",
                   "Mēneša summas mēnesī, tēma vienreizēji. Rokasgrāmatā: Shopify 29–299 €, WooCommerce mitināšana "
                   "30–150 €, Squarespace 18–40 € mēnesī.",
                   columns=COLUMNS, min_rows=1, max_rows=6, default=DEFAULT_ROWS),
        MoneyField("domain", "Domēna reģistrācija gadā", "Rokasgrāmatā: 10–20 € gadā.", default="15", maximum=10_000),
        MoneyField("email", "E-pasta pakalpojums mēnesī", "Rokasgrāmatā: 5–12 € mēnesī.", default="6", maximum=10_000,
                   required=False),
    ],
    compute=compute,
    view=view,
)
