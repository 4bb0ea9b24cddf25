"""Who the learner is: a personal link token, the JupyterHub user, or the one local learner."""

import pytest

from widgets import app, identity
from widgets.identity import learner_and_suffix, learner_from


@pytest.mark.parametrize(
    "query, hub, expected",
    [("", None, "local"), ("learner=anna-7f3k", None, "anna-7f3k"), ("x=1&learner=Juris_2", None, "Juris_2"),
     ("learner=../../etc", None, "local"), ("learner=" + "a" * 65, None, "local"), ("learner=ā", None, "local"),
     ("", "marta", "marta"), ("learner=anna", "marta", "marta"), ("learner=marta", "anna", "anna"),
     ("", "jānis.bērziņš@skola.lv", "hub:jānis.bērziņš@skola.lv")],
)
def test_learner_from_query(query, hub, expected):
    assert learner_from(query, hub) == expected


def test_links_keep_the_token_but_not_under_a_hub():
    assert learner_and_suffix("learner=anna") == ("anna", "?learner=anna")
    assert learner_and_suffix("", "marta") == ("marta", "")
    # the hub user wins: a token in the URL neither changes the learner nor travels in links
    assert learner_and_suffix("learner=anna", "marta") == ("marta", "")


def test_the_query_string_is_read_once_per_kernel(monkeypatch):
    """A preheated kernel gets its request once; a second wait would block forever (DESIGN.md)."""
    calls = []
    monkeypatch.setattr(identity, "_query", None)
    monkeypatch.setenv("VOILA_PREHEAT", "True")
    monkeypatch.setenv("QUERY_STRING", "exercise=E28&learner=anna")
    import voila.utils

    monkeypatch.setattr(voila.utils, "wait_for_request", lambda: calls.append(1))
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    assert identity.current_learner() == ("anna", "?learner=anna")
    assert identity.query_string() == "exercise=E28&learner=anna"
    assert calls == [1]


def test_links_follow_the_base_url(monkeypatch):
    monkeypatch.setenv("CRAFTBOOK_BASE_URL", "/user/marta/proxy/8866")
    assert app.app_url("E28", "?learner=x") == "/user/marta/proxy/8866/apps/E28?learner=x"
    assert app.chapter_url(14) == "/user/marta/proxy/8866/book/ch14.html"
