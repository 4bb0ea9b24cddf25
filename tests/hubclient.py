"""A real JupyterHub for tests and benchmarks, and a learner who logs in to it over HTTP.

:class:`Hub` starts ``jupyterhub`` with the repository's ``deploy/jupyterhub_config.py`` (plus a
small test layer: the shared-password authenticator, servers run as this machine's user, an
admin token for starting and stopping servers), configurable-http-proxy from ``deploy/node_modules``
and the answers store at the URL it is given. :class:`HubLearner` logs in through the hub's login
form, goes through the OAuth handshake with its own server, and hands the cookies to
:func:`appclient.visit` for the page and its kernel websocket.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

from widgets.serve import free_port

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
CHP = DEPLOY / "node_modules" / ".bin" / "configurable-http-proxy"

TEST_LAYER = """
import os
load_subconfig({config!r})
c = get_config()  # noqa: F821
# tests: one shared password, servers run as this machine's user (no Unix accounts to create)
c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = os.environ["CRAFTBOOK_HUB_PASSWORD"]
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = os.environ["CRAFTBOOK_HUB_STATE"] + "/home/{{username}}"
# the test drives servers through the REST API with this token
c.JupyterHub.services = [{{"name": "hub-test", "api_token": os.environ["CRAFTBOOK_HUB_TEST_TOKEN"]}}]
c.JupyterHub.load_roles = [{{"name": "hub-test", "scopes": ["admin:users", "admin:servers", "admin:server_state", "read:users"],
                            "services": ["hub-test"]}}]
"""


class Hub:
    """A JupyterHub on free ports of 127.0.0.1, its state in ``tmp``."""

    def __init__(self, tmp: Path, db_url: str, env: dict[str, str] | None = None):
        self.tmp = tmp
        self.port, self.api_port, self.proxy_port = free_port(), free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.password = secrets.token_hex(8)
        self.token = secrets.token_hex(16)
        self.db_url = db_url
        config = tmp / "jupyterhub_test_config.py"
        config.write_text(TEST_LAYER.format(config=str(DEPLOY / "jupyterhub_config.py")), encoding="utf-8")
        self.log_path = tmp / "jupyterhub.log"
        full_env = {
            **os.environ,
            "CRAFTBOOK_DB": db_url,
            "CRAFTBOOK_HUB_STATE": str(tmp / "state"),
            "CRAFTBOOK_HUB_URL": self.url + "/",
            "CRAFTBOOK_HUB_API_URL": f"http://127.0.0.1:{self.api_port}/",
            "CRAFTBOOK_PROXY_API_URL": f"http://127.0.0.1:{self.proxy_port}",
            "CRAFTBOOK_HUB_PASSWORD": self.password,
            "CRAFTBOOK_HUB_TEST_TOKEN": self.token,
            "CRAFTBOOK_PYTHON": sys.executable,
            **(env or {}),
        }
        full_env.pop("JUPYTERHUB_USER", None)
        self._log = open(self.log_path, "w")
        hub = Path(sys.executable).parent / "jupyterhub"
        self.proc = subprocess.Popen([str(hub), "-f", str(config)], cwd=tmp, env=full_env,
                                     stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)

    def wait_ready(self, seconds: float = 90) -> Hub:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("jupyterhub exited:\n" + self.log()[-3000:])
            try:
                if requests.get(self.url + "/hub/api", timeout=2).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.5)
        raise RuntimeError("jupyterhub did not answer:\n" + self.log()[-3000:])

    def api(self, method: str, path: str, **kwargs) -> requests.Response:
        return requests.request(method, f"{self.url}/hub/api{path}", timeout=60,
                                headers={"Authorization": f"token {self.token}"}, **kwargs)

    def server(self, user: str) -> dict | None:
        """The user's default server as the hub sees it (None: not running)."""
        r = self.api("GET", f"/users/{user}")
        return r.json().get("servers", {}).get("") if r.status_code == 200 else None

    def start_server(self, user: str, seconds: float = 150) -> None:
        """Start the user's server through the REST API and wait until it is ready."""
        r = self.api("POST", f"/users/{user}/server")
        assert r.status_code in (201, 202, 400), r.text  # 400: already running
        self._wait(lambda: (self.server(user) or {}).get("ready"), seconds, f"{user}'s server did not start")

    def stop_server(self, user: str, seconds: float = 60) -> None:
        r = self.api("DELETE", f"/users/{user}/server")
        assert r.status_code in (202, 204), r.text
        self._wait(lambda: self.server(user) is None, seconds, f"{user}'s server did not stop")

    def _wait(self, predicate, seconds: float, message: str) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if predicate():
                return
            time.sleep(0.5)
        raise TimeoutError(message + "\n" + self.log()[-3000:])

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """Stop the hub; it stops the users' servers (``cleanup_servers``), the proxy goes with it."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
        self._log.close()


class HubLearner:
    """One user of the hub: logs in over HTTP and reaches their own server."""

    def __init__(self, hub: Hub, name: str):
        self.hub, self.name = hub, name
        self.session = requests.Session()

    @property
    def prefix(self) -> str:
        return f"/user/{self.name}/"

    @property
    def base(self) -> str:
        """The user's server under the hub, without the trailing slash (appclient's ``base``)."""
        return self.hub.url + self.prefix.rstrip("/")

    def login(self) -> HubLearner:
        """The hub's login form, with its _xsrf token, as a browser fills it in."""
        page = self.session.get(self.hub.url + "/hub/login", timeout=60)
        xsrf = re.search(r'name="_xsrf"\s+value="([^"]+)"', page.text)
        data = {"username": self.name, "password": self.hub.password}
        if xsrf:
            data["_xsrf"] = xsrf.group(1)
        # do not follow: the hub would spawn the server and show its progress page
        r = self.session.post(self.hub.url + "/hub/login", data=data, allow_redirects=False, timeout=60)
        assert r.status_code == 302 and "jupyterhub-hub-login" in self.session.cookies, (r.status_code, r.text[:500])
        return self

    def open(self, path: str = "apps/", **kwargs) -> requests.Response:
        """GET a page of the user's server through the hub, following the OAuth redirects."""
        return self.session.get(self.hub.url + self.prefix + path, timeout=120, **kwargs)

    def authorize(self) -> None:
        """Go through the OAuth handshake with the user's server once (its cookie then lets the
        page and its kernel websocket in). Uses the book's entry page: no kernel is started."""
        r = self.open("voila/tree")  # redirects to apps/ after the handshake
        assert r.status_code == 200, (r.status_code, r.url, r.text[:500])
        assert any(c.name.startswith("jupyterhub-user-") for c in self.session.cookies), self.session.cookies

    def headers(self) -> dict[str, str]:
        """Cookie header for appclient (every cookie the hub and the server set for this user)."""
        return {"Cookie": "; ".join(f"{c.name}={c.value}" for c in self.session.cookies)}


def chp_installed() -> bool:
    return CHP.exists() or shutil.which("configurable-http-proxy") is not None
