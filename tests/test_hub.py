"""The workbook under a real JupyterHub: two users, their own servers, the shared PostgreSQL store.

The test starts ``jupyterhub`` (from PyPI) with ``deploy/jupyterhub_config.py``, the proxy
``configurable-http-proxy`` (from npm, in ``deploy/node_modules``), the shared-password
authenticator, local process spawning, and the private PostgreSQL cluster of the store tests.
Two users log in through the hub's login form, open E28 through their prefix ``/user/<name>/``
as a page does (``appclient``: page, kernel websocket, widget state, typing into a field) and
save answers. ``make test-hub`` runs this file alone; ``make test`` runs it with the rest.
"""

from __future__ import annotations

import re
import time

import pytest
import requests
from appclient import run, type_value, visit
from hubclient import Hub, HubLearner, chp_installed
from test_store import postgres_url  # noqa: F401 - the store tests' private PostgreSQL cluster

from widgets.store import Store
from widgets.workshop.model import Workshop

pytestmark = pytest.mark.hub
TRAINER = "ilze"  # in the hub group "trainers" (CRAFTBOOK_TRAINERS)

try:
    import jupyterhub  # noqa: F401

    HUB_INSTALLED = True
except ImportError:
    HUB_INSTALLED = False


@pytest.fixture(scope="module")
def hub(tmp_path_factory, postgres_url):  # noqa: F811
    if not (HUB_INSTALLED and chp_installed()):
        pytest.skip("jupyterhub or configurable-http-proxy is not installed (make test-hub installs both)")
    with Store(postgres_url).engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM revisions")
    h = Hub(tmp_path_factory.mktemp("hub"), postgres_url, env={"CRAFTBOOK_TRAINERS": TRAINER}).wait_ready()
    yield h
    h.stop()


def signed_in(hub: Hub, name: str) -> HubLearner:
    """A hub user logged in, with their server started and its OAuth handshake done."""
    learner = HubLearner(hub, name).login()
    hub.start_server(name)
    learner.authorize()
    return learner


@pytest.fixture(scope="module")
def anna(hub):
    return signed_in(hub, "anna")


@pytest.fixture(scope="module")
def juris(hub):
    return signed_in(hub, "juris")


async def save(learner: HubLearner, value: str, query: str = "") -> str:
    """Open E28 as ``learner`` (with an optional query), type ``value`` as materials; the result text."""
    v = await visit(learner.base, "/apps/E28" + query, keep_open=True, headers=learner.headers())
    assert v.status == 200 and not v.error, v.error
    await type_value(v, "cb-field-materials", value, value)
    v.close()
    return v.text_of("cb-results")


def reopen(learner: HubLearner, query: str = ""):
    v = run(visit(learner.base, "/apps/E28" + query, headers=learner.headers()))
    assert v.status == 200 and not v.error, v.error
    return v


def test_each_user_lands_on_the_exercise_list(hub, anna):
    # the hub's entry page sends a logged-in user to their exercise list
    r = anna.session.get(hub.url + "/", timeout=120)
    assert r.status_code == 200 and r.url == f"{hub.url}/user/anna/apps/", r.url
    assert "kernelId" in r.text
    landing = run(visit(anna.base, "/apps/", headers=anna.headers()))
    assert not landing.error, landing.error
    assert "E28. Produkta izmaksu un cenas kalkulators" in landing.all_text()


def test_each_user_sees_only_their_own_answers(hub, anna, juris):
    run(save(anna, "31,40"))
    run(save(juris, "12,30"))
    assert "31,40" in reopen(anna).text_of("cb-results")
    juris_page = reopen(juris).text_of("cb-results")
    assert "12,30" in juris_page and "31,40" not in juris_page
    store = Store(hub.db_url)
    assert store.latest("anna", "E28")["materials"] == "31,40"
    assert store.latest("juris", "E28")["materials"] == "12,30"


def test_a_learner_token_in_the_url_cannot_reach_another_user(hub, anna, juris):
    # juris names anna in the URL: the hub user wins, he sees and saves his own answers only
    page = reopen(juris, "?learner=anna").text_of("cb-results")
    assert "31,40" not in page and "12,30" in page
    run(save(juris, "13,70", "?learner=anna"))
    store = Store(hub.db_url)
    assert store.latest("anna", "E28")["materials"] == "31,40"
    assert store.latest("juris", "E28")["materials"] == "13,70"
    with store.engine.connect() as conn:
        learners = {row[0] for row in conn.exec_driver_sql("SELECT DISTINCT learner FROM revisions")}
    assert learners == {"anna", "juris"}


