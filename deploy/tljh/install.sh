#!/usr/bin/env bash
# The workbook on The Littlest JupyterHub (one VM, Ubuntu 22.04/24.04), as root, after TLJH is
# installed (https://tljh.jupyter.org: `curl -L https://tljh.jupyter.org/bootstrap.py |
# sudo python3 - --admin trainer1`). Run from a checkout of this repository:
#   sudo DB_PASSWORD=... bash deploy/tljh/install.sh trainer1 [trainer2 ...]
set -euo pipefail
SRC="$(cd "$(dirname "$0")/../.." && pwd)"
DEST=/opt/amatnieku-burtnica
USER_PIP=/opt/tljh/user/bin/pip
: "${DB_PASSWORD:?set DB_PASSWORD for the craftbook PostgreSQL role}"

# 1. the shared answers store: PostgreSQL on this VM
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -c "CREATE ROLE craftbook LOGIN PASSWORD '${DB_PASSWORD}'" || true
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -c "CREATE DATABASE craftbook OWNER craftbook" || true
umask 077
echo "postgresql+psycopg://craftbook:${DB_PASSWORD}@127.0.0.1:5432/craftbook" > /opt/tljh/config/craftbook-db-url
umask 022

# 2. the workbook in TLJH's user environment, readable by every user, the book built once
rsync -a --delete --exclude .venv --exclude .git --exclude deploy/node_modules "$SRC/" "$DEST/"
"$USER_PIP" install -q -r "$DEST/requirements.txt"
"$USER_PIP" install -q "jupyterhub==$(/opt/tljh/hub/bin/python -c 'import jupyterhub; print(jupyterhub.__version__)')"
"$USER_PIP" install -q --no-deps -e "$DEST"
(cd "$DEST" && CRAFTBOOK_STATIC=1 /opt/tljh/user/bin/jupyter-book build . -W -n --keep-going)
chmod -R a+rX "$DEST"

# 3. the hub: trainers group, each user's server is the workbook
printf '%s\n' "$@" > /opt/tljh/config/craftbook-trainers
for trainer in "$@"; do tljh-config add-item users.admin "$trainer"; done
install -m 0644 "$SRC/deploy/tljh/jupyterhub_config.d/craftbook.py" /opt/tljh/config/jupyterhub_config.d/craftbook.py
# a server without traffic for an hour is stopped (answers are already saved)
tljh-config set services.cull.timeout 3600
tljh-config set limits.memory 1G
tljh-config reload hub
tljh-config reload proxy
echo "The workbook is at http://$(hostname -I | awk '{print $1}')/ (users land on the exercise list)."
