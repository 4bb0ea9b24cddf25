"""E49 Piegādes iespēju salīdzinājums (chapter 22): weight, size, destination → carrier and packaging choice."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc import shipping
from ..exercise import Exercise
from ..fields import ChecklistField, ChoiceField, IntegerField, MoneyField, NumberField, TableField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Iepakošana un piegāde” (apakšsadaļas „Kurjerpakalpojumi” un "
          "„Iepakošanas materiālu salīdzinājums”). Pārvadātāju punkti ir šīs darblapas nolasījums no rokasgrāmatas "
          "apraksta: viens punkts par katru jūsu vajadzību, kam pārvadātājs atbilst.")
PRICE_NOTE = ("Avotos pārvadātāju cenu nav, tāpēc tās neizdomājam: ierakstiet cenas no pārvadātāju cenrāžiem "
              "(to tīmekļa vietnē) vai no sūtījumu platformām, piemēram, Sendcloud, savam tipiskajam sūtījumam.")

QUOTE_COLUMNS = [
    ChoiceField("carrier", "Pārvadātājs", options=shipping.CARRIER_NAMES, default=shipping.CARRIER_NAMES[0]),
    ChoiceField("destination", "Galamērķis", options=shipping.DESTINATIONS, default=shipping.DESTINATIONS[0]),
    MoneyField("price", "Cena", "No pārvadātāja cenrāža; tukšs = vēl nav pārbaudīts", default="", maximum=100_000,
               required=False),
    IntegerField("days", "Piegāde, dienas", default="", unit="dienas", maximum=365, required=False),
]
DEFAULT_QUOTES = [
    {"carrier": "DPD", "destination": "Latvija", "price": "", "days": ""},
    {"carrier": shipping.CARRIER_NAMES[3], "destination": "Latvija", "price": "", "days": ""},
    {"carrier": "DPD", "destination": "Cita ES valsts", "price": "", "days": ""},
    {"carrier": "DHL", "destination": "Cita ES valsts", "price": "", "days": ""},
]
YES_NO = ["Jā", "Nē"]


def _pl(n: int, one: str, many: str) -> str:
    """Latvian number agreement: 1, 21, 31 … take the singular form (not 11)."""
    return one if n % 10 == 1 and n % 100 != 11 else many


def compute(a: dict) -> dict:
    weight = shipping.chargeable_weight(a["weight"], a["length"], a["width"], a["height"], a["divisor"])
    fits = shipping.carrier_fit(a["size"], a["priority"], a["destinations"])
    quotes = [q for q in a["quotes"] if q["price"] > 0 and q["destination"] in a["destinations"]]
    cheapest = {}
    for dest in a["destinations"]:
        options = [q for q in quotes if q["destination"] == dest]
        if options:
            cheapest[dest] = min(options, key=lambda q: q["price"])
    return {
        "volume_weight": a["length"] * a["width"] * a["height"] / a["divisor"] if a["divisor"] > 0 else None,
        "chargeable": weight,
        "fits": fits,
        "best": fits[0].carrier.name,
        "materials": shipping.packaging(a["fragility"], a["eco"] == "Jā"),
        "quotes": sorted(quotes, key=lambda q: (shipping.DESTINATIONS.index(q["destination"]), q["price"])),
        "cheapest": cheapest,
        "missing": [d for d in a["destinations"] if d not in cheapest],
    }


def view(a: dict, r: dict) -> list:
    lines = [f"Sūtījums: {a['product']}, {fmt.number(a['weight'], 2)} kg, "
             f"{fmt.number(a['length'], 1)} × {fmt.number(a['width'], 1)} × {fmt.number(a['height'], 1)} cm.",
             f"Piemērotākais pārvadātājs pēc rokasgrāmatas apraksta: {r['best']}.", ""]
    for dest in a["destinations"]:
        if dest in r["cheapest"]:
            q = r["cheapest"][dest]
            lines.append(f"{dest}: lētākā iespēja — {q['carrier']}, {fmt.money(q['price'])}"
                         + (f", {q['days']} {_pl(q['days'], 'diena', 'dienas')}." if q["days"] else "."))
        else:
            lines.append(f"{dest}: ierakstiet cenas no pārvadātāju cenrāžiem.")
    mats = r["materials"]
    lines += ["", "Iepakojums: " + ", ".join(m.name.lower() for m in mats[:2]) + ". Pārbaudiet to, nosūtot paraugu sev.",
              "Pierakstiet iepakošanas kartītē: kastes izmērs, slāņi, pildījums, gatavās pakas svars."]
    blocks = [
        Metric("Piemērotākais pārvadātājs", r["best"], "; ".join(r["fits"][0].reasons)),
        Metric("Maksājamais svars", f"{fmt.number(r['chargeable'], 2)} kg",
               "Lielākais no faktiskā un tilpuma svara." if r["volume_weight"] is not None
               else "Faktiskais svars (tilpuma svara dalītājs nav ievadīts)."),
        Text("Jūsu piegādes izvēle", "\n".join(lines)),
        views.table("Pārvadātāji un jūsu vajadzības",
                    ["Pārvadātājs", "Stiprās puses", "Kad izvēlēties", "Atbilst jūsu vajadzībām", "Punkti"],
                    [[f.carrier.name, f.carrier.strengths, f.carrier.when, ", ".join(f.reasons) or "—", f.points]
                     for f in r["fits"]], [None, None, None, None, "integer"]),
    ]
    if r["quotes"]:
        rows = [[q["carrier"], q["destination"], q["price"], q["days"] or None, q["price"] / r["chargeable"]
                 if r["chargeable"] else None] for q in r["quotes"]]
        blocks.append(views.table("Jūsu ievadītās cenas", ["Pārvadātājs", "Galamērķis", "Cena", "Dienas", "€ par kg"],
                                  rows, [None, None, "money", "integer", "money"]))
        if len(r["quotes"]) >= 2:
            blocks.append(Chart("barh", "Piegādes cenas", [f"{q['carrier']} → {q['destination']}" for q in r["quotes"]],
                                {"€": [q["price"] for q in r["quotes"]]}, xlabel="€"))
    blocks += [
        views.table("Piemēroti aizsardzības materiāli", ["Materiāls", "Aizsardzība", "Ilgtspēja"],
                    [[m.name, m.protection_text, m.sustainability] for m in mats], [None, None, None]),
        Check("Cenas ievadītas visiem galamērķiem", not r["missing"],
              "Labi: varat salīdzināt." if not r["missing"] else "Trūkst cenu: " + ", ".join(r["missing"]) + "."),
        Check("Apdrošināšana atbilst vērtībai", a["priority"] == shipping.PRIORITIES[2] or a["value"] <= 0
              or "Ārpus ES" not in a["destinations"],
              "Labi." if a["priority"] == shipping.PRIORITIES[2] or a["value"] <= 0 or "Ārpus ES" not in a["destinations"]
              else f"Sūtījumam ārpus ES ({fmt.money(a['value'])} vērtībā) izvēlieties pilnu izsekošanu un apdrošināšanu."),
        Note(PRICE_NOTE),
        Note(SOURCE),
    ]
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"shipping_destinations": list(a["destinations"])}


EXERCISE = Exercise(
    id="E49",
    title="Piegādes iespēju salīdzinājums",
    chapter=22,
    intro=(
        "Ievadiet sava tipiskā sūtījuma svaru, izmērus un galamērķus un ierakstiet pārvadātāju cenas no to cenrāžiem. "
        "Darblapa salīdzina pārvadātājus un iesaka iepakojumu, lai darbs nonāktu pie pircēja vesels un par saprātīgu cenu."
    ),
    fields=[
        TextField("product", "Ko sūtāt?", default="Māla krūze", max_length=120, profile="product_name"),
        ChoiceField("fragility", "Cik trausls ir izstrādājums?", options=shipping.FRAGILITY,
                    default=shipping.FRAGILITY[0]),
        NumberField("weight", "Gatavās pakas svars", "Ar iepakojumu.", default="1,2", unit="kg", minimum=0.01,
                    maximum=1000),
        NumberField("length", "Garums", default="20", unit="cm", minimum=1, maximum=1000, decimals=1),
        NumberField("width", "Platums", default="15", unit="cm", minimum=1, maximum=1000, decimals=1),
        NumberField("height", "Augstums", default="15", unit="cm", minimum=1, maximum=1000, decimals=1),
        NumberField("divisor", "Tilpuma svara dalītājs", "Ja pārvadātājs rēķina tilpuma svaru, dalītāju atradīsiet "
                    "tā cenrādī; citādi atstājiet tukšu.", default="", maximum=100_000, decimals=0, required=False),
        MoneyField("value", "Sūtījuma vērtība", "Apdrošināšanai un muitai.", default="38", maximum=1_000_000,
                   profile="retail_price"),
        ChoiceField("size", "Sūtījuma veids", options=shipping.SIZES, default=shipping.SIZES[1]),
        ChoiceField("priority", "Kas jums svarīgākais?", options=shipping.PRIORITIES, default=shipping.PRIORITIES[0]),
        ChoiceField("eco", "Vai priekšroka videi draudzīgam iepakojumam?", options=YES_NO, default="Jā"),
        ChecklistField("destinations", "Uz kurieni sūtāt?", "Atzīmējiet visus galamērķus.",
                       options=shipping.DESTINATIONS, default=shipping.DESTINATIONS[:2], min_selected=1),
        TableField("quotes", "Pārvadātāju cenas", "Ierakstiet cenu savam sūtījumam no pārvadātāja cenrāža.",
                   columns=QUOTE_COLUMNS, max_rows=20, default=DEFAULT_QUOTES, required=False),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
