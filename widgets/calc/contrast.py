"""Colour contrast by the WCAG 2.x formula (used by the palette exercise and any colour check).

Relative luminance: each sRGB channel c (0–1) is linearised as c/12.92 when c ≤ 0.03928, else
((c + 0.055)/1.055)^2.4, and L = 0.2126 R + 0.7152 G + 0.0722 B. The contrast ratio of two
colours is (L1 + 0.05)/(L2 + 0.05) with L1 the lighter one: 1:1 to 21:1.
Source: W3C, Web Content Accessibility Guidelines (WCAG) 2.1, definitions "relative luminance"
and "contrast ratio"; success criteria 1.4.3 (AA) and 1.4.6 (AAA).
"""

from __future__ import annotations

from dataclasses import dataclass

# WCAG 2.1 thresholds: (normal text, large text). Large = at least 18 pt, or 14 pt bold.
AA = (4.5, 3.0)    # success criterion 1.4.3 "Contrast (Minimum)"
AAA = (7.0, 4.5)   # success criterion 1.4.6 "Contrast (Enhanced)"


def rgb(hex_code: str) -> tuple[int, int, int]:
    """``"#8B4513"`` or ``"#abc"`` → (139, 69, 19)."""
    digits = hex_code.strip().lstrip("#")
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    if len(digits) != 6:
        raise ValueError(f"not a hex colour: {hex_code!r}")
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_code: str) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    r, g, b = (_linear(c) for c in rgb(hex_code))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours (order does not matter), 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@dataclass(frozen=True)
class Contrast:
    """A text/background pair and which WCAG levels it passes."""

    text: str
    background: str
    ratio: float

    @property
    def aa(self) -> bool:
        return self.ratio >= AA[0]

    @property
    def aa_large(self) -> bool:
        return self.ratio >= AA[1]

    @property
    def aaa(self) -> bool:
        return self.ratio >= AAA[0]

    @property
    def aaa_large(self) -> bool:
        return self.ratio >= AAA[1]


def check(text: str, background: str) -> Contrast:
    """The contrast of ``text`` on ``background`` with its pass/fail levels."""
    return Contrast(text, background, ratio(text, background))
