"""Small text checks shared by the writing exercises (USP, brand, descriptions)."""

from __future__ import annotations

import re

# Words that sound good but tell a buyer nothing: replace them with a fact.
VAGUE_WORDS = (
    "unikāl", "kvalitatīv", "augstākās kvalitātes", "labākais", "labākā", "labākie",
    "skaist", "brīnišķīg", "izcil", "ideāl", "perfekt", "lielisk",
)


def words(text: str) -> list[str]:
    """The words of a text (letters, digits, hyphens)."""
    return re.findall(r"[\w-]+", text or "")


def vague_words(*texts: str) -> list[str]:
    """The vague words found in the texts, each once, in order of appearance."""
    found: list[str] = []
    for text in texts:
        for word in words((text or "").lower()):
            for stem in VAGUE_WORDS:
                if word.startswith(stem.split()[0]) and word not in found:
                    found.append(word)
    return found


def sentence(text: str) -> str:
    """Trim and end a fragment with a full stop, keeping the learner's wording."""
    text = (text or "").strip().rstrip(".!?;,")
    return text + "." if text else ""


def capitalise(text: str) -> str:
    """Upper-case the first letter only (``str.capitalize`` lowers the rest)."""
    return text[:1].upper() + text[1:] if text else text
