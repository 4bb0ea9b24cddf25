"""Who is using the app, strongest source first (DESIGN.md, "Identity").

1. The JupyterHub user (``JUPYTERHUB_USER``): nothing in the URL can override it.
2. A personal token from the link (``?learner=anna-7f3k``), kept in links inside the apps.
3. Otherwise one local learner.

Voilà passes the page's query string to the kernel (``QUERY_STRING``). A preheated kernel must
wait for its request first, and the request arrives once: :func:`query_string` reads it once per
kernel and remembers it (a second ``wait_for_request()`` would block forever).
"""

from __future__ import annotations

import os
import re
from urllib.parse import parse_qs

from .store import DEFAULT_LEARNER

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_query: str | None = None


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
    token = param(query, "learner")
    if _TOKEN.match(token):
        return token
    return DEFAULT_LEARNER


def learner_and_suffix(query: str, hub_user: str | None = None) -> tuple[str, str]:
    """(learner id, query suffix to keep in links, e.g. ``?learner=anna``; empty under a hub)."""
    learner = learner_from(query, hub_user)
    suffix = f"?learner={learner}" if learner != DEFAULT_LEARNER and not hub_user else ""
    return learner, suffix


def current_learner() -> tuple[str, str]:
    """(learner id, link suffix) for this kernel's request."""
    return learner_and_suffix(query_string(), os.environ.get("JUPYTERHUB_USER"))
