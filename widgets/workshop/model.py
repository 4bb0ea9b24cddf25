"""Rooms, participants and agendas, stored beside the answers (same ``MetaData``, same database).

Secrets are never stored: the trainer's key and each participant's personal token are kept as
SHA-256 hashes, and compared in constant time. A participant's answers are ordinary revisions in
the answers store under the learner id ``ws:<room slug>:<hex>``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, DateTime, Integer, String, Table, UniqueConstraint, func, select

from ..store import Store, metadata, revisions

OPEN, CLOSED, ARCHIVED = "open", "closed", "archived"
STATE_LABELS = {OPEN: "atvērta", CLOSED: "slēgta", ARCHIVED: "arhivēta"}
# join codes: no 0/O, 1/I/L, so a code read from a projector is typed right
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
LEARNER_PREFIX = "ws:"
PARTICIPANT_ID = re.compile(r"^ws:[a-z0-9]{4,16}:[0-9a-f]{8,40}$")
NAME_MAX = 60

rooms = Table(
    "ws_rooms",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("slug", String(16), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    Column("code", String(12), nullable=False, index=True),
    Column("key_hash", String(64), nullable=False, index=True),
    Column("state", String(12), nullable=False, default=OPEN),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
participants = Table(
    "ws_participants",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("room_id", Integer, nullable=False, index=True),
    Column("name", String(120), nullable=False),
    # a workshop participant's own id (ws:…), or under JupyterHub the hub user's learner id, who
    # may take part in several rooms (a morning and an afternoon group): unique per room
    Column("learner", String(128), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("room_id", "learner", name="ws_participant_once_per_room"),
)
agendas = Table(
    "ws_agenda",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("room_id", Integer, nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("exercise", String(16), nullable=False),
)
# case studies on the agenda: learners open them in the case's sandbox (see widgets.cases)
agenda_cases = Table(
    "ws_agenda_cases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("room_id", Integer, nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("slug", String(64), nullable=False),
)


def digest(secret: str) -> str:
    """The stored form of a key or token."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    """What the learner typed, as stored: capitals, no spaces or dashes."""
    return re.sub(r"[\s-]+", "", code or "").upper()[:CODE_LENGTH + 4]


def clean_name(name: str) -> str:
    """A participant's name: spaces collapsed, control characters removed, at most 60 characters."""
    name = "".join(ch for ch in (name or "") if ch.isprintable())
    return " ".join(name.split())[:NAME_MAX]


@dataclass(frozen=True)
class Room:
    id: int
    slug: str
    name: str
    code: str
    state: str
    created_at: datetime

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)


@dataclass(frozen=True)
class Participant:
    id: int
    room_id: int
    name: str
    learner: str
    created_at: datetime


def _room(row) -> Room:
    return Room(row.id, row.slug, row.name, row.code, row.state, row.created_at)


def _participant(row) -> Participant:
    return Participant(row.id, row.room_id, row.name, row.learner, row.created_at)


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes (stored in UTC)."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


