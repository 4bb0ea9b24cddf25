"""Every exercise app in a real browser (Debian chromium via Playwright), as a learner uses it:
it renders without error, a changed input changes the result, a reload restores the answer,
and each export downloads a file whose content is checked. No page may ask another host."""

import io
import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

# exercise → (field or table cell to change, value to type, text the result must then show)
CHANGES = {
    "E01": (".cb-field-business_name input", "Dzintara darbnīca", "Dzintara darbnīca"),
    "E04": (".cb-field-materials input", "Kurzemes linu", "Kurzemes linu"),
    "E05": (".cb-field-my_price input", "99", "99,00\u00a0€"),
    "E09": (".cb-field-savings input", "100", "100,00\u00a0€"),
    "E13": (".cb-field-brand_name input", "Linu stāsts", "Linu stāsts"),
    "E21": (".cb-field-price input", "60", "7,43\u00a0€"),
    "E28": (".cb-field-materials input", "18,50", "18,50\u00a0€"),
    "E31": (".cb-cell-promo_posts input >> nth=0", "10", "Pārāk daudz pārdošanas ierakstu: Janvāris"),
}
# each group of exercises keeps its own list beside this file (tests/browser_changes/*.json, same shape)
for _path in sorted((Path(__file__).parent / "browser_changes").glob("*.json")):
    CHANGES.update({k: tuple(v) for k, v in json.loads(_path.read_text(encoding="utf-8")).items()})
# the download path in the browser, for one exercise of each kind of field and result (every exercise's
# files are built and read back in tests/test_exports.py): numbers, tables, charts, colours, CSV, the plan
DOWNLOADS_CHECKED = {"E01", "E05", "E15", "E28", "E31", "E51", "E59", "E66"}
RESULT = ".cb-results .cb-h, .cb-results .cb-metric"


