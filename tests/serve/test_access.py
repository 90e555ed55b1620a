"""Access matrix: every route x party x role x releasability. No leak, no unauthorised write.

Parties: JPN and NATO are the partnership's parties, USA is outside it. The
seed's first commitment carries one progress entry per releasability, each
with unique evidence; no response may carry evidence its reader may not see.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from servekit import (
    PARTIES,
    ROLES,
    SECOND,
    SECRETS,
    SEED,
    TestClient,
    World,
    login,
    may_see,
    user_name,
)
from starlette.routing import Mount

from renkei.serve import tables as w
from renkei.serve.app import create_app
from renkei.store import schema as t
from renkei.store.engine import Store, open_store

# Read routes: (path template, minimum role). {key}, {doc}, {sid} are filled in below.
PAGE_READS = {
    "/": "viewer",
    "/documents/{doc}": "viewer",
    "/programme": "viewer",
    "/commitments/{key}": "viewer",
    "/export/progress.csv": "viewer",
    "/compare": "viewer",
    "/search": "viewer",
    "/charts": "viewer",
    "/upload": "editor",
    "/audit": "admin",
}
API_READS = {
    "/api/me": "viewer",
    "/api/documents": "viewer",
    "/api/documents/{doc}": "viewer",
    "/api/documents/{doc}/sentences/{sid}": "viewer",
    "/api/documents/{doc}/acts": "viewer",
    "/api/search": "viewer",
    "/api/programme": "viewer",
    "/api/commitments/{key}": "viewer",
    "/api/commitments/{key}/progress": "viewer",
    "/api/progress": "viewer",
    "/api/diff": "viewer",
    "/api/audit": "admin",
}
QUERIES = {
    "/compare": f"?a={SEED}&b={SECOND}",
    "/search": "?q=EVIDENCE",
    "/api/search": "?q=NATO",
    "/api/diff": f"?a={SEED}&b={SECOND}",
}
WRITES = {
    ("POST", "/commitments/{key}/progress"),
    ("POST", "/commitments/{key}/links"),
    ("POST", "/upload"),
    ("POST", "/api/commitments/{key}/progress"),
    ("POST", "/api/commitments/{key}/links"),
}
PUBLIC = {
    ("GET", "/login"),
    ("POST", "/login"),
    ("POST", "/logout"),
    ("GET", "/lang/{code}"),
    ("GET", "/healthz"),
    ("GET", "/openapi.json"),
    ("MOUNT", "/static"),
}
USERS = [(party, role) for party in PARTIES for role in ROLES]


def _walk(routes: list[Any]) -> Iterator[Any]:
    """Routes, descending into included routers (FastAPI keeps those as their own nodes)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from _walk(inner.routes)
        else:
            yield route


def _routes() -> set[tuple[str, str]]:
    app = create_app(open_store("sqlite://"))
    found: set[tuple[str, str]] = set()
    for route in _walk(app.routes):
        if isinstance(route, Mount):
            found.add(("MOUNT", route.path))
        else:
            found.update((m, route.path) for m in route.methods or () if m != "HEAD")
    return found


def test_every_route_is_in_the_matrix() -> None:
    """A new route fails here until it is classified (and so tested) below."""
    reads = {("GET", p) for p in {**PAGE_READS, **API_READS}}
    assert _routes() == reads | WRITES | PUBLIC


def _fill(path: str, world: World) -> str:
    return path.replace("{key}", quote(world.commitment, safe="")).replace("{doc}", SEED).replace(
        "{sid}", "1"
    ) + QUERIES.get(path, "")


@pytest.mark.parametrize(
    "method,path", sorted(WRITES | {("GET", p) for p in {**PAGE_READS, **API_READS}})
)
def test_anonymous_is_refused(app_client: TestClient, world: World, method: str, path: str) -> None:
    r = app_client.request(method, _fill(path, world), follow_redirects=False)
    if path.startswith("/api/"):
        assert r.status_code == 401
    else:
        assert r.status_code in (303, 403)  # to the login form, or CSRF refused first
        if r.status_code == 303:
            assert r.headers["location"].startswith("/login")


def test_a_bad_token_is_refused(app_client: TestClient) -> None:
    r = app_client.get("/api/programme", headers={"Authorization": "Bearer rk_not-a-token"})
    assert r.status_code == 401


# --- reads: one shared store and one session per user for the whole module ------------


@pytest.fixture(scope="module")
def readers(
    world: World, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, TestClient]]:
    import shutil

    path = tmp_path_factory.mktemp("reads") / "store.db"
    shutil.copyfile(world.path, path)
    store = open_store(path)
    app = create_app(store, login_limit=1000)
    clients = {}
    for party, role in USERS:
        client = TestClient(app, base_url="https://testserver")
        login(client, user_name(party, role))
        clients[user_name(party, role)] = client
    yield clients
    for c in clients.values():
        c.close()
    store.close()


_cache: dict[tuple[str, str, str], tuple[int, str]] = {}


def _get(readers: dict[str, TestClient], world: World, name: str, path: str) -> tuple[int, str]:
    """Pages through the session; API routes through the user's token."""
    via = "token" if path.startswith("/api/") else "session"
    if (name, path, via) not in _cache:
        client = readers[name]
        headers = {"Authorization": f"Bearer {world.tokens[name]}"} if via == "token" else {}
        r = client.get(_fill(path, world), headers=headers, follow_redirects=False)
        _cache[(name, path, via)] = (r.status_code, r.text)
    return _cache[(name, path, via)]


