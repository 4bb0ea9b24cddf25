"""Customer satisfaction: survey scores read from text, NPS and CSAT (chapter 25).

- NPS: customers answer „how likely are you to recommend us” on 0–10 (the customer-service article
  „Klientu apkalpošana e-komercijas jomā…”, section „Izsekojiet un uzlabojiet savu klientu apkalpošanu”).
  NPS = % promoters (9–10) − % detractors (0–6), from −100 to +100: the standard definition (the article
  gives no formula), as chapter 25 states it.
- CSAT: the share of answers 4 or 5 on a 1–5 scale, in percent: the standard definition (chapter 25).
- The 95 % interval of NPS uses the normal approximation of the difference of two multinomial shares:
  Var(p₉₋₁₀ − p₀₋₆) = (p₉₋₁₀ + p₀₋₆ − (p₉₋₁₀ − p₀₋₆)²) ÷ n (standard; scipy gives the z value).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

PROMOTER_MIN = 9  # 9–10
DETRACTOR_MAX = 6  # 0–6; 7–8 are passive
CSAT_SATISFIED_MIN = 4  # 4–5 on 1–5
MAX_SCORES = 5000  # far above a craft business's survey


class ScoreError(ValueError):
    """A score list that cannot be read; ``str(err)`` is a Latvian message naming the bad item."""


def parse_scores(text: str, low: int, high: int) -> list[int]:
    """Read whole-number scores separated by spaces, commas, semicolons or new lines.

    Raises
    ------
    ScoreError
        For the first item that is not a whole number from ``low`` to ``high``.
    """
    items = [item for item in re.split(r"[\s,;]+", text or "") if item]
    if len(items) > MAX_SCORES:
        raise ScoreError(f"Pārāk daudz vērtējumu: ne vairāk kā {MAX_SCORES}.")
    scores = []
    for number, item in enumerate(items, start=1):
        shown = item if len(item) <= 20 else item[:20] + "…"
        if not re.fullmatch(r"[+-]?\d+", item):
            raise ScoreError(f"{number}. vērtējums „{shown}” nav vesels skaitlis: ievadiet skaitļus no {low} "
                             f"līdz {high}, atdalītus ar atstarpi, komatu vai jaunu rindu.")
        value = int(item)
        if not low <= value <= high:
            raise ScoreError(f"{number}. vērtējums „{shown}” ir ārpus skalas: atļauti skaitļi no {low} līdz {high}.")
        scores.append(value)
    return scores


@dataclass(frozen=True)
class Nps:
    n: int
    promoters: int
    passives: int
    detractors: int
    counts: dict[int, int]  # score → answers, for every score 0–10

    @property
    def promoter_pct(self) -> float:
        return self.promoters / self.n * 100 if self.n else 0.0

    @property
    def passive_pct(self) -> float:
        return self.passives / self.n * 100 if self.n else 0.0

    @property
    def detractor_pct(self) -> float:
        return self.detractors / self.n * 100 if self.n else 0.0

    @property
    def score(self) -> float:
        """NPS from −100 to +100."""
        return self.promoter_pct - self.detractor_pct

    def interval(self, level: float = 0.95) -> tuple[float, float]:
        """Approximate ``level`` confidence interval of NPS, clipped to −100 … +100."""
        from scipy.stats import norm

        if not self.n:
            return (-100.0, 100.0)
        p, d = self.promoters / self.n, self.detractors / self.n
        se = ((p + d - (p - d) ** 2) / self.n) ** 0.5 * 100
        z = float(norm.ppf(0.5 + level / 2))
        return (max(-100.0, self.score - z * se), min(100.0, self.score + z * se))


def nps(scores: list[int]) -> Nps:
    """Split 0–10 scores into promoters, passives and detractors."""
    counts = Counter(scores)
    return Nps(
        n=len(scores),
        promoters=sum(n for s, n in counts.items() if s >= PROMOTER_MIN),
        passives=sum(n for s, n in counts.items() if DETRACTOR_MAX < s < PROMOTER_MIN),
        detractors=sum(n for s, n in counts.items() if s <= DETRACTOR_MAX),
        counts={s: counts.get(s, 0) for s in range(11)},
    )


def csat(scores: list[int]) -> float:
    """CSAT in percent: the share of 4–5 answers on a 1–5 scale (0 when there are none)."""
    return sum(s >= CSAT_SATISFIED_MIN for s in scores) / len(scores) * 100 if scores else 0.0
