"""JupyterHub configuration for the workbook (the hub test runs exactly this file).

Each user's server is the workbook server itself (``python -m widgets.hub``: the book, the apps,
a pool of preheated kernels), started by the spawner in place of ``jupyterhub-singleuser``,
under the user's prefix ``/user/<name>/``. Users land on the exercise list (``/apps/``). Answers
go to the shared store named by ``CRAFTBOOK_DB`` (PostgreSQL when several servers share it).

Set through the environment (the TLJH and Z2JH setups in this folder set the same values their way):

- ``CRAFTBOOK_DB``          the answers store's SQLAlchemy URL (required; every user's server gets it);
- ``CRAFTBOOK_HUB_POOL``    preheated kernels per user's server (default 1);
- ``CRAFTBOOK_PYTHON``      the Python that has the workbook installed (default: this hub's);
- ``CRAFTBOOK_TRAINERS``    comma-separated user names of the hub group ``trainers``;
- ``CRAFTBOOK_CHP``         the configurable-http-proxy command (default: ``deploy/node_modules``'s,
  else the one on PATH);
- ``CRAFTBOOK_HUB_STATE``   where the hub keeps its database, cookie secret and proxy token
  (default: this folder's ``state/``).
"""

import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
c = get_config()  # noqa: F821 - JupyterHub provides it

state = Path(os.environ.get("CRAFTBOOK_HUB_STATE") or HERE / "state")
state.mkdir(parents=True, exist_ok=True)

# --- the hub -------------------------------------------------------------------------------------
c.JupyterHub.bind_url = os.environ.get("CRAFTBOOK_HUB_URL", "http://127.0.0.1:8000/")
c.JupyterHub.hub_bind_url = os.environ.get("CRAFTBOOK_HUB_API_URL", "http://127.0.0.1:8081/")
c.JupyterHub.db_url = os.environ.get("CRAFTBOOK_HUB_DB") or f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(state / "jupyterhub.pid")
# stopping the hub stops the users' servers (their answers are in the shared store already)
c.JupyterHub.cleanup_servers = True

# --- the proxy: configurable-http-proxy from npm (make test-hub installs it under deploy/) -------------
local_chp = HERE / "node_modules" / ".bin" / "configurable-http-proxy"
chp = os.environ.get("CRAFTBOOK_CHP") or (str(local_chp) if local_chp.exists() else shutil.which("configurable-http-proxy"))
if chp:
    c.ConfigurableHTTPProxy.command = [chp]
c.ConfigurableHTTPProxy.pid_file = str(state / "proxy.pid")
if os.environ.get("CRAFTBOOK_PROXY_API_URL"):
    c.ConfigurableHTTPProxy.api_url = os.environ["CRAFTBOOK_PROXY_API_URL"]

# --- who may log in: the machine's accounts (PAM); TLJH and Z2JH set their own authenticator ------
c.JupyterHub.authenticator_class = "pam"
c.Authenticator.allow_existing_users = True
trainers = [n.strip() for n in os.environ.get("CRAFTBOOK_TRAINERS", "").split(",") if n.strip()]
# trainers are a hub group; the workshop's trainer view maps a room onto it (deploy/README.md)
c.JupyterHub.load_groups = {"trainers": {"users": trainers}}

# --- each user's server: the workbook --------------------------------------------------------------
c.Spawner.cmd = [os.environ.get("CRAFTBOOK_PYTHON") or sys.executable, "-m", "widgets.hub"]
# users land on the exercise list (/user/<name>/apps/, their server started if need be);
# /user/<name>/ itself is the book, which the apps' "← Uz grāmatu" links to
c.JupyterHub.default_url = "/hub/user-redirect/apps/"
c.Spawner.default_url = "/apps/"
c.Spawner.environment = {
    "CRAFTBOOK_DB": os.environ.get("CRAFTBOOK_DB", ""),
    "CRAFTBOOK_HUB_POOL": os.environ.get("CRAFTBOOK_HUB_POOL", "1"),
}
# the server answers within seconds; its first kernel may take longer on a busy machine
c.Spawner.http_timeout = 90
c.Spawner.start_timeout = 120
