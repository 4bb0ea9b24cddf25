"""The workbook as a JupyterHub user's single-user server (``python -m widgets.hub``).

JupyterHub's spawner starts this module in place of ``jupyterhub-singleuser``: it runs the
ordinary workbook server (:mod:`widgets.serve`: the book, ``/apps/``, the pool of preheated
kernels) under the prefix the hub gives this user's server (``JUPYTERHUB_SERVICE_PREFIX``, e.g.
``/user/anna/``), on the address the hub chose (``JUPYTERHUB_SERVICE_URL``), and lets in only
requests that carry the hub's OAuth for this server (JupyterHub's own identity provider and
authorizer for single-user servers, the same code ``jupyterhub-singleuser`` uses).

Identity needs nothing more: the spawner sets ``JUPYTERHUB_USER`` for this process, every kernel
inherits it, and :func:`widgets.identity.learner_from` lets the hub user win over any
``?learner=`` in the URL. A user who opens another user's ``/user/<name>/`` gets 403 from this
server (their hub token lacks ``access:servers!server=<name>/``).

Options after the module name go to :mod:`widgets.serve` (``--pool``, culling, Voilà options);
``CRAFTBOOK_HUB_POOL`` sets the pool (default 1: one learner per server).

Why a single-user server and not one hub service for everyone: see ``deploy/README.md``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlparse

from jupyterhub.singleuser.extension import JupyterHubAuthorizer, JupyterHubIdentityProvider

PREFIX_ENV = "JUPYTERHUB_SERVICE_PREFIX"
URL_ENV = "JUPYTERHUB_SERVICE_URL"
POOL_ENV = "CRAFTBOOK_HUB_POOL"
DEFAULT_POOL = 1


def service_prefix() -> str:
    """This server's URL prefix under the hub (``/user/anna/``), always with a trailing slash."""
    prefix = os.environ.get(PREFIX_ENV) or "/"
    return prefix if prefix.endswith("/") else prefix + "/"


class HubIdentityProvider(JupyterHubIdentityProvider):
    """JupyterHub's OAuth identity for standalone Voilà.

    Voilà hands every identity provider a ``token`` (this one's is the hub's API token, read-only)
    and mounts the provider's handlers without its ``server_url``: the OAuth callback must be under
    the prefix (``/user/anna/oauth_callback``), where the hub sends the browser back.
    """

    def __init__(self, **kwargs):
        kwargs.pop("token", None)
        super().__init__(**kwargs)

    def get_handlers(self):
        prefix = service_prefix().rstrip("/")
        return [(prefix + path, *rest) for path, *rest in super().get_handlers()]


class HubAuthorizer(JupyterHubAuthorizer):
    """Only users whose hub token grants access to this server (the owner, or an admin)."""


def serve_arguments(argv: list[str]) -> list[str]:
    """The :mod:`widgets.serve` command line for this user's server."""
    url = urlparse(os.environ.get(URL_ENV) or "http://127.0.0.1:8888/")
    prefix = service_prefix()
    args = [
        f"--port={url.port or 8888}",
        f"--host={url.hostname or '127.0.0.1'}",
        f"--pool={int(os.environ.get(POOL_ENV) or DEFAULT_POOL)}",
        f"--Voila.base_url={prefix}",
        f"--Voila.server_url={prefix}",
        "--Voila.identity_provider_class=widgets.hub.HubIdentityProvider",
        "--Voila.authorizer_class=widgets.hub.HubAuthorizer",
    ]
    return args + argv


def _private_template_home() -> Path:
    """Where this user's server writes its Voilà template: the checkout may not be writable by
    the user (TLJH runs each user as their own Unix account; Z2JH's image belongs to root)."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "amatnieku-burtnica" / "voila"


def main(argv: list[str] | None = None) -> None:
    """Start the workbook server as this hub user's single-user server."""
    from . import serve

    if not os.environ.get("JUPYTERHUB_API_TOKEN"):
        raise SystemExit("widgets.hub runs under JupyterHub (JUPYTERHUB_API_TOKEN is not set)")
    # links inside the apps start from the prefix (widgets.app.base_url)
    os.environ["CRAFTBOOK_BASE_URL"] = service_prefix()
    os.environ.setdefault("CRAFTBOOK_TEMPLATE_HOME", str(_private_template_home()))
    serve.main(serve_arguments(list(argv if argv is not None else sys.argv[1:])))


if __name__ == "__main__":
    main()