def test_another_users_server_and_kernels_are_closed(hub, anna, juris):
    # juris's hub login does not open anna's server: the hub refuses him the OAuth grant
    r = juris.session.get(hub.url + "/user/anna/apps/E28", timeout=120)
    assert r.status_code == 403, (r.status_code, r.url)
    # nor can anyone reach it without a login
    r = requests.get(hub.url + "/user/anna/apps/E28", timeout=120, allow_redirects=False)
    assert r.status_code == 302 and "/hub/api/oauth2/authorize" in r.headers["Location"]

    # anna's live kernel: its websocket refuses juris's cookies and no cookies at all
    async def scenario():
        own = await visit(anna.base, "/apps/E28", keep_open=True, headers=anna.headers())
        assert not own.error, own.error
        intruder = await visit(anna.base, "/apps/E28", headers=juris.headers())
        from tornado.httpclient import HTTPClientError, HTTPRequest
        from tornado.websocket import websocket_connect

        refused = []
        for headers in (juris.headers(), {}):
            url = anna.base.replace("http", "ws", 1) + f"/api/kernels/{own.kernel_id}/channels"
            try:
                ws = await websocket_connect(HTTPRequest(url, headers=headers))
                ws.close()
            except HTTPClientError as err:
                refused.append(err.code)
        own.close()
        return intruder, refused

    intruder, refused = run(scenario())
    assert intruder.status == 403 and not intruder.states
    assert refused == [403, 403]


def test_links_inside_the_apps_and_the_book_keep_the_prefix(hub, anna):
    v = reopen(anna)
    nav = next(s["state"]["value"] for s in v.states.values() if "cb-chapter-link" in s["state"].get("value", ""))
    assert 'href="/user/anna/book/ch14.html"' in nav and 'href="/user/anna/apps/"' in nav
    landing = run(visit(anna.base, "/apps/", headers=anna.headers()))
    html = " ".join(s["state"].get("value", "") for s in landing.states.values()
                    if isinstance(s["state"].get("value"), str))
    links = re.findall(r'href="([^"]+)"', html)
    assert links and all(link.startswith("/user/anna/") for link in links), links
    assert "/user/anna/apps/E28" in links
    # the book under the prefix, and its relative link to the app lands on the user's app
    book = anna.open("book/ch14.html")
    assert book.status_code == 200 and book.url == f"{hub.url}/user/anna/book/ch14.html"
    exercise_page = anna.open("exercises/E28.html")
    assert exercise_page.status_code == 200 and 'href="../apps/E28"' in exercise_page.text
    r = anna.open("", allow_redirects=False)  # the user's root is the book ("← Uz grāmatu")
    assert r.status_code in (301, 302) and r.headers["Location"] == "/user/anna/index.html"
    r = anna.open("voila/render/exercises/E28.ipynb", allow_redirects=False)
    assert r.headers["Location"] == "/user/anna/apps/E28"


def hidden(html: str) -> dict[str, str]:
    """The hidden fields of a page's first form, as a browser sends them (the hub's _xsrf among them)."""
    form = html[html.index("<form"):html.index("</form>")]
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))


def test_a_trainer_of_the_hub_group_runs_a_workshop_of_hub_users(hub, anna, juris):
    """Rooms under the hub: the group "trainers" opens the trainer's pages (no key), a hub user
    joins through the hub with the code and takes part with their own answers, and sees only
    themselves; the trainer sees the room's learners."""
    ilze = signed_in(hub, TRAINER)
    home = ilze.open("trainer/")
    assert home.status_code == 200 and "Jaunas telpas nosaukums" in home.text, home.text[:300]
    made = ilze.session.post(f"{hub.url}{ilze.prefix}trainer/rooms", data={**hidden(home.text), "name": "Rīta grupa"},
                             timeout=120)
    assert made.status_code == 200, made.text[:300]
    workshop = Workshop(Store(hub.db_url))
    room = workshop.rooms_for_key(Workshop.hub_trainer_key(TRAINER))[0]
    assert made.url == f"{hub.url}{ilze.prefix}trainer/{room.slug}/"
    # what learners open goes through the hub, which sends each to their own server
    assert f"{hub.url}/hub/user-redirect/join?code={room.code}" in made.text
    saved = ilze.session.post(f"{hub.url}{ilze.prefix}trainer/{room.slug}/agenda",
                              data={**hidden(made.text), "ex": "E28", "pos_E28": "1"}, timeout=120)
    assert saved.status_code == 200 and workshop.agenda(room) == ["E28"]

    # no trainer page for anyone outside the group, nor a way in with a made-up key
    assert juris.open("trainer/").status_code == 403
    assert juris.open("trainer/?key=hub-trainer:ilze").status_code == 403
    assert juris.open(f"trainer/{room.slug}/grid.json").status_code == 403
    assert anna.session.get(f"{hub.url}{ilze.prefix}trainer/{room.slug}/", timeout=120).status_code == 403

    # anna joins with the code: the hub leads her to her own server's form
    form = anna.session.get(f"{hub.url}/hub/user-redirect/join?code={room.code}", timeout=120)
    assert form.status_code == 200 and form.url == f"{hub.url}/user/anna/join?code={room.code}", form.url
    joined = anna.session.post(f"{hub.url}/user/anna/join", data={**hidden(form.text), "code": room.code,
                                                                  "name": "Anna Ērgle"}, timeout=120)
    assert joined.url == f"{hub.url}/user/anna/apps/", joined.url
    landing = run(visit(anna.base, "/apps/", headers=anna.headers()))
    assert "Darbnīca „Rīta grupa”" in landing.all_text() and "Šodienas plāns" in landing.all_text()
    assert "Turpināt citā ierīcē" not in landing.all_text()  # the hub's login is the way back

    # the trainer's grid: anna, with her own answers (saved before she joined) as done
    grid = ilze.open(f"trainer/{room.slug}/grid.json").json()
    assert [(p["name"], p["cells"]["E28"]["state"]) for p in grid["participants"]] == [("Anna Ērgle", "pabeigts")]
    answers = ilze.open(f"trainer/{room.slug}/learner/{grid['participants'][0]['id']}?exercise=E28")
    assert answers.status_code == 200 and "31,40" in answers.text
    # a participant's answers stay hers: the same revisions, under her hub name
    assert Store(hub.db_url).latest("anna", "E28")["materials"] == "31,40"
    hub.stop_server(TRAINER)


