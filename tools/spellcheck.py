"""Spell-check the book's MyST chapters with Debian's hunspell (lv_LV).

Usage: ``python tools/spellcheck.py [FILE ...]`` (default: every ``book/*.md``).
Prints ``file: word`` for each unknown word and exits 1 if there are any.

Markup is stripped first (front matter, code, roles' targets, labels, URLs,
footnote labels, HTML); English terms written as ``angl. *term*`` are skipped.
Names and technical terms the dictionary lacks live in ``tools/spelling/*.txt``
(one word a line).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS_DIR = ROOT / "tools" / "spelling"

_SKIP_BLOCKS = ("{code-cell}", "{bibliography}", "{raw}", "{code}", "{toctree}")
_ROLE_WITH_TEXT = re.compile(r"\{(term|doc|ref|numref)\}`([^`<]*?)\s*<[^`]*>`")
_ROLE_KEEP = re.compile(r"\{(term|abbr|sub|sup|guilabel)\}`([^`]*)`")
_ROLE_DROP = re.compile(r"\{[\w:-]+\}`[^`]*`")
_PATTERNS_DROP = [
    re.compile(r"angl\.\s*\*[^*]+\*"),          # English term beside the Latvian one
    re.compile(r"`[^`]*`"),                       # inline code
    re.compile(r"\[\^[^\]]+\]:?"),                # footnote labels
    re.compile(r"^\([\w:-]+\)=\s*$", re.M),       # MyST labels
    re.compile(r"https?://\S+"),
    re.compile(r"<[^>]+>"),                       # HTML tags, autolinks
    re.compile(r"\]\([^)]*\)"),                   # link targets
]
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def strip_markup(text: str) -> str:
    """Return the prose of a MyST document with markup removed."""
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end != -1:
            text = text[end + 4 :]
    out: list[str] = []
    open_directives: list[str] = []  # fences of directives whose content is prose
    skip_until = ""  # fence of a code block (or skipped directive) being passed over
    for line in text.splitlines():
        stripped = line.strip()
        m = re.match(r"^(`{3,}|:{3,})(.*)$", stripped)
        if skip_until:
            if m and m.group(1) == skip_until and not m.group(2).strip():
                skip_until = ""
            continue
        if m:
            marker, rest = m.group(1), m.group(2).strip()
            if not rest:
                if open_directives and open_directives[-1] == marker:
                    open_directives.pop()  # the end of a directive
                else:
                    skip_until = marker  # a bare code block
                continue
            if rest.startswith(_SKIP_BLOCKS) or not rest.startswith("{"):
                skip_until = marker  # code with a language, or a block with no prose
                continue
            open_directives.append(marker)
            # a directive: keep its title (after the name), drop the name
            out.append(re.sub(r"^\{[\w:-]+\}\s*", "", rest))
            continue
        if re.match(r"^\s*:[\w-]+:", line):
            continue
        out.append(line)
    text = "\n".join(out)
    text = _ROLE_WITH_TEXT.sub(lambda m: m.group(2), text)
    text = _ROLE_KEEP.sub(lambda m: m.group(2).split("<")[0], text)
    text = _ROLE_DROP.sub(" ", text)
    for pat in _PATTERNS_DROP:
        text = pat.sub(" ", text)
    return text


def project_words() -> set[str]:
    """Names and terms allowed beyond the dictionary."""
    words: set[str] = set()
    for path in sorted(WORDS_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                words.add(line)
    return words


def unknown_words(words: set[str]) -> set[str]:
    """Ask hunspell which of ``words`` it does not know."""
    if not words:
        return set()
    proc = subprocess.run(
        ["hunspell", "-d", "lv_LV", "-l", "-i", "utf-8"],
        input="\n".join(sorted(words)),
        capture_output=True,
        text=True,
        check=True,
    )
    return set(proc.stdout.split())


def check_files(paths: list[Path]) -> dict[Path, list[str]]:
    """Map each file to its sorted unknown words (files without any are left out)."""
    allowed = project_words()
    allowed_lower = {w.lower() for w in allowed}
    per_file: dict[Path, set[str]] = {}
    for path in paths:
        parts: set[str] = set()
        for word in _WORD.findall(strip_markup(path.read_text(encoding="utf-8"))):
            if word in allowed or word.lower() in allowed_lower:
                continue
            for part in re.split(r"[-'’]", word):
                if len(part) > 1 and part not in allowed and part.lower() not in allowed_lower:
                    parts.add(part)
        per_file[path] = parts
    bad = unknown_words(set().union(*per_file.values()) if per_file else set())
    return {p: sorted(w & bad) for p, w in per_file.items() if w & bad}


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((ROOT / "book").glob("*.md"))
    problems = check_files(paths)
    for path, words in problems.items():
        for word in words:
            print(f"{path}: {word}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
