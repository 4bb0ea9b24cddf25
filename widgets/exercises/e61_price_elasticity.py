"""E61 Cenu elastības tests (chapter 28): price/volume pairs → elasticity, revenue-maximising price."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc import analytics
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, MoneyField, TableField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Pārdošanas datu analīze”, apakšsadaļa „Cenu optimizēšana” (cenu elastības "
          "pārbaude); elastība — standarta definīcija, aprēķināta ar logaritmisko regresiju.")

COLUMNS = [
    MoneyField("price", "Cena", default="", minimum=0.01, maximum=100_000),
    IntegerField("volume", "Pārdots mēnesī", default="", unit="gab.", minimum=1, maximum=1_000_000),
]
EXAMPLE = [("36", "54"), ("40", "50"), ("44", "46"), ("48", "43")]


def compute(a: dict) -> dict:
    rows = a["tests"]
    prices = [r["price"] for r in rows]
    volumes = [r["volume"] for r in rows]
    if len(set(prices)) < 2:
        raise ComputationError("Ievadiet vismaz divas atšķirīgas cenas: elastību var aprēķināt tikai, ja cena mainījās.")
    fit = analytics.elasticity(prices, volumes)
    low, high = min(prices), max(prices)
    best = analytics.best_revenue_price(fit, low, high)
    observed = sorted(({"price": p, "volume": v, "revenue": p * v} for p, v in zip(prices, volumes)),
                      key=lambda x: x["price"])
    cost = a.get("unit_cost") or 0
    profit_best = None
    if cost and cost < high:
        grid = [low + (high - low) * i / 200 for i in range(201)]
        profit_best = max(grid, key=lambda p: ((p - cost) * fit.volume(p), -p))
    return {
        "fit": fit,
        "elasticity": fit.elasticity,
        "elastic": fit.elasticity < -1,
        "best_price": best,
        "best_volume": fit.volume(best),
        "best_revenue": best * fit.volume(best),
        "best_observed": max(observed, key=lambda x: x["revenue"]),
        "observed": observed,
        "low": low,
        "high": high,
        "profit_best": profit_best,
    }


def view(a: dict, r: dict) -> list:
    e = r["elasticity"]
    if abs(e) < 1:
        meaning = ("Pieprasījums ir neelastīgs (|elastība| < 1): nedaudz paaugstinot cenu, ieņēmumi pieaug, "
                   "jo pārdotais daudzums samazinās lēnāk, nekā aug cena.")
    elif abs(e) > 1:
        meaning = ("Pieprasījums ir elastīgs (|elastība| > 1): paaugstinot cenu, ieņēmumi samazinās, "
                   "jo pircēju skaits krītas straujāk, nekā aug cena.")
    else:
        meaning = "Elastība ir −1: ieņēmumi gandrīz nemainās, lai kāda būtu cena."
    edge = "augšējā" if r["best_price"] >= r["high"] else "apakšējā" if r["best_price"] <= r["low"] else ""
    text = (f"{a['product']}: elastība {fmt.number(e, 2)}. {meaning}\n\n"
            f"Pēc modeļa vislielākie ieņēmumi pārbaudītajā cenu diapazonā ({fmt.money(r['low'])}–{fmt.money(r['high'])}) "
            f"ir pie cenas {fmt.money(r['best_price'])}: ap {fmt.integer(r['best_volume'])} gab. un "
            f"{fmt.money(r['best_revenue'])} mēnesī.")
    if edge:
        text += (f" Tā ir diapazona {edge} mala: ārpus pārbaudītajām cenām modelim neticiet — ja vēlaties iet tālāk, "
                 "pārbaudiet nākamo cenu tāpat kā līdzšinējās.")
    if r["profit_best"] is not None:
        text += f"\n\nAr vienības izmaksām {fmt.money(a['unit_cost'])} vislielāko peļņu dod cena {fmt.money(r['profit_best'])}."
    observed = r["observed"]
    return [
        Metric("Cenu elastība", fmt.number(e, 2), "Pārdotā daudzuma izmaiņa % ÷ cenas izmaiņa %."),
        views.money_metric("Cena ar lielākajiem ieņēmumiem", r["best_price"], "Pārbaudītā cenu diapazona robežās."),
        views.percent_metric("Modeļa precizitāte (R²)", r["fit"].r_squared * 100),
        Text("Secinājumi", text),
        views.table("Pārbaudītās cenas", ["Cena", "Pārdots mēnesī", "Ieņēmumi"],
                    [[x["price"], x["volume"], x["revenue"]] for x in observed], ["money", "integer", "money"]),
        Chart("bar", "Ieņēmumi pie katras pārbaudītās cenas", [fmt.money(x["price"]) for x in observed],
              {"Ieņēmumi": [x["revenue"] for x in observed]}, xlabel="Cena", ylabel="Ieņēmumi, €"),
        Check("Vismaz 3 pārbaudītas cenas", len(observed) >= 3,
              "Ar divām cenām elastība ir aptuvena; pārbaudiet vēl vienu cenu." if len(observed) < 3
              else "Pietiekami, lai redzētu tendenci."),
        Note("Mainiet cenu pa vienai un salīdziniet līdzīgus periodus (piemēram, divus rudens mēnešus), lai rezultātu "
             "neizkropļotu sezona."),
        Note(SOURCE),
    ]


EXERCISE = Exercise(
    id="E61",
    title="Cenu elastības tests",
    chapter=28,
    intro=(
        "Ierakstiet cenas, ko esat izmēģinājis, un cik gabalu mēnesī pie katras pārdevāt. Aprēķins parāda cenu elastību "
        "un cenu, pie kuras ieņēmumi ir vislielākie, lai jūs zinātu, vai cenu vērts celt."
    ),
    fields=[
        TextField("product", "Produkts", "Piemēram, „Krūžu komplekts”.", default="Krūžu komplekts", max_length=120,
                  profile="product_name"),
        TableField("tests", "Cenas un pārdotais daudzums", "Vismaz 2 dažādas cenas; vēlams 3–5, katra pietiekami ilgi.",
                   columns=COLUMNS, min_rows=2, max_rows=12,
                   default=[{"price": p, "volume": v} for p, v in EXAMPLE]),
        MoneyField("unit_cost", "Vienas vienības izmaksas", "Materiāli un darbs; ja norādīsiet, aprēķināsim arī peļņai labāko cenu.",
                   default="", required=False, maximum=100_000, profile="unit_cost"),
    ],
    compute=compute,
    view=view,
)
