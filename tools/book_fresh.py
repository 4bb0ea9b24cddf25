"""Forget the book build's cached notebook outputs when the engine changed since the last build.

The exercise and case pages are executed notebooks, cached by MyST-NB and Sphinx keyed on the
notebook text only. Their output comes from ``widgets/`` and the case data, so a change there
(a new link format, a fixed figure) would otherwise leave stale pages. Run before ``jupyter-book
build``; it keeps the cache when nothing the pages are made from has changed.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "_build"
STAMP = BUILD / ".engine-hash"
# what the executed pages are made from, besides the notebooks themselves
INPUTS = [ROOT / "widgets", ROOT / "case_studies"]
SUFFIXES = {".py", ".json", ".csv", ".html", ".css", ".js"}
CACHED = [BUILD / ".jupyter_cache", BUILD / ".doctrees", BUILD / "jupyter_execute"]


def engine_hash() -> str:
    """One hash over every engine and case-data file (path and content)."""
    digest = hashlib.sha256()
    for folder in INPUTS:
        for path in sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def main() -> None:
    current = engine_hash()
    if STAMP.exists() and STAMP.read_text() == current:
        return
    for path in CACHED:
        shutil.rmtree(path, ignore_errors=True)
    BUILD.mkdir(exist_ok=True)
    STAMP.write_text(current)
    print("Dzinējs mainījies kopš pēdējās grāmatas būves: lapas tiks izpildītas no jauna.")


if __name__ == "__main__":
    main()
