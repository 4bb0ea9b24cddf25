"""Accessibility in a real browser (Debian chromium via Playwright), with axe-core, the engine most
audits use (installed from npm by ``make test`` into ``.cache/axe``, injected from that file; nothing
is fetched at run time).

- every exercise app, the landing app and every page of the built book: no serious or critical
  axe violation (axe's experimental rules included, as in the audit of issue 12);
- every input's accessible name is its visible label, the help text describes it, and errors and
  result changes are announced (polite live regions);
- every app at 390 px (a phone): a screenshot, and nothing wider than the screen except inside a box
  that scrolls on purpose (tables, with their first column kept in view);
- zoom to 200 % (a 1280 px window is then 640 CSS px wide): the inputs and the results stay visible.

One server and one browser for all of it (the session fixtures of conftest.py); each app is loaded
once for the axe check and the phone check.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, guarded_page

from widgets import registry

pytestmark = pytest.mark.browser

AXE = ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
RESULT = ".cb-results .cb-h, .cb-results .cb-metric"
BLOCKING = {"serious", "critical"}
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 1000}

# axe with its experimental rules (label-content-name-mismatch is one), violations only
RUN_AXE = """async () => {
  const experimental = axe.getRules(["experimental"]).map(r => [r.ruleId, {enabled: true}]);
  const result = await axe.run(document, {resultTypes: ["violations"], rules: Object.fromEntries(experimental)});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                      nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + "  " + n.html.slice(0, 160))}));
}"""

# elements reaching past the screen's edge (clipped or not) that are not inside a box meant to scroll
# sideways: a result table (.cb-scroll) or a table of inputs (.cb-table-scroll)
OVERFLOW = """() => {
  const vw = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    if (el.closest(".cb-scroll, .cb-table-scroll, .cb-announce, .cb-sr-only")) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) continue;
    if (getComputedStyle(el).visibility === "hidden") continue;
    const name = `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} ${Math.round(r.left)}..${Math.round(r.right)}`;
    if (r.right > vw + 1 || r.left < -1) {
      out.push(name);
    } else if (el.matches("input, textarea, select, button")) {
      // an input cut off by a box around it (ipywidgets' boxes clip what sticks out)
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX === "visible") continue;
        const b = p.getBoundingClientRect();
        if (r.right > b.right + 1 || r.left < b.left - 1) { out.push("cut off: " + name); break; }
      }
    }
  }
  return {vw, scrollWidth: document.scrollingElement.scrollWidth, outside: out.slice(0, 8)};
}"""


@pytest.fixture(scope="session")
def axe_path() -> Path:
    if not AXE.exists():
        pytest.fail(f"axe-core is not installed at {AXE}: run `make test` (it runs `make axe`)")
    return AXE


@pytest.fixture(scope="session")
def a11y_context(browser, server):
    """One browser context for every page of these checks."""
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    context.set_default_navigation_timeout(120_000)  # a Voilà page loads as its kernel runs: slow on a busy machine
    yield context
    context.close()


@pytest.fixture
def a11y_page(a11y_context):
    page = guarded_page(a11y_context)
    page.set_viewport_size(DESKTOP)
    yield page
    page.close()
    assert not page.outside_requests, f"the page asked other hosts: {page.outside_requests}"


# the height of everything on the page: Voilà's page scrolls inside a box of its own, not the document
CONTENT_HEIGHT = """() => Math.max(document.documentElement.scrollHeight,
    ...[...document.querySelectorAll('#rendered_cells, .lm-BoxPanel-child, .jp-LabShell')].map(e => e.scrollHeight))"""


def axe_blocking(page, axe_path: Path, whole: bool = False) -> list[dict]:
    """Serious and critical axe violations of the page as it is now.

    ``whole``: make the window as tall as the content first. Voilà's page scrolls inside a box, and axe
    takes what lies below that box's fold for hidden (a label under the fold is "not visible").
    """
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(axe_path))
    size = page.viewport_size
    if whole:
        height = min(int(page.evaluate(CONTENT_HEIGHT)) + 50, 20_000)
        page.set_viewport_size({"width": size["width"], "height": max(height, size["height"])})
        page.wait_for_timeout(100)
    try:
        return [v for v in page.evaluate(RUN_AXE) if v["impact"] in BLOCKING]
    finally:
        page.set_viewport_size(size)


def describe(violations: list[dict]) -> str:
    return "\n".join(f"{v['impact']} {v['id']} ({v['help']}):\n    " + "\n    ".join(v["nodes"]) for v in violations)


def open_app(page, server: str, path: str, learner: str) -> None:
    page.goto(f"{server}/apps/{path}?learner={learner}")
    page.wait_for_selector(RESULT if path else ".cb-index", timeout=90_000)
    page.wait_for_selector("#rendered_cells[role=main]", timeout=10_000)  # widgets/a11y/app.js has run
    page.wait_for_timeout(150)


def assert_fits(page, what: str) -> None:
    found = page.evaluate(OVERFLOW)
    assert found["scrollWidth"] <= found["vw"] + 1 and not found["outside"], (
        f"{what} is wider than a {found['vw']} px screen ({found['scrollWidth']} px): {found['outside']}")


@pytest.mark.parametrize("exercise_id", registry.ids())
def test_app_accessible_and_fits_a_phone(a11y_page, server, axe_path, exercise_id, tmp_path_factory):
    page = a11y_page
    open_app(page, server, exercise_id, f"a11y-{exercise_id.lower()}")
    blocking = axe_blocking(page, axe_path, whole=True)
    assert not blocking, f"/apps/{exercise_id}:\n{describe(blocking)}"

    # every field's inputs are named (their label) and described (help, error), outside tables too
    unnamed = page.evaluate("""() => [...document.querySelectorAll('.cb-field input, .cb-field textarea, .cb-field select')]
        .filter(i => i.type !== 'file' && i.type !== 'hidden' && i.offsetParent !== null)
        .filter(i => !(i.getAttribute('aria-labelledby') || i.getAttribute('aria-label') || i.labels.length))
        .map(i => i.outerHTML.slice(0, 120))""")
    assert not unnamed, unnamed

    page.set_viewport_size(PHONE)
    page.wait_for_timeout(200)
    shots = tmp_path_factory.getbasetemp() / "phone-390"
    shots.mkdir(exist_ok=True)
    page.screenshot(path=str(shots / f"{exercise_id}.png"), full_page=True)
    assert_fits(page, f"/apps/{exercise_id}")


def test_landing_app_accessible_and_fits_a_phone(a11y_page, server, axe_path):
    page = a11y_page
    open_app(page, server, "", "a11y-landing")
    blocking = axe_blocking(page, axe_path, whole=True)
    assert not blocking, f"/apps/:\n{describe(blocking)}"
    page.set_viewport_size(PHONE)
    page.wait_for_timeout(200)
    assert_fits(page, "/apps/")


def book_pages() -> list[str]:
    """Every page of the built book, relative to its root (read when the tests are collected)."""
    html = ROOT / "_build" / "html"
    if not html.is_dir():
        return ["index.html"]  # the book is built by the `built_book` fixture; at least the front page
    return sorted(p.relative_to(html).as_posix() for p in html.rglob("*.html")
                  if not {"_static", "_sources", ".cache"} & set(p.relative_to(html).parts))


def test_book_pages_accessible(a11y_page, server, axe_path, built_book):
    """Every page of the book: no serious or critical violation (one test, the pages listed in the message)."""
    page = a11y_page
    pages = sorted(p.relative_to(built_book).as_posix() for p in built_book.rglob("*.html")
                   if not {"_static", "_sources", ".cache"} & set(p.relative_to(built_book).parts))
    assert len(pages) > 50
    failures = []
    for name in pages:
        if 'http-equiv="Refresh"' in (built_book / name).read_text(encoding="utf-8")[:400]:
            continue  # the root's redirect to the front page
        page.goto(f"{server}/{name}")
        page.wait_for_load_state("load")
        page.evaluate("document.fonts.ready")
        blocking = axe_blocking(page, axe_path)
        if blocking:
            failures.append(f"/{name}:\n{describe(blocking)}")
    assert not failures, f"{len(failures)} of {len(pages)} pages:\n" + "\n".join(failures[:10])


FIELDS_E28 = ["product", "materials", "hours"]


@pytest.mark.parametrize("exercise_id", ["E28", "E05"])
def test_inputs_named_by_their_visible_labels(a11y_page, server, exercise_id):
    """Each input's accessible name is its visible label; its help text is its description."""
    from playwright.sync_api import expect

    page = a11y_page
    open_app(page, server, exercise_id, f"a11y-names-{exercise_id.lower()}")
    fields = page.locator(".cb-field")
    checked = 0
    for i in range(fields.count()):
        field = fields.nth(i)
        label = " ".join(field.locator(".cb-label").first.inner_text().split())
        help_text = field.locator(".cb-help")
        inputs = field.locator("input[type=text]:not(.cb-table-grid input), textarea, select:not(.cb-table-grid select)")
        for j in range(inputs.count()):
            if field.locator(".cb-table-grid").count():
                break
            expect(inputs.nth(j)).to_have_accessible_name(label)
            if help_text.count():
                expect(inputs.nth(j)).to_have_accessible_description(" ".join(help_text.inner_text().split()))
            checked += 1
        grid = field.locator(".cb-table-grid")
        if grid.count():
            heads = [" ".join(h.split()) for h in grid.locator(".cb-col-head").all_inner_texts()]
            first = grid.locator("input[type=text]").first
            expect(first).to_have_accessible_name(f"{heads[0]}, 1. rinda")
            expect(grid).to_have_attribute("role", "group")
            checked += 1
    assert checked >= 3


