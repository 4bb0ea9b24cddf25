"""Etsy seller fees as the handbook states them (section "Īpaši amatniekiem").

- listing: 0,20 € per item, renewed after each sale (listings expire after 4 months);
- transaction: 6,5 % of the total sale price including shipping;
- payment processing: 4 % + 0,30 € per transaction;
- offsite ads: 12–15 % of sales coming through Etsy's ads, mandatory for sellers
  above 10 000 a year (modelled as 12 % then; 15 % for smaller sellers who opt in).
  The handbook gives the threshold as 10 000 €; Etsy sets it as 10 000 USD of the last 12 months'
  sales (chapter 11, with Etsy's help page), so the learner types it in euros at the current rate.
"""

from __future__ import annotations

from dataclasses import dataclass

LISTING_FEE = 0.20
LISTING_MONTHS = 4
TRANSACTION_PCT = 6.5
PROCESSING_PCT = 4.0
PROCESSING_FIXED = 0.30
OFFSITE_SMALL_PCT = 15.0
OFFSITE_LARGE_PCT = 12.0
OFFSITE_MANDATORY_ABOVE = 10_000.0  # the handbook's figure, in €: the default of the learner's own threshold


@dataclass(frozen=True)
class EtsyFees:
    """Fees on one sale, in euros."""

    listing: float
    transaction: float
    processing: float
    offsite_ads: float

    @property
    def total(self) -> float:
        """All fees on one sale."""
        return self.listing + self.transaction + self.processing + self.offsite_ads


def offsite_rate(yearly_sales: float, opted_in: bool, threshold: float = OFFSITE_MANDATORY_ABOVE) -> tuple[float, bool]:
    """(rate in %, mandatory?) of the offsite-ads fee for a shop's yearly sales (``threshold`` in €)."""
    if yearly_sales > threshold:
        return OFFSITE_LARGE_PCT, True
    return (OFFSITE_SMALL_PCT if opted_in else 0.0), False


def fees_per_sale(price: float, shipping: float, ads_share_pct: float, ads_rate_pct: float) -> EtsyFees:
    """Average Etsy fees on one sale.

    ``ads_share_pct`` is the share of sales that come through offsite ads; the
    ads fee applies only to those, so it is averaged over all sales.
    """
    total = price + shipping
    return EtsyFees(
        listing=LISTING_FEE,
        transaction=total * TRANSACTION_PCT / 100,
        processing=total * PROCESSING_PCT / 100 + PROCESSING_FIXED,
        offsite_ads=total * ads_rate_pct / 100 * ads_share_pct / 100,
    )
