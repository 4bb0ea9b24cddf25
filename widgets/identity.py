"""Who is using the app: one local learner by default, or a personal token from the link.

Voilà passes the page's query string to the kernel (``QUERY_STRING``); with
preheated kernels the notebook waits for the request first. A token is a
personal link part such as ``?learner=anna-7f3k``; under JupyterHub the hub's
user name is used.
"""

from __future__ import annotations

import os
import re
from urllib.parse import parse_qs

from .store import DEFAULT_LEARNER

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def query_string() -> str:
    """The page's query string, waiting for the request when the kernel was preheated."""
    if os.environ.get("VOILA_PREHEAT") == "True":
        from voila.utils import wait_for_request

        wait_for_request()
    return os.environ.get("QUERY_STRING", "")


def learner_from(query: str, hub_user: str | None = None) -> str:
    """The learner id for a query string: its valid ``learner`` token, the hub user, or "local"."""
    token = parse_qs(query or "").get("learner", [""])[0]
    if _TOKEN.match(token):
        return token
    if hub_user and _TOKEN.match(hub_user):
        return hub_user
    return DEFAULT_LEARNER


def current_learner() -> tuple[str, str]:
    """(learner id, query suffix to keep in links, e.g. ``?learner=anna``)."""
    learner = learner_from(query_string(), os.environ.get("JUPYTERHUB_USER"))
    suffix = f"?learner={learner}" if learner != DEFAULT_LEARNER and not os.environ.get("JUPYTERHUB_USER") else ""
    return learner, suffix
