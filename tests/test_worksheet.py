"""Headless widget tests: type into the form, read the results, check what was saved."""

import pytest

from widgets import fmt, registry
from widgets.worksheet import Worksheet


def control(sheet, name):
    return next(c for c in sheet.controls if c.field.name == name)


def test_typing_recomputes_and_autosaves(store):
    sheet = Worksheet(registry.get("E28"), store, "anna")
    assert sheet.complete and "70,89" in fmt.plain(sheet.results.value)
    control(sheet, "materials").input.value = "18,50"
    assert "18,50 €" in fmt.plain(sheet.results.value)
    assert store.latest("anna", "E28")["materials"] == "18,50"
    assert "Saglabāts" in sheet.status.value


def test_bad_input_shows_message_beside_field_and_keeps_the_rest(store):
    sheet = Worksheet(registry.get("E28"), store, "anna")
    control(sheet, "product").input.value = "Bļoda ar ķiršu glazūru"
    control(sheet, "hours").input.value = "divas"
    assert "Ievadiet skaitli" in control(sheet, "hours").error.value
    assert control(sheet, "materials").error.value == ""
    assert not sheet.complete and sheet.download_button.disabled
    assert "Izlabojiet" in sheet.results.value
    saved = store.latest("anna", "E28")
    assert saved["hours"] == "divas" and saved["product"] == "Bļoda ar ķiršu glazūru"  # nothing typed is lost
    control(sheet, "hours").input.value = "-2"
    assert "negatīva" in control(sheet, "hours").error.value
    control(sheet, "hours").input.value = "2"
    assert sheet.complete and control(sheet, "hours").error.value == ""


def test_reopening_restores_answers_even_invalid_ones(store):
    first = Worksheet(registry.get("E04"), store, "anna")
    control(first, "materials").input.value = "Kurzemes linu"
    control(first, "product").input.value = ""
    again = Worksheet(registry.get("E04"), store, "anna")
    assert again.restored
    assert control(again, "materials").input.value == "Kurzemes linu"
    assert "jāaizpilda" in control(again, "product").error.value
    other = Worksheet(registry.get("E04"), store, "juris")
    assert not other.restored and control(other, "materials").input.value != "Kurzemes linu"


def test_price_from_e28_feeds_the_etsy_calculator(store):
    pricing = Worksheet(registry.get("E28"), store, "anna")
    control(pricing, "materials").input.value = "12"
    price = store.profile("anna")["retail_price"]
    etsy = Worksheet(registry.get("E21"), store, "anna", store.profile("anna"))
    assert control(etsy, "price").input.value == fmt.plain(fmt.number(price, 2)).replace(" ", "")
    assert control(etsy, "item_cost").input.value == fmt.plain(fmt.number(store.profile("anna")["unit_cost"], 2)).replace(" ", "")
    assert etsy.values["price"] == pytest.approx(price)


def test_table_rows_can_be_added_and_removed(store):
    sheet = Worksheet(registry.get("E05"), store, "anna")
    table = control(sheet, "competitors")
    assert len(table.rows) == 5
    table.add_button.click()
    assert len(table.rows) == 6 and sheet.complete  # an empty row is ignored
    name, price = table.rows[5][0], table.rows[5][1]
    name.value, price.value = "Jauns meistars", "abc"
    assert "6. rinda" in table.error.value and not sheet.complete
    assert table.rows[5][1].layout.border.startswith("2px solid")
    price.value = "40"
    assert not table.rows[5][1].layout.border
    assert sheet.complete and "Jauns meistars" in sheet.results.value
    for _ in range(2):  # the learner clicks the bin of the first row twice
        bins = [c for c in table.grid.children[0].children if "cb-remove-row" in c._dom_classes]
        bins[0].click()
    assert "vismaz 5" in table.error.value
    assert len(store.latest("anna", "E05")["competitors"]) == 4
    for _ in range(10):
        table.add_button.click()
    assert len(table.rows) == 10 and table.add_button.disabled


def test_checklist_limits(store):
    sheet = Worksheet(registry.get("E13"), store, "anna")
    sheet.set_raw("attributes", ["Siltums"])
    assert "vismaz 3" in control(sheet, "attributes").error.value
    sheet.set_raw("attributes", ["Siltums", "Drosme", "Elegance", "Tradīcija"])
    assert sheet.complete


def test_downloads_are_prepared_as_links(store):
    sheet = Worksheet(registry.get("E31"), store, "anna")
    sheet.prepare_downloads()
    for ext in ("md", "xlsx", "pdf"):
        assert f"cb-download-{ext}" in sheet.downloads.value
    control(sheet, "brand_words").input.value = "Siltums"
    assert sheet.downloads.value == ""  # stale links disappear when answers change


def test_learner_text_is_escaped_in_results(store):
    sheet = Worksheet(registry.get("E04"), store, "anna")
    control(sheet, "product").input.value = "<img src=x onerror=alert(1)>"
    assert "<img src=x" not in sheet.results.value
    assert "&lt;img src=x" in sheet.results.value


def test_unexpected_failure_shows_a_latvian_message(store, monkeypatch):
    sheet = Worksheet(registry.get("E28"), store, "anna")

    def broken(_answers):
        raise RuntimeError("boom")

    monkeypatch.setattr(sheet.exercise, "compute", broken)
    control(sheet, "materials").input.value = "9"
    assert "neparedzēta kļūda" in sheet.results.value and "boom" not in sheet.results.value
    assert store.latest("anna", "E28")["materials"] == "9"
