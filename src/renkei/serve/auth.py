"""Users, passwords, sessions, API tokens and the login rate limit.

Passwords are hashed with argon2 (argon2-cffi's defaults, RFC 9106 low-memory
profile). Session ids and API tokens are random (secrets.token_urlsafe) and
stored only as SHA-256 digests: they are long random strings, so a plain
digest is enough and lookups stay one indexed equality.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from renkei.errors import RenkeiError
from renkei.serve import tables as w
from renkei.store.engine import Store

ROLES: tuple[str, ...] = ("viewer", "editor", "admin")
SESSION_DAYS = 7
TOKEN_PREFIX = "rk_"
_NAME = re.compile(r"^[A-Za-z0-9_.@-]{1,100}$")
_PARTY = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
_hasher = PasswordHasher()
# Verified against when the user does not exist, so that a wrong name takes
# as long as a wrong password (no user enumeration by timing).
_DUMMY_HASH = _hasher.hash("renkei-no-such-user")


class AuthError(RenkeiError):
    """A user or token operation with invalid input."""


@dataclass(frozen=True)
class Principal:
    """Who is asking: a signed-in user or the holder of an API token."""

    user_id: int
    name: str
    party: str
    role: str
    csrf: str | None = None  # the session's CSRF token; None for API tokens

    def can(self, role: str) -> bool:
        """At least this role (viewer < editor < admin)."""
        return ROLES.index(self.role) >= ROLES.index(role)


def now() -> datetime:
    return datetime.now(UTC)


def iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def check_party(party: str) -> str:
    code = party.strip().upper()
    if not _PARTY.match(code):
        raise AuthError(f"party {party!r}: use a code such as JPN or NATO")
    return code


def check_role(role: str) -> str:
    low = role.strip().lower()
    if low not in ROLES:
        raise AuthError(f"role {role!r}: use one of {', '.join(ROLES)}")
    return low


def add_user(store: Store, name: str, password: str, *, party: str, role: str) -> int:
    """Create a user; returns the id. Passwords shorter than 8 characters are refused."""
    if not _NAME.match(name):
        raise AuthError(f"user name {name!r}: letters, digits and _.@- only")
    if len(password) < 8:
        raise AuthError("the password must have at least 8 characters")
    values = {
        "name": name,
        "party": check_party(party),
        "role": check_role(role),
        "password_hash": _hasher.hash(password),
        "active": True,
        "created_at": iso(now()),
    }
    with store.write() as conn:
        if conn.execute(sa.select(w.users.c.id).where(w.users.c.name == name)).first():
            raise AuthError(f"user {name} exists")
        new = conn.execute(w.users.insert().values(**values)).inserted_primary_key
    assert new is not None
    return int(new[0])


def _principal(row: sa.RowMapping, csrf: str | None = None) -> Principal:
    return Principal(int(row["id"]), str(row["name"]), str(row["party"]), str(row["role"]), csrf)


def user_by_name(conn: sa.Connection, name: str) -> Principal | None:
    row = (
        conn.execute(sa.select(w.users).where(w.users.c.name == name, w.users.c.active))
        .mappings()
        .first()
    )
    return _principal(row) if row else None


def authenticate(store: Store, name: str, password: str) -> Principal | None:
    """The user if the password is right; None otherwise (same cost either way)."""
    with store.read() as conn:
        row = (
            conn.execute(sa.select(w.users).where(w.users.c.name == name, w.users.c.active))
            .mappings()
            .first()
        )
    stored = str(row["password_hash"]) if row else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    return _principal(row) if row else None


def create_token(store: Store, name: str, label: str = "") -> str:
    """A new API token for the user (shown once; only its digest is kept)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.write() as conn:
        user = user_by_name(conn, name)
        if user is None:
            raise AuthError(f"no user {name}")
        conn.execute(
            w.api_tokens.insert().values(
                token_sha256=digest(token),
                user_id=user.user_id,
                label=label or "api",
                created_at=iso(now()),
            )
        )
    return token


