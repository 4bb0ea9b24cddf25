"""The session between the worksheet and the store: starting answers, saving with the profile,
and the offer to take a newer profile value; and the profile keys every exercise relies on."""

import pytest

from widgets import registry
from widgets.session import Session
from widgets.worksheet import Worksheet


def test_starting_answers_saved_then_profile_then_defaults(store):
    e21 = registry.get("E21")
    fresh = Session(e21, store, "anna")
    assert fresh.starting_raw() == e21.default_raw() and not fresh.restored
    store.save("anna", "E28", {"product": "Krūze"}, {"retail_price": 70.89}, complete=True)
    with_profile = Session(e21, store, "anna")
    assert with_profile.starting_raw()["price"] == "70,89"
    assert with_profile.profile_used() == ["E28"]
    store.save("anna", "E21", {**e21.default_raw(), "price": "55"}, {}, complete=True)
    restored = Session(e21, store, "anna")
    assert restored.restored and restored.starting_raw()["price"] == "55"
    assert restored.profile_used() == []  # the learner's own answer, not the profile


def test_saving_writes_the_profile_only_when_complete(store):
    e28 = registry.get("E28")
    session = Session(e28, store, "juris")
    values, _errors, results, _blocks = e28.evaluate(e28.default_raw())
    assert session.save(e28.default_raw(), values, results)
    assert store.profile("juris")["retail_price"] == pytest.approx(70.89, abs=0.01)
    assert not session.save(e28.default_raw(), values, results)  # unchanged: no new revision
    assert session.save({**e28.default_raw(), "hours": "abc"}, values, None)
    assert store.history("juris", "E28")[-1]["complete"] == 0
    assert store.profile("juris")["retail_price"] == pytest.approx(70.89, abs=0.01)  # the good one stays


def test_a_newer_profile_value_is_offered_and_taken(store):
    e21 = registry.get("E21")
    store.save("marta", "E28", {}, {"retail_price": 40.0}, complete=True)
    first = Worksheet(e21, store, "marta")
    assert first.raw["price"] == "40"
    first.save()  # E21 saved after E28: nothing to offer
    assert Worksheet(e21, store, "marta").offers.children == ()
    store.save("marta", "E28", {}, {"retail_price": 52.5}, complete=True)  # E28 changed later
    again = Worksheet(e21, store, "marta")
    assert again.raw["price"] == "40"  # the learner's saved answer is not overwritten silently
    [offer] = again.offers.children
    assert "52,50" in offer.children[0].value and "E28" in offer.children[0].value
    take = offer.children[1].children[0]
    take.click()
    assert again.raw["price"] == "52,5" and again.offers.children == ()
    assert store.latest("marta", "E21")["price"] == "52,5"


def test_keeping_ones_own_value_dismisses_the_offer(store):
    e21 = registry.get("E21")
    store.save("ilze", "E21", {**e21.default_raw(), "price": "45"}, {}, complete=True)
    store.save("ilze", "E28", {}, {"retail_price": 60.0}, complete=True)
    sheet = Worksheet(e21, store, "ilze")
    [offer] = sheet.offers.children
    offer.children[1].children[1].click()
    assert sheet.offers.children == () and sheet.raw["price"] == "45"


def test_every_profile_key_read_is_produced_by_some_exercise():
    produced = {}
    for ex in registry.all_exercises():
        values, errors, results, _blocks = ex.evaluate(ex.default_raw())
        assert not errors and results is not None, ex.id
        for key in ex.profile_out(values, results):
            produced.setdefault(key, ex.id)
    read = {(ex.id, f.profile) for ex in registry.all_exercises() for f in ex.fields if f.profile}
    missing = sorted(f"{eid} reads {key}" for eid, key in read if key not in produced)
    assert not missing, "profile keys nobody writes: " + ", ".join(missing)
