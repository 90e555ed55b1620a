"""Caches of rendered views: one app serving every party leaks nothing between them,
and any write (through the app or by another process) is seen at once."""

from __future__ import annotations

from urllib.parse import quote

import sqlalchemy as sa
from servekit import PARTIES, SECRETS, SEED, TestClient, World, may_see, user_name

from renkei.serve.app import create_app
from renkei.serve.auth import StoreRateLimiter
from renkei.serve.cache import ViewCache, generation
from renkei.store import schema as t
from renkei.store.engine import Store
from renkei.track.progress import add_progress

PARTY_VIEWS = (
    "/programme",
    "/charts",
    "/api/programme",
    "/commitments/{k}",
    "/api/commitments/{k}",
)


def _get(client: TestClient, world: World, path: str, party: str, role: str = "viewer") -> str:
    token = world.tokens[user_name(party, role)]
    r = client.get(path, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200, (path, r.status_code)
    return r.text


def test_one_cache_for_all_parties_leaks_nothing(store: Store, world: World) -> None:
    client = TestClient(create_app(store), base_url="https://testserver")
    key = quote(world.commitment, safe="")
    for _ in range(2):  # the second pass is served from the cache
        for view in PARTY_VIEWS:
            path = view.format(k=key)
            for party in PARTIES:
                text = _get(client, world, path, party)
                for release, evidence in SECRETS.items():
                    if "commitments" in path:  # the programme shows the latest entry only
                        assert (evidence in text) == may_see(release, party), (path, party)
                    elif not may_see(release, party):
                        assert evidence not in text, (path, party, release)
    assert client.app.state.views.hits > 0  # type: ignore[attr-defined]


def test_a_write_through_the_app_shows_at_once(store: Store, world: World) -> None:
    client = TestClient(create_app(store), base_url="https://testserver")
    key = quote(world.other_commitment, safe="")
    token = world.tokens[user_name("JPN", "editor")]
    auth = {"Authorization": f"Bearer {token}"}
    before = _get(client, world, f"/commitments/{key}", "JPN")
    _get(client, world, f"/api/commitments/{key}", "JPN")
    assert "EVIDENCE-NEW-c0ffee" not in before
    r = client.post(
        f"/api/commitments/{key}/progress",
        json={"status": "complete", "evidence": "EVIDENCE-NEW-c0ffee", "releasability": "JPN"},
        headers=auth,
    )
    assert r.status_code == 201, r.text
    assert "EVIDENCE-NEW-c0ffee" in _get(client, world, f"/commitments/{key}", "JPN")
    assert "EVIDENCE-NEW-c0ffee" in _get(client, world, f"/api/commitments/{key}", "JPN")
    assert "EVIDENCE-NEW-c0ffee" not in _get(client, world, f"/api/commitments/{key}", "NATO")


def test_a_write_by_another_process_shows_at_once(store: Store, world: World) -> None:
    client = TestClient(create_app(store), base_url="https://testserver")
    before = _get(client, world, "/api/programme", "NATO")
    with store.read() as conn:
        gen = generation(conn)
    # The library, as the CLI or another server process would write.
    add_progress(
        store,
        world.other_commitment,
        status="substantial",
        evidence="EVIDENCE-CLI-beef",
        author="cli",
        releasability="public",
    )
    with store.read() as conn:
        assert generation(conn) > gen
    after = _get(client, world, "/api/programme", "NATO")
    assert "EVIDENCE-CLI-beef" not in before and "EVIDENCE-CLI-beef" in after


def test_documents_changes_bump_the_generation(store: Store) -> None:
    with store.read() as conn:
        gen = generation(conn)
    with store.write() as conn:
        conn.execute(t.documents.update().where(t.documents.c.id == SEED).values(title="Renamed"))
    with store.read() as conn:
        assert generation(conn) == gen + 1
    with store.write() as conn:  # users, sessions, audit: no effect on cached views
        conn.execute(sa.text("DELETE FROM sessions"))
    with store.read() as conn:
        assert generation(conn) == gen + 1


def test_view_cache_keeps_one_generation_and_its_bounds() -> None:
    cache = ViewCache(max_bytes=8 * 1024, max_entries=3)
    assert cache.get(1, "a", lambda: "x") == "x"
    assert cache.get(1, "a", lambda: "y") == "x"
    assert cache.get(2, "a", lambda: "y") == "y"  # a newer generation retires the old
    assert cache.get(1, "a", lambda: "old") == "old"  # an older reader is not stored
    assert cache.get(2, "a", lambda: "z") == "y"
    for k in "bcd":
        cache.get(2, k, lambda: "v")
    assert cache.get(2, "a", lambda: "recomputed") == "recomputed"  # evicted (3 entries)


def test_login_failures_are_shared_by_processes(store: Store) -> None:
    one, two = StoreRateLimiter(store, limit=2), StoreRateLimiter(store, limit=2)
    one.fail("user:x")
    assert not two.blocked("user:x")
    two.fail("user:x")
    assert one.blocked("user:x") and two.blocked("ip:1", "user:x")
    one.reset("user:x")
    assert not two.blocked("user:x")