def principal_for_token(conn: sa.Connection, token: str) -> Principal | None:
    stmt = (
        sa.select(w.users)
        .select_from(w.api_tokens.join(w.users, w.users.c.id == w.api_tokens.c.user_id))
        .where(w.api_tokens.c.token_sha256 == digest(token), w.users.c.active)
    )
    row = conn.execute(stmt).mappings().first()
    return _principal(row) if row else None


def create_session(store: Store, user: Principal) -> tuple[str, str]:
    """(session id for the cookie, CSRF token for the forms)."""
    sid, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    start = now()
    with store.write() as conn:
        # Expired sessions are swept here: cheap, and no background job is needed.
        conn.execute(w.sessions.delete().where(w.sessions.c.expires_at < iso(start)))
        conn.execute(
            w.sessions.insert().values(
                id_sha256=digest(sid),
                user_id=user.user_id,
                csrf=csrf,
                created_at=iso(start),
                expires_at=iso(start + timedelta(days=SESSION_DAYS)),
            )
        )
    return sid, csrf


def principal_for_session(conn: sa.Connection, sid: str) -> Principal | None:
    stmt = (
        sa.select(w.users, w.sessions.c.csrf)
        .select_from(w.sessions.join(w.users, w.users.c.id == w.sessions.c.user_id))
        .where(
            w.sessions.c.id_sha256 == digest(sid),
            w.sessions.c.expires_at > iso(now()),
            w.users.c.active,
        )
    )
    row = conn.execute(stmt).mappings().first()
    return _principal(row, str(row["csrf"])) if row else None


def end_session(store: Store, sid: str) -> None:
    with store.write() as conn:
        conn.execute(w.sessions.delete().where(w.sessions.c.id_sha256 == digest(sid)))


class RateLimiter:
    """At most `limit` failed logins per key within `window` seconds (in memory).

    Keyed by client address and by user name, so neither one address trying
    many names nor many addresses trying one name gets far. In memory: one
    server process is what `renkei serve` runs.
    """

    def __init__(self, limit: int = 5, window: float = 300.0) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, at: float) -> deque[float]:
        q = self._failures.setdefault(key, deque())
        while q and q[0] <= at - self.window:
            q.popleft()
        return q

    def blocked(self, *keys: str) -> bool:
        at = time.monotonic()
        with self._lock:
            return any(len(self._recent(k, at)) >= self.limit for k in keys)

    def fail(self, *keys: str) -> None:
        at = time.monotonic()
        with self._lock:
            for k in keys:
                self._recent(k, at).append(at)

    def reset(self, *keys: str) -> None:
        with self._lock:
            for k in keys:
                self._failures.pop(k, None)


class StoreRateLimiter:
    """`RateLimiter` kept in the store (`login_failures`): every server process of
    `renkei serve --workers N` counts the same failures. Wall-clock seconds."""

    def __init__(self, store: Store, limit: int = 5, window: float = 300.0) -> None:
        self.store, self.limit, self.window = store, limit, window

    def blocked(self, *keys: str) -> bool:
        f = w.login_failures
        since = time.time() - self.window
        stmt = (
            sa.select(f.c.key, sa.func.count())
            .where(f.c.key.in_([k[:200] for k in keys]), f.c.at > since)
            .group_by(f.c.key)
        )
        with self.store.read() as conn:
            return any(int(n) >= self.limit for _, n in conn.execute(stmt))

    def fail(self, *keys: str) -> None:
        f = w.login_failures
        at = time.time()
        with self.store.write() as conn:
            # Sweep: the table only ever holds one window of failures.
            conn.execute(f.delete().where(f.c.at <= at - self.window))
            conn.execute(f.insert(), [{"key": k[:200], "at": at} for k in keys])

    def reset(self, *keys: str) -> None:
        f = w.login_failures
        with self.store.write() as conn:
            conn.execute(f.delete().where(f.c.key.in_([k[:200] for k in keys])))
