"""Who is using the app, strongest source first (DESIGN.md, "Identity").

1. The JupyterHub user (``JUPYTERHUB_USER``): nothing in the URL can override it.
2. A workshop participant (``ws:<room>:<hex>``). The participant's personal token lives in a cookie
   the kernel never sees: the server resolves it and puts the learner id in the query string
   **signed** (:func:`sign_participant`, HMAC with a secret the server makes at start and gives its
   kernels in ``CRAFTBOOK_WS_SECRET``). The kernel accepts the id only with a valid, fresh signature,
   so no URL can name another participant; and ``:`` is outside the token alphabet of rule 3.
3. A personal token from the link (``?learner=anna-7f3k``), kept in links inside the apps.
4. Otherwise one local learner.

Voilà passes the page's query string to the kernel (``QUERY_STRING``). A preheated kernel must
wait for its request first, and the request arrives once: :func:`query_string` reads it once per
kernel and remembers it (a second ``wait_for_request()`` would block forever).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import time
from urllib.parse import parse_qs

from .store import DEFAULT_LEARNER

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_PARTICIPANT = re.compile(r"^ws:[a-z0-9]{4,16}:[0-9a-f]{8,40}$")
_query: str | None = None

SECRET_ENV = "CRAFTBOOK_WS_SECRET"
# the query parameters the server adds for a participant (and strips from anything a browser sends)
WS_PARAMS = ("ws", "ws_t", "ws_sig")
# a signature is good for this long: a preheated kernel reads it within seconds of the request,
# a kernel started for the learner (empty pool) within a minute or two
SIGNATURE_SECONDS = 600


def _signature(learner: str, stamp: str, secret: str) -> str:
    return hmac.new(secret.encode("utf-8"), f"{learner}|{stamp}".encode(), hashlib.sha256).hexdigest()


def sign_participant(learner: str, secret: str, now: float | None = None) -> list[tuple[str, str]]:
    """The query parameters that tell a kernel "this request is participant ``learner``"."""
    stamp = str(int(now if now is not None else time.time()))
    return [("ws", learner), ("ws_t", stamp), ("ws_sig", _signature(learner, stamp, secret))]


def participant_from(query: str, secret: str | None = None, now: float | None = None) -> str | None:
    """The participant named by a validly signed, fresh ``ws`` parameter, else None."""
    secret = secret if secret is not None else os.environ.get(SECRET_ENV, "")
    learner, stamp, sig = (param(query, name) for name in WS_PARAMS)
    if not (secret and learner and stamp.isdigit() and sig and _PARTICIPANT.match(learner)):
        return None
    if not hmac.compare_digest(_signature(learner, stamp, secret), sig):
        return None
    age = (now if now is not None else time.time()) - int(stamp)
    if not -60 <= age <= SIGNATURE_SECONDS:
        return None
    return learner


def query_string() -> str:
    """The page's query string, waiting for the request (once) when the kernel was preheated."""
    global _query
    if _query is None:
        if os.environ.get("VOILA_PREHEAT") == "True":
            from voila.utils import wait_for_request

            wait_for_request()
        _query = os.environ.get("QUERY_STRING", "")
    return _query


def param(query: str, name: str) -> str:
    """One parameter of a query string ('' when absent)."""
    return parse_qs(query or "").get(name, [""])[0]


def learner_from(query: str, hub_user: str | None = None) -> str:
    """The learner id: the hub user if there is one, else a valid ``learner`` token, else "local"."""
    if hub_user:
        # under a hub the hub's user is the learner, whatever the URL says; names outside the
        # token alphabet are kept apart from tokens by a prefix no token can have
        return hub_user if _TOKEN.match(hub_user) else "hub:" + hub_user[:120]
    participant = participant_from(query)
    if participant:
        return participant
    token = param(query, "learner")
    if _TOKEN.match(token):
        return token
    return DEFAULT_LEARNER


def learner_and_suffix(query: str, hub_user: str | None = None) -> tuple[str, str]:
    """(learner id, query suffix to keep in links, e.g. ``?learner=anna``; empty under a hub and for a
    workshop participant, whose cookie goes with every link)."""
    learner = learner_from(query, hub_user)
    suffix = f"?learner={learner}" if _TOKEN.match(learner) and learner != DEFAULT_LEARNER and not hub_user else ""
    return learner, suffix


def current_learner() -> tuple[str, str]:
    """(learner id, link suffix) for this kernel's request."""
    return learner_and_suffix(query_string(), os.environ.get("JUPYTERHUB_USER"))
