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


# short function words that repeat in any Latvian text and are no style problem
_COMMON = {"un", "ar", "no", "uz", "par", "pie", "kā", "ka", "lai", "vai", "bet", "ir", "arī", "tas", "tā",
           "to", "jūs", "jūsu", "mēs", "mūsu", "es", "šo", "šī", "šis", "kas", "kur", "pēc", "līdz", "ne", "nav",
           "katrs", "katra", "katru", "tikai", "vēl", "jau", "the", "and"}


def repeated_words(text: str, at_least: int = 3, min_length: int = 4) -> list[tuple[str, int]]:
    """Content words used ``at_least`` times (case-insensitive), most frequent first."""
    counts: dict[str, int] = {}
    for word in words((text or "").lower()):
        if len(word) >= min_length and word not in _COMMON and not word.isdigit():
            counts[word] = counts.get(word, 0) + 1
    return sorted(((w, n) for w, n in counts.items() if n >= at_least), key=lambda p: (-p[1], p[0]))


def sentences(text: str) -> list[str]:
    """The sentences of a text (split after . ! ? and line breaks)."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text or "") if s.strip()]


def readability(text: str) -> dict[str, float]:
    """Simple length measures: characters, words, sentences and mean words per sentence."""
    ws, ss = words(text), sentences(text)
    return {"characters": len((text or "").strip()), "words": len(ws), "sentences": len(ss),
            "words_per_sentence": len(ws) / len(ss) if ss else 0.0}
