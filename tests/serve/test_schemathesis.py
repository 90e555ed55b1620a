"""schemathesis against /openapi.json: generated requests never get a 5xx.

Bounded (a few examples per operation) so that it runs in seconds; the
requests carry an editor's token, so writes are exercised too. The schema is
loaded when the module is imported, before fixtures exist, so requests go
through a small ASGI proxy that each test points at an app over its own store.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
import sqlalchemy as sa
from hypothesis import HealthCheck, settings
from servekit import World, user_name

from renkei.serve.app import create_app
from renkei.store.engine import Store


class _Proxy:
    def __init__(self) -> None:
        # Serving /openapi.json touches no store: an unused in-memory engine will do.
        self.target: Any = create_app(Store(sa.create_engine("sqlite://")))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.target(scope, receive, send)


proxy = _Proxy()
schema = schemathesis.openapi.from_asgi("/openapi.json", proxy)


@pytest.fixture
def served(store: Store) -> Iterator[None]:
    previous = proxy.target
    proxy.target = create_app(store)
    yield
    proxy.target = previous


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_server_errors(case: schemathesis.Case, world: World, served: None) -> None:
    token = world.tokens[user_name("JPN", "editor")]
    response = case.call(headers={"Authorization": f"Bearer {token}"})
    assert response.status_code < 500, (case.method, case.path, response.text[:500])