@pytest.mark.parametrize("release", sorted(SECRETS))
@pytest.mark.parametrize("party,role", USERS)
@pytest.mark.parametrize("path", sorted({**PAGE_READS, **API_READS}))
def test_reads_leak_nothing(
    readers: dict[str, TestClient], world: World, path: str, party: str, role: str, release: str
) -> None:
    status, body = _get(readers, world, user_name(party, role), path)
    needed = {**PAGE_READS, **API_READS}[path]
    if ROLES.index(role) < ROLES.index(needed):
        assert status == 403
    else:
        assert status == 200, body[:500]
    if not may_see(release, party):
        assert SECRETS[release] not in body


FULL_HISTORY = [
    "/commitments/{key}",
    "/export/progress.csv",
    "/api/commitments/{key}",
    "/api/commitments/{key}/progress",
    "/api/progress",
]


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("path", FULL_HISTORY)
def test_history_shows_what_may_be_seen(
    readers: dict[str, TestClient], world: World, path: str, party: str
) -> None:
    """The other half of the matrix: what a party may see is there (the test is not vacuous)."""
    _, body = _get(readers, world, user_name(party, "viewer"), path)
    for release, secret in SECRETS.items():
        assert (secret in body) == may_see(release, party), (release, party)


@pytest.mark.parametrize("party", PARTIES)
def test_status_comes_from_the_latest_visible_entry(
    readers: dict[str, TestClient], world: World, party: str
) -> None:
    _, body = _get(readers, world, user_name(party, "viewer"), "/programme")
    latest = {"JPN": SECRETS["JPN"], "NATO": SECRETS["NATO"], "USA": SECRETS["public"]}[party]
    assert latest in body


# --- writes ---------------------------------------------------------------------------------


def _counts(store: Store) -> tuple[int, int, int]:
    with store.read() as conn:
        return (
            conn.execute(sa.select(sa.func.count()).select_from(t.progress)).scalar_one(),
            conn.execute(
                sa.select(sa.func.count())
                .select_from(t.commitment_links)
                .where(t.commitment_links.c.state != "proposed")
            ).scalar_one(),
            conn.execute(sa.select(sa.func.count()).select_from(t.documents)).scalar_one(),
        )


def _an_act_of_second(store: Store) -> str:
    with store.read() as conn:
        sid, idx = conn.execute(
            sa.select(t.acts.c.sid, t.acts.c.idx).where(t.acts.c.doc == SECOND).limit(1)
        ).one()
    return f"{SECOND}:{sid}:{idx + 1}"


def _write(client: TestClient, csrf: str, token: str, store: Store, world: World, path: str) -> int:
    key = quote(world.other_commitment, safe="")
    if path == "/commitments/{key}/progress":
        data = {"status": "limited", "evidence": "begun", "csrf_token": csrf}
        return client.post(
            f"/commitments/{key}/progress", data=data, follow_redirects=False
        ).status_code
    if path == "/commitments/{key}/links":
        data = {"act": _an_act_of_second(store), "decision": "accept", "csrf_token": csrf}
        return client.post(
            f"/commitments/{key}/links", data=data, follow_redirects=False
        ).status_code
    if path == "/upload":
        files = {
            "file": (
                "2024-05-01_upload-test.en.txt",
                io.BytesIO(b"Japan and NATO condemn the attack.\n"),
            )
        }
        return client.post("/upload", data={"csrf_token": csrf}, files=files).status_code
    auth = {"Authorization": f"Bearer {token}"}
    if path == "/api/commitments/{key}/progress":
        body = {"status": "limited", "evidence": "begun", "releasability": "partners"}
        return client.post(f"/api/commitments/{key}/progress", json=body, headers=auth).status_code
    body = {"act": _an_act_of_second(store), "decision": "accept"}
    return client.post(f"/api/commitments/{key}/links", json=body, headers=auth).status_code


@pytest.mark.parametrize("party,role", USERS)
@pytest.mark.parametrize("path", sorted(p for _, p in WRITES))
def test_writes_only_by_editors_of_the_partnership(
    store: Store, world: World, path: str, party: str, role: str
) -> None:
    name = user_name(party, role)
    client = TestClient(create_app(store), base_url="https://testserver")
    csrf = login(client, name) if not path.startswith("/api/") else ""
    before = _counts(store)
    status = _write(client, csrf, world.tokens[name], store, world, path)
    after = _counts(store)
    editor = ROLES.index(role) >= ROLES.index("editor")
    member = party in ("JPN", "NATO") or path == "/upload"  # documents are public
    if editor and member:
        assert status in (200, 201, 303), status
        assert after != before
    else:
        assert status == 403, status
        assert after == before
    client.close()


def test_an_entry_cannot_be_marked_for_another_party(
    app_client: TestClient, store: Store, world: World
) -> None:
    token = world.tokens[user_name("JPN", "editor")]
    before = _counts(store)
    r = app_client.post(
        f"/api/commitments/{quote(world.other_commitment, safe='')}/progress",
        json={"status": "limited", "evidence": "x", "releasability": "NATO"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 403
    assert _counts(store) == before


def test_sessions_are_stored_hashed(store: Store, world: World) -> None:
    client = TestClient(create_app(store), base_url="https://testserver")
    login(client, user_name("JPN", "viewer"))
    sid = client.cookies.get("renkei_session")
    with store.read() as conn:
        stored = list(conn.execute(sa.select(w.sessions.c.id_sha256)).scalars())
        hashes = list(conn.execute(sa.select(w.users.c.password_hash)).scalars())
    assert sid and sid not in stored and len(stored) == 1
    assert all(h.startswith("$argon2") for h in hashes)
    client.close()
