"""What a workshop participant sees above the exercise list: the room, today's agenda first,
and the way to continue on another device."""

from __future__ import annotations

import os
from html import escape

from .. import cases, registry

STATES = {"pabeigts": ("✔ pabeigts", "#2e7d32"), "iesākts": ("✎ iesākts", "#b26a00")}


def agenda_html(learner: str, progress: dict[str, str], base: str) -> str:
    """The participant's room and agenda as HTML ('' for a learner who is not a participant)."""
    from .model import PARTICIPANT_ID, Workshop

    hub = bool(os.environ.get("JUPYTERHUB_USER"))  # under a hub the participant is the hub user
    if not (hub or PARTICIPANT_ID.match(learner or "")):
        return ""
    try:
        workshop = Workshop()
        found = workshop.by_learner(learner, hub=hub)
        agenda = workshop.agenda(found[1]) if found else []
        case_slugs = workshop.case_agenda(found[1]) if found else []
    except Exception:
        return ""
    if found is None:
        return ""
    participant, room = found
    items = []
    for eid in (e for e in agenda if e in registry.ids()):
        exercise = registry.get(eid)
        text, colour = STATES.get(progress.get(eid), ("nav sākts", "#595959"))
        items.append(f'<li class="cb-agenda-item" data-exercise="{eid}" style="margin:4px 0">'
                     f'<a href="{escape(base)}apps/{eid}"><b>{eid}. {escape(exercise.title)}</b></a> '
                     f'<span style="color:{colour};font-size:.9em">({text})</span></li>')
    plan = ("<ol>" + "".join(items) + "</ol>") if items else (
        "" if case_slugs else "<p><i>Vadītājs vēl nav izvēlējies šodienas vingrinājumus.</i></p>")
    plan += cases_html(case_slugs, base)
    return (f'<div class="cb-workshop" style="background:#fffdf8;border:2px solid #d9a441;border-radius:10px;'
            f'padding:10px 16px;margin:8px 0 16px">'
            f'<div style="display:flex;justify-content:space-between;flex-wrap:wrap;gap:8px">'
            f'<span>Darbnīca „{escape(room.name)}” · <b>{escape(participant.name)}</b></span>'
            + ("" if hub else f'<a class="cb-my-link" href="{escape(base)}mana-saite">Turpināt citā ierīcē</a>')
            + '</div>'
            f'<h3 style="margin:8px 0 4px">Šodienas plāns</h3>{plan}</div>')


def cases_html(slugs: list[str], base: str) -> str:
    """Today's case studies: each with its page in the book and its exercises opened on the case's
    data, in the sandbox (the participant's own answers stay as they are)."""
    items = []
    for slug in slugs:
        try:
            case = cases.load(slug)
        except KeyError:  # removed from the book since the trainer chose it
            continue
        links = " · ".join(
            f'<a class="cb-agenda-case-run" href="{escape(cases.case_app_url(slug, run.exercise, base))}">'
            f"{run.exercise}. {escape(registry.get(run.exercise).title)}</a>"
            for run in case.runs)
        items.append(f'<li class="cb-agenda-case" data-case="{slug}" style="margin:4px 0">'
                     f'<a href="{escape(base)}case_studies/{slug}.html"><b>{escape(case.title)}</b></a>'
                     f'{" <i>(ilustratīvs)</i>" if case.kind == "illustrative" else ""}<br>'
                     f'<span style="font-size:.92em">Atvērt ar gadījuma datiem: {links}</span></li>')
    if not items:
        return ""
    return ('<h3 style="margin:10px 0 4px">Gadījumi diskusijai</h3>'
            '<p style="margin:0 0 4px;font-size:.92em">Gadījuma dati atveras smilškastē: tos var mainīt, '
            "un jūsu pašu atbildes paliek neskartas.</p><ol>" + "".join(items) + "</ol>")
