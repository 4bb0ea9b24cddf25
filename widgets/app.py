"""The surfaces: the exercise app, the landing app and the book's static preview.

``show("E28")`` is the one code cell of every exercise notebook. Under Voilà it
shows the worksheet; in the book build (``CRAFTBOOK_STATIC=1``) it shows the
example answers and results as static HTML with a button to the app.
"""

from __future__ import annotations

import os
from html import escape

from . import registry
from .exercise import Exercise
from .render_html import STYLE, render_blocks

STATIC_ENV = "CRAFTBOOK_STATIC"


def base_url() -> str:
    """Where the server's root is (``/`` unless served under a prefix, e.g. by JupyterHub)."""
    url = os.environ.get("CRAFTBOOK_BASE_URL", "/")
    return url if url.endswith("/") else url + "/"


# The book's pages link relatively ("../apps/E28" from exercises/E28.html), so the built book works
# under any prefix; the apps link from the server root they are told (CRAFTBOOK_BASE_URL).
BOOK_ROOT = "../"


def app_url(exercise_id: str | None = None, suffix: str = "", root: str | None = None) -> str:
    """Link to an exercise app, or to the list of exercises."""
    return f"{root if root is not None else base_url()}apps/{exercise_id or ''}{suffix}"


def chapter_url(chapter: int, root: str | None = None) -> str:
    """Link to a chapter of the served book."""
    return (root if root is not None else base_url()) + registry.chapter_page(chapter)


def _display(html: str) -> None:
    """Show HTML in the book build (static output)."""
    from IPython.display import HTML, display

    display(HTML(html))


def _display_live(html: str) -> None:
    """Show HTML in an app. An ipywidgets HTML widget, not an HTML output: JupyterLab's
    renderer takes over clicks on local links in outputs, so links there would not navigate."""
    import ipywidgets
    from IPython.display import display

    display(ipywidgets.HTML(html))


def header_html(exercise: Exercise, suffix: str) -> str:
    """Navigation above an exercise app: back to the chapter and to the list."""
    chapter = registry.CHAPTERS.get(exercise.chapter, "")
    return (
        STYLE
        + '<nav class="cb-nav" style="display:flex;gap:18px;flex-wrap:wrap;margin-bottom:8px">'
        + f'<a class="cb-chapter-link" href="{escape(chapter_url(exercise.chapter))}">← {exercise.chapter}. nodaļa: {escape(chapter)}</a>'
        + f'<a class="cb-index-link" href="{escape(app_url(None, suffix))}">Visi vingrinājumi</a></nav>'
    )


def static_preview(exercise: Exercise) -> str:
    """The book's view of an exercise: a button to the app and the example's results."""
    values, _errors, _results, blocks = exercise.evaluate(exercise.default_raw())
    rows = "".join(
        f"<tr><th>{escape(f.label)}</th><td>{escape(f.display(values.get(f.name)))}</td></tr>"
        for f in exercise.fields
    )
    return (
        STYLE
        + f'<p><a class="cb-open-app" href="{escape(app_url(exercise.id, root=BOOK_ROOT))}" style="display:inline-block;'
        'background:#8c5a3c;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:600">'
        "Atvērt interaktīvi</a></p>"
        + f'<p>Šis vingrinājums pieder pie <a href="{escape(chapter_url(exercise.chapter, BOOK_ROOT))}">{exercise.chapter}. nodaļas '
        f"„{escape(registry.CHAPTERS[exercise.chapter])}”</a>.</p>"
        + "<p><i>Zemāk ir parauga atbildes un to rezultāts. Savas atbildes ievadiet interaktīvajā lietotnē: "
        "tur tās tiek saglabātas un tās var lejupielādēt.</i></p>"
        + f'<h4 class="cb-h">Parauga atbildes</h4><div class="cb-scroll"><table class="cb-table">{rows}</table></div>'
        + render_blocks(blocks)
    )


def show(exercise_id: str) -> None:
    """Show an exercise: the worksheet app, or the static preview in the book build."""
    exercise = registry.get(exercise_id)
    if os.environ.get(STATIC_ENV) == "1":
        _display(static_preview(exercise))
        return
    from IPython.display import display

    from .identity import current_learner
    from .store import Store
    from .worksheet import Worksheet

    if os.environ.get("VOILA_PREHEAT") == "True":
        # a pooled kernel waits for its learner: do the slow first-time work (matplotlib, fonts) now
        render_blocks(exercise.evaluate(exercise.default_raw())[3])
    # everything above runs in a preheated kernel before any learner asks; from here on we know who asks
    learner, suffix = current_learner()
    _display_live(header_html(exercise, suffix))
    try:
        store = Store()
        profile = store.profile(learner)
        sources = store.profile_sources(learner)
    except Exception:
        store, profile, sources = None, {}, {}
        _display_live('<div class="cb-note warning">Atbilžu krātuve nav pieejama: atbildes netiks saglabātas.</div>')
    sheet = Worksheet(exercise, store, learner, profile)
    used = sorted({sources[f.profile] for f in exercise.fields if f.profile in sources and f.profile in profile})
    if used and not sheet.restored:
        _display_live(f'<div class="cb-note cb-profile-note">Dažas sākuma vērtības ņemtas no jūsu iepriekšējiem vingrinājumiem: '
                 f"{escape(', '.join(used))}.</div>")
    display(sheet)


def index_html(progress: dict[str, str] | None, suffix: str, root: str | None = None) -> str:
    """The list of exercises by chapter with the learner's progress (None: no progress, as in the book);
    ``root`` is where links start (see :data:`BOOK_ROOT`)."""
    parts = [STYLE, '<div class="cb-index">']
    total = len(registry.ids())
    if progress is not None:
        done = sum(1 for v in progress.values() if v == "pabeigts")
        parts.append(f'<p class="cb-progress-total"><b>Pabeigti {done} no {total} vingrinājumiem.</b></p>')
    current = None
    for exercise in registry.all_exercises():
        if exercise.chapter != current:
            current = exercise.chapter
            parts.append(f'<h4 class="cb-h"><a href="{escape(chapter_url(current, root))}">{current}. '
                         f"{escape(registry.CHAPTERS[current])}</a></h4>")
        badge = ""
        if progress is not None:
            text, colour = {"pabeigts": ("✔ pabeigts", "#2e7d32"), "iesākts": ("✎ iesākts", "#b26a00")}.get(
                progress.get(exercise.id), ("nav sākts", "#777"))
            badge = f' <span class="cb-state" style="color:{colour};font-size:.9em">({text})</span>'
        parts.append(
            f'<div class="cb-index-item" data-exercise="{exercise.id}" style="margin:4px 0 4px 12px">'
            f'<a href="{escape(app_url(exercise.id, suffix, root))}">{exercise.id}. {escape(exercise.title)}</a>{badge}</div>'
        )
    parts.append("</div>")
    return "".join(parts)


def show_index() -> None:
    """The landing app (in the book build: the plain list with links to the apps)."""
    if os.environ.get(STATIC_ENV) == "1":
        _display(index_html(None, "", BOOK_ROOT))
        return
    from .identity import current_learner
    from .store import Store

    learner, suffix = current_learner()
    try:
        progress = Store().progress(learner)
    except Exception:
        progress = {}
    _display_live(f'<p><a href="{escape(base_url())}">← Uz grāmatu</a></p>' + index_html(progress, suffix))
