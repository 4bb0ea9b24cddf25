"""Data of the illustrative case "Rīgas sveču lējējas e-pasta plūsmas".

A made-up candle maker from Rīga sets up her automated e-mail flows (E40), her welcome series with a
first-purchase discount (E41) and abandoned-cart reminders (E42). The timings are the e-mail guide's
(section „Sešas būtiskākās e-pasta automātiskās plūsmas un to ieviešanas soļi”: welcome e-mails on days
0, 2, 4, 6; cart reminders after 1–2 h, 24 h, 48 h; re-engagement on days 0, 7, 14); the seeded random
figures stay inside the handbook's and the guide's ranges: a 10–15 % first-purchase discount and 3–5
welcome e-mails (handbook, section „E-pasts”), carts recovered up to 10 % (guide, section „2. Pamestā
groza atgādinājumi”). Subscribers, conversion rates, order value and margin are the case's own
assumptions. Run it to rewrite the data file beside it; the tests check that it writes exactly the
committed file.

Usage: ``python case_studies/rigas-svecu-lejeja.py [--out PATH]``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets.cases import write_data  # noqa: E402

SLUG = "rigas-svecu-lejeja"
SEED = 1818


def data() -> dict:
    rng = random.Random(SEED)
    first_cart_hour = rng.choice([1, 2])
    recommend_day = rng.choice([2, 3, 5])
    flows = [
        {"flow": "Sveiciena sērija", "trigger": "Pierakstīšanās vietnē pēc bezmaksas sveču kopšanas ceļveža",
         "delays": "0; 2; 4; 6", "unit": "dienas"},
        {"flow": "Pamestais grozs", "trigger": "Sveces grozā, pirkums nav pabeigts",
         "delays": f"{first_cart_hour}; 24; 48", "unit": "stundas"},
        {"flow": "Pēc pirkuma", "trigger": "Pasūtījums apmaksāts", "delays": "0; 3; 10; 17", "unit": "dienas"},
        {"flow": "Atkārtota iesaiste", "trigger": "3 mēneši bez atvēršanas", "delays": "0; 7; 14", "unit": "dienas"},
        {"flow": "Produktu ieteikumi", "trigger": "Nopirkta svece no rudens kolekcijas",
         "delays": str(recommend_day), "unit": "dienas"},
        {"flow": "Dzīves cikls", "trigger": "Pircēja dzimšanas diena", "delays": "0", "unit": "dienas"},
    ]
    discount = rng.choice([10, 15])
    subscribers = rng.randint(60, 90)
    conv_without, conv_with = rng.randint(2, 4), rng.randint(6, 9)
    order_value = rng.randint(32, 40)
    margin = rng.choice([50, 55, 60])
    carts = rng.randint(35, 55)
    recovery = rng.choice([6, 8, 10])
    monthly_revenue = rng.randint(80, 110) * order_value  # orders a month × order value
    welcome = [
        {"day": "0", "subject": "Jūsu sveču kopšanas ceļvedis", "discount": "Nē",
         "content": "Solītais ceļvedis un īss stāsts par pirmo sveci, ko izlēju virtuvē"},
        {"day": "2", "subject": "Kāpēc svece deg bedrē un kā to novērst", "discount": "Nē",
         "content": "Padoms par pirmo dedzināšanu un dakts apgriešanu, īss video no darbnīcas"},
        {"day": "4", "subject": "Rapšu vasks no Zemgales laukiem", "discount": "Nē",
         "content": "Manas vērtības: augu vasks, dabiskas smaržas, katra svece lieta ar roku Rīgā"},
        {"day": "6", "subject": f"{discount} % atlaide jūsu pirmajai svecei", "discount": "Jā",
         "content": "Atlaide pirmajam pirkumam uz 7 dienām un trīs populārākās sveces"},
    ]
    return {
        "title": "Rīgas sveču lējējas e-pasta plūsmas",
        "kind": "illustrative",
        "chapters": [18],
        "source": "Izdomāts gadījums; skaitļi ģenerēti ar šo skriptu rokasgrāmatas un e-pasta ceļveža robežās.",
        "assumptions": [
            "Sveču lējēja un viņas darbnīca ir izdomātas.",
            "Plūsmu laiki ir e-pasta ceļveža ieteiktie; pēc pirkuma plūsma skaitīta no pasūtījuma, piegāde 3. dienā.",
            f"Atlaide pirmajam pirkumam {discount} % ir rokasgrāmatas 10–15 % robežās.",
            f"Mēnesī pierakstās {subscribers} jauni abonenti; bez atlaides pirmo reizi nopērk {conv_without} %, "
            f"ar atlaidi {conv_with} % (pieņēmums, ko pārbaudīt e-pasta rīkā).",
            f"Vidējais pasūtījums {order_value} €, bruto peļņas daļa {margin} %.",
            f"Mēnesī pamesti {carts} grozi; atgūti {recovery} % (ceļvedī: līdz 10 %); trešajā vēstulē bezmaksas "
            "piegāde uz pakomātu, kas sveču lējējai izmaksā 3,50 € (pieņēmums).",
            f"Kopējie ieņēmumi mēnesī {monthly_revenue:,} €.".replace(",", " "),
        ],
        "runs": [
            {"exercise": "E40", "note": "Sešas automātiskās plūsmas laika skalā.", "answers": {"flows": flows}},
            {"exercise": "E41", "note": "Sveiciena sērija un atlaides izmaksas pret papildu peļņu.",
             "answers": {"emails": welcome, "discount_pct": str(discount), "subscribers": str(subscribers),
                         "conv_without": str(conv_without), "conv_with": str(conv_with),
                         "order_value": str(order_value), "margin_pct": str(margin)}},
            {"exercise": "E42", "note": "Cik ieņēmumu atgūst pamestā groza vēstules.",
             "answers": {"carts": str(carts), "recovery_pct": str(recovery), "order_value": str(order_value),
                         "margin_pct": str(margin), "incentive": "3,50", "monthly_revenue": str(monthly_revenue)}},
        ],
    }


if __name__ == "__main__":
    write_data(data(), __file__)
