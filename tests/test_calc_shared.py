"""Shared calculations: weighted scoring with its sensitivity, checklists, seasonality, text measures."""

import pytest

from widgets.calc import scoring, seasonality, text


def test_weighted_scores_rank_by_weighted_mean():
    ranked = scoring.weighted_scores({"Etsy": {"cena": 4, "mobilais": 5}, "Shopify": {"cena": 2, "mobilais": 5}},
                                     {"cena": 3, "mobilais": 1})
    assert [r.name for r in ranked] == ["Etsy", "Shopify"]
    assert ranked[0].score == pytest.approx((3 * 4 + 5) / 4)
    assert ranked[1].place == 2


def test_weights_all_zero_is_an_error():
    with pytest.raises(ValueError):
        scoring.weighted_scores({"A": {"x": 1}}, {"x": 0})


def test_sensitivity_finds_a_fragile_winner():
    scores = {"A": {"x": 5, "y": 1}, "B": {"x": 2, "y": 4}}
    robust = scoring.winner_sensitivity(scores, {"x": 3, "y": 1})
    assert not any(s.changed for s in robust) and len(robust) == 4
    fragile = scoring.winner_sensitivity(scores, {"x": 1, "y": 1.05})
    assert any(s.changed for s in fragile)


def test_checklist_score_and_missing_in_order():
    result = scoring.checklist(["a", "b", "c", "d"], ["c", "a"], weights={"a": 2})
    assert result.done == ["a", "c"] and result.missing == ["b", "d"]
    assert result.score_pct == pytest.approx(3 / 5 * 100)
    assert scoring.checklist([], []).score_pct == 0


def test_seasonal_shares_keep_the_handbooks_q4_share():
    # handbook, "Pārdošanas datu analīze": Q4 brings 30–40 % of the year's revenue
    for q4 in (30, 35, 40):
        shares = seasonality.monthly_shares(q4)
        assert sum(shares) == pytest.approx(100)
        assert seasonality.q4_share(shares) == pytest.approx(q4)
        assert max(shares) == shares[11]  # December is the peak
    assert seasonality.spread(1200, [1] * 12) == [100] * 12
    with pytest.raises(ValueError):
        seasonality.q4_share([1, 2])


def test_repeated_words_and_readability():
    assert text.repeated_words("Lina galdauts. Lina dvielis. Lina maisiņš un un un.") == [("lina", 3)]
    measures = text.readability("Pirmais teikums. Otrais teikums ir garāks!")
    assert measures["sentences"] == 2 and measures["words"] == 6
