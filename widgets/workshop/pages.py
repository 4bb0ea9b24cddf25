"""The join and trainer pages: plain Tornado handlers on the workbook server.

Learners: ``/join`` (room code and name), ``/join/<personal token>`` (continue on another device),
``/mana-saite`` (show the personal link again). Trainer: ``/trainer/`` and below, which answer 403
without the trainer's key; the key arrives once as ``?key=`` and is then kept in a cookie.

The personal token is kept in a cookie; ``widgets.serve._AppPage`` resolves it for the kernel.
Every learner-typed text reaches the pages through jinja2's autoescape (or ``textContent`` in the
grid's script), so a ``<script>`` in a name shows as text.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import secrets
import time
from collections import defaultdict, deque
from collections.abc import Callable
from urllib.parse import quote

import tornado.web
from markupsafe import Markup

from .. import cases, registry
from ..render_html import render_blocks
from . import exports
from .class_views import blocks_for
from .model import ARCHIVED, CLOSED, OPEN, Workshop, clean_name, normalise_code
from .templates import render

PARTICIPANT_COOKIE = "cb_dalibnieks"
TRAINER_COOKIE = "cb_vaditajs"
COOKIE_DAYS = 60
SETTINGS_KEY = "craftbook_workshop"


def qr_svg(text: str, scale: int = 6) -> Markup:
    """A QR code as inline SVG, drawn here (nothing is fetched)."""
    import segno

    return Markup(segno.make(text, error="m").svg_inline(scale=scale, dark="#222", light="#fff", border=2, omitsize=True))


class RateLimiter:
    """At most ``limit`` attempts per ``window`` seconds from one address."""

    def __init__(self, limit: int, window: float = 60.0):
        self.limit, self.window = limit, window
        self._seen: dict[str, deque] = defaultdict(deque)

    def allow(self, address: str) -> bool:
        now = time.monotonic()
        seen = self._seen[address]
        while seen and now - seen[0] > self.window:
            seen.popleft()
        if len(seen) >= self.limit:
            return False
        seen.append(now)
        if len(self._seen) > 10_000:  # forget idle addresses
            for key in [k for k, v in self._seen.items() if not v]:
                del self._seen[key]
        return True


class Context:
    """What the handlers share: the workshop store, the rate limiter and the learner address.

    ``hub``: under JupyterHub (this is a hub user's server, :mod:`widgets.hub`). Every page then
    needs the hub's login; a trainer is a member of the hub group ``trainers`` (no key), a
    participant is the hub user (their answers are their own), and learners join through the hub's
    ``/hub/user-redirect/join``, which leads each to their own server.
    """

    def __init__(self, workshop: Workshop, base: str, address: Callable[[], str], join_limit: int = 20,
                 hub: bool = False, hub_base: str = "/"):
        self.workshop = workshop
        self.base = base if base.endswith("/") else base + "/"
        self.address = address  # e.g. "http://192.168.1.5:8866" (what learners type)
        self.limiter = RateLimiter(join_limit)
        self.hub = hub
        self.hub_base = hub_base if hub_base.endswith("/") else hub_base + "/"
        self.secret = secrets.token_hex(16)  # signs the trainer's forms under the hub (see _Trainer.csrf)

    def join_url(self, code: str = "", origin: str = "") -> str:
        """What learners open to join (``origin``: this request's scheme and host, used under a hub,
        where the address is the hub's, whatever the server's own)."""
        query = f"?code={quote(code)}" if code else ""
        if self.hub:
            return f"{origin}{self.hub_base}hub/user-redirect/join{query}"
        return f"{self.address()}{self.base}join{query}"

    def personal_url(self, token: str) -> str:
        return f"{self.address()}{self.base}join/{token}"


TRAINERS_GROUP = "trainers"  # the hub group of trainers (deploy/jupyterhub_config.py)


class _Page(tornado.web.RequestHandler):
    def initialize(self, ctx: Context):
        self.ctx = ctx
        self.workshop = ctx.workshop
        self.hub_user: dict | None = None

    async def prepare(self):
        """If a hub runs this server: the hub's login first (its OAuth, as for the apps); a user without access to
        this server gets 403 from the identity provider."""
        if not self.ctx.hub:
            return
        provider = self.settings.get("identity_provider")
        user = await provider.get_user(self) if provider is not None else None
        if user is None:
            if self.request.method in ("GET", "HEAD"):
                self.redirect(self.get_login_url())  # the hub's login, then back here
                return
            raise tornado.web.HTTPError(403)
        self.hub_user = user.hub_user

    def origin(self) -> str:
        """This request's scheme and host (behind the hub's proxy: the address the user typed)."""
        return f"{self.request.protocol}://{self.request.host}"

    def join_url(self, code: str = "") -> str:
        return self.ctx.join_url(code, self.origin())

    def set_default_headers(self):
        self.set_header("Cache-Control", "no-store")
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Referrer-Policy", "no-referrer")  # a personal link never leaks in a Referer
        self.set_header("X-Frame-Options", "DENY")

    def page(self, _template: str, _status: int = 200, **context) -> None:
        self.set_status(_status)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(render(_template, base=self.ctx.base, hub=self.ctx.hub, hub_xsrf=self.hub_xsrf(), **context))

    def hub_xsrf(self) -> str:
        """The hub's XSRF token (with a hub) for our forms: it accepts a POST's login cookie only with it."""
        if not self.ctx.hub:
            return ""
        token = self.xsrf_token  # JupyterHub's version (its identity provider patched the handler class)
        return token.decode() if isinstance(token, bytes) else token

    def message(self, title: str, text: str, status: int = 200, level: str = "error", link: str = "",
                link_text: str = "") -> None:
        self.page("message", status, title=title, text=text, level=level, link=link, link_text=link_text)

    def _cookie_path(self) -> str:
        return self.ctx.base

    def write_error(self, status_code, **kwargs):
        texts = {403: ("Pieeja liegta", "Šai lapai vajag darbnīcas vadītāja atslēgu."),
                 404: ("Lapa nav atrasta", "Šādas lapas nav."),
                 429: ("Pārāk daudz mēģinājumu", "Lūdzu, uzgaidiet minūti un mēģiniet vēlreiz.")}
        title, text = texts.get(status_code, ("Kļūda", "Radās kļūda. Mēģiniet vēlreiz."))
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(render("message", base=self.ctx.base, title=title, text=text, level="error"))

    def participant(self):
        """(participant, room) of this browser's cookie, or None."""
        token = self.get_cookie(PARTICIPANT_COOKIE) or ""
        return self.workshop.by_token(token) if token else None

    def set_participant_cookie(self, token: str) -> None:
        self.set_cookie(PARTICIPANT_COOKIE, token, path=self._cookie_path(), expires_days=COOKIE_DAYS,
                        httponly=True, samesite="Lax")

    def address_allowed(self) -> bool:
        return self.ctx.limiter.allow(self.request.remote_ip or "?")

    def _hub_message(self) -> None:
        """If a hub runs this server, there are no personal links: the hub's login is the way back, on any device."""
        self.message("Personīgā saite nav vajadzīga", "Jūs pieslēdzaties ar savu lietotāja vārdu un paroli, "
                     "tāpēc citā ierīcē vienkārši pieslēdzieties vēlreiz: jūsu atbildes un darbnīca būs vietā.",
                     level="info", link=self.ctx.base + "apps/", link_text="Uz vingrinājumiem")


