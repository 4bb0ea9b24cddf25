"""Workshop mode on a real server: joining, the trainer's key, no cross-learner reads, escaping,
the rate limit, exports over HTTP; and ``make workshop``'s command surviving ``kill -9``.

Learners are lightweight clients (``appclient``: HTTP plus the kernel websocket) carrying the
participant cookie as a browser would; the trainer is a ``requests`` session.
"""

from __future__ import annotations

import asyncio
import io
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import psutil
import pytest
import requests
from appclient import run, type_value, visit
from conftest import Served
from test_workshop_load import wait_saved

from widgets.identity import sign_participant
from widgets.serve import free_port, wait_for
from widgets.store import Store
from widgets.workshop.model import Workshop
from widgets.workshop.pages import PARTICIPANT_COOKIE, TRAINER_COOKIE

pytestmark = pytest.mark.serving
ROOT = Path(__file__).resolve().parent.parent
JOIN_LIMIT = 40


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    s = Served(tmp_path_factory.mktemp("workshop"), ["--pool=3", "--fill-delay=1"],
               env={"CRAFTBOOK_JOIN_LIMIT": str(JOIN_LIMIT)}).wait_ready()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def ws(served):
    return Workshop(Store(served.db_url))


@pytest.fixture(scope="module")
def room(ws):
    room, key = ws.create_room("Rīta grupa")
    ws.set_agenda(room, ["E28", "E21"])
    return room, key


def trainer(base: str, key: str) -> requests.Session:
    s = requests.Session()
    r = s.get(f"{base}/trainer/?key={key}", allow_redirects=False, timeout=30)
    assert r.status_code == 302 and "key=" not in r.headers["Location"]  # the key leaves the address bar
    return s


def join(base: str, code: str, name: str) -> tuple[requests.Session, requests.Response]:
    s = requests.Session()
    return s, s.post(f"{base}/join", data={"code": code, "name": name}, timeout=30)


def cookie_header(session: requests.Session) -> dict[str, str]:
    return {"Cookie": f"{PARTICIPANT_COOKIE}={session.cookies[PARTICIPANT_COOKIE]}"}


def test_join_flow_over_http(served, ws, room):
    r, _key = room
    page = requests.get(f"{served.base}/join?code={r.code}", timeout=30)
    assert page.status_code == 200 and '<html lang="lv">' in page.text and f'value="{r.code}"' in page.text
    assert "http" not in re.sub(r'(href|action)="[^"]*"', "", page.text).replace("http-equiv", "")  # nothing outside
    _s, wrong = join(served.base, "XXXXXX", "Anna")
    assert wrong.status_code == 400 and "Nepareizs telpas kods" in wrong.text
    anna, ok = join(served.base, r.code.lower(), "Anna Ērgle")
    assert ok.status_code == 200 and "Sveiki, Anna Ērgle!" in ok.text
    cookie = next(c for c in anna.cookies if c.name == PARTICIPANT_COOKIE)
    assert cookie.has_nonstandard_attr("HttpOnly") or "httponly" in str(ok.headers.get("Set-Cookie", "")).lower()
    link = re.search(r'id="personal-link">([^<]+)<', ok.text).group(1)
    token = cookie.value
    assert link.endswith("/join/" + token) and len(token) >= 30
    # the same name from a second device is a new participant
    other, again = join(served.base, r.code, "Anna Ērgle")
    assert again.status_code == 200 and other.cookies[PARTICIPANT_COOKIE] != token
    names = [p.name for p in ws.participants(r)]
    assert names.count("Anna Ērgle") == 2
    # ... unless it comes with the personal link
    device2 = requests.Session()
    moved = device2.get(f"{served.base}/join/{token}", allow_redirects=False, timeout=30)
    assert moved.status_code == 302 and moved.headers["Location"].endswith("/apps/")
    assert device2.cookies[PARTICIPANT_COOKIE] == token
    assert link in device2.get(f"{served.base}/mana-saite", timeout=30).text
    bad = requests.get(f"{served.base}/join/{'x' * 32}", timeout=30)
    assert bad.status_code == 404 and "nav derīga" in bad.text
    # the landing app shows the room's agenda first
    landing = run(visit(served.base, "/apps/", headers=cookie_header(anna)))
    text = landing.all_text()
    assert "Šodienas plāns" in text and "Rīta grupa" in text and "Turpināt citā ierīcē" in text
    assert text.index("E28. Produkta") < text.index("E21. Etsy") < text.index("Pabeigti")


