"""The answers store: append-only revisions, latest wins, the business profile flows forward.

The same tests run on SQLite and, where Debian's PostgreSQL server is installed
(``make test`` installs it), on a throw-away PostgreSQL cluster.
"""

import pytest
from pgcluster import PG_BIN, private_postgres

from widgets.store import Store


@pytest.fixture(scope="module")
def postgres_url():
    """A private PostgreSQL cluster on a Unix socket (tests/pgcluster.py); yields its SQLAlchemy URL."""
    if PG_BIN is None:
        pytest.skip("Debian's postgresql is not installed (make test installs it)")
    with private_postgres(55432) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path):
    if request.param == "sqlite":
        return Store(f"sqlite:///{tmp_path / 'a.sqlite'}")
    url = request.getfixturevalue("postgres_url")
    store = Store(url)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM revisions")
    return store


def test_every_save_is_kept_and_the_latest_wins(any_store):
    any_store.save("anna", "E28", {"materials": "8,50"}, {"unit_cost": 10}, complete=True)
    any_store.save("anna", "E28", {"materials": "abc"}, {}, complete=False)
    assert any_store.latest("anna", "E28") == {"materials": "abc"}
    assert [r["raw"]["materials"] for r in any_store.history("anna", "E28")] == ["8,50", "abc"]
    assert any_store.latest("anna", "E21") is None
    assert any_store.latest("juris", "E28") is None  # a learner never sees another's answers


def test_profile_keeps_the_last_good_values(any_store):
    any_store.save("anna", "E28", {"x": "1"}, {"retail_price": 70.89, "unit_cost": 44.96}, complete=True)
    any_store.save("anna", "E28", {"x": "oops"}, {}, complete=False)  # half-typed later revision
    any_store.save("anna", "E01", {"y": "2"}, {"business_name": "Māla māja"}, complete=True)
    assert any_store.profile("anna") == {"retail_price": 70.89, "unit_cost": 44.96, "business_name": "Māla māja"}
    assert any_store.profile_sources("anna")["retail_price"] == "E28"
    assert any_store.progress("anna") == {"E28": "iesākts", "E01": "pabeigts"}
    assert any_store.profile("juris") == {}


def test_latvian_and_odd_unicode_round_trip(any_store):
    raw = {"t": "Ķēniņš ŗ ā\u0304 😀 \u202e", "rows": [{"a": "ž", "b": ""}], "list": ["Siltums"]}
    any_store.save("anna", "E13", raw)
    assert any_store.latest("anna", "E13") == raw


def test_default_location_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("CRAFTBOOK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    store = Store()
    assert store.url == f"sqlite:///{tmp_path / 'amatnieku-burtnica' / 'atbildes.sqlite'}"
    monkeypatch.setenv("CRAFTBOOK_DB", f"sqlite:///{tmp_path / 'other.sqlite'}")
    assert Store().url.endswith("other.sqlite")
