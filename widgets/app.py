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
from .render_html import STYLE, render_blocks, titled_table

STATIC_ENV = "CRAFTBOOK_STATIC"


def base_url() -> str:
    """Where the server's root is (``/`` unless served under a prefix, e.g. by JupyterHub)."""
    url = os.environ.get("CRAFTBOOK_BASE_URL", "/")
    return url if url.endswith("/") else url + "/"


# The book's pages link relatively ("../apps/E28" from exercises/E28.html), so the built book works
# under any prefix; the apps link from the server root they are told (CRAFTBOOK_BASE_URL).
BOOK_ROOT = "../"


# The learner's link suffix (``?learner=anna``), set when a kernel shows its learner's app: a kernel
# serves one learner, so results that link to other apps (the plan's "still to do") keep the learner.
_link_suffix = ""


def link_suffix() -> str:
    """The suffix that keeps this kernel's learner in links ('' in the book and in tests)."""
    return _link_suffix


def plan_exercise() -> Exercise | None:
    """The exercise that assembles the learner's plan (the one with a saved-answers field), if any."""
    from .fields import SavedAnswersField

    return next((e for e in registry.all_exercises() if any(isinstance(f, SavedAnswersField) for f in e.fields)), None)


def app_url(exercise_id: str | None = None, suffix: str = "", root: str | None = None) -> str:
    """Link to an exercise app, or to the list of exercises."""
    if root is None:  # the book's pages link relatively (see BOOK_ROOT); the apps from the server root
        root = BOOK_ROOT if os.environ.get(STATIC_ENV) == "1" else base_url()
    return f"{root}apps/{exercise_id or ''}{suffix}"


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
    from IPython.display import display

    from . import shared_models as sm

    display(sm.html(html))


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
        + titled_table("Parauga atbildes", rows)
        + render_blocks(blocks)
    )


def show(exercise_id: str) -> None:
    """Show an exercise: the worksheet app, or the static preview in the book build."""
    exercise = registry.get(exercise_id)
    if os.environ.get(STATIC_ENV) == "1":
        _display(static_preview(exercise))
        return
    if os.environ.get("VOILA_PREHEAT") == "True":
        warm_up()
    from .identity import current_learner

    show_exercise(exercise, *current_learner())


def show_exercise(exercise: Exercise, learner: str, suffix: str, case_slug: str | None = None) -> None:
    """The worksheet of one exercise for one learner, under the navigation; with ``case_slug``, the
    case study's data in its sandbox (see :mod:`widgets.cases`), apart from the learner's own answers."""
    from IPython.display import display

    from .session import Session
    from .store import Store
    from .worksheet import Worksheet

    global _link_suffix
    _link_suffix = suffix
    _display_live(header_html(exercise, suffix))
    try:
        store = Store()
    except Exception:
        store = None
    sandbox = _case_sandbox(case_slug, exercise, learner)
    if sandbox is not None:
        case, case_raw, learner = sandbox
        session = Session(exercise, store, learner, profile={}, start=case_raw)
    else:
        session = Session(exercise, store, learner)
    if store is None or not session.available:
        _display_live('<div class="cb-note warning">Atbilžu krātuve nav pieejama: atbildes netiks saglabātas.</div>')
    used = session.profile_used()
    if used:
        _display_live(f'<div class="cb-note cb-profile-note">Dažas sākuma vērtības ņemtas no jūsu iepriekšējiem vingrinājumiem: '
                      f"{escape(', '.join(used))}.</div>")
    sheet = Worksheet(exercise, None, learner, session=session)
    if sandbox is not None:
        display(_sandbox_bar(case, case_raw, sheet, suffix))
    display(sheet)


def _case_sandbox(case_slug: str | None, exercise: Exercise, learner: str):
    """(case, its answers for this exercise, the sandbox learner id), or None when not a case's sandbox."""
    if not case_slug:
        return None
    from . import cases

    try:
        case = cases.load(case_slug)
    except KeyError:
        return None
    run = case.run_for(exercise.id)
    if run is None:
        return None
    return case, cases.raw_for(run), cases.sandbox_learner(learner, case.slug)


def _sandbox_bar(case, case_raw: dict, sheet, suffix: str):
    """The note above a case's sandbox, with a button that starts again from the case's data."""
    import ipywidgets as w

    from . import shared_models as sm

    own = app_url(sheet.exercise.id, suffix)
    note = sm.html(f'<div class="cb-note cb-sandbox-note">Jūs strādājat ar gadījuma „{escape(case.title)}” datiem. '
                  "Šeit varat tos mainīt un lejupielādēt; jūsu pašu atbildes netiek skartas. "
                  f'<a href="{escape(own)}">Atvērt šo vingrinājumu ar savām atbildēm</a>.</div>')
    reset = sm.button(description="Sākt no jauna ar gadījuma datiem", layout=w.Layout(width="auto"))
    reset.add_class("cb-case-reset")
    reset.on_click(lambda _b: sheet.load(case_raw))
    box = w.VBox([note, reset], layout=w.Layout(margin="0 0 10px 0"))
    box.add_class("cb-sandbox")
    return box


def warm_up_code() -> None:
    """The slow first-time work that needs no I/O: import the widgets and every exercise, and draw one
    chart (matplotlib's fonts). The kernel template (:mod:`widgets.kernel_template`) does it once for all."""
    from . import worksheet  # noqa: F401 - imported for its import time

    for exercise in registry.all_exercises():
        exercise.fields  # noqa: B018 - importing the module is the work
    render_blocks(registry.get("E28").evaluate(registry.get("E28").default_raw())[3])


