"""Notebooks are thin, generated from the registry and stored without outputs.
(Executing them is nbval's job: ``pytest --nbval-lax exercises tests/notebooks``.)"""

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(ROOT.glob("exercises/*.ipynb")) + sorted(ROOT.glob("case_studies/**/*.ipynb")) + \
    sorted(ROOT.glob("tests/notebooks/*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.parametrize("path", sorted(ROOT.glob("exercises/*.ipynb")), ids=lambda p: p.name)
def test_exercise_notebooks_are_thin(path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code) == 1 and len(code[0].source.splitlines()) <= 3
    assert ".." not in code[0].source and "open(" not in code[0].source  # no relative data paths


def test_notebooks_match_the_registry():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "make_notebooks.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