class Workshop:
    """Rooms and participants in the answers store.

    Parameters
    ----------
    store : the answers store (its engine and database); default: ``Store()`` (``CRAFTBOOK_DB``).
    """

    def __init__(self, store: Store | None = None):
        self.store = store or Store()
        self.engine = self.store.engine
        metadata.create_all(self.engine, tables=[rooms, participants, agendas, agenda_cases])

    # -- rooms --------------------------------------------------------------
    def create_room(self, name: str, key: str | None = None) -> tuple[Room, str]:
        """A new open room; returns it and the trainer's key (a new one unless ``key`` is given:
        a trainer creating a second room keeps one key for both)."""
        key = key or secrets.token_urlsafe(24)
        name = clean_name(name) or "Darbnīca"
        with self.engine.begin() as conn:
            taken = {r.code for r in conn.execute(select(rooms.c.code).where(rooms.c.state != ARCHIVED))}
            code = _new_code(taken)
            slug = secrets.token_hex(5)
            conn.execute(rooms.insert().values(slug=slug, name=name, code=code, key_hash=digest(key), state=OPEN,
                                               created_at=datetime.now(UTC)))
        return self.room(slug), key

    def room(self, slug: str) -> Room | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(rooms).where(rooms.c.slug == slug)).first()
        return _room(row) if row else None

    def rooms_for_key(self, key: str) -> list[Room]:
        """The rooms this trainer's key opens, newest first."""
        if not key:
            return []
        with self.engine.connect() as conn:
            rows = conn.execute(select(rooms).where(rooms.c.key_hash == digest(key)).order_by(rooms.c.id.desc()))
            return [_room(r) for r in rows]

    def room_for_key(self, slug: str, key: str) -> Room | None:
        """The room if ``key`` is its trainer's key, else None."""
        if not key or not slug:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(rooms).where(rooms.c.slug == slug)).first()
        if row is None or not hmac.compare_digest(row.key_hash, digest(key)):
            return None
        return _room(row)

    def key_is_valid(self, key: str) -> bool:
        return bool(self.rooms_for_key(key))

    @staticmethod
    def hub_trainer_key(hub_user: str) -> str:
        """The key of a trainer who signs in through JupyterHub (group ``trainers``). The hub's login
        is the secret here: the key is never shown, and the key form (``?key=``) refuses any key with
        a ``:``, which links of non-hub servers' trainers never have."""
        return f"hub-trainer:{hub_user}"

    def set_state(self, room: Room, state: str) -> Room:
        if state not in STATE_LABELS:
            raise ValueError(state)
        with self.engine.begin() as conn:
            conn.execute(rooms.update().where(rooms.c.id == room.id).values(state=state))
        return self.room(room.slug)

    def open_room_by_code(self, code: str) -> Room | None:
        """The open room with this join code (closed and archived rooms take nobody new)."""
        code = normalise_code(code)
        if len(code) != CODE_LENGTH:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(rooms).where(rooms.c.code == code, rooms.c.state == OPEN)).first()
        return _room(row) if row else None

    # -- participants -------------------------------------------------------
    def join(self, room: Room, name: str) -> tuple[Participant, str]:
        """A new participant (always new: a name is not an identity); returns it and its personal token."""
        name = clean_name(name)
        if not name:
            raise ValueError("empty name")
        token = secrets.token_urlsafe(24)
        learner = f"{LEARNER_PREFIX}{room.slug}:{secrets.token_hex(8)}"
        with self.engine.begin() as conn:
            result = conn.execute(participants.insert().values(room_id=room.id, name=name, learner=learner,
                                                               token_hash=digest(token), created_at=datetime.now(UTC)))
            pid = int(result.inserted_primary_key[0])
        return self.participant(pid), token

    def participant(self, pid: int) -> Participant | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(participants).where(participants.c.id == pid)).first()
        return _participant(row) if row else None

    def by_token(self, token: str) -> tuple[Participant, Room] | None:
        """The participant whose personal token this is, and their room (None if unknown)."""
        if not token or len(token) > 100:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(participants).where(participants.c.token_hash == digest(token))).first()
            if row is None:
                return None
            room_row = conn.execute(select(rooms).where(rooms.c.id == row.room_id)).first()
        return _participant(row), _room(room_row)

    def join_as_hub_user(self, room: Room, learner: str, name: str) -> Participant:
        """A JupyterHub user in a room: the participant's answers are the user's own (``learner``
        is their learner id); joining the same room again changes nothing but the shown name."""
        name = clean_name(name) or learner
        with self.engine.begin() as conn:
            row = conn.execute(select(participants).where(participants.c.room_id == room.id,
                                                          participants.c.learner == learner)).first()
            if row is not None:
                conn.execute(participants.update().where(participants.c.id == row.id).values(name=name))
                pid = row.id
            else:
                result = conn.execute(participants.insert().values(
                    room_id=room.id, name=name, learner=learner,
                    token_hash=digest(f"hub:{room.slug}:{learner}"), created_at=datetime.now(UTC)))
                pid = int(result.inserted_primary_key[0])
        return self.participant(pid)

    def by_learner(self, learner: str, hub: bool = False) -> tuple[Participant, Room] | None:
        """The participant with this learner id, and their room (what a kernel knows); under a hub
        (``hub``) any learner id, in the room they joined last."""
        if not learner or not (hub or PARTICIPANT_ID.match(learner)):
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(participants).where(participants.c.learner == learner)
                               .order_by(participants.c.id.desc())).first()
            if row is None:
                return None
            room_row = conn.execute(select(rooms).where(rooms.c.id == row.room_id)).first()
        return _participant(row), _room(room_row)

    def participants(self, room: Room) -> list[Participant]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(participants).where(participants.c.room_id == room.id)
                                .order_by(participants.c.id))
            return [_participant(r) for r in rows]

    # -- agenda -------------------------------------------------------------
    def agenda(self, room: Room) -> list[str]:
        """Today's exercises (their ids), in order."""
        return self._ordered(agendas.c.exercise, room)

    def set_agenda(self, room: Room, exercise_ids: list[str]) -> list[str]:
        """Today's exercises in order (unknown ids and repeats dropped)."""
        from .. import registry

        return self._set_ordered(agendas.c.exercise, room, exercise_ids, set(registry.ids()))

    def case_agenda(self, room: Room) -> list[str]:
        """The case studies on today's agenda (their slugs), in order."""
        return self._ordered(agenda_cases.c.slug, room)

    def set_case_agenda(self, room: Room, slugs: list[str]) -> list[str]:
        """Today's case studies in order (unknown slugs and repeats dropped)."""
        from .. import cases

        return self._set_ordered(agenda_cases.c.slug, room, slugs, {c.slug for c in cases.all_cases()})

    def _ordered(self, column, room: Room) -> list[str]:
        """One of a room's ordered lists (``column`` of an agenda table)."""
        table = column.table
        with self.engine.connect() as conn:
            rows = conn.execute(select(column).where(table.c.room_id == room.id).order_by(table.c.position))
            return [r[0] for r in rows]

    def _set_ordered(self, column, room: Room, items: list[str], known: set[str]) -> list[str]:
        """Replace one of a room's ordered lists with the known ``items``, first occurrence only."""
        table, seen = column.table, []
        for item in items:
            if item in known and item not in seen:
                seen.append(item)
        with self.engine.begin() as conn:
            conn.execute(table.delete().where(table.c.room_id == room.id))
            for i, item in enumerate(seen):
                conn.execute(table.insert().values(room_id=room.id, position=i, **{column.name: item}))
        return seen

    # -- answers ------------------------------------------------------------
    def latest(self, room: Room, exercise: str | None = None,
               sandboxes: bool = False) -> dict[tuple[str, str], dict[str, Any]]:
        """(learner, exercise) → latest revision (``raw``, ``complete``, ``saved_at``, ``id``) of every
        participant of the room; one exercise only when ``exercise`` is given. A participant's case
        sandboxes (learner ``<id>~<case>``) count only with ``sandboxes``: they are not their answers."""
        from ..cases import sandbox_learner

        learners = [p.learner for p in self.participants(room)]
        if sandboxes:
            learners += [sandbox_learner(learner, slug) for learner in learners for slug in self.case_agenda(room)]
        if not learners:
            return {}
        where = [revisions.c.learner.in_(learners)]
        newest = select(func.max(revisions.c.id)).where(*where).group_by(revisions.c.learner, revisions.c.exercise)
        query = select(revisions).where(revisions.c.id.in_(newest))
        with self.engine.connect() as conn:
            out = {}
            for r in conn.execute(query):
                row = dict(r._mapping)
                row["saved_at"] = _aware(row["saved_at"])
                out[(r.learner, r.exercise)] = row
            return out

    def grid(self, room: Room, now: datetime | None = None) -> dict[str, Any]:
        """The trainer's grid as data: the agenda, and per participant each agenda exercise's state
        ("nav" not started, "iesākts" started, "pabeigts" done) and seconds since the last save;
        for each case on the agenda, whether the participant has worked in its sandbox."""
        from .. import cases as case_data
        from ..cases import SANDBOX_MARK

        now = now or datetime.now(UTC)

        def ago(moment: datetime) -> int:
            return max(0, int((now - moment).total_seconds()))

        agenda, case_slugs = self.agenda(room), self.case_agenda(room)
        everything = self.latest(room, sandboxes=True)
        latest = {k: v for k, v in everything.items() if SANDBOX_MARK not in k[0]}
        people = []
        for p in self.participants(room):
            saves = [row["saved_at"] for (learner, _eid), row in latest.items() if learner == p.learner]
            cells = {}
            for eid in agenda:
                row = latest.get((p.learner, eid))
                cells[eid] = ({"state": "nav", "ago": None} if row is None else
                              {"state": "pabeigts" if row["complete"] else "iesākts", "ago": ago(row["saved_at"])})
            case_cells = {}
            for slug in case_slugs:
                sandbox = case_data.sandbox_learner(p.learner, slug)
                times = [row["saved_at"] for (learner, _eid), row in everything.items() if learner == sandbox]
                case_cells[slug] = ({"state": "nav", "ago": None} if not times else
                                    {"state": "iesākts", "ago": ago(max(times))})
            people.append({"id": p.id, "name": p.name, "cells": cells, "case_cells": case_cells,
                           "ago": ago(max(saves)) if saves else None})
        counts = {eid: {"nav": 0, "iesākts": 0, "pabeigts": 0} for eid in agenda}
        for person in people:
            for eid, cell in person["cells"].items():
                counts[eid][cell["state"]] += 1
        case_list = []
        for slug in case_slugs:
            try:
                case = case_data.load(slug)
            except KeyError:  # a case removed from the book since the trainer chose it
                continue
            case_list.append({"slug": slug, "title": case.title, "exercises": [r.exercise for r in case.runs],
                              "opened": sum(1 for person in people if person["case_cells"][slug]["state"] != "nav")})
        return {"room": room.slug, "state": room.state, "agenda": agenda, "participants": people, "counts": counts,
                "cases": case_list}

    def class_answers(self, room: Room, exercise: str) -> list[tuple[Participant, dict[str, Any]]]:
        """Every participant's latest revision of one exercise, in joining order."""
        latest = self.latest(room, exercise)
        return [(p, latest[(p.learner, exercise)]) for p in self.participants(room) if (p.learner, exercise) in latest]

    def answered_exercises(self, room: Room) -> list[str]:
        """Exercises anyone in the room saved, in catalogue order, agenda first."""
        from .. import registry

        saved = {eid for (_l, eid) in self.latest(room)}
        agenda = self.agenda(room)
        return agenda + [eid for eid in registry.ids() if eid in saved and eid not in agenda]


def _new_code(taken: set[str]) -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            return code
