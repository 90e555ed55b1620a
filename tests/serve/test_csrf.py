"""CSRF: every form write carries the session's token; the login form a double-submit token."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from servekit import PASSWORD, TestClient, World, csrf_of, login, user_name

from renkei.serve.app import create_app
from renkei.store.engine import Store


@pytest.fixture
def editor(store: Store) -> tuple[TestClient, str]:
    client = TestClient(create_app(store), base_url="https://testserver")
    return client, login(client, user_name("JPN", "editor"))


@pytest.mark.parametrize("sent", [None, "", "forged-token"])
def test_progress_form_without_the_right_token_is_refused(
    editor: tuple[TestClient, str], world: World, sent: str | None
) -> None:
    client, _ = editor
    data = {"status": "limited", "evidence": "no token"}
    if sent is not None:
        data["csrf_token"] = sent
    key = quote(world.other_commitment, safe="")
    r = client.post(f"/commitments/{key}/progress", data=data, follow_redirects=False)
    assert r.status_code == 403
    assert "no token" not in client.get(f"/commitments/{key}").text


def test_progress_form_with_the_token_is_accepted(
    editor: tuple[TestClient, str], world: World
) -> None:
    client, csrf = editor
    key = quote(world.other_commitment, safe="")
    data = {"status": "limited", "evidence": "with token", "csrf_token": csrf}
    r = client.post(f"/commitments/{key}/progress", data=data, follow_redirects=False)
    assert r.status_code == 303
    assert "with token" in client.get(f"/commitments/{key}").text


def test_api_write_with_the_session_cookie_needs_the_header(
    editor: tuple[TestClient, str], world: World
) -> None:
    client, csrf = editor
    url = f"/api/commitments/{quote(world.other_commitment, safe='')}/progress"
    body = {"status": "limited", "evidence": "via api"}
    assert client.post(url, json=body).status_code == 403
    assert client.post(url, json=body, headers={"X-CSRF-Token": csrf}).status_code == 201


def test_api_write_with_a_token_needs_no_csrf(app_client: TestClient, world: World) -> None:
    url = f"/api/commitments/{quote(world.other_commitment, safe='')}/progress"
    auth = {"Authorization": f"Bearer {world.tokens[user_name('NATO', 'editor')]}"}
    r = app_client.post(url, json={"status": "complete", "evidence": "done"}, headers=auth)
    assert r.status_code == 201


def test_login_without_the_double_submit_cookie_is_refused(store: Store) -> None:
    client = TestClient(create_app(store), base_url="https://testserver")
    token = csrf_of(client.get("/login").text)
    client.cookies.clear()  # a cross-site form post carries no cookie of ours
    r = client.post(
        "/login",
        data={"username": user_name("JPN", "viewer"), "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 403


def test_logout_needs_the_token(editor: tuple[TestClient, str]) -> None:
    client, csrf = editor
    assert client.post("/logout", data={}, follow_redirects=False).status_code == 403
    r = client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/", follow_redirects=False).status_code == 303  # signed out


def test_session_cookie_is_secure_httponly_lax(store: Store) -> None:
    client = TestClient(create_app(store), base_url="https://testserver")
    token = csrf_of(client.get("/login").text)
    r = client.post(
        "/login",
        data={"username": user_name("JPN", "viewer"), "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    cookie = next(
        v for k, v in r.headers.multi_items() if k == "set-cookie" and "renkei_session" in v
    )
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
