"""Every Latvian text the apps show (labels, help, messages, results) is spelled right."""

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import spellcheck  # noqa: E402

SKIP_NAMES = {"VAGUE_WORDS", "STYLE", "PALETTE", "EXCEL_FORMATS", "MIME", "_REPLACEMENTS"}  # stems, CSS, Voilà's English


def ui_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and body and isinstance(body[0], ast.Expr):
            skip.add(id(body[0].value))  # docstrings are English and for developers
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") in SKIP_NAMES for t in node.targets):
            skip.update(id(n) for n in ast.walk(node.value))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip]


def test_app_texts_are_spelled_right():
    words: dict[str, str] = {}
    for path in sorted((ROOT / "widgets").rglob("*.py")):
        for text in ui_strings(path):
            if " " not in text.strip() and not re.search(r"[āēīūčšžļņķģ]", text, re.I):
                continue  # identifiers and keys, not prose
            text = re.sub(r"<[^>]+>|\{[^}]*\}", " ", text)
            for word in spellcheck._WORD.findall(text):
                # Latvian words: with a Latvian letter, or capitalised prose words
                if re.search(r"[āēīūčšžļņķģ]", word, re.I) or (word[:1].isupper() and len(word) > 3 and word[1:].islower()):
                    words.setdefault(word, path.name)
    allowed = spellcheck.project_words()
    unknown = sorted(w for w in spellcheck.unknown_words(set(words)) if w not in allowed and len(w) > 1)
    assert not unknown, "misspelt or unknown: " + ", ".join(f"{w} ({words.get(w, '?')})" for w in unknown)
