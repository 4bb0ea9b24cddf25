"""Latvian formatting of numbers, money and percentages (babel, locale lv_LV).

Every result, export and message uses these, so a learner always sees
``1 234,50 €`` and ``6,5 %`` (babel separates with no-break spaces).
"""

from __future__ import annotations

from babel.numbers import format_currency, format_decimal

LOCALE = "lv_LV"


def money(value: float, decimals: int = 2) -> str:
    """Format euros: ``1234.5`` → ``1 234,50 €`` (``decimals=0``: ``1 235 €``, for chart labels)."""
    if decimals == 0:
        return format_currency(round(value), "EUR", format="#,##0\u00a0¤", locale=LOCALE, currency_digits=False)
    return format_currency(value, "EUR", locale=LOCALE)


def number(value: float, decimals: int = 2) -> str:
    """Format a number with up to ``decimals`` decimals: ``1234.5`` → ``1 234,5``."""
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def integer(value: float) -> str:
    """Format a whole number: ``12000`` → ``12 000``."""
    return format_decimal(round(value), format="#,##0", locale=LOCALE)


def percent(value: float, decimals: int = 1) -> str:
    """Format a percentage given in percent units: ``6.5`` → ``6,5 %``."""
    return number(value, decimals) + "\u00a0%"


def plain(text: str) -> str:
    """Replace no-break spaces with ordinary ones (for comparisons and plain text)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")
