"""Who the learner is: a personal link token, the JupyterHub user, or the one local learner."""

import pytest

from widgets import app
from widgets.identity import current_learner, learner_from


@pytest.mark.parametrize(
    "query, hub, expected",
    [("", None, "local"), ("learner=anna-7f3k", None, "anna-7f3k"), ("x=1&learner=Juris_2", None, "Juris_2"),
     ("learner=../../etc", None, "local"), ("learner=" + "a" * 65, None, "local"), ("learner=ā", None, "local"),
     ("", "marta", "marta"), ("learner=anna", "marta", "anna")],
)
def test_learner_from_query(query, hub, expected):
    assert learner_from(query, hub) == expected


def test_links_keep_the_token_but_not_under_a_hub(monkeypatch):
    monkeypatch.delenv("VOILA_PREHEAT", raising=False)
    monkeypatch.setenv("QUERY_STRING", "learner=anna")
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    assert current_learner() == ("anna", "?learner=anna")
    monkeypatch.setenv("JUPYTERHUB_USER", "marta")
    monkeypatch.setenv("QUERY_STRING", "")
    assert current_learner() == ("marta", "")


def test_links_follow_the_base_url(monkeypatch):
    monkeypatch.setenv("CRAFTBOOK_BASE_URL", "/user/marta/proxy/8866")
    assert app.app_url("E28", "?learner=x") == "/user/marta/proxy/8866/apps/E28?learner=x"
    assert app.chapter_url(14) == "/user/marta/proxy/8866/book/ch14.html"