# --- learners ---------------------------------------------------------------------------------

class JoinPage(_Page):
    """The form: room code and name. A right code makes a new participant (always new)."""

    def get(self):
        current = self.participant()
        name = self.hub_user["name"] if self.hub_user else ""
        self.page("join", code=normalise_code(self.get_query_argument("code", "")), name=name, error="",
                  current={"room": current[1].name, "name": current[0].name} if current else None)

    def participant(self):
        if self.hub_user:  # under a hub the participant is the hub user, in the room joined last
            from ..identity import learner_from

            return self.workshop.by_learner(learner_from("", self.hub_user["name"]), hub=True)
        return super().participant()

    def post(self):
        code = normalise_code(self.get_body_argument("code", ""))
        name = clean_name(self.get_body_argument("name", ""))
        if not self.address_allowed():
            return self.page("join", 429, code=code, name=name, current=None,
                             error="Pārāk daudz mēģinājumu no šīs ierīces. Lūdzu, uzgaidiet minūti un mēģiniet vēlreiz.")
        room = self.workshop.open_room_by_code(code)
        if room is None:
            return self.page("join", 400, code=code, name=name, current=None,
                             error="Nepareizs telpas kods (vai telpa jau slēgta). Pārbaudiet kodu uz ekrāna un mēģiniet vēlreiz.")
        if not name:
            return self.page("join", 400, code=code, name=name, current=None, error="Lūdzu, ierakstiet savu vārdu.")
        if self.hub_user:  # the hub user takes part with their own answers; the hub's login is their key
            from ..identity import learner_from

            self.workshop.join_as_hub_user(room, learner_from("", self.hub_user["name"]), name)
            return self.redirect(self.ctx.base + "apps/")
        participant, token = self.workshop.join(room, name)
        self.set_participant_cookie(token)
        link = self.ctx.personal_url(token)
        self.page("welcome", room=room.name, name=participant.name, link=link, qr=qr_svg(link, 4))


