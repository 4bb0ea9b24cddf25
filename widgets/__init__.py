"""Amatnieku e-komercijas darba burtnīca: the package every surface imports.

Kept import-light on purpose: a Voilà kernel imports this at start-up, so
pandas, matplotlib, openpyxl and fpdf are imported only inside the functions
that need them.
"""

__all__ = ["show", "show_index"]


def show(exercise_id: str) -> None:
    """Display one exercise (worksheet app, or a static preview in the book build)."""
    from .app import show as _show

    _show(exercise_id)


def show_index() -> None:
    """Display the landing app: every exercise by chapter with the learner's progress."""
    from .app import show_index as _show_index

    _show_index()