def test_errors_and_results_are_announced(a11y_page, server):
    page = a11y_page
    open_app(page, server, "E28", "a11y-live")
    hours = page.locator(".cb-field-hours input")
    error = page.locator(".cb-field-hours .cb-error-box")
    assert error.get_attribute("aria-live") == "polite"
    announce = page.locator(".cb-announce")
    assert announce.get_attribute("aria-live") == "polite" and announce.get_attribute("role") == "status"
    before = announce.inner_text()
    assert before.startswith("Rezultāts atjaunināts")

    hours.fill("divas")
    hours.press("Tab")
    page.wait_for_selector(".cb-field-hours .cb-error:has-text('Ievadiet skaitli')", timeout=30_000)
    page.wait_for_function("() => document.querySelector('.cb-field-hours input').getAttribute('aria-invalid') === 'true'")
    assert "Izlabojiet laukus:" in announce.inner_text()
    described = hours.get_attribute("aria-describedby").split()
    assert page.evaluate("ids => ids.map(i => document.getElementById(i).textContent).join(' ')", described).count("Ievadiet skaitli")

    hours.fill("3")
    hours.press("Tab")
    page.wait_for_function("() => document.querySelector('.cb-field-hours input').getAttribute('aria-invalid') === 'false'")
    page.wait_for_function("() => document.querySelector('.cb-announce').innerText.startsWith('Rezultāts atjaunināts')")