def open_app(page, server, exercise_id, learner):
    page.goto(f"{server}/apps/{exercise_id}?learner={learner}")
    page.wait_for_selector(RESULT, timeout=90_000)
    assert page.evaluate("document.documentElement.lang") == "lv"
    assert page.locator("[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
    assert "Traceback" not in page.content()


def type_into(page, selector, value, saved=True):
    """Type a value (or pick it in a list) and leave the field, as a learner does; wait for the autosave."""
    field = page.locator(selector)
    if selector.split(">>")[0].strip().endswith("select"):
        field.select_option(label=value)
    else:
        field.fill(value)
    field.press("Tab")
    if saved:
        page.wait_for_selector(".cb-status:has-text('Saglabāts')", timeout=30_000)


@pytest.mark.parametrize("exercise_id", sorted(CHANGES))
def test_exercise_app(page, server, exercise_id, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    selector, value, expected = CHANGES[exercise_id]
    learner = f"browser-{exercise_id.lower()}"
    open_app(page, server, exercise_id, learner)
    assert page.locator(".cb-chapter-link").get_attribute("href").startswith("/book/ch")
    results = page.locator(".cb-results")
    assert expected not in results.inner_text()

    type_into(page, selector, value)
    page.wait_for_function("([sel, text]) => document.querySelector(sel).innerText.includes(text)",
                           arg=[".cb-results", expected], timeout=30_000)

    page.reload()
    page.wait_for_selector(RESULT, timeout=90_000)
    restored = page.locator(selector)
    if selector.split(">>")[0].strip().endswith("select"):
        assert restored.evaluate("s => s.options[s.selectedIndex].text") == value
    else:
        assert restored.input_value() == value
    assert expected in page.locator(".cb-results").inner_text()
    if exercise_id not in DOWNLOADS_CHECKED:
        return  # every exercise's files are checked in test_exports; here the browser download path

    page.click("button.cb-prepare-downloads")
    page.wait_for_selector(".cb-download-pdf", timeout=30_000)
    files = {}
    for ext in ("md", "xlsx", "pdf"):
        with page.expect_download() as info:
            page.click(f".cb-download-{ext}")
        download = info.value
        assert download.suggested_filename.startswith(exercise_id + "_") and download.suggested_filename.endswith(ext)
        path = tmp_path / download.suggested_filename
        download.save_as(path)
        files[ext] = path.read_bytes()

    md = files["md"].decode("utf-8")
    assert md.startswith(f"# {exercise_id}.") and (value in md or expected in md)
    wb = load_workbook(io.BytesIO(files["xlsx"]))
    cells = [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert any(value in c or expected in c for c in cells)
    pdf_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(files["pdf"])).pages)
    assert exercise_id in pdf_text and (value.split()[0] in pdf_text or expected.split()[0] in pdf_text)


def test_bad_input_message_beside_the_field(page, server):
    open_app(page, server, "E28", "browser-bad")
    type_into(page, ".cb-field-hours input", "divas stundas", saved=False)
    page.wait_for_selector(".cb-field-hours .cb-error:has-text('Ievadiet skaitli')", timeout=30_000)
    assert "Izlabojiet" in page.locator(".cb-results").inner_text()
    assert page.locator(".cb-field-materials input").input_value() == "8,50"


def test_landing_lists_exercises_with_progress(page, server):
    open_app(page, server, "E28", "browser-progress")
    type_into(page, ".cb-field-materials input", "9")
    page.goto(f"{server}/apps/?learner=browser-progress")
    page.wait_for_selector(".cb-index", timeout=90_000)
    item = page.locator(".cb-index-item[data-exercise='E28']")
    assert "pabeigts" in item.inner_text()
    assert "nav sākts" in page.locator(".cb-index-item[data-exercise='E21']").inner_text()
    assert "Pabeigti 1 no" in page.locator(".cb-progress-total").inner_text()
    item.locator("a").click()
    page.wait_for_selector(RESULT, timeout=90_000)
    assert page.locator(".cb-field-materials input").input_value() == "9"


def test_price_flows_from_e28_to_etsy_in_the_browser(page, server):
    open_app(page, server, "E28", "browser-flow")
    type_into(page, ".cb-field-materials input", "20")
    page.goto(f"{server}/apps/E21?learner=browser-flow")
    page.wait_for_selector(RESULT, timeout=90_000)
    assert page.locator(".cb-profile-note").count() == 1
    assert page.locator(".cb-field-price input").input_value() != "45"


def test_unknown_exercise_gets_a_latvian_page(page, server):
    response = page.goto(f"{server}/apps/E99")
    assert response.status == 404
    assert "vēl nav pieejams" in page.inner_text("h1")
    page.click("a")
    page.wait_for_selector(".cb-index", timeout=90_000)


def test_leaving_an_app_can_shut_its_kernel_down(page, server):
    """Voilà's unload request is refused without the _xsrf cookie, which would leave kernels running."""
    page.goto(f"{server}/voila/render/exercises/E04.ipynb?learner=browser-direct")
    page.wait_for_selector(RESULT, timeout=90_000)
    assert any(c["name"] == "_xsrf" for c in page.context.cookies())


def test_case_sandbox_in_the_browser(page, server):
    """A case's data opens in a sandbox: changeable, resettable, and the learner's own answers stay apart."""
    from widgets import cases, fmt

    run = cases.load("vidzemes-virpotajs").run_for("E28")
    retail = next(b.value for b in cases.evaluate(run)[3] if getattr(b, "label", "") == "Ieteicamā mazumtirdzniecības cena")
    page.goto(f"{server}/apps/E28?case=vidzemes-virpotajs&learner=browser-case")
    page.wait_for_selector(RESULT, timeout=90_000)
    assert "Vidzemes virpotājs" in page.inner_text(".cb-sandbox-note")
    assert retail in page.inner_text(".cb-results")
    assert page.locator(".cb-field-materials input").input_value() == run.answers["materials"]
    type_into(page, ".cb-field-materials input", "9,99")
    page.wait_for_function("t => !document.querySelector('.cb-results').innerText.includes(t)", arg=retail, timeout=30_000)
    page.click("button.cb-case-reset")
    page.wait_for_function("t => document.querySelector('.cb-results').innerText.includes(t)", arg=retail, timeout=30_000)
    assert page.locator(".cb-field-materials input").input_value() == run.answers["materials"]
    # the learner's own E28 never saw the case's data
    page.goto(f"{server}/apps/E28?learner=browser-case")
    page.wait_for_selector(RESULT, timeout=90_000)
    assert page.locator(".cb-sandbox").count() == 0
    assert page.locator(".cb-field-materials input").input_value() == "8,50"
    assert fmt.plain(retail) not in fmt.plain(page.inner_text(".cb-results"))
