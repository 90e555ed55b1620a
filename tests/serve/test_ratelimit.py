"""Login rate limit: five failures, then refused for a while, even with the right password."""

from __future__ import annotations

from servekit import PASSWORD, TestClient, csrf_of, user_name

from renkei.serve.app import create_app
from renkei.serve.auth import RateLimiter
from renkei.store.engine import Store


def _try(client: TestClient, name: str, password: str) -> int:
    token = csrf_of(client.get("/login").text)
    r = client.post(
        "/login",
        data={"username": name, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    return r.status_code


def test_sixth_attempt_is_refused_even_with_the_right_password(store: Store) -> None:
    client = TestClient(create_app(store), base_url="https://testserver")
    name = user_name("JPN", "viewer")
    assert [_try(client, name, "wrong password") for _ in range(5)] == [401] * 5
    assert _try(client, name, PASSWORD) == 429


def test_another_name_from_the_same_address_is_limited_too(store: Store) -> None:
    client = TestClient(create_app(store), base_url="https://testserver")
    for i in range(5):
        _try(client, f"nobody{i}", "wrong password")
    assert _try(client, user_name("NATO", "viewer"), PASSWORD) == 429


def test_success_below_the_limit(store: Store) -> None:
    client = TestClient(create_app(store), base_url="https://testserver")
    name = user_name("JPN", "viewer")
    assert [_try(client, name, "wrong password") for _ in range(3)] == [401] * 3
    assert _try(client, name, PASSWORD) == 303


def test_failures_expire_after_the_window() -> None:
    limiter = RateLimiter(limit=2, window=0.05)
    limiter.fail("k")
    limiter.fail("k")
    assert limiter.blocked("k")
    import time

    time.sleep(0.06)
    assert not limiter.blocked("k")
