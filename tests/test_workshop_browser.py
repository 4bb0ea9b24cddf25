"""A workshop in real browsers (Debian chromium via Playwright): the trainer and three learners in
separate browser contexts join, fill in, watch the grid change, use the class view and the
projector, and export. The screenshots go to ``book/images/darbnica-*.png`` for the trainer's
guide (``book/darbnica.md``). No page may ask another host."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import Served, guarded_page

from widgets.store import Store
from widgets.workshop.model import Workshop

pytestmark = pytest.mark.browser
IMAGES = Path(__file__).resolve().parent.parent / "book" / "images"
RESULT = ".cb-results .cb-h, .cb-results .cb-metric"
CASE = "vidzemes-virpotajs"  # an illustrative case with an E28 run
LEARNERS = [("Anna Ērgle", "8,75"), ("Jānis Kalniņš", "14"), ("Līga <b>Ozola</b>", "22")]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    s = Served(tmp_path_factory.mktemp("workshop-browser"), ["--pool=4", "--fill-delay=1"]).wait_ready()
    yield s
    s.stop()


def shot(target, name: str, full_page: bool = False) -> None:
    """Save a screenshot of a page or of one element for the guide."""
    IMAGES.mkdir(parents=True, exist_ok=True)
    target.screenshot(path=str(IMAGES / f"darbnica-{name}.png"), **({"full_page": True} if full_page else {}))


def type_into(page, selector: str, value: str) -> None:
    field = page.locator(selector)
    field.fill(value)
    field.press("Tab")
    page.wait_for_selector(".cb-status:has-text('Saglabāts')", timeout=30_000)


def test_a_workshop_with_a_trainer_and_three_learners(browser, served, tmp_path):
    from openpyxl import load_workbook

    workshop = Workshop(Store(served.db_url))
    room, key = workshop.create_room("Keramikas darbnīca")
    contexts, pages = [], []
    try:
        # the trainer opens the link make workshop printed, and picks today's exercises
        tctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        contexts.append(tctx)
        trainer = guarded_page(tctx)
        pages.append(trainer)
        trainer.goto(f"{served.base}/trainer/?key={key}")
        assert "key=" not in trainer.url
        trainer.wait_for_selector("#grid-table")
        assert trainer.evaluate("document.documentElement.lang") == "lv"
        assert trainer.locator("#join-code").inner_text() == room.code
        assert trainer.locator("#qr svg").count() == 1
        for eid, position in (("E28", "1"), ("E21", "2")):
            trainer.check(f"input[name=ex][value={eid}]")
            trainer.fill(f"input[name=pos_{eid}]", position)
        trainer.check(f"input[name=case][value={CASE}]")  # a case study for the discussion
        shot(trainer.locator("#agenda-form"), "plana-izvele")
        with trainer.expect_navigation():
            trainer.click("#save-agenda")
        assert workshop.agenda(room) == ["E28", "E21"]
        assert workshop.case_agenda(room) == [CASE]
        trainer.wait_for_selector("#grid-table th a:has-text('E28')")
        shot(trainer, "vaditajs")

        # three learners, each in a browser of their own (the first on a phone-sized screen)
        for n, (name, materials) in enumerate(LEARNERS):
            viewport = {"width": 390, "height": 844} if n == 0 else {"width": 1280, "height": 900}
            ctx = browser.new_context(viewport=viewport, accept_downloads=True)
            contexts.append(ctx)
            page = guarded_page(ctx)
            pages.append(page)
            page.goto(f"{served.base}/join?code={room.code}")
            page.fill("#name", name)
            if n == 0:
                shot(page, "pievienoties")
            page.click("button[type=submit]")
            page.wait_for_selector("#personal-link")
            assert "/join/" in page.locator("#personal-link").inner_text()
            if n == 0:
                shot(page, "personiga-saite", full_page=True)
            page.click("#continue")
            page.wait_for_selector(".cb-workshop .cb-agenda-item", timeout=90_000)
            items = page.locator(".cb-agenda-item")
            assert [items.nth(i).get_attribute("data-exercise") for i in range(items.count())] == ["E28", "E21"]
            if n == 0:
                shot(page, "dalibnieka-plans")
            page.click(".cb-agenda-item[data-exercise=E28] a")
            page.wait_for_selector(RESULT, timeout=90_000)
            type_into(page, ".cb-field-materials input", materials)
        # the third learner also starts E21 with a price that is not a number yet: "started"
        last = pages[-1]
        last.goto(f"{served.base}/apps/E21")
        last.wait_for_selector(RESULT, timeout=90_000)
        last.locator(".cb-field-price input").fill("sešdesmit")
        last.locator(".cb-field-price input").press("Tab")
        last.wait_for_selector(".cb-field-price .cb-error", timeout=30_000)
        # … and opens the case from today's list: its E28 on the case's data, in the sandbox
        last.goto(f"{served.base}/apps/")
        last.click(f".cb-agenda-case[data-case={CASE}] a.cb-agenda-case-run:has-text('E28')")
        last.wait_for_selector(".cb-sandbox-note", timeout=90_000)
        type_into(last, ".cb-field-materials input", "30")

        # the grid changes without a reload
        trainer.wait_for_function(
            "document.querySelectorAll('td[data-exercise=E28][data-state=pabeigts]').length === 3", timeout=15_000)
        trainer.wait_for_function(
            "document.querySelectorAll('td[data-exercise=E21][data-state=iesākts]').length === 1", timeout=15_000)
        trainer.wait_for_function(
            f"document.querySelectorAll('td[data-case={CASE}][data-state=iesākts]').length === 1", timeout=15_000)
        names = trainer.locator("#grid-table td.name").all_inner_texts()
        assert names == [n for n, _ in LEARNERS]  # "<b>" shows as text
        assert trainer.locator("#grid-table b:has-text('Ozola')").count() == 0
        shot(trainer.locator("#grid"), "rezgis")

        # a cell opens that learner's answers, read-only
        trainer.click("tr:has(td.name:has-text('Jānis')) td[data-exercise=E28] a")
        trainer.wait_for_selector(".answers[data-exercise=E28]")
        assert "14,00" in trainer.locator(".answers").inner_text()
        assert trainer.locator(".answers input").count() == 0
        trainer.go_back()

        # the class view, then the projector (names hidden)
        trainer.click("#grid-table th a:has-text('E28')")
        trainer.wait_for_selector("#class-view .cb-chart img")
        assert "Mazumtirdzniecības cenas mediāna" in trainer.locator("#class-view").inner_text()
        shot(trainer, "klases-skats", full_page=True)
        trainer.click("text=Rādīt projektorā")
        trainer.wait_for_selector("#class-view")
        body = trainer.locator("body").inner_text()
        assert "Anna" not in body and "Jānis" not in body and "Pabeiguši: 3 no 3" in body
        trainer.set_viewport_size({"width": 1600, "height": 900})
        shot(trainer, "projektors")
        trainer.set_viewport_size({"width": 1280, "height": 900})

        # export: one sheet per exercise, one row per learner, numbers as numbers
        trainer.goto(f"{served.base}/trainer/{room.slug}/")
        with trainer.expect_download() as download:
            trainer.click("#export-xlsx")
        path = tmp_path / download.value.suggested_filename
        download.value.save_as(path)
        assert path.suffix == ".xlsx"
        wb = load_workbook(io.BytesIO(path.read_bytes()))
        assert [ws.title[:3] for ws in wb.worksheets] == ["E28", "E21"]
        sheet = wb.worksheets[0]
        header = [c.value for c in sheet[1]]
        column = header.index("Materiālu izmaksas vienam izstrādājumam")
        rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
        assert {name: rows[name][column] for name, _ in LEARNERS} == {"Anna Ērgle": 8.75, "Jānis Kalniņš": 14,
                                                                      "Līga <b>Ozola</b>": 22}
        assert [r[0] for r in wb.worksheets[1].iter_rows(min_row=2, values_only=True)] == ["Līga <b>Ozola</b>"]
        for page in pages:
            assert not page.outside_requests, page.outside_requests
    finally:
        for ctx in contexts:
            ctx.close()


def test_workshop_pages_have_no_serious_accessibility_violations(browser, served):
    """axe-core (as in test_accessibility) over every page a trainer or participant sees in a workshop."""
    from test_accessibility import AXE, axe_blocking, describe

    if not AXE.exists():
        pytest.fail(f"axe-core is not installed at {AXE}: run `make test` (it runs `make axe`)")
    workshop = Workshop(Store(served.db_url))
    room, key = workshop.create_room("Pieejamības pārbaude")
    workshop.set_agenda(room, ["E28", "E05"])
    workshop.set_case_agenda(room, [CASE])
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_navigation_timeout(120_000)
    page = guarded_page(context)
    failures, seen = [], []

    def check(what: str) -> None:
        page.wait_for_load_state("load")
        seen.append(what)
        blocking = axe_blocking(page, AXE, whole=True)
        if blocking:
            failures.append(f"{what}:\n{describe(blocking)}")

    try:
        page.goto(f"{served.base}/join")
        check("/join")
        page.fill("#code", "XXXXXX")
        page.fill("#name", "Ilze")
        page.click("button[type=submit]")
        page.wait_for_selector(".msg.error")
        check("/join (nepareizs kods)")
        page.fill("#code", room.code)
        page.fill("#name", "Ilze")
        page.click("button[type=submit]")
        page.wait_for_selector("#personal-link")
        check("/join (personīgā saite)")
        page.goto(f"{served.base}/mana-saite")
        check("/mana-saite")
        page.goto(f"{served.base}/apps/")
        page.wait_for_selector(".cb-workshop .cb-agenda-case", timeout=90_000)
        check("/apps/ (dalībnieka plāns)")
        page.goto(f"{served.base}/trainer/?key={key}")
        page.wait_for_selector("#grid-table")
        check("/trainer/<telpa>/")
        page.goto(f"{served.base}/trainer/")
        check("/trainer/")
        participant = workshop.participants(room)[0]
        for path in ("class/E28", "class/E05", "projector", "projector?exercise=E28", f"learner/{participant.id}"):
            page.goto(f"{served.base}/trainer/{room.slug}/{path}")
            check(f"/trainer/<telpa>/{path}")
        assert not page.outside_requests, page.outside_requests
    finally:
        context.close()
    assert len(seen) == 12
    assert not failures, "\n".join(failures)