def warm_up() -> None:
    """Do the slow first-time work while a pooled kernel waits for its learner (cheap when the kernel
    was forked from the template), and open the store, so the learner does not wait."""
    from .store import Store

    warm_up_code()
    try:
        Store()
    except Exception:
        pass


def run_app() -> None:
    """The single app notebook's one cell: warm up, wait for the request, then show what the URL names
    (``/apps/E28`` arrives as ``exercise=E28``; ``/apps/`` as no exercise: the list)."""
    from .identity import learner_and_suffix, param, query_string

    if os.environ.get("VOILA_PREHEAT") == "True":
        warm_up()
    query = query_string()
    learner, suffix = learner_and_suffix(query, os.environ.get("JUPYTERHUB_USER"))
    exercise_id = param(query, "exercise")
    if exercise_id in registry.ids():
        show_exercise(registry.get(exercise_id), learner, suffix, param(query, "case") or None)
    else:
        show_index_for(learner, suffix)


# an exercise's state on the landing page: a sign, a word and a colour (never the colour alone)
STATES = {"pabeigts": ("✔", "pabeigts", "#2e7d32"), "iesākts": ("✎", "iesākts", "#8a5300"),
          None: ("○", "nav sākts", "#595959")}
PROGRESS_STYLE = """<style>
.cb-parts{margin:8px 0 16px 0;max-width:640px}
.cb-part{display:grid;grid-template-columns:minmax(110px,150px) 1fr auto;gap:4px 10px;align-items:center;margin:4px 0}
.cb-part progress{width:100%;height:14px;accent-color:#2e7d32}
.cb-part-count{font-size:.9em;white-space:nowrap}
.cb-continue{background:#f6f1ea;border-left:4px solid #8c5a3c;padding:8px 12px;margin:8px 0;max-width:640px}
</style>"""


def progress_html(progress: dict[str, str], last: str | None, suffix: str, root: str | None = None) -> str:
    """"Turpināt, kur palikāt" (the exercise saved last) and a progress bar per part of the book."""
    parts = [PROGRESS_STYLE]
    if last in registry.ids():
        exercise = registry.get(last)
        sign, word, _colour = STATES.get(progress.get(last), STATES[None])
        parts.append(f'<div class="cb-continue"><b>Turpināt, kur palikāt:</b> <a class="cb-continue-link" '
                     f'href="{escape(app_url(last, suffix, root))}">{last}. {escape(exercise.title)}</a> ({sign} {word})</div>')
    parts.append('<section class="cb-parts" aria-labelledby="cb-parts-title"><h2 id="cb-parts-title" class="cb-h" '
                 'style="font-size:1.1em">Progress pa grāmatas daļām</h2>')
    by_chapter: dict[int, list[str]] = {}
    for exercise in registry.all_exercises():
        by_chapter.setdefault(exercise.chapter, []).append(exercise.id)
    for name, chapters in registry.PARTS:
        ids = [i for c in chapters for i in by_chapter.get(c, [])]
        if not ids:
            continue
        done = sum(1 for i in ids if progress.get(i) == "pabeigts")
        started = sum(1 for i in ids if progress.get(i) == "iesākts")
        count = f"{done} no {len(ids)} pabeigti" + (f", {started} iesākti" if started else "")
        parts.append(f'<div class="cb-part" data-part="{escape(name)}"><span class="cb-part-name">{escape(name)}</span>'
                     f'<progress max="{len(ids)}" value="{done}" aria-label="{escape(name)}: {count}"></progress>'
                     f'<span class="cb-part-count">{count}</span></div>')
    parts.append("</section>")
    return "".join(parts)


def index_html(progress: dict[str, str] | None, suffix: str, root: str | None = None, last: str | None = None) -> str:
    """The list of exercises by chapter with the learner's progress (None: no progress, as in the book);
    ``root`` is where links start (see :data:`BOOK_ROOT`); ``last`` the exercise saved last."""
    parts = [STYLE, '<div class="cb-index">']
    total = len(registry.ids())
    if progress is not None:
        parts.append('<h1 class="cb-index-title" style="font-size:1.5em">Vingrinājumi</h1>')
        done = sum(1 for v in progress.values() if v == "pabeigts")
        parts.append(f'<p class="cb-progress-total"><b>Pabeigti {done} no {total} vingrinājumiem.</b></p>')
        parts.append(progress_html(progress, last, suffix, root))
    plan = plan_exercise()
    if plan is not None:
        parts.append(f'<p class="cb-plan-link" style="font-size:1.1em"><a href="{escape(app_url(plan.id, suffix, root))}">'
                     f"<b>Mans plāns</b></a>: {escape(plan.title)}, salikts no visām jūsu saglabātajām atbildēm.</p>")
    current = None
    for exercise in registry.all_exercises():
        if exercise.chapter != current:
            current = exercise.chapter
            parts.append(f'<h4 class="cb-h"><a href="{escape(chapter_url(current, root))}">{current}. '
                         f"{escape(registry.CHAPTERS[current])}</a></h4>")
        badge = ""
        if progress is not None:
            sign, word, colour = STATES.get(progress.get(exercise.id), STATES[None])
            badge = f' <span class="cb-state" style="color:{colour};font-size:.9em">({sign} {word})</span>'
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

    show_index_for(*current_learner())


def show_index_for(learner: str, suffix: str) -> None:
    """The list of exercises with this learner's progress."""
    from .store import Store

    try:
        store = Store()
        progress, last = store.progress(learner), store.last_exercise(learner)
    except Exception:
        progress, last = {}, None
    from .workshop.learner import agenda_html  # a workshop participant sees the room's agenda first

    _display_live(f'<p><a href="{escape(base_url())}">← Uz grāmatu</a></p>' + agenda_html(learner, progress, base_url())
                  + index_html(progress, suffix, last=last))
