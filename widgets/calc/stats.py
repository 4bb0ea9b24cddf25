"""Statistics for chapters 28–29: A/B test significance and a monthly sales forecast.

statsmodels and scipy are imported inside the functions (kernels start light).

- A/B test: two-proportion z-test (``statsmodels.stats.proportion.proportions_ztest``), 5 % significance
  level, and the visitors per variant needed for 80 % power (``statsmodels.stats.power.NormalIndPower``
  with Cohen's h); standard definitions, as chapter 29 states them. Lehr's rule of thumb
  16 · p · (1 − p) ÷ d² is the chapter's quick estimate.
- Forecast: with ≥ 24 months, Holt-Winters exponential smoothing (``statsmodels.tsa.holtwinters``,
  damped additive trend, seasonal period 12); with 12–23 months, the seasonal profile × trend: the same
  month a year earlier × (1 + the learner's expected growth).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

ALPHA = 0.05  # significance level, standard (chapter 29)
POWER = 0.80  # test power, standard (chapter 29, Lehr's rule)
HW_MIN_MONTHS = 24  # two full seasons for Holt-Winters with period 12
MIN_BAND_PCT = 10.0  # the forecast range is never narrower than ±10 % (assumption of this workbook)
SIMPLE_BAND_PCT = 15.0  # ±15 % around the simple model (assumption of this workbook)


@dataclass(frozen=True)
class AbResult:
    rate_a: float  # conversion rates in percent
    rate_b: float
    uplift_pct: float | None  # relative change B vs A in percent (None when A converts 0)
    z: float | None
    p_value: float | None
    significant: bool
    needed_per_variant: int | None  # visitors per variant for 80 % power at the observed rates
    lehr_per_variant: int | None  # the chapter's rule of thumb


def ab_test(visitors_a: int, conversions_a: int, visitors_b: int, conversions_b: int,
            alpha: float = ALPHA, power: float = POWER) -> AbResult:
    """Two-proportion z-test of B against A and the sample size needed to detect the observed difference."""
    from statsmodels.stats.power import NormalIndPower
    from statsmodels.stats.proportion import proportion_effectsize, proportions_ztest

    if min(visitors_a, visitors_b) <= 0:
        raise ValueError("visitors must be positive")
    pa, pb = conversions_a / visitors_a, conversions_b / visitors_b
    uplift = (pb - pa) / pa * 100 if pa else None
    z = p = None
    total = conversions_a + conversions_b
    if 0 < total < visitors_a + visitors_b:  # otherwise the pooled variance is 0: no test possible
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            stat, pval = proportions_ztest([conversions_b, conversions_a], [visitors_b, visitors_a])
        z, p = float(stat), float(pval)
    needed = lehr = None
    if pa != pb:
        h = abs(proportion_effectsize(pb, pa))
        if h > 0:
            n = NormalIndPower().solve_power(effect_size=h, alpha=alpha, power=power, ratio=1.0, alternative="two-sided")
            needed = math.ceil(n) if n and math.isfinite(n) else None
        lehr = math.ceil(16 * pa * (1 - pa) / (pb - pa) ** 2) if 0 < pa < 1 else None
    return AbResult(pa * 100, pb * 100, uplift, z, p, p is not None and p < alpha, needed, lehr)


@dataclass(frozen=True)
class Forecast:
    method: str  # "holt-winters" or "profile"
    values: list[float]  # next 12 months
    low: list[float]
    high: list[float]


def forecast_year(monthly: Sequence[float], growth_pct: float = 15.0) -> Forecast:
    """Forecast the 12 months after ``monthly`` (12–36 consecutive months of sales, oldest first)."""
    y = [float(v) for v in monthly]
    if len(y) < 12:
        raise ValueError("need at least 12 months")
    if len(y) >= HW_MIN_MONTHS and min(y) > 0:
        import numpy as np
        from statsmodels.tsa.holtwinters import ExponentialSmoothing

        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            fit = ExponentialSmoothing(np.array(y), trend="add", damped_trend=True, seasonal="mul",
                                       seasonal_periods=12, initialization_method="estimated").fit()
            values = [max(0.0, float(v)) for v in fit.forecast(12)]
            resid = float(np.std(np.asarray(fit.resid, float)))
        if all(math.isfinite(v) for v in values) and math.isfinite(resid):
            # 80 % range: ±1.28 σ √h, but never narrower than ±MIN_BAND_PCT %
            spread = [max(1.2816 * resid * math.sqrt(h + 1), v * MIN_BAND_PCT / 100) for h, v in enumerate(values)]
            return Forecast("holt-winters", values, [max(0.0, v - s) for v, s in zip(values, spread)],
                            [v + s for v, s in zip(values, spread)])
    factor = 1 + growth_pct / 100
    values = [v * factor for v in y[-12:]]
    return Forecast("profile", values, [v * (1 - SIMPLE_BAND_PCT / 100) for v in values],
                    [v * (1 + SIMPLE_BAND_PCT / 100) for v in values])