@pytest.mark.parametrize("exercise_id", ["E05", "E31"])
def test_table_first_column_stays_in_view_on_a_phone(a11y_page, server, exercise_id):
    page = a11y_page
    page.set_viewport_size(PHONE)
    open_app(page, server, exercise_id, f"a11y-sticky-{exercise_id.lower()}")
    scroller = page.locator(".cb-table-grid").first.locator("xpath=..")
    first = page.locator(".cb-table-grid .cb-first-col.cb-cell-" + ("name" if exercise_id == "E05" else "month")).first
    if not first.count():
        first = page.locator(".cb-table-grid .cb-first-col").nth(1)
    box = scroller.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 1
    wide = scroller.evaluate("el => el.scrollWidth > el.clientWidth")
    assert wide, "the table fits a phone without scrolling: nothing to keep in view"
    scroller.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
    page.wait_for_timeout(100)
    cell = first.bounding_box()
    assert cell["x"] >= box["x"] - 1 and cell["x"] < box["x"] + 40, (cell, box)


@pytest.mark.parametrize("exercise_id", ["E28", "E05", "E31", "E66"])
def test_zoom_200_keeps_inputs_and_results_visible(a11y_page, server, exercise_id):
    """Zoom 200 % of a 1280 × 1000 window is a 640 × 500 CSS-pixel viewport."""
    page = a11y_page
    page.set_viewport_size({"width": 640, "height": 500})
    open_app(page, server, exercise_id, f"a11y-zoom-{exercise_id.lower()}")
    assert_fits(page, f"/apps/{exercise_id} at 200 %")
    hidden = page.evaluate("""() => {
      const vw = document.documentElement.clientWidth, bad = [];
      const items = [...document.querySelectorAll('.cb-field input[type=text], .cb-field textarea, .cb-field select, .cb-results')];
      for (const el of items) {
        if (el.closest('.cb-table-grid')) continue;   // cells: the grid scrolls sideways, checked on phones
        const r = el.getBoundingClientRect();
        if (r.width < 40 || r.height < 10 || r.left < -1 || r.right > vw + 1) bad.push(el.outerHTML.slice(0, 100));
      }
      return {count: items.length, bad};
    }""")
    assert hidden["count"] >= 2 and not hidden["bad"], hidden["bad"]


def test_landing_progress_by_part_and_where_you_left_off(a11y_page, server, axe_path):
    """The landing page: "Turpināt, kur palikāt" names the exercise saved last; a progress bar per part
    of the book counts the finished exercises; each state is a sign and a word, not a colour alone."""
    page = a11y_page
    learner = "a11y-progress"
    open_app(page, server, "E28", learner)
    field = page.locator(".cb-field-materials input")
    field.fill("9")
    field.press("Tab")
    page.wait_for_selector(".cb-status:has-text('Saglabāts')", timeout=30_000)

    open_app(page, server, "", learner)
    link = page.locator(".cb-continue a.cb-continue-link")
    assert "Turpināt, kur palikāt" in page.locator(".cb-continue").inner_text()
    assert link.get_attribute("href").startswith("/apps/E28") and link.inner_text().startswith("E28.")
    bars = page.locator(".cb-part progress")
    assert bars.count() == len(registry.PARTS)
    part = page.locator(".cb-part", has_text="III. Veikals")
    assert part.locator("progress").get_attribute("value") == "1"
    assert part.locator(".cb-part-count").inner_text().startswith("1 no ")
    assert "III. Veikals: 1 no" in part.locator("progress").get_attribute("aria-label")
    assert "✔ pabeigts" in page.locator(".cb-index-item[data-exercise='E28'] .cb-state").inner_text()
    assert "○ nav sākts" in page.locator(".cb-index-item[data-exercise='E05'] .cb-state").inner_text()
    blocking = axe_blocking(page, axe_path, whole=True)
    assert not blocking, describe(blocking)