def test_trainer_pages_need_the_key(served, ws, room):
    r, key = room
    other_room, other_key = ws.create_room("Cita trenera telpa")
    p, _ = ws.join(r, "Juris")
    paths = ["/trainer/", f"/trainer/{r.slug}/", f"/trainer/{r.slug}/grid.json", f"/trainer/{r.slug}/class/E28",
             f"/trainer/{r.slug}/projector", f"/trainer/{r.slug}/learner/{p.id}",
             f"/trainer/{r.slug}/export/rezultati.xlsx", f"/trainer/{r.slug}/export/pdf.zip",
             f"/trainer/{r.slug}/export/E28.csv"]
    nobody = requests.Session()
    wrong = requests.Session()
    wrong.cookies.set(TRAINER_COOKIE, "not-a-key")
    other = trainer(served.base, other_key)
    learner, _ = join(served.base, r.code, "Ziņkārīgais")
    for path in paths:
        for who in (nobody, wrong, learner):
            response = who.get(served.base + path, allow_redirects=False, timeout=30)
            assert response.status_code == 403, (path, response.status_code)
            assert "Pieeja liegta" in response.text
        if path != "/trainer/":  # another trainer's key opens only that trainer's rooms
            assert other.get(served.base + path, allow_redirects=False, timeout=30).status_code == 403, path
    assert nobody.get(f"{served.base}/trainer/?key=guess", allow_redirects=False, timeout=30).status_code == 403
    for path in (f"/trainer/{r.slug}/agenda", f"/trainer/{r.slug}/state", "/trainer/rooms"):
        assert nobody.post(served.base + path, data={"state": "archived", "ex": "E04"}, timeout=30).status_code == 403
    # with the key, but without the form's token (a cross-site form), nothing changes
    t = trainer(served.base, key)
    assert t.post(f"{served.base}/trainer/{r.slug}/agenda", data={"ex": "E04"}, timeout=30).status_code == 403
    assert ws.agenda(r) == ["E28", "E21"]
    assert t.get(f"{served.base}/trainer/{r.slug}/", timeout=30).status_code == 200
    assert t.get(f"{served.base}/trainer/{other_room.slug}/", timeout=30).status_code == 403


def test_no_learner_reads_another_learners_answers(served, ws, room):
    r, _key = room
    anna, _ = join(served.base, r.code, "Anna")
    juris, _ = join(served.base, r.code, "Juris")
    anna_id = ws.by_token(anna.cookies[PARTICIPANT_COOKIE])[0].learner

    async def scenario():
        v = await visit(served.base, "/apps/E28", headers=cookie_header(anna), keep_open=True)
        await type_value(v, "cb-field-materials", "77,77", "77,77")
        v.close()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (ws.store.latest(anna_id, "E28") or {}).get("materials") != "77,77":
            await asyncio.sleep(0.3)
        forged = sign_participant(anna_id, "not-the-servers-secret")
        attempts = [
            ("/apps/E28?learner=" + anna_id, cookie_header(juris)),  # another's id as a token
            ("/apps/E28?learner=" + anna_id, {}),
            ("/apps/E28?" + "&".join(f"{k}={v}" for k, v in forged), cookie_header(juris)),  # a forged signature
            ("/apps/E28?" + "&".join(f"{k}={v}" for k, v in forged), {}),
            (f"/apps/E28?ws={anna_id}", {}),
            ("/apps/E28", {"Cookie": f"{PARTICIPANT_COOKIE}=" + "A" * 32}),  # a guessed token
            ("/apps/E28", {"Cookie": f"{PARTICIPANT_COOKIE}={anna.cookies[PARTICIPANT_COOKIE][:-1]}"}),
        ]
        return [(path, await visit(served.base, path, headers=headers)) for path, headers in attempts]

    for path, v in run(scenario()):
        assert v.status == 200 and not v.error, (path, v.error)
        assert "77,77" not in v.text_of("cb-results"), path
    # Voilà's own render route: the app notebook goes through /apps/, workshop parameters are dropped
    forged = "&".join(f"{k}={v}" for k, v in sign_participant(anna_id, "x"))
    direct = requests.get(f"{served.base}/voila/render/widgets/notebooks/app.ipynb?exercise=E28&{forged}",
                          allow_redirects=False, timeout=30)
    assert direct.status_code == 302 and direct.headers["Location"] == "/apps/E28"
    again = run(visit(served.base, "/apps/E28", headers=cookie_header(anna)))
    assert "77,77" in again.text_of("cb-results")  # the owner still sees them
    assert "77,77" not in str(Store(served.db_url).latest("local", "E28"))  # nothing saved under another id