def test_stopping_and_restarting_a_users_server_keeps_the_answers(hub, anna):
    before = hub.server("anna")
    hub.stop_server("anna")
    r = anna.session.get(hub.url + "/user/anna/apps/E28", timeout=120, allow_redirects=False)
    assert r.status_code != 200  # nothing answers for anna until her server is started again
    started = time.monotonic()
    hub.start_server("anna")
    print(f"anna's server restarted in {time.monotonic() - started:.1f} s")
    assert hub.server("anna")["url"] == before["url"]
    anna.authorize()  # the new server has a new cookie secret: the hub's OAuth lets her in again
    assert "31,40" in reopen(anna).text_of("cb-results")


def test_stopping_the_hub_stops_the_servers_and_their_kernels(tmp_path, postgres_url):  # noqa: F811
    """Last: a hub of its own, stopped, leaves no workbook server or kernel behind."""
    if not (HUB_INSTALLED and chp_installed()):
        pytest.skip("jupyterhub or configurable-http-proxy is not installed")
    import psutil

    h = Hub(tmp_path, postgres_url).wait_ready()
    try:
        signed_in(h, "marta")
        server_pid = h.server("marta")["state"]["pid"]
        family = [server_pid] + [p.pid for p in psutil.Process(server_pid).children(recursive=True)]
        assert len(family) >= 2  # the server and at least its preheated kernel
    finally:
        h.stop()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(psutil.pid_exists(p) for p in family):
        time.sleep(0.5)
    assert not [p for p in family if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]



def test_deployment_files_lint():
    """The Z2JH values (YAML lint, and a schema of the keys they set), the TLJH snippet and script,
    and the single-user image's Dockerfile, as far as this machine can check them (no Helm, no Docker)."""
    import json
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import yaml
    from traitlets.config import Config

    if shutil.which("yamllint", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("yamllint is not installed (make test-hub installs it)")
    deploy = Path(__file__).resolve().parent.parent / "deploy"
    bin_dir = Path(sys.executable).parent
    values = deploy / "z2jh" / "values.yaml"
    lint = subprocess.run([bin_dir / "yamllint", "-s", "-d",
                           "{extends: default, rules: {line-length: {max: 120}, document-start: disable}}", values],
                          capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    schema = subprocess.run([bin_dir / "check-jsonschema", "--schemafile", deploy / "z2jh" / "values.schema.json", values],
                            capture_output=True, text=True)
    assert schema.returncode == 0, schema.stdout + schema.stderr
    json.loads((deploy / "z2jh" / "values.schema.json").read_text(encoding="utf-8"))
    parsed = yaml.safe_load(values.read_text(encoding="utf-8"))

    # the image runs what the chart asks for, and copies only what exists
    dockerfile = (deploy / "z2jh" / "Dockerfile").read_text(encoding="utf-8")
    assert 'CMD ["python", "-m", "widgets.hub"]' in dockerfile
    assert parsed["singleuser"]["cmd"] == ["python", "-m", "widgets.hub"]
    for line in dockerfile.splitlines():
        if line.startswith("COPY ") and " . ." not in line:
            for source in line.split()[1:-1]:
                assert (deploy.parent / source).exists(), source

    # TLJH: the config snippet loads and makes the workbook each user's server; the script parses
    config = Config()
    exec((deploy / "tljh" / "jupyterhub_config.d" / "craftbook.py").read_text(encoding="utf-8"),
         {"get_config": lambda: config, "__name__": "tljh_snippet"})
    assert config.Spawner.cmd == ["/opt/tljh/user/bin/python", "-m", "widgets.hub"]
    assert config.JupyterHub.default_url == "/hub/user-redirect/apps/"
    assert subprocess.run(["bash", "-n", deploy / "tljh" / "install.sh"]).returncode == 0