class JoinToken(_Page):
    """``/join/<token>``: the personal link; sets the cookie on this device and opens the list."""

    def get(self, token: str):
        if self.hub_user:
            return self._hub_message()
        if not self.address_allowed():
            raise tornado.web.HTTPError(429)
        found = self.workshop.by_token(token)
        if found is None:
            return self.message("Saite nav derīga", "Šī personīgā saite nav derīga. Pārbaudiet, vai tā nokopēta pilnībā, "
                                "vai pievienojieties no jauna ar telpas kodu.", 404,
                                link=self.ctx.base + "join", link_text="Pievienoties ar kodu")
        self.set_participant_cookie(token)
        self.redirect(self.ctx.base + "apps/")


class MyLink(_Page):
    """The personal link again (linked from the learner's exercise list)."""

    def get(self):
        if self.hub_user:
            return self._hub_message()
        token = self.get_cookie(PARTICIPANT_COOKIE) or ""
        found = self.workshop.by_token(token) if token else None
        if found is None:
            return self.message("Dalībnieks nav atrasts", "Šajā ierīcē neviens nav pievienojies darbnīcai.", 404,
                                link=self.ctx.base + "join", link_text="Pievienoties")
        link = self.ctx.personal_url(token)
        self.page("my_link", room=found[1].name, name=found[0].name, link=link, qr=qr_svg(link, 4))


# --- trainer ----------------------------------------------------------------------------------

class _Trainer(_Page):
    """Pages that need the trainer's key (403 without it)."""

    def keys(self) -> list[str]:
        if self.ctx.hub:  # a member of the hub's trainers group; anyone else has no key
            groups = (self.hub_user or {}).get("groups") or []
            return [Workshop.hub_trainer_key(self.hub_user["name"])] if TRAINERS_GROUP in groups else []
        return [k for k in (self.get_cookie(TRAINER_COOKIE) or "").split(".") if k][:10]

    def _form_secret(self, key: str) -> bytes:
        # a hub trainer's key is no secret (the hub's login is): sign their forms with this server's secret
        return (key + self.ctx.secret if self.ctx.hub else key).encode()

    def csrf(self) -> str:
        keys = self.keys()
        return hmac.new(self._form_secret(keys[0] if keys else ""), b"csrf", hashlib.sha256).hexdigest()[:32]

    def check_csrf(self) -> None:
        sent = self.get_body_argument("csrf", "")
        if not any(hmac.compare_digest(hmac.new(self._form_secret(k), b"csrf", hashlib.sha256).hexdigest()[:32], sent)
                   for k in self.keys()):
            raise tornado.web.HTTPError(403)

    def room_or_403(self, slug: str):
        for key in self.keys():
            room = self.workshop.room_for_key(slug, key)
            if room is not None:
                return room
        raise tornado.web.HTTPError(403)

    def trainer_key(self, slug: str) -> str:
        for key in self.keys():
            if self.workshop.room_for_key(slug, key) is not None:
                return key
        raise tornado.web.HTTPError(403)


