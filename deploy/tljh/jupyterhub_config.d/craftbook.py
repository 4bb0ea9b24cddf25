"""The Littlest JupyterHub: each user's server is the workbook (copy to
/opt/tljh/config/jupyterhub_config.d/craftbook.py, then `sudo tljh-config reload hub`).

TLJH loads this after its own configuration, so it overrides TLJH's default app (JupyterLab).
The workbook is installed in TLJH's user environment (/opt/tljh/user) from /opt/amatnieku-burtnica;
the answers store's URL is in /opt/tljh/config/craftbook-db-url (root-only; see deploy/tljh/install.sh).
"""

from pathlib import Path

c = get_config()  # noqa: F821 - JupyterHub provides it

USER_PYTHON = "/opt/tljh/user/bin/python"
DB_URL_FILE = Path("/opt/tljh/config/craftbook-db-url")
TRAINERS_FILE = Path("/opt/tljh/config/craftbook-trainers")

# each user's server: the workbook server (the book, the apps, one warm kernel), no JupyterLab
c.Spawner.cmd = [USER_PYTHON, "-m", "widgets.hub"]
c.Spawner.default_url = "/apps/"
# users land on the exercise list; /user/<name>/ itself is the book
c.JupyterHub.default_url = "/hub/user-redirect/apps/"
c.Spawner.environment = {
    "CRAFTBOOK_DB": DB_URL_FILE.read_text(encoding="utf-8").strip() if DB_URL_FILE.exists() else "",
    "CRAFTBOOK_HUB_POOL": "1",
}
c.Spawner.http_timeout = 90
c.Spawner.start_timeout = 120
# trainers are a hub group (one user name a line)
trainers = TRAINERS_FILE.read_text(encoding="utf-8").split() if TRAINERS_FILE.exists() else []
c.JupyterHub.load_groups = {"trainers": {"users": trainers}}
