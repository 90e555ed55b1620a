"""The audit log: every change with who, what and when; read by admins, scoped by party."""

from __future__ import annotations

import io
from urllib.parse import quote

import sqlalchemy as sa
from servekit import SECOND, TestClient, World, login, user_name
from typer.testing import CliRunner

from renkei.serve import tables as w
from renkei.serve.app import create_app
from renkei.store import schema as t
from renkei.store.engine import Store


def _rows(store: Store) -> list[dict[str, object]]:
    with store.read() as conn:
        return [dict(m) for m in conn.execute(sa.select(w.audit_log).order_by("id")).mappings()]


def _auth(world: World, name: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {world.tokens[name]}"}


def test_every_change_is_logged(app_client: TestClient, store: Store, world: World) -> None:
    editor = user_name("JPN", "editor")
    key = quote(world.other_commitment, safe="")
    r = app_client.post(
        f"/api/commitments/{key}/progress",
        json={"status": "limited", "evidence": "logged", "releasability": "JPN"},
        headers=_auth(world, editor),
    )
    assert r.status_code == 201
    with store.read() as conn:
        sid, idx = conn.execute(
            sa.select(t.acts.c.sid, t.acts.c.idx).where(t.acts.c.doc == SECOND).limit(1)
        ).one()
    r = app_client.post(
        f"/api/commitments/{key}/links",
        json={"act": f"{SECOND}:{sid}:{idx + 1}", "decision": "reject"},
        headers=_auth(world, editor),
    )
    assert r.status_code == 200
    client = TestClient(create_app(store), base_url="https://testserver")
    csrf = login(client, editor)
    files = {
        "file": (
            "2024-06-01_audit-upload.en.txt",
            io.BytesIO(b"Japan and NATO will cooperate on cyber.\n"),
        )
    }
    assert client.post("/upload", data={"csrf_token": csrf}, files=files).status_code == 200
    rows = _rows(store)
    actions = [r["action"] for r in rows]
    assert {"progress.add", "link.rejected", "document.ingest", "login"} <= set(actions)
    progress = next(r for r in rows if r["action"] == "progress.add")
    assert progress["actor"] == editor and progress["party"] == "JPN"
    assert progress["target"] == world.other_commitment and progress["at"]
    assert progress["audience"] == ",JPN,"


def test_audit_is_for_admins_and_scoped_by_party(app_client: TestClient, world: World) -> None:
    key = quote(world.other_commitment, safe="")
    app_client.post(
        f"/api/commitments/{key}/progress",
        json={"status": "limited", "evidence": "AUDIT-JPN-ONLY", "releasability": "JPN"},
        headers=_auth(world, user_name("JPN", "editor")),
    )
    jpn = app_client.get("/api/audit", headers=_auth(world, user_name("JPN", "admin")))
    nato = app_client.get("/api/audit", headers=_auth(world, user_name("NATO", "admin")))
    assert "AUDIT-JPN-ONLY" in jpn.text
    assert nato.status_code == 200 and "AUDIT-JPN-ONLY" not in nato.text
    for role in ("viewer", "editor"):
        r = app_client.get("/api/audit", headers=_auth(world, user_name("JPN", role)))
        assert r.status_code == 403


def test_failed_logins_are_logged(app_client: TestClient, store: Store) -> None:
    from servekit import csrf_of

    token = csrf_of(app_client.get("/login").text)
    app_client.post(
        "/login", data={"username": "mallory", "password": "guess1234", "csrf_token": token}
    )
    assert any(r["action"] == "login.failed" and r["actor"] == "mallory" for r in _rows(store))


def test_cli_user_add_and_token_are_logged(store: Store) -> None:
    from renkei.cli import app

    url = str(store.engine.url)
    runner = CliRunner()
    r = runner.invoke(
        app,
        [
            "user",
            "add",
            "carol",
            "--party",
            "nato",
            "--role",
            "editor",
            "--password-stdin",
            "--db",
            url,
        ],
        input="a long password\n",
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["user", "token", "carol", "--db", url])
    assert r.exit_code == 0 and r.stdout.strip().startswith("rk_")
    actions = [(r["action"], r["target"]) for r in _rows(store)]
    assert ("user.add", "carol") in actions and ("token.create", "carol") in actions
    r = runner.invoke(
        app,
        ["user", "add", "carol", "--party", "NATO", "--password-stdin", "--db", url],
        input="another password\n",
    )
    assert r.exit_code == 1 and "exists" in r.output