class TrainerHome(_Trainer):
    def get(self):
        if self.ctx.hub:
            return self._hub_home()
        key = self.get_query_argument("key", "")
        if key:
            # ":" belongs to hub trainers' keys only (Workshop.hub_trainer_key): never accepted here
            if ":" in key or not self.address_allowed() or not self.workshop.key_is_valid(key):
                raise tornado.web.HTTPError(403)
            keys = [key] + [k for k in self.keys() if k != key]
            self.set_cookie(TRAINER_COOKIE, ".".join(keys[:10]), path=self.ctx.base + "trainer",
                            expires_days=COOKIE_DAYS, httponly=True, samesite="Strict")
            rooms = self.workshop.rooms_for_key(key)
            target = f"trainer/{rooms[0].slug}/" if len(rooms) == 1 else "trainer/"
            return self.redirect(self.ctx.base + target)  # the key leaves the address bar
        rooms = {r.id: r for k in self.keys() for r in self.workshop.rooms_for_key(k)}
        if not rooms:
            raise tornado.web.HTTPError(403)
        ordered = sorted(rooms.values(), key=lambda r: r.id, reverse=True)
        self.page("trainer_home", active=[r for r in ordered if r.state != ARCHIVED],
                  archived=[r for r in ordered if r.state == ARCHIVED], csrf=self.csrf())


    def _hub_home(self) -> None:
        """A hub trainer's rooms (the first one made here, with the form)."""
        keys = self.keys()
        if not keys:
            return self.message("Pieeja liegta", "Šī lapa ir darbnīcu vadītājiem. Ja vadāt darbnīcu, lūdziet "
                                "administratoram jūs pievienot JupyterHub grupai „trainers”.", 403,
                                link=self.ctx.base + "apps/", link_text="Uz vingrinājumiem")
        ordered = self.workshop.rooms_for_key(keys[0])
        self.page("trainer_home", active=[r for r in ordered if r.state != ARCHIVED],
                  archived=[r for r in ordered if r.state == ARCHIVED], csrf=self.csrf())


class RoomCreate(_Trainer):
    def post(self):
        self.check_csrf()
        keys = self.keys()
        if not keys:
            raise tornado.web.HTTPError(403)
        key = keys[0]
        room, _ = self.workshop.create_room(self.get_body_argument("name", ""), key=key)
        self.redirect(f"{self.ctx.base}trainer/{room.slug}/")


class RoomPage(_Trainer):
    def get(self, slug):
        room = self.room_or_403(slug)
        agenda, case_agenda = self.workshop.agenda(room), self.workshop.case_agenda(room)
        join_url = self.join_url(room.code)
        self.page("room", room=room, agenda=agenda, exercises=registry.all_exercises(),
                  positions={eid: i + 1 for i, eid in enumerate(agenda)}, csrf=self.csrf(),
                  cases=cases.all_cases(), case_agenda=case_agenda,
                  case_positions={slug: i + 1 for i, slug in enumerate(case_agenda)},
                  address=self.join_url(), join_url=join_url, qr=qr_svg(join_url, 7),
                  grid_url=f"{self.ctx.base}trainer/{room.slug}/grid.json")


