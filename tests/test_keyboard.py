"""Keyboard only (Debian chromium via Playwright): a learner who cannot use a mouse fills in E28 and
the table exercise E05 with Tab (and Shift+Tab), typing and Enter alone: changes a value, adds a table
row and fills it, sees the result change and downloads a file. At every stop the focused element has
a visible focus ring (widgets/a11y/app.css)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

RESULT = ".cb-results .cb-h, .cb-results .cb-metric"

# the focused element, and whether its focus can be seen (an outline of 2 px or more, or a box shadow)
FOCUS = """() => {
  const a = document.activeElement;
  if (!a || a === document.body) return {tag: 'body', visible: true, label: ''};
  const s = getComputedStyle(a);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  return {tag: a.tagName.toLowerCase(), visible: outline || s.boxShadow !== 'none',
          label: a.getAttribute('aria-label') || a.textContent.trim().slice(0, 40),
          inApp: !!a.closest('#rendered_cells')};
}"""


def tab_to(page, selector: str, backwards: bool = False, limit: int = 120) -> None:
    """Press Tab (or Shift+Tab) until ``selector`` has the focus, checking the focus is visible at each stop."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        focus = page.evaluate(FOCUS)
        if focus.get("inApp"):
            assert focus["visible"], f"focus not visible on {focus}"
        if page.evaluate("sel => document.activeElement && document.activeElement.matches(sel)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def type_here(page, text: str) -> None:
    """Replace the focused field's text by typing (select all with the keyboard first)."""
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def open_app(page, server, exercise_id, learner):
    page.goto(f"{server}/apps/{exercise_id}?learner={learner}", timeout=120_000)
    page.wait_for_selector(RESULT, timeout=90_000)
    page.wait_for_selector("#rendered_cells[role=main]", timeout=10_000)


def download_by_keyboard(page, exercise_id: str) -> bytes:
    tab_to(page, "button.cb-prepare-downloads")
    page.keyboard.press("Enter")
    page.wait_for_selector(".cb-download-md", timeout=30_000)
    tab_to(page, "a.cb-download-md")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    download = info.value
    assert download.suggested_filename.startswith(exercise_id + "_")
    return open(download.path(), "rb").read()


def test_e28_by_keyboard(page, server):
    open_app(page, server, "E28", "keyboard-e28")
    tab_to(page, ".cb-field-materials input")
    type_here(page, "18,50")
    page.keyboard.press("Tab")
    page.wait_for_function("() => document.querySelector('.cb-results').innerText.includes('18,50')", timeout=30_000)
    page.wait_for_selector(".cb-status:has-text('Saglabāts')", timeout=30_000)
    # the announcement a screen reader reads after the change
    assert page.locator(".cb-announce").inner_text().startswith("Rezultāts atjaunināts")
    md = download_by_keyboard(page, "E28").decode("utf-8")
    assert "18,50" in md


def test_e05_table_row_by_keyboard(page, server):
    open_app(page, server, "E05", "keyboard-e05")
    rows_before = page.locator(".cb-table-grid .cb-cell-name").count()
    tab_to(page, "button.cb-add-row")
    page.keyboard.press("Enter")
    page.wait_for_function("n => document.querySelectorAll('.cb-table-grid .cb-cell-name').length === n + 1",
                           arg=rows_before, timeout=30_000)
    new_row = f"{rows_before + 1}. rinda"
    # back from the button into the new row: its first cell is named "Konkurents, 6. rinda"
    tab_to(page, f".cb-cell-name input[aria-label$='{new_row}']", backwards=True)
    for text in ("Jauns konkurents", "45", "4", "4", "4", "4"):
        type_here(page, text)
        page.keyboard.press("Tab")
    page.wait_for_function("() => document.querySelector('.cb-results').innerText.includes('Jauns konkurents')",
                           timeout=30_000)
    assert page.locator(".cb-field-competitors .cb-error").count() == 0
    md = download_by_keyboard(page, "E05").decode("utf-8")
    assert "Jauns konkurents" in md