def test_names_are_escaped_everywhere_in_the_trainers_view(served, ws, room):
    r, key = room
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    s, ok = join(served.base, r.code, evil)
    assert "<script>alert" not in ok.text and "&lt;script&gt;" in ok.text
    pid = ws.by_token(s.cookies[PARTICIPANT_COOKIE])[0].id
    run(visit(served.base, "/apps/E28", headers=cookie_header(s)))
    t = trainer(served.base, key)
    for path in (f"/trainer/{r.slug}/", f"/trainer/{r.slug}/learner/{pid}", f"/trainer/{r.slug}/class/E28",
                 f"/trainer/{r.slug}/projector?exercise=E28"):
        body = t.get(served.base + path, timeout=60).text
        assert "<script>alert" not in body and "<img src=x" not in body, path
    grid = t.get(f"{served.base}/trainer/{r.slug}/grid.json", timeout=30)
    assert grid.headers["Content-Type"].startswith("application/json")
    assert evil in [p["name"] for p in grid.json()["participants"]]  # data; the page sets it as textContent


def test_grid_counts_equal_the_store_and_exports_hold_numbers(served, ws, room):
    r, key = room
    s, _ = join(served.base, r.code, "Līga Ķēniņa")

    async def fill():
        v = await visit(served.base, "/apps/E28", headers=cookie_header(s), keep_open=True)
        await type_value(v, "cb-field-materials", "9,15", "9,15")
        v.close()

    run(fill())
    learner = ws.by_token(s.cookies[PARTICIPANT_COOKIE])[0].learner
    store = Store(served.db_url)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (store.latest(learner, "E28") or {}).get("materials") != "9,15":
        time.sleep(0.3)
    t = trainer(served.base, key)
    grid = t.get(f"{served.base}/trainer/{r.slug}/grid.json", timeout=30).json()
    people = {p.id: p for p in ws.participants(r)}
    for eid in grid["agenda"]:
        expected = {"nav": 0, "iesākts": 0, "pabeigts": 0}
        for person in grid["participants"]:
            state = store.progress(people[person["id"]].learner).get(eid, "nav")
            expected[state] += 1
            assert person["cells"][eid]["state"] == state
        assert grid["counts"][eid] == expected
    assert grid["counts"]["E28"]["pabeigts"] >= 1
    xlsx = t.get(f"{served.base}/trainer/{r.slug}/export/rezultati.xlsx", timeout=120)
    assert xlsx.status_code == 200 and "attachment" in xlsx.headers["Content-Disposition"]
    wb = openpyxl.load_workbook(io.BytesIO(xlsx.content))
    sheet = wb.worksheets[0]
    header = [c.value for c in sheet[1]]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    column = header.index("Materiālu izmaksas vienam izstrādājumam")
    assert rows["Līga Ķēniņa"][column] == 9.15
    assert sheet.cell(2, column + 1).number_format.endswith('"€"')
    csv_text = t.get(f"{served.base}/trainer/{r.slug}/export/E28.csv", timeout=60).content.decode("utf-8-sig")
    assert "Līga Ķēniņa" in csv_text and "9,15" in csv_text
    pdfs = t.get(f"{served.base}/trainer/{r.slug}/export/pdf.zip", timeout=300)
    assert pdfs.status_code == 200 and pdfs.content[:2] == b"PK"
    cls = t.get(f"{served.base}/trainer/{r.slug}/class/E28", timeout=60).text
    assert "Mazumtirdzniecības cenas mediāna" in cls and "Līga Ķēniņa" in cls
    projector = t.get(f"{served.base}/trainer/{r.slug}/projector?exercise=E28", timeout=60).text
    assert "Mazumtirdzniecības cenas mediāna" in projector and "Līga Ķēniņa" not in projector  # names hidden


