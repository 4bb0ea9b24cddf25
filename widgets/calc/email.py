"""E-mail marketing arithmetic shared by E39–E42: ROI, discounts, abandoned carts.

Figures come from the e-mail automation guide ("E-pastu automatizācija: kā izveidot pārdošanas
mašīnu, kas strādā 24/7") and the handbook, section "E-pasts". ROI follows the book's chapter 15:
net ROI = (return − cost) ÷ cost × 100 %, where the return is the *gross profit* the channel brought
(revenue minus materials, fees and delivery), not the revenue.
"""

from __future__ import annotations

from dataclasses import dataclass

# Guide, section "E-pasta mārketinga ROI: skaitļi un statistika": 100 € bring back 3 200–3 700 €,
# i.e. a gross return of 32–37 € per euro (the guide calls it "3 200–3 700 % ROI"; net ROI 3 100–3 600 %).
GUIDE_RETURN_PER_EUR = (32.0, 37.0)
# Same section: 9–16 e-mails a month give the best return (about 41 € per euro).
GUIDE_EMAILS_PER_MONTH = (9, 16)
# Handbook, section "E-pasts": 3–5 welcome e-mails and a 10–15 % first-purchase discount.
WELCOME_EMAILS = (3, 5)
WELCOME_DISCOUNT_PCT = (10.0, 15.0)
# Guide, section "1. Sveiciena sērija": four e-mails on days 0, 2, 4 and 6.
WELCOME_DAYS = (0, 2, 4, 6)
# Guide, section "2. Pamestā groza atgādinājumi": up to 10 % of abandoned purchases recovered;
# the flow brings 5–8 % of an e-shop's revenue; e-mails after 1–2 h, 24 h and 48 h.
CART_RECOVERY_MAX_PCT = 10.0
CART_REVENUE_SHARE_PCT = (5.0, 8.0)
CART_HOURS = (1, 24, 48)


def net_roi_pct(gain: float, cost: float) -> float | None:
    """Net ROI in percent: (gain − cost) ÷ cost × 100; None when nothing was spent."""
    return (gain - cost) / cost * 100 if cost > 0 else None


def gross_return(gain: float, cost: float) -> float | None:
    """Gross return: euros back per euro spent (the guide's "32–37 €"); None when nothing was spent."""
    return gain / cost if cost > 0 else None


@dataclass(frozen=True)
class EmailFunnel:
    """One month of campaign e-mails, from recipients to orders and money."""

    sent: float
    opens: float
    clicks: float
    orders: float
    revenue: float
    gross_profit: float
    cost: float

    @property
    def net_profit(self) -> float:
        return self.gross_profit - self.cost

    @property
    def revenue_per_eur(self) -> float | None:
        return gross_return(self.revenue, self.cost)

    @property
    def return_multiple(self) -> float | None:
        return gross_return(self.gross_profit, self.cost)

    @property
    def roi_pct(self) -> float | None:
        return net_roi_pct(self.gross_profit, self.cost)


def funnel(list_size: int, emails: int, open_pct: float, click_pct: float, conversion_pct: float,
           order_value: float, margin_pct: float, cost: float) -> EmailFunnel:
    """Each rate is a share of the step before: opens of sent, clicks of opens, orders of clicks."""
    sent = list_size * emails
    opens = sent * open_pct / 100
    clicks = opens * click_pct / 100
    orders = clicks * conversion_pct / 100
    revenue = orders * order_value
    return EmailFunnel(sent, opens, clicks, orders, revenue, revenue * margin_pct / 100, cost)


@dataclass(frozen=True)
class DiscountResult:
    """A first-purchase discount: what it costs against the extra gross profit it brings."""

    buyers_with: float
    buyers_without: float
    discount_cost: float
    extra_profit: float

    @property
    def extra_buyers(self) -> float:
        return self.buyers_with - self.buyers_without

    @property
    def net_gain(self) -> float:
        return self.extra_profit - self.discount_cost


def discount_effect(subscribers: int, conv_without_pct: float, conv_with_pct: float, order_value: float,
                    margin_pct: float, discount_pct: float) -> DiscountResult:
    """Every buyer who uses the code gets the discount, also those who would have bought anyway;
    only the extra buyers bring extra gross profit (at the full margin, before the discount)."""
    with_ = subscribers * conv_with_pct / 100
    without = subscribers * conv_without_pct / 100
    cost = with_ * order_value * discount_pct / 100
    extra = (with_ - without) * order_value * margin_pct / 100
    return DiscountResult(with_, without, cost, extra)


def recovered_carts(carts: int, recovery_pct: float, order_value: float, margin_pct: float,
                    incentive_per_order: float) -> dict[str, float]:
    """Abandoned-cart flow per month: recovered orders, revenue and gross profit after the incentive."""
    orders = carts * recovery_pct / 100
    revenue = orders * order_value
    profit = revenue * margin_pct / 100 - orders * incentive_per_order
    return {"orders": orders, "revenue": revenue, "profit": profit}
