"""Fees and running costs of marketplaces, own-shop platforms and payment gateways, as chapters 10–12 state them.

Every figure is the handbook's ("rokasgrāmata"); the section is named on each constant. Figures the
handbook does not give (e.g. a European marketplace's payment processing, Adyen's card-scheme fee)
are typed by the learner: there is no constant for them here.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- Marketplaces (chapter 11) ---------------------------------------------------------------------
# handbook, section „Īpaši amatniekiem”: European craft marketplaces charge 0–15 % commission
EUROPE_COMMISSION_RANGE = (0.0, 15.0)
# handbook, section „Izvēlies piemērotāko e-komercijas platformu”, table „Populārāko platformu
# salīdzinājums”: Notonthehighstreet — 199 € one-off joining fee, 25–40 % commission
NOTHS_JOINING_FEE = 199.0
NOTHS_COMMISSION_RANGE = (25.0, 40.0)

# --- Own-shop platforms, yearly cost of ownership (chapter 12) ----------------------------------------
# handbook, section „Pirmie ieguldījumi un ikmēneša izmaksas” (ranges, € per month unless "one-off"/"year")
SHOPIFY_PLAN_MONTH = (29.0, 299.0)
SHOPIFY_THEME_ONE_OFF = (0.0, 350.0)
SHOPIFY_APPS_MONTH = (0.0, 30.0)
WOO_PLAN_MONTH = (0.0, 0.0)  # the plug-in itself is free
WOO_HOSTING_MONTH = (30.0, 150.0)
WOO_THEME_ONE_OFF = (0.0, 150.0)
WOO_PLUGINS_MONTH = (0.0, 50.0)
SQUARESPACE_PLAN_MONTH = (18.0, 40.0)  # hosting included
SQUARESPACE_EXTENSIONS_MONTH = (0.0, 15.0)
DOMAIN_YEAR = (10.0, 20.0)
EMAIL_MONTH = (5.0, 12.0)
# handbook, section „Izvēlies piemērotāko e-komercijas platformu” (note under the platform table):
# payment processing is usually 1,5–3 % of the transaction plus a fixed amount per transaction
PROCESSING_PCT_RANGE = (1.5, 3.0)

# the handbook's ranges per platform and cost item (for the range checks of E23)
TCO_RANGES = {
    "Shopify": {"plan": SHOPIFY_PLAN_MONTH, "theme": SHOPIFY_THEME_ONE_OFF, "apps": SHOPIFY_APPS_MONTH,
                "hosting": (0.0, 0.0)},
    "WooCommerce": {"plan": WOO_PLAN_MONTH, "theme": WOO_THEME_ONE_OFF, "apps": WOO_PLUGINS_MONTH,
                    "hosting": WOO_HOSTING_MONTH},
    "Squarespace": {"plan": SQUARESPACE_PLAN_MONTH, "theme": (0.0, 0.0), "apps": SQUARESPACE_EXTENSIONS_MONTH,
                    "hosting": (0.0, 0.0)},
}

# --- Payment gateways (chapter 12) ---------------------------------------------------------------------
# handbook, section „Drošas maksājumu iespējas”: (name, % of the order, fixed € per order); no set-up
# or monthly fees. Adyen: 0,10 € + the card scheme's fee, which the handbook does not give.
GATEWAYS = (
    ("Stripe", 1.4, 0.25),
    ("PayPal", 2.9, 0.35),
    ("Klarna", 2.49, 0.20),
    ("Adyen", None, 0.10),
)


def fee(amount: float, pct: float, fixed: float) -> float:
    """A percentage fee plus a fixed fee on one sale or order, in euros."""
    return amount * pct / 100 + fixed


@dataclass(frozen=True)
class Tco:
    """Yearly cost of ownership of one platform, in euros."""

    plan: float  # plan × 12
    theme: float  # one-off, first year only
    apps: float  # apps/plug-ins × 12
    hosting: float  # hosting × 12
    domain_email: float  # domain + e-mail × 12

    @property
    def first_year(self) -> float:
        return self.plan + self.theme + self.apps + self.hosting + self.domain_email

    @property
    def later_years(self) -> float:
        """Every following year: the theme is not bought again."""
        return self.first_year - self.theme


def yearly_tco(plan_month: float, theme: float, apps_month: float, hosting_month: float,
               domain_year: float, email_month: float) -> Tco:
    """Monthly costs × 12 plus the one-off theme (handbook, „Pirmie ieguldījumi un ikmēneša izmaksas")."""
    return Tco(plan_month * 12, theme, apps_month * 12, hosting_month * 12, domain_year + email_month * 12)