class GridJson(_Trainer):
    async def get(self, slug):
        room = self.room_or_403(slug)
        data = await asyncio.to_thread(self.workshop.grid, room)
        data["time"] = time.strftime("%H:%M:%S")  # when the trainer last got news, in the server's clock
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps(data, ensure_ascii=False))


class Agenda(_Trainer):
    def post(self, slug):
        self.check_csrf()
        room = self.room_or_403(slug)
        chosen, chosen_cases = self.get_body_arguments("ex"), self.get_body_arguments("case")

        def order(prefix: str, catalogue: list[str]):
            """Sort key: the position the trainer typed, then the book's order."""
            def key(item: str):
                raw = self.get_body_argument(f"{prefix}{item}", "").strip()
                return (int(raw) if raw.isdigit() else 999, catalogue.index(item) if item in catalogue else 999)
            return key

        self.workshop.set_agenda(room, sorted(chosen, key=order("pos_", registry.ids())))
        case_slugs = [c.slug for c in cases.all_cases()]
        self.workshop.set_case_agenda(room, sorted(chosen_cases, key=order("cpos_", case_slugs)))
        self.redirect(f"{self.ctx.base}trainer/{room.slug}/")


class RoomState(_Trainer):
    def post(self, slug):
        self.check_csrf()
        room = self.room_or_403(slug)
        state = self.get_body_argument("state", "")
        if state not in (OPEN, CLOSED, ARCHIVED):
            raise tornado.web.HTTPError(400)
        self.workshop.set_state(room, state)
        self.redirect(f"{self.ctx.base}trainer/" + ("" if state == ARCHIVED else f"{room.slug}/"))


def _class_html(workshop: Workshop, room, exercise) -> tuple[str, list[str]]:
    answers = workshop.class_answers(room, exercise.id)
    values, done = [], []
    for participant, revision in answers:
        if not revision["complete"]:
            continue
        parsed, errors = exercise.validate(revision["raw"])
        if not errors:
            values.append(parsed)
            done.append(participant.name)
    return render_blocks(blocks_for(exercise, values)), done


class ClassView(_Trainer):
    async def get(self, slug, exercise_id):
        room = self.room_or_403(slug)
        if exercise_id not in registry.ids():
            raise tornado.web.HTTPError(404)
        exercise = registry.get(exercise_id)
        html, done = await asyncio.to_thread(_class_html, self.workshop, room, exercise)
        self.page("class", room=room, exercise=exercise, agenda=self.workshop.agenda(room) or [exercise_id],
                  blocks_html=html, done=done, total=len(self.workshop.participants(room)))


class Projector(_Trainer):
    """Large type, no names: one exercise's class view (or, without one, the address and the code)."""

    async def get(self, slug):
        room = self.room_or_403(slug)
        agenda = self.workshop.agenda(room)
        exercise_id = self.get_query_argument("exercise", "")
        exercise = registry.get(exercise_id) if exercise_id in registry.ids() else None
        html, done = (await asyncio.to_thread(_class_html, self.workshop, room, exercise)) if exercise else ("", [])
        join_url = self.join_url(room.code)
        self.page("projector", room=room, agenda=agenda, exercise=exercise, blocks_html=html, done=len(done),
                  total=len(self.workshop.participants(room)), address=self.join_url(), qr=qr_svg(join_url, 12))


def _learner_items(workshop: Workshop, room, participant, exercise_id: str | None) -> list[dict]:
    latest = workshop.latest(room, exercise_id or None)
    items = []
    for eid in registry.ids():
        revision = latest.get((participant.learner, eid))
        if revision is None or (exercise_id and eid != exercise_id):
            continue
        exercise = registry.get(eid)
        values, _errors, _results, blocks = exercise.evaluate(revision["raw"])
        header, rows = exports.sheet_rows(exercise, [(participant.name, revision)])
        cells = rows[0][3:3 + len([f for f in exercise.fields if not f.readonly])]
        labels = header[3:3 + len(cells)]
        shown = [(label, exports._csv_text(v, k) if k and k != "datetime" else ("" if v is None else str(v)))
                 for label, (v, k) in zip(labels, cells)]
        items.append({"exercise": exercise, "rows": shown, "blocks_html": render_blocks(blocks),
                      "status": exports.STATUS[bool(revision["complete"])]})
    return items


