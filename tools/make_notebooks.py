"""Write the thin exercise notebooks from the registry (run after adding an exercise).

Each notebook is a Markdown introduction and one code cell, stored without
outputs. ``python tools/make_notebooks.py --check`` fails if any is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from widgets import registry  # noqa: E402

HIDE_CODE = {"tags": ["remove-input"]}  # the book shows the output only (Voilà hides code anyway)
KERNEL = {"display_name": "Python 3", "language": "python", "name": "python3"}
HOW_TO = (
    "**Kā strādāt:** aizpildiet laukus; rezultāts mainās, tiklīdz pārejat uz nākamo lauku. "
    "Atbildes saglabājas automātiski, un, atverot vingrinājumu vēlreiz, tās būs vietā."
)


def exercise_notebook(exercise) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": KERNEL, "language_info": {"name": "python"},
                   "title": f"{exercise.id}. {exercise.title}"}
    nb.cells = [
        nbformat.v4.new_markdown_cell(f"# {exercise.id}. {exercise.title}\n\n{exercise.intro}\n\n{HOW_TO}"),
        nbformat.v4.new_code_cell(f'from widgets import show\n\nshow("{exercise.id}")', metadata=HIDE_CODE),
    ]
    return nb


def index_notebook() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": KERNEL, "language_info": {"name": "python"}, "title": "Vingrinājumu saraksts"}
    nb.cells = [
        nbformat.v4.new_markdown_cell(
            "# Vingrinājumu saraksts\n\nVisi darba burtnīcas vingrinājumi pa nodaļām. "
            "Pie katra redzams, vai esat to jau iesācis vai pabeidzis."),
        nbformat.v4.new_code_cell("from widgets import show_index\n\nshow_index()", metadata=HIDE_CODE),
    ]
    return nb


def wanted() -> dict[Path, str]:
    """Path → notebook text for every notebook the registry implies."""
    out = {ROOT / "exercises" / "index.ipynb": nbformat.writes(index_notebook())}
    for exercise in registry.all_exercises():
        out[ROOT / exercise.notebook] = nbformat.writes(exercise_notebook(exercise))
    return {p: _stable(text) for p, text in out.items()}


def _stable(text: str) -> str:
    # nbformat gives cells random ids; derive them from position for stable files
    nb = nbformat.reads(text, as_version=4)
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i}"
    return nbformat.writes(nb) + "\n"


def main(argv: list[str]) -> int:
    stale = []
    for path, text in wanted().items():
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
        else:
            path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"out of date: {path.relative_to(ROOT)} (run python tools/make_notebooks.py)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
