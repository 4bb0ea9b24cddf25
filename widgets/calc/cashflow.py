"""A simple monthly cash flow: opening balance, monthly result, running balance, break-even month.

Source: the e-commerce guide, section "1.4. Izveidojiet finanšu prognozes" (a cash-flow statement
among the six parts of a forecast), and the handbook chapter's table as the workbook lays it out:
start with the initial investment as a negative balance; the month from which the running balance
becomes positive and stays so is the break-even point.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class CashFlow:
    """Monthly results and running balances (euros); ``break_even`` is a 0-based month index or None."""

    results: list[float]
    balances: list[float]
    break_even: int | None
    lowest: float
    lowest_month: int


def cash_flow(opening: float, income: Sequence[float], costs: Sequence[float]) -> CashFlow:
    """Running balance from ``opening`` (negative for an investment still to earn back).

    The break-even month is the first month whose balance is above zero and stays above zero to the
    end of the period; None when there is none.
    """
    if len(income) != len(costs):
        raise ValueError("income and costs need the same months")
    results = [i - c for i, c in zip(income, costs)]
    balances, balance = [], opening
    for result in results:
        balance += result
        balances.append(balance)
    break_even = None
    for month in range(len(balances) - 1, -1, -1):
        if balances[month] > 0:
            break_even = month
        else:
            break
    lowest_month = min(range(len(balances)), key=balances.__getitem__) if balances else 0
    return CashFlow(results, balances, break_even, balances[lowest_month] if balances else opening, lowest_month)
