"""Test kit for the web layer: a small world of documents, users and progress.

The world is built once per session (coding and argon2 hashing are the slow
parts) into a SQLite file; each test gets its own copy, so writes in one test
never show up in another.
"""

from __future__ import annotations

import re
import shutil
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

with warnings.catch_warnings():
    # Starlette suggests httpx2 for its test client; httpx still works and is what we lock.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from renkei.serve.app import create_app
from renkei.serve.auth import add_user, create_token
from renkei.serve.seed import SEED_PARTNERSHIP, ensure_seed
from renkei.store.engine import Store, open_store
from renkei.store.ingest import IngestOptions, ingest_paths
from renkei.track.progress import add_progress

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = "2023-01-31_japan-nato-joint-statement.ja"
SECOND = "2013-04-15_japan-nato-joint-political-declaration.en"
PASSWORD = "correct horse battery"
PARTIES = ("JPN", "NATO", "USA")  # USA: a party outside the Japan–NATO partnership
ROLES = ("viewer", "editor", "admin")
# One progress entry per releasability, each with evidence no other has.
SECRETS = {
    "public": "EVIDENCE-PUBLIC-7f3a",
    "partners": "EVIDENCE-PARTNERS-91bc",
    "JPN": "EVIDENCE-JPN-ONLY-2d4e",
    "NATO": "EVIDENCE-NATO-ONLY-5a6b",
}


def may_see(releasability: str, party: str) -> bool:
    """The rule under test, stated independently of the code."""
    if releasability == "public":
        return True
    if releasability == "partners":
        return party in ("JPN", "NATO")
    return releasability == party


@dataclass(frozen=True)
class World:
    path: Path
    commitment: str  # the key carrying one entry per releasability
    other_commitment: str  # a commitment with no progress (for writes)
    tokens: dict[str, str]  # user name -> API token


def user_name(party: str, role: str) -> str:
    return f"{party.lower()}-{role}"


def _first_commitments(store: Store) -> tuple[str, str]:
    import sqlalchemy as sa

    from renkei.store import schema as t

    with store.read() as conn:
        keys = list(
            conn.execute(
                sa.select(t.commitments.c.key)
                .where(t.commitments.c.doc == SEED, t.commitments.c.active)
                .order_by(t.commitments.c.sid, t.commitments.c.idx)
            ).scalars()
        )
    assert len(keys) >= 2, "the seed should make commitments"
    return keys[0], keys[1]


def build_world(folder: Path) -> World:
    path = folder / "world.db"
    store = open_store(path)
    try:
        ensure_seed(store)
        ingest_paths(
            store,
            [FIXTURES / "docs" / f"{SECOND}.txt"],
            IngestOptions(partnership=SEED_PARTNERSHIP),
        )
        key, other = _first_commitments(store)
        for release, evidence in SECRETS.items():
            add_progress(
                store,
                key,
                status="limited",
                evidence=evidence,
                author="setup",
                releasability=release,
                on="2024-01-01",
            )
        tokens = {}
        for party in PARTIES:
            for role in ROLES:
                name = user_name(party, role)
                add_user(store, name, PASSWORD, party=party, role=role)
                tokens[name] = create_token(store, name)
    finally:
        store.close()
    return World(path, key, other, tokens)


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("world"))


@pytest.fixture
def store(world: World, tmp_path: Path) -> Iterator[Store]:
    copy = tmp_path / "store.db"
    shutil.copyfile(world.path, copy)
    opened = open_store(copy)
    yield opened
    opened.close()


@pytest.fixture
def app_client(store: Store) -> Iterator[TestClient]:
    # https: the session cookie is Secure, and httpx keeps Secure cookies for https only.
    with TestClient(create_app(store), base_url="https://testserver") as client:
        yield client


def login(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Sign in through the form; returns the session's CSRF token."""
    page = client.get("/login")
    token = csrf_of(page.text)
    r = client.post(
        "/login",
        data={"username": name, "password": password, "csrf_token": token, "next": "/"},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return csrf_of(client.get("/").text)


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]*)"', html)
    assert m, "no CSRF field on the page"
    return m.group(1)


@pytest.fixture
def signed_in(store: Store) -> Iterator[object]:
    """A factory: a logged-in TestClient (and its CSRF token) for a user name."""
    clients: list[TestClient] = []

    def make(name: str) -> tuple[TestClient, str]:
        client = TestClient(create_app(store), base_url="https://testserver")
        clients.append(client)
        return client, login(client, name)

    yield make
    for c in clients:
        c.close()