def test_closed_and_archived_rooms_take_nobody_new(served, ws):
    r, key = ws.create_room("Slēdzamā")
    t = trainer(served.base, key)
    page = t.get(f"{served.base}/trainer/{r.slug}/", timeout=30).text
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
    assert t.post(f"{served.base}/trainer/{r.slug}/state", data={"csrf": csrf, "state": "closed"}, timeout=30).ok
    _s, refused = join(served.base, r.code, "Vēlā")
    assert refused.status_code == 400 and "Nepareizs telpas kods" in refused.text
    t.post(f"{served.base}/trainer/{r.slug}/state", data={"csrf": csrf, "state": "archived"}, timeout=30)
    home = t.get(f"{served.base}/trainer/", timeout=30).text
    assert "Arhīvs" in home and "Slēdzamā" in home
    created = t.post(f"{served.base}/trainer/rooms", data={"csrf": csrf, "name": "Pēcpusdiena"}, timeout=30)
    assert created.ok and "Pēcpusdiena" in created.text
    assert {x.name for x in ws.rooms_for_key(key)} == {"Slēdzamā", "Pēcpusdiena"}


def test_join_attempts_are_rate_limited(served):
    """Last in the module: the limit is per address, and every test here comes from 127.0.0.1."""
    statuses = [join(served.base, "ZZZZZZ", "Minētājs")[1] for _ in range(JOIN_LIMIT + 2)]
    assert statuses[-1].status_code == 429 and "Pārāk daudz mēģinājumu" in statuses[-1].text
    assert requests.get(f"{served.base}/join/{'y' * 32}", timeout=30).status_code == 429


# --- make workshop, restart and kill -9 -------------------------------------------------------

def start_workshop(tmp: Path, db_url: str, port: int, extra: list[str]) -> tuple[subprocess.Popen, Path]:
    log = tmp / f"workshop-{port}.log"
    proc = subprocess.Popen([sys.executable, "-m", "widgets.workshop", f"--port={port}", "--host=127.0.0.1",
                             "--pool=1", "--fill-delay=1", *extra], cwd=ROOT,
                            env={**os.environ, "CRAFTBOOK_DB": db_url}, stdout=open(log, "w"), stderr=subprocess.STDOUT)
    wait_for(f"http://127.0.0.1:{port}/join", 90)
    return proc, log


def test_make_workshop_prints_the_room_and_kill_9_keeps_everything(tmp_path):
    db_url = f"sqlite:///{tmp_path / 'class.sqlite'}"
    port = free_port()
    proc, log = start_workshop(tmp_path, db_url, port, ["--name=Kill tests"])
    kernels: list[int] = []
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "Vadītāja saite" not in log.read_text():
            time.sleep(0.3)
        banner = log.read_text()
        assert "DARBNĪCA „Kill tests”" in banner and f"http://localhost:{port}/join" in banner
        code = re.search(r"Telpas kods:\s+([A-Z0-9]{6})", banner).group(1)
        key = re.search(r"trainer/\?key=(\S+)", banner).group(1)
        base = f"http://127.0.0.1:{port}"
        anna, _ = join(base, code, "Anna")

        async def fill(values):
            v = await visit(base, "/apps/E28", headers=cookie_header(anna), keep_open=True)
            for value in values:
                await type_value(v, "cb-field-materials", value, value)
            v.close()

        run(fill(["11,11", "22,22", "33,33"]))
        ws = Workshop(Store(db_url))
        room = ws.open_room_by_code(code)
        wait_saved(ws, room, 1, 3)
        kernels = [c.pid for c in psutil.Process(proc.pid).children(recursive=True)]
        os.kill(proc.pid, signal.SIGKILL)  # mid-workshop, no clean shutdown
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in kernels:  # the kernels this server started (they also leave when their parent is gone)
            try:
                psutil.Process(pid).kill()
            except psutil.Error:
                pass
    port2 = free_port()
    proc2, _log2 = start_workshop(tmp_path, db_url, port2, ["--no-room"])
    try:
        base2 = f"http://127.0.0.1:{port2}"
        store = Store(db_url)
        assert [r["raw"]["materials"] for r in store.history(ws.participants(room)[0].learner, "E28")] == \
            ["11,11", "22,22", "33,33"]
        assert len(ws.rooms_for_key(key)) == 1  # --no-room: the same room, no new one
        t = trainer(base2, key)
        grid = t.get(f"{base2}/trainer/{room.slug}/grid.json", timeout=30).json()
        assert [p["name"] for p in grid["participants"]] == ["Anna"]
        again = run(visit(base2, "/apps/E28", headers=cookie_header(anna)))  # back in from the cookie
        assert "33,33" in again.text_of("cb-results")
    finally:
        proc2.terminate()
        try:
            proc2.wait(20)
        except subprocess.TimeoutExpired:
            proc2.kill()