class LearnerAnswers(_Trainer):
    """One participant's answers, read-only (the participant must be in this room)."""

    async def get(self, slug, pid):
        room = self.room_or_403(slug)
        participant = self.workshop.participant(int(pid))
        if participant is None or participant.room_id != room.id:
            raise tornado.web.HTTPError(404)
        exercise_id = self.get_query_argument("exercise", "")
        exercise_id = exercise_id if exercise_id in registry.ids() else ""
        items = await asyncio.to_thread(_learner_items, self.workshop, room, participant, exercise_id)
        self.page("learner", room=room, participant=participant, items=items, exercise_id=exercise_id)


class Export(_Trainer):
    async def get(self, slug, what):
        room = self.room_or_403(slug)
        if what == "rezultati.xlsx":
            data = await asyncio.to_thread(exports.class_xlsx, self.workshop, room)
            name, mime = exports.export_name(room, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        elif what == "rezultati-csv.zip":
            data = await asyncio.to_thread(exports.class_csv_zip, self.workshop, room)
            name, mime = exports.export_name(room, "zip").replace(".zip", "_csv.zip"), "application/zip"
        elif what == "pdf.zip":
            data = await asyncio.to_thread(exports.pdf_zip, self.workshop, room)
            name, mime = exports.export_name(room, "zip").replace(".zip", "_pdf.zip"), "application/zip"
        elif what.endswith(".csv") and what[:-4] in registry.ids():
            data = await asyncio.to_thread(exports.class_csv, self.workshop, room, what[:-4])
            name, mime = f"{what[:-4]}_{exports.export_name(room, 'csv')}", "text/csv; charset=utf-8"
        else:
            raise tornado.web.HTTPError(404)
        self.set_header("Content-Type", mime)
        self.set_header("Content-Disposition", f"attachment; filename*=UTF-8''{quote(name)}")
        self.finish(data)


def handlers(ctx: Context) -> list[tuple]:
    """The routes, under the server's base URL."""
    b = ctx.base.rstrip("/")
    slug = r"([a-z0-9]{4,16})"
    kw = {"ctx": ctx}
    return [
        (b + r"/join/?", JoinPage, kw),
        (b + r"/join/([A-Za-z0-9_-]{8,100})/?", JoinToken, kw),
        (b + r"/mana-saite/?", MyLink, kw),
        (b + r"/trainer/?", TrainerHome, kw),
        (b + r"/trainer/rooms", RoomCreate, kw),
        (b + rf"/trainer/{slug}/?", RoomPage, kw),
        (b + rf"/trainer/{slug}/grid\.json", GridJson, kw),
        (b + rf"/trainer/{slug}/agenda", Agenda, kw),
        (b + rf"/trainer/{slug}/state", RoomState, kw),
        (b + rf"/trainer/{slug}/class/(E\d\d)/?", ClassView, kw),
        (b + rf"/trainer/{slug}/projector/?", Projector, kw),
        (b + rf"/trainer/{slug}/learner/(\d{{1,9}})/?", LearnerAnswers, kw),
        (b + rf"/trainer/{slug}/export/([A-Za-z0-9_.-]+)", Export, kw),
    ]


def participant_for_request(handler: tornado.web.RequestHandler, workshop: Workshop) -> str | None:
    """The learner id of the participant whose cookie came with this request (server side)."""
    token = handler.get_cookie(PARTICIPANT_COOKIE) or ""
    if not token:
        return None
    try:
        found = workshop.by_token(token)
    except Exception:
        return None
    return found[0].learner if found else None

