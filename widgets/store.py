"""Saved answers: an append-only store of revisions on SQLAlchemy.

SQLite in the learner's data directory by default; any SQLAlchemy URL (for
example ``postgresql+psycopg://user:pw@host/db``) through ``CRAFTBOOK_DB``.
Every save adds a revision, so a bad save never destroys a good one; reading
takes the latest revision per exercise.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.engine import Engine

ENV_URL = "CRAFTBOOK_DB"
DEFAULT_LEARNER = "local"

metadata = MetaData()
revisions = Table(
    "revisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("learner", String(128), nullable=False, index=True),
    Column("exercise", String(16), nullable=False, index=True),
    Column("raw", JSON, nullable=False),
    Column("profile", JSON, nullable=False),
    Column("complete", Integer, nullable=False, default=0),
    Column("saved_at", DateTime(timezone=True), nullable=False),
)


def default_url() -> str:
    """The store's URL: ``$CRAFTBOOK_DB`` or a SQLite file in the user's data directory."""
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    path = base / "amatnieku-burtnica" / "atbildes.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


# SQLite: seconds a writer waits for another writer's lock before it fails. A workshop has one
# kernel process per learner writing to the same file; with WAL their writes queue briefly.
SQLITE_BUSY_SECONDS = 30


def make_engine(url: str) -> Engine:
    """An engine for ``url``. SQLite gets WAL (readers never wait for writers, writers do not fail
    on each other) and a busy timeout, set on every connection; other databases are left as they are."""
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            dbapi_connection.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_SECONDS * 1000}")
            if ":memory:" not in url and url.rstrip("/") != "sqlite:":
                try:  # persistent once set (the server sets it at start); a busy file keeps its mode
                    dbapi_connection.execute("PRAGMA journal_mode = WAL")
                except Exception:
                    pass

    return engine


class Store:
    """Append-only answers store.

    Parameters
    ----------
    url : SQLAlchemy URL; defaults to :func:`default_url`.
    """

    def __init__(self, url: str | None = None):
        self.url = url or default_url()
        self.engine: Engine = make_engine(self.url)
        metadata.create_all(self.engine)

    def save(
        self,
        learner: str,
        exercise: str,
        raw: dict[str, Any],
        profile: dict[str, Any] | None = None,
        complete: bool = False,
    ) -> int:
        """Append a revision and return its id.

        ``raw`` is what the learner typed (kept even where invalid, so nothing is
        lost); ``profile`` the business-profile values this revision provides;
        ``complete`` whether the answers were valid and computed.
        """
        # JSON round trip: refuse anything that would not load back identically
        raw = json.loads(json.dumps(raw, ensure_ascii=False))
        profile = json.loads(json.dumps(profile or {}, ensure_ascii=False))
        with self.engine.begin() as conn:
            result = conn.execute(
                revisions.insert().values(
                    learner=learner,
                    exercise=exercise,
                    raw=raw,
                    profile=profile,
                    complete=int(complete),
                    saved_at=datetime.now(UTC),
                )
            )
            return int(result.inserted_primary_key[0])

    def latest(self, learner: str, exercise: str) -> dict[str, Any] | None:
        """The latest revision's raw answers, or None if never saved."""
        row = self._latest_row(learner, exercise)
        return None if row is None else row.raw

    def latest_revision(self, learner: str, exercise: str) -> dict[str, Any] | None:
        """The latest revision as a dict (``raw``, ``profile``, ``complete``, ``saved_at``, ``id``), or None."""
        row = self._latest_row(learner, exercise)
        return None if row is None else dict(row._mapping)

    def _latest_row(self, learner: str, exercise: str):
        query = (
            select(revisions)
            .where(revisions.c.learner == learner, revisions.c.exercise == exercise)
            .order_by(revisions.c.id.desc())
            .limit(1)
        )
        with self.engine.connect() as conn:
            return conn.execute(query).first()

    def history(self, learner: str, exercise: str) -> list[dict[str, Any]]:
        """Every revision of one exercise, oldest first."""
        query = (
            select(revisions)
            .where(revisions.c.learner == learner, revisions.c.exercise == exercise)
            .order_by(revisions.c.id)
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def _latest_per_exercise(self, learner: str, complete_only: bool = False):
        where = [revisions.c.learner == learner]
        if complete_only:
            where.append(revisions.c.complete == 1)
        newest = select(func.max(revisions.c.id)).where(*where).group_by(revisions.c.exercise)
        query = select(revisions).where(revisions.c.id.in_(newest)).order_by(revisions.c.id)
        with self.engine.connect() as conn:
            return list(conn.execute(query))

    def progress(self, learner: str) -> dict[str, str]:
        """Exercise id → "pabeigts" (valid answers saved) or "iesākts"."""
        return {r.exercise: "pabeigts" if r.complete else "iesākts" for r in self._latest_per_exercise(learner)}

    def last_exercise(self, learner: str) -> str | None:
        """The exercise this learner saved most recently (its latest revision), or None before any save."""
        query = select(revisions.c.exercise).where(revisions.c.learner == learner).order_by(revisions.c.id.desc()).limit(1)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar()

    def latest_complete(self, learner: str) -> dict[str, dict[str, Any]]:
        """Exercise id → raw answers of its latest *complete* revision (a later half-typed one does not hide it)."""
        return {r.exercise: r.raw for r in self._latest_per_exercise(learner, complete_only=True)}

    def profile(self, learner: str) -> dict[str, Any]:
        """The business profile: values from each exercise's latest complete answers.

        A half-typed (invalid) later revision does not hide the last good one; the
        most recently saved exercise wins where two provide the same key.
        """
        merged: dict[str, Any] = {}
        for row in self._latest_per_exercise(learner, complete_only=True):
            merged.update(row.profile or {})
        return merged

    def profile_details(self, learner: str) -> dict[str, tuple[str, int]]:
        """Profile key → (id of the exercise it came from, id of that revision).

        Revision ids grow with every save, so they order saves across exercises
        without trusting clocks.
        """
        details: dict[str, tuple[str, int]] = {}
        for row in self._latest_per_exercise(learner, complete_only=True):
            for key in row.profile or {}:
                details[key] = (row.exercise, row.id)
        return details

    def profile_sources(self, learner: str) -> dict[str, str]:
        """Profile key → id of the exercise it came from."""
        sources: dict[str, str] = {}
        for row in self._latest_per_exercise(learner, complete_only=True):
            for key in row.profile or {}:
                sources[key] = row.exercise
        return sources
